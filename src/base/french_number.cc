#include "base/french_number.h"

#include <unicode/numberformatter.h>

#include <cstdio>

namespace coopkit {
namespace {

std::string Format(const icu::number::LocalizedNumberFormatter& formatter, double value) {
  UErrorCode status = U_ZERO_ERROR;
  std::string text;
  formatter.formatDouble(value, status).toString(status).toUTF8String(text);
  if (U_SUCCESS(status)) return text;
  // ICU without its French data: the digits, with a comma.
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.6g", value);
  text = buffer;
  for (char& c : text)
    if (c == '.') c = ',';
  return text;
}

icu::number::LocalizedNumberFormatter French() {
  return icu::number::NumberFormatter::withLocale(icu::Locale::getFrench());
}

}  // namespace

std::string FrenchDecimal(double value, int decimals) {
  return Format(French().precision(icu::number::Precision::fixedFraction(decimals)), value);
}

std::string FrenchNumber(double value) {
  static const icu::number::LocalizedNumberFormatter formatter =
      French().precision(icu::number::Precision::maxSignificantDigits(6));
  return Format(formatter, value);
}

}  // namespace coopkit
