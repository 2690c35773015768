// A table: rows of cells, each cell's blocks set in its column's width, with
// a grid of rules, tinted header rows in bold and optional zebra stripes.
//
// It breaks across pages between rows and repeats its header rows (under a
// « … (suite) » caption) at the top of every page it reaches; a header never
// ends a page without at least the first lines of a row under it. A row that
// does not fit moves to the next page, and a row too tall for any page is
// split between the lines of its cells, each cell splitting through the
// Block protocol, so nothing is clipped. When the columns cannot all be
// readable side by side (TableColumnWidths), the table is printed as column
// slices one after the other, each repeating the stub columns.
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

#include "document/table_column.h"
#include "layout/block.h"
#include "layout/blocks/table_column_widths.h"
#include "layout/inline/text_lines.h"

namespace coopkit::layout {

struct TableStyle {
  float padding = 0;  // around each cell's content
  float border_width = 0;
  page::Color border;
  page::Color header_background;
  page::Color zebra_background;
  bool zebra = false;
  float readable_width = 0;  // the minimum readable column width
  /// Height of a page's frame: a row taller than that, less the repeated
  /// header and caption, can never move whole to a fresh page and is split
  /// wherever it falls.
  float frame_height = 0;
  float caption_gap = 0;   // between the caption and the grid
  float slice_gap = 0;     // between two column slices on one page
  float space_around = 0;  // before and after the table
};

struct TableContent {
  std::vector<doc::TableColumn> columns;
  /// [row][column]: the cell's blocks, null for an empty cell.
  std::vector<std::vector<BlockPtr>> rows;
  size_t header_rows = 0;                     // the first rows, repeated on every page
  size_t stub_columns = 0;                    // the first columns, repeated in every slice
  std::shared_ptr<const TextSource> caption;  // null without a caption
  std::shared_ptr<const TextSource> continued_caption;  // over continued parts and slices
};

class TableBlock : public Block {
 public:
  /// REQUIRES: every row has content->columns.size() cells, and there is at
  /// least one row.
  TableBlock(std::shared_ptr<const TableContent> content, TableStyle style);

  float Wrap(float width) const override;
  BlockSplit Split(float width, float available) const override;
  void Draw(const DrawContext& context, float x, float top, float width) const override;
  float SpaceBefore() const override { return style_.space_around; }
  float SpaceAfter() const override { return style_.space_around; }

 private:
  /// Columns printed side by side, with their widths.
  struct Slice {
    std::vector<size_t> columns;
    std::vector<float> widths;
    float header_height = 0;
  };
  /// The table set at one width. Its body rows, slice after slice, are the
  /// table's "units": unit u is body row u % body_rows of slice
  /// u / body_rows.
  struct Grid {
    float width = 0;
    std::vector<Slice> slices;
    size_t repeated_rows = 0;  // header rows repeated on each page
    size_t body_rows = 0;
    std::vector<double> bottoms;  // bottom of each unit, from the top of unit 0
  };
  using Cells = std::vector<BlockPtr>;  // one per column of a slice
  /// Units [first, last] of the grid. Non-empty `first_cells` and
  /// `last_cells` stand for what is left of a split row, or the part of it
  /// that fits; when first == last, only `first_cells` may be set.
  struct Part {
    size_t first = 0, last = 0;
    Cells first_cells, last_cells;
    bool first_continues = false;  // unit `first` began on an earlier page
  };

  TableBlock(std::shared_ptr<const TableContent> content, TableStyle style,
             std::shared_ptr<const TableColumnWidths> columns, std::shared_ptr<const Grid> grid,
             Part part);

  const Grid& GridAt(float width) const;
  /// This block's units: part_ for a split part, every unit for a whole table.
  Part PartOf(const Grid& grid) const;
  const Slice& SliceOf(const Grid& grid, size_t unit) const;
  size_t RowOf(const Grid& grid, size_t unit) const;
  /// Whether a caption and the header rows come before `unit` in this part.
  bool StartsSegment(const Grid& grid, const Part& part, size_t unit) const;
  /// Height of what comes before `unit` when it starts a segment: the gap
  /// after the previous slice, the caption and the header rows.
  float SegmentHeadHeight(const Grid& grid, const Part& part, size_t unit, float width) const;
  const TextSource* CaptionBefore(const Grid& grid, const Part& part, size_t unit) const;
  float CaptionHeight(const TextSource* caption, float width) const;
  /// The cells of `unit` in this part: a split row's piece, or the whole row.
  Cells CellsOf(const Grid& grid, const Part& part, size_t unit) const;
  Cells RowCells(const Slice& slice, size_t row) const;
  float RowHeight(const Slice& slice, const Cells& cells) const;
  float UnitsHeight(const Grid& grid, size_t first, size_t end) const;
  /// Splits a row's cells so that the head fits `room`; false when no cell
  /// that goes on can leave anything in the head.
  bool SplitRow(const Slice& slice, const Cells& cells, float room, Cells* head, Cells* rest) const;
  BlockPtr WithPart(float width, Part part) const;
  void DrawRow(const DrawContext& context, const Slice& slice, const Cells& cells, size_t row,
               bool top_rule, float x, float top) const;

  std::shared_ptr<const TableContent> content_;
  TableStyle style_;
  std::shared_ptr<const TableColumnWidths> columns_;
  Part part_;
  std::shared_ptr<const Grid> grid_;  // set for a split part: it keeps its width
  mutable std::shared_ptr<const Grid> cached_grid_;
};

}  // namespace coopkit::layout
