// BlockBuilder: tables.
#include <algorithm>
#include <charconv>
#include <string>

#include "document/table_column.h"
#include "layout/blocks/block_stack.h"
#include "layout/blocks/table_block.h"
#include "layout/flow/block_builder.h"

namespace coopkit::layout {
namespace {

using doc::Node;
using doc::NodeKind;

// Paragraph alignment by doc::TableColumn::Align.
constexpr Alignment kCellAlignments[] = {Alignment::kLeft, Alignment::kCenter, Alignment::kRight};

}  // namespace

BlockPtr BlockBuilder::BuildTable(const Node& node, const Surroundings& around) {
  size_t columns = 0;
  for (const auto& row : node.children) columns = std::max(columns, row->children.size());
  if (columns == 0) return nullptr;
  auto content = std::make_shared<TableContent>();
  content->columns = doc::TableColumns(node, columns);
  const std::string stubs = node.Attribute("stub-columns", "0");
  std::from_chars(stubs.data(), stubs.data() + stubs.size(), content->stub_columns);

  Surroundings inside;
  inside.text.size = theme_.table.font_size > 0 ? theme_.table.font_size : theme_.body_size;
  inside.text.color = theme_.text;
  inside.paragraph_spacing = around.paragraph_spacing * theme_.cell_paragraph_spacing;
  // Columns narrower than readable are printed in slices: no cell is narrower.
  inside.width =
      std::min(around.width, theme_.table.min_column_width) - 2 * theme_.table.cell_padding;
  for (const auto& row : node.children) {
    bool header = row->Attribute("header") == "true";
    if (header && content->header_rows == content->rows.size()) ++content->header_rows;
    std::vector<BlockPtr>& cells = content->rows.emplace_back();
    for (size_t column = 0; column < columns; ++column) {
      Surroundings cell = inside;
      cell.alignment = kCellAlignments[static_cast<int>(content->columns[column].align)];
      cell.text.bold = header || column < content->stub_columns;
      if (header) cell.text.color = theme_.table.header_text;
      std::vector<BlockPtr> blocks;
      if (column < row->children.size()) blocks = BuildChildren(*row->children[column], cell);
      cells.push_back(blocks.empty() ? nullptr : std::make_shared<BlockStack>(std::move(blocks)));
    }
  }

  InlineState caption = InlineState::BoldHeading(inside.text.size, theme_.heading);
  const std::string title = node.Attribute("caption");
  content->caption = PlainText(title, caption, theme_.line_height, node);
  caption.bold = false;
  caption.color = theme_.muted;
  content->continued_caption =
      PlainText((title.empty() ? "" : title + " ") + theme_.words.continued, caption,
                theme_.line_height, node);

  TableStyle style;
  style.padding = theme_.table.cell_padding;
  style.border_width = theme_.table.border_width;
  style.border = theme_.table.border;
  style.header_background = theme_.table.header_background;
  style.zebra_background = theme_.table.zebra_background;
  style.zebra = node.Attribute("zebra") == "true";
  style.readable_width = theme_.table.min_column_width;
  style.frame_height = theme_.page.ContentHeight();
  style.caption_gap = theme_.table.cell_padding;
  style.slice_gap = 2 * around.paragraph_spacing;
  style.space_around = 2 * around.paragraph_spacing;
  return std::make_shared<TableBlock>(std::move(content), style);
}

}  // namespace coopkit::layout
