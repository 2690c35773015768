#include "layout/blocks/table_block.h"

#include <algorithm>
#include <cassert>

namespace coopkit::layout {
namespace {

std::shared_ptr<const TableColumnWidths> MeasureColumns(const TableContent& content,
                                                        const TableStyle& style) {
  std::vector<ContentWidths> widths(content.columns.size());
  for (const auto& row : content.rows) {
    assert(row.size() == content.columns.size());
    for (size_t column = 0; column < row.size(); ++column) {
      if (!row[column]) continue;
      ContentWidths cell = row[column]->Widths();
      widths[column].min = std::max(widths[column].min, cell.min + 2 * style.padding);
      widths[column].max = std::max(widths[column].max, cell.max + 2 * style.padding);
    }
  }
  return std::make_shared<const TableColumnWidths>(content.columns, std::move(widths),
                                                   style.readable_width);
}

}  // namespace

TableBlock::TableBlock(std::shared_ptr<const TableContent> content, TableStyle style)
    : content_(std::move(content)), style_(style) {
  assert(!content_->rows.empty());
  columns_ = MeasureColumns(*content_, style_);
}

TableBlock::TableBlock(std::shared_ptr<const TableContent> content, TableStyle style,
                       std::shared_ptr<const TableColumnWidths> columns,
                       std::shared_ptr<const Grid> grid, Part part)
    : content_(std::move(content)),
      style_(style),
      columns_(std::move(columns)),
      part_(std::move(part)),
      grid_(std::move(grid)) {}

const TableBlock::Grid& TableBlock::GridAt(float width) const {
  if (grid_) {
    assert(grid_->width == width && "a split table is drawn at its split width");
    return *grid_;
  }
  if (cached_grid_ && cached_grid_->width == width) return *cached_grid_;
  auto grid = std::make_shared<Grid>();
  grid->width = width;
  const size_t rows = content_->rows.size();
  // A table of header rows alone has nothing to repeat them over.
  grid->repeated_rows = content_->header_rows < rows ? content_->header_rows : 0;
  grid->body_rows = rows - grid->repeated_rows;
  for (std::vector<size_t>& columns : columns_->Slices(content_->stub_columns, width)) {
    Slice slice;
    slice.widths = columns_->Resolve(columns, width);
    slice.columns = std::move(columns);
    for (size_t row = 0; row < grid->repeated_rows; ++row) {
      slice.header_height += RowHeight(slice, RowCells(slice, row));
    }
    grid->slices.push_back(std::move(slice));
  }
  double bottom = 0;
  for (const Slice& slice : grid->slices) {
    for (size_t row = grid->repeated_rows; row < rows; ++row) {
      bottom += RowHeight(slice, RowCells(slice, row));
      grid->bottoms.push_back(bottom);
    }
  }
  cached_grid_ = std::move(grid);
  return *cached_grid_;
}

TableBlock::Part TableBlock::PartOf(const Grid& grid) const {
  if (grid_) return part_;
  return {0, grid.bottoms.size() - 1, {}, {}, false};
}

const TableBlock::Slice& TableBlock::SliceOf(const Grid& grid, size_t unit) const {
  return grid.slices[unit / grid.body_rows];
}

size_t TableBlock::RowOf(const Grid& grid, size_t unit) const {
  return grid.repeated_rows + unit % grid.body_rows;
}

bool TableBlock::StartsSegment(const Grid& grid, const Part& part, size_t unit) const {
  return unit == part.first || unit % grid.body_rows == 0;
}

const TextSource* TableBlock::CaptionBefore(const Grid& grid, const Part& part, size_t unit) const {
  bool continues = unit == part.first && part.first_continues;
  if (unit == 0 && !continues) return content_->caption.get();
  // Without a caption, only a new slice of columns says it continues.
  bool slice_start = unit % grid.body_rows == 0 && !continues;
  if (content_->caption || slice_start) return content_->continued_caption.get();
  return nullptr;
}

float TableBlock::CaptionHeight(const TextSource* caption, float width) const {
  if (!caption) return 0;
  std::shared_ptr<const TextLines> lines = caption->At(width);
  return lines->Height(0, lines->size()) + style_.caption_gap;
}

float TableBlock::SegmentHeadHeight(const Grid& grid, const Part& part, size_t unit,
                                    float width) const {
  float gap = unit == part.first ? 0 : style_.slice_gap;
  return gap + CaptionHeight(CaptionBefore(grid, part, unit), width) +
         SliceOf(grid, unit).header_height;
}

TableBlock::Cells TableBlock::RowCells(const Slice& slice, size_t row) const {
  Cells cells;
  cells.reserve(slice.columns.size());
  for (size_t column : slice.columns) cells.push_back(content_->rows[row][column]);
  return cells;
}

TableBlock::Cells TableBlock::CellsOf(const Grid& grid, const Part& part, size_t unit) const {
  if (unit == part.first && !part.first_cells.empty()) return part.first_cells;
  if (unit == part.last && !part.last_cells.empty()) return part.last_cells;
  return RowCells(SliceOf(grid, unit), RowOf(grid, unit));
}

float TableBlock::RowHeight(const Slice& slice, const Cells& cells) const {
  float height = 0;
  for (size_t i = 0; i < cells.size(); ++i) {
    if (cells[i]) height = std::max(height, cells[i]->Wrap(slice.widths[i] - 2 * style_.padding));
  }
  return height + 2 * style_.padding;
}

float TableBlock::UnitsHeight(const Grid& grid, size_t first, size_t end) const {
  if (first >= end) return 0;
  double top = first == 0 ? 0 : grid.bottoms[first - 1];
  return static_cast<float>(grid.bottoms[end - 1] - top);
}

float TableBlock::Wrap(float width) const {
  const Grid& grid = GridAt(width);
  Part part = PartOf(grid);
  float height = UnitsHeight(grid, part.first, part.last + 1);
  if (!part.first_cells.empty()) {
    height += RowHeight(SliceOf(grid, part.first), part.first_cells) -
              UnitsHeight(grid, part.first, part.first + 1);
  }
  if (!part.last_cells.empty()) {
    height += RowHeight(SliceOf(grid, part.last), part.last_cells) -
              UnitsHeight(grid, part.last, part.last + 1);
  }
  // The head of the first segment, then of each slice that starts in the part.
  height += SegmentHeadHeight(grid, part, part.first, width);
  size_t next_slice = part.first / grid.body_rows + 1;
  for (size_t unit = next_slice * grid.body_rows; unit <= part.last; unit += grid.body_rows) {
    height += SegmentHeadHeight(grid, part, unit, width);
  }
  return height;
}

bool TableBlock::SplitRow(const Slice& slice, const Cells& cells, float room, Cells* head,
                          Cells* rest) const {
  float inner = room - 2 * style_.padding;
  if (inner <= 0) return false;
  head->assign(cells.size(), nullptr);
  rest->assign(cells.size(), nullptr);
  bool progress = false;  // a cell that goes on left something in the head
  for (size_t i = 0; i < cells.size(); ++i) {
    if (!cells[i]) continue;
    BlockSplit split = cells[i]->Split(slice.widths[i] - 2 * style_.padding, inner);
    (*head)[i] = split.head;
    (*rest)[i] = split.head ? split.rest : cells[i];
    progress |= split.head && split.rest;
  }
  return progress;
}

BlockPtr TableBlock::WithPart(float width, Part part) const {
  GridAt(width);
  std::shared_ptr<const Grid> grid = grid_ ? grid_ : cached_grid_;
  return std::shared_ptr<const Block>(
      new TableBlock(content_, style_, columns_, std::move(grid), std::move(part)));
}

BlockSplit TableBlock::Split(float width, float available) const {
  const Grid& grid = GridAt(width);
  const Part part = PartOf(grid);
  float used = 0;
  for (size_t unit = part.first; unit <= part.last; ++unit) {
    const Slice& slice = SliceOf(grid, unit);
    float head = StartsSegment(grid, part, unit) ? SegmentHeadHeight(grid, part, unit, width) : 0;
    Cells cells = CellsOf(grid, part, unit);
    float height = RowHeight(slice, cells);
    if (used + head + height <= available + kFitTolerance) {
      used += head + height;
      continue;
    }
    // The row does not fit: split it if it could not fit a fresh page
    // either, under the repeated header; otherwise it moves on whole.
    float fresh_page = style_.frame_height - slice.header_height -
                       CaptionHeight(content_->continued_caption.get(), width);
    Cells head_cells, rest_cells;
    if (height > fresh_page + kFitTolerance &&
        SplitRow(slice, cells, available - used - head, &head_cells, &rest_cells)) {
      Part head_part{part.first, unit, {}, {}, part.first_continues};
      if (unit == part.first) {
        head_part.first_cells = std::move(head_cells);
      } else {
        head_part.first_cells = part.first_cells;
        head_part.last_cells = std::move(head_cells);
      }
      Part rest_part{unit, part.last, std::move(rest_cells), {}, true};
      if (unit != part.last) rest_part.last_cells = part.last_cells;
      return {WithPart(width, std::move(head_part)), WithPart(width, std::move(rest_part))};
    }
    // Nothing of the row here: the header goes on with it.
    if (unit == part.first) return {nullptr, shared_from_this()};
    Part head_part{part.first, unit - 1, part.first_cells, {}, part.first_continues};
    Part rest_part{unit, part.last, {}, part.last_cells, false};
    return {WithPart(width, std::move(head_part)), WithPart(width, std::move(rest_part))};
  }
  return {shared_from_this(), nullptr};
}

void TableBlock::DrawRow(const DrawContext& context, const Slice& slice, const Cells& cells,
                         size_t row, bool top_rule, float x, float top) const {
  float height = RowHeight(slice, cells);
  float width = 0;
  for (float column : slice.widths) width += column;
  page::Page& page = *context.page;
  if (row < content_->header_rows) {
    page.rects.push_back({x, top, width, height, style_.header_background});
  } else if (style_.zebra && (row - content_->header_rows) % 2 == 1) {
    page.rects.push_back({x, top, width, height, style_.zebra_background});
  }
  float cell_x = x;
  for (size_t i = 0; i < cells.size(); ++i) {
    if (cells[i]) {
      cells[i]->Draw(context, cell_x + style_.padding, top + style_.padding,
                     slice.widths[i] - 2 * style_.padding);
    }
    cell_x += slice.widths[i];
  }
  if (style_.border_width <= 0) return;
  auto rule = [&](float x1, float y1, float x2, float y2) {
    page.lines.push_back({x1, y1, x2, y2, style_.border_width, style_.border});
  };
  if (top_rule) rule(x, top, x + width, top);
  rule(x, top + height, x + width, top + height);
  float rule_x = x;
  rule(rule_x, top, rule_x, top + height);
  for (float column : slice.widths) {
    rule_x += column;
    rule(rule_x, top, rule_x, top + height);
  }
}

void TableBlock::Draw(const DrawContext& context, float x, float top, float width) const {
  const Grid& grid = GridAt(width);
  const Part part = PartOf(grid);
  float y = top;
  for (size_t unit = part.first; unit <= part.last; ++unit) {
    const Slice& slice = SliceOf(grid, unit);
    bool segment_start = StartsSegment(grid, part, unit);
    if (segment_start) {
      if (unit != part.first) y += style_.slice_gap;
      if (const TextSource* caption = CaptionBefore(grid, part, unit)) {
        std::shared_ptr<const TextLines> lines = caption->At(width);
        lines->Draw(context, 0, lines->size(), x, y);
        y += CaptionHeight(caption, width);
      }
      for (size_t row = 0; row < grid.repeated_rows; ++row) {
        Cells cells = RowCells(slice, row);
        DrawRow(context, slice, cells, row, row == 0, x, y);
        y += RowHeight(slice, cells);
      }
    }
    Cells cells = CellsOf(grid, part, unit);
    DrawRow(context, slice, cells, RowOf(grid, unit), segment_start && grid.repeated_rows == 0, x,
            y);
    y += RowHeight(slice, cells);
  }
}

}  // namespace coopkit::layout
