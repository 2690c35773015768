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

std::string FormatFrenchDate(const CalendarDate& date) {
  static const std::string kNbsp = "\u00A0";
  std::string day = date.day == 1 ? "1er" : std::to_string(date.day);
  return day + kNbsp + kMonths[date.month - 1] + kNbsp + std::to_string(date.year);
}

}  // namespace coopkit
