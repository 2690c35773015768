// Reads the data of a {chart} directive: one bar per line, written
// `label: value`, where the value is a non-negative number ("4", "3.5" or
// "3,5") after the line's last colon, so labels may hold colons themselves:
//
//   ```{chart} bar
//   :title: Utilité de l'atelier (1 = faible, 5 = forte)
//   :unit: réponses
//   :max: 20
//   1 = Pas du tout: 0
//   2: 1
//   5 = Tout à fait: 6
//   ```
//
// Blank lines are skipped. MarkdownReader reads the options and builds the
// kChart node (see BuildChart in markdown_reader.cc).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/diagnostic.h"

namespace coopkit::markup {

struct ChartBar {
  std::string label;  // as written
  std::string value;  // the number as written, with a decimal point: "3.5"
  double number = 0;
  int line = 0;  // source line
};

/// How a bar is written, for hints.
extern const char kChartBarHint[];

/// The bars of `body` (none if it is blank), whose first line is at
/// `first_line` in the source, or nullopt after reporting each malformed
/// line to `diagnostics`.
std::optional<std::vector<ChartBar>> ReadChartBars(std::string_view body,
                                                   const SourceLocation& first_line,
                                                   DiagnosticList* diagnostics);

/// The largest chart value: beyond it the scale's numbers would not fit.
inline constexpr double kMaxChartNumber = 1e9;

/// A number from 0 to kMaxChartNumber written "4", "3.5" or "3,5", as a
/// value with a decimal point; nullopt when `text` is anything else.
std::optional<std::pair<std::string, double>> ParseChartNumber(std::string_view text);

}  // namespace coopkit::markup
