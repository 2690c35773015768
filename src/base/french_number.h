// Numbers as French writes them, by ICU's number formatting for the French
// locale: a decimal comma (« 3,5 ») and a narrow no-break space between
// groups of thousands (« 12 500 »).
#pragma once

#include <string>

namespace coopkit {

/// `value` with exactly `decimals` digits after the comma: « 3,5 » for 3.46
/// with one.
std::string FrenchDecimal(double value, int decimals);

/// `value` with as many digits as it needs, up to six significant ones:
/// « 10 », « 2,25 », « 0,5 ».
std::string FrenchNumber(double value);

}  // namespace coopkit
