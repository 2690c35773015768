// Sizes a table's columns the way CSS sizes an automatic table, with grid
// tracks' `fr` shares on top: a fixed column takes its length, an auto column
// its content's widest line when there is room and otherwise shrinks toward
// its widest unbreakable word (beside `fr` columns, it grows no more than a
// 1fr column would), and `fr` columns share what is left. No column
// is set narrower than the theme's minimum readable width unless its whole
// content is narrower; when the columns cannot all be that wide, Slices()
// groups them into slices, each printed after the other with the stub
// (criteria) columns repeated, rather than squeezing text into slivers.
#pragma once

#include <cstddef>
#include <vector>

#include "document/table_column.h"
#include "layout/block.h"

namespace coopkit::layout {

class TableColumnWidths {
 public:
  /// `content` holds each column's widest ContentWidths over its cells,
  /// padding included; `readable` is the minimum readable column width.
  /// REQUIRES: columns.size() == content.size().
  TableColumnWidths(std::vector<doc::TableColumn> columns, std::vector<ContentWidths> content,
                    float readable);

  size_t size() const { return columns_.size(); }
  /// The narrowest `column` may be.
  float Minimum(size_t column) const;
  /// Widths of `columns` (indices, in order) sharing `available` points. They
  /// add up to `available` unless every column is fixed (narrower) or the
  /// minimums do not fit (then all are scaled down to fit).
  std::vector<float> Resolve(const std::vector<size_t>& columns, float available) const;
  /// All the columns when their minimums fit in `available`; otherwise
  /// slices of the first `stubs` columns followed by as many of the next
  /// columns as fit (at least one).
  std::vector<std::vector<size_t>> Slices(size_t stubs, float available) const;

 private:
  std::vector<doc::TableColumn> columns_;
  std::vector<ContentWidths> content_;
  float readable_;
};

}  // namespace coopkit::layout
