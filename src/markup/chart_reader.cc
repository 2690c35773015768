#include "markup/chart_reader.h"

#include <cctype>
#include <charconv>

namespace coopkit::markup {
namespace {

std::string_view Trim(std::string_view text) {
  size_t first = text.find_first_not_of(" \t\r");
  if (first == text.npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r") - first + 1);
}

}  // namespace

const char kChartBarHint[] = "write one bar per line as 'label: value', e.g. '5 = Tout à fait: 6'";

std::optional<std::pair<std::string, double>> ParseChartNumber(std::string_view text) {
  std::string written(text);
  if (size_t comma = written.find(','); comma != written.npos) written[comma] = '.';
  // from_chars would also take "inf", "nan" and "1e3"; a count is plain digits.
  if (written.empty() || !std::isdigit(static_cast<unsigned char>(written.front())) ||
      !std::isdigit(static_cast<unsigned char>(written.back())))
    return std::nullopt;
  double number = 0;
  auto [end, error] = std::from_chars(written.data(), written.data() + written.size(), number,
                                      std::chars_format::fixed);
  if (error != std::errc() || end != written.data() + written.size() || number > kMaxChartNumber)
    return std::nullopt;
  return std::make_pair(written, number);
}

std::optional<std::vector<ChartBar>> ReadChartBars(std::string_view body,
                                                   const SourceLocation& first_line,
                                                   DiagnosticList* diagnostics) {
  std::vector<ChartBar> bars;
  bool malformed = false;
  int line = first_line.line;
  for (size_t start = 0; start < body.size(); ++line) {
    size_t end = std::min(body.find('\n', start), body.size());
    std::string_view text = Trim(body.substr(start, end - start));
    start = end + 1;
    if (text.empty()) continue;
    SourceLocation where{first_line.file, line, first_line.column};
    size_t colon = text.rfind(':');
    std::string_view label = colon == text.npos ? "" : Trim(text.substr(0, colon));
    std::string_view value = colon == text.npos ? "" : Trim(text.substr(colon + 1));
    if (label.empty() || value.empty()) {
      diagnostics->Error(where, "chart line '" + std::string(text) + "' is not 'label: value'",
                         kChartBarHint);
      malformed = true;
      continue;
    }
    auto number = ParseChartNumber(value);
    if (!number) {
      diagnostics->Error(where,
                         "the value of bar '" + std::string(label) +
                             "' must be a number from 0 to 1000000000, not '" + std::string(value) +
                             "'",
                         kChartBarHint);
      malformed = true;
      continue;
    }
    bars.push_back({std::string(label), number->first, number->second, line});
  }
  if (malformed) return std::nullopt;
  return bars;
}

}  // namespace coopkit::markup
