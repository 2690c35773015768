// Dates as French prose: « 26 novembre 2026 », « 1er décembre 2026 ».
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace coopkit {

struct CalendarDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
};

/// The day, in UTC, of a time given in seconds since 1970-01-01 00:00 UTC
/// (as SOURCE_DATE_EPOCH gives it).
CalendarDate UtcDateOf(int64_t seconds_since_epoch);

/// Parses an ISO date "YYYY-MM-DD"; nullopt when malformed or impossible.
std::optional<CalendarDate> ParseIsoDate(std::string_view text);

/// « 26 novembre 2026 », with « 1er » for the first of the month and
/// non-breaking spaces so that the date never splits across lines.
std::string FormatFrenchDate(const CalendarDate& date);

}  // namespace coopkit
