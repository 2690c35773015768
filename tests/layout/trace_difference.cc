#include "tests/layout/trace_difference.h"

#include <sstream>
#include <vector>

namespace coopkit::testing {
namespace {

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

}  // namespace

std::string TraceDifference(const std::string& expected, const std::string& actual) {
  if (expected == actual) return "";
  const std::vector<std::string> want = Lines(expected), got = Lines(actual);
  const size_t common = std::min(want.size(), got.size());
  size_t first = common;
  size_t differing = std::max(want.size(), got.size()) - common;
  for (size_t i = 0; i < common; ++i) {
    if (want[i] == got[i]) continue;
    if (first == common) first = i;
    ++differing;
  }
  std::string page = "page 1";
  for (size_t i = 0; i < first && i < want.size(); ++i)
    if (want[i].rfind("page ", 0) == 0) page = want[i].substr(0, want[i].find(' ', 5));
  const auto line_or_end = [](const std::vector<std::string>& lines, size_t i) {
    return i < lines.size() ? lines[i] : std::string("(end of trace)");
  };
  std::ostringstream out;
  out << ':' << first + 1 << ": (" << page << ") " << differing
      << (differing == 1 ? " line differs" : " lines differ")
      << ", the first:\n  expected: " << line_or_end(want, first)
      << "\n  actual:   " << line_or_end(got, first);
  return out.str();
}

}  // namespace coopkit::testing
