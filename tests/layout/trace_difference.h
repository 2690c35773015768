// How two layout traces differ, told as a reader of the test's output needs
// it: where the first difference is (line, and the page it is on), both
// versions of that line, and how many lines differ in all.
#pragma once

#include <string>

namespace coopkit::testing {

/// Empty when `expected` and `actual` are the same text; otherwise
/// ":LINE: (page N) first difference" and the two lines.
std::string TraceDifference(const std::string& expected, const std::string& actual);

}  // namespace coopkit::testing
