#include "base/french_date.h"

#include <charconv>

namespace coopkit {
namespace {

constexpr const char* kMonths[] = {"janvier",   "février", "mars",     "avril",
                                   "mai",       "juin",    "juillet",  "août",
                                   "septembre", "octobre", "novembre", "décembre"};

bool IsLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeapYear(y) ? 29 : kDays[m - 1];
}

bool ParseNumber(std::string_view text, int* out) {
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), *out);
  return ec == std::errc() && end == text.data() + text.size();
}

}  // namespace

std::optional<CalendarDate> ParseIsoDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  CalendarDate d;
  if (!ParseNumber(text.substr(0, 4), &d.year) || !ParseNumber(text.substr(5, 2), &d.month) ||
      !ParseNumber(text.substr(8, 2), &d.day))
    return std::nullopt;
  if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > DaysInMonth(d.year, d.month))
    return std::nullopt;
  return d;
}

CalendarDate UtcDateOf(int64_t seconds_since_epoch) {
  // Days to a civil date by 400-year eras (146,097 days each), with years
  // counted from March so that a leap day ends its year.
  int64_t days = seconds_since_epoch / 86400 - (seconds_since_epoch % 86400 < 0 ? 1 : 0);
  days += 719468;  // from 0000-03-01 to 1970-01-01
  const int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const int64_t day_of_era = days - era * 146097;
  const int64_t year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const int64_t day_of_year =
      day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const int64_t month_from_march = (5 * day_of_year + 2) / 153;
  CalendarDate date;
  date.day = static_cast<int>(day_of_year - (153 * month_from_march + 2) / 5 + 1);
  date.month =
      static_cast<int>(month_from_march < 10 ? month_from_march + 3 : month_from_march - 9);
  date.year = static_cast<int>(year_of_era + era * 400 + (date.month <= 2 ? 1 : 0));
  return date;
}

std::string FormatFrenchDate(const CalendarDate& date) {
  static const std::string kNbsp = "\u00A0";
  std::string day = date.day == 1 ? "1er" : std::to_string(date.day);
  return day + kNbsp + kMonths[date.month - 1] + kNbsp + std::to_string(date.year);
}

}  // namespace coopkit
