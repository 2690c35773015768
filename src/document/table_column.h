// How one column of a table is sized and aligned, as written in the
// `:widths:` and `:align:` options of a list-table (one word per column):
// `auto` (from the cells' content), `2fr` (a share of the room left), or a
// length such as `45mm`; `left`, `center` or `right`. Markup checks what the
// author wrote with these parsers; layout reads the kTable attributes back
// with them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "document/node.h"

namespace coopkit::doc {

struct TableColumn {
  enum class Sizing { kAuto, kFraction, kFixed };
  enum class Align { kLeft, kCenter, kRight };

  Sizing sizing = Sizing::kAuto;
  float amount = 0;  // kFraction: the share; kFixed: the width in points
  Align align = Align::kLeft;
};

/// The largest share, so that the shares' sum stays finite.
inline constexpr float kMaxFraction = 1000;

/// `auto`, `Nfr` (0 < N <= kMaxFraction) or a length; nullopt when malformed.
std::optional<TableColumn> ParseColumnWidth(std::string_view word);
/// `left`, `center` or `right`; nullopt otherwise.
std::optional<TableColumn::Align> ParseColumnAlign(std::string_view word);
/// The words an alignment may be, for hints.
std::vector<std::string> ColumnAlignNames();
/// The space-separated words of an option value.
std::vector<std::string_view> OptionWords(std::string_view value);

/// The `count` columns of a kTable node from its `widths` and `align`
/// attributes; a missing or unreadable word gives an auto, left column.
std::vector<TableColumn> TableColumns(const Node& table, size_t count);

}  // namespace coopkit::doc
