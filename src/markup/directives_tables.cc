// The {list-table} directive: rows and cells from nested bullet lists.
#include <charconv>

#include "base/length.h"
#include "base/spelling_hint.h"
#include "document/table_column.h"
#include "markup/markdown_reader_internals.h"

namespace coopkit::markup {

namespace {

constexpr char kListTableHint[] =
    "write each row as '* - first cell', with the row's next cells as '  - cell' under it";

}  // namespace

// The body is one bullet list of rows, each row one bullet list of cells:
// the kTable → kTableRow → kTableCell tree takes the cells' blocks as they
// are. Every mistake is reported before anything is added.
void MarkdownReader::BuildListTable(const Directive& directive, doc::Node* parent) {
  doc::Node body;
  ReadBlocks(directive.body, directive.body_origin, &body, directive.depth);
  auto at = [&](int line) { return SourceLocation{source_name_, line, 1}; };
  if (body.children.size() != 1 || body.children[0]->kind != NodeKind::kBulletList) {
    const doc::Node* stray = nullptr;
    for (const auto& child : body.children) {
      if (child->kind != NodeKind::kBulletList || child != body.children[0]) {
        stray = child.get();
        break;
      }
    }
    diagnostics_->Error(stray ? at(stray->source_line) : directive.where,
                        "the body of a list-table must be one bullet list, one item per row",
                        kListTableHint);
    return;
  }
  doc::Node& rows = *body.children[0];
  bool rows_ok = true;
  size_t columns = 0;
  int first_row_line = 0;
  for (size_t r = 0; r < rows.children.size(); ++r) {
    const doc::Node& row = *rows.children[r];
    if (row.children.size() != 1 || row.children[0]->kind != NodeKind::kBulletList) {
      diagnostics_->Error(
          at(row.source_line),
          "row " + std::to_string(r + 1) + " of the list-table is not a list of cells",
          kListTableHint);
      rows_ok = false;
      continue;
    }
    size_t cells = row.children[0]->children.size();
    if (first_row_line == 0) {
      columns = cells;
      first_row_line = row.source_line;
    } else if (cells != columns) {
      diagnostics_->Error(at(row.source_line),
                          "row " + std::to_string(r + 1) + " has " + std::to_string(cells) +
                              " cells, but the row at line " + std::to_string(first_row_line) +
                              " has " + std::to_string(columns),
                          "every row needs the same number of cells; write an empty cell as '  -'");
      rows_ok = false;
    }
  }
  if (!rows_ok) return;

  bool options_ok = TableCount(directive, "header-rows", rows.children.size(), "rows").has_value();
  options_ok &= TableCount(directive, "stub-columns", columns, "columns").has_value();
  options_ok &= CheckColumnWords(
      directive, "widths", columns,
      [](std::string_view word) { return doc::ParseColumnWidth(word).has_value(); },
      "a width is auto, a share such as 2fr, or a length such as 45mm");
  options_ok &= CheckColumnWords(
      directive, "align", columns,
      [](std::string_view word) { return doc::ParseColumnAlign(word).has_value(); },
      "an alignment is left, center or right");
  if (auto zebra = directive.options.find("zebra");
      zebra != directive.options.end() && zebra->second != "true" && zebra->second != "false") {
    diagnostics_->Error(directive.WhereOf("zebra"),
                        "':zebra:' must be true or false, not '" + zebra->second + "'");
    options_ok = false;
  }
  if (!options_ok) return;

  doc::Node* table = AppendDirectiveNode(NodeKind::kTable, directive, parent);
  if (!directive.argument.empty()) table->attributes["caption"] = Prose(directive.argument);
  size_t header_rows = std::stoul(table->Attribute("header-rows", "0"));
  for (size_t r = 0; r < rows.children.size(); ++r) {
    doc::Node& item = *rows.children[r];
    doc::Node* row = AppendBlock(table, NodeKind::kTableRow, item.source_line, item.source_column);
    if (r < header_rows) row->attributes["header"] = "true";
    for (auto& cell_item : item.children[0]->children) {
      doc::Node* cell =
          AppendBlock(row, NodeKind::kTableCell, cell_item->source_line, cell_item->source_column);
      cell->children = std::move(cell_item->children);
    }
  }
}

std::optional<size_t> MarkdownReader::TableCount(const Directive& directive,
                                                 const std::string& name, size_t most,
                                                 const std::string& what) {
  auto option = directive.options.find(name);
  if (option == directive.options.end()) return 0;
  const std::string& written = option->second;
  size_t count = 0;
  auto [end, error] = std::from_chars(written.data(), written.data() + written.size(), count);
  if (error != std::errc() || end != written.data() + written.size()) {
    diagnostics_->Error(directive.WhereOf(name),
                        "':" + name + ":' must be a whole number, not '" + written + "'");
    return std::nullopt;
  }
  if (count > most) {
    diagnostics_->Error(directive.WhereOf(name), "':" + name + ":' is " + written +
                                                     ", but the table has " + std::to_string(most) +
                                                     " " + what);
    return std::nullopt;
  }
  return count;
}

bool MarkdownReader::CheckColumnWords(const Directive& directive, const std::string& name,
                                      size_t columns, bool (*valid)(std::string_view),
                                      const std::string& hint) {
  auto option = directive.options.find(name);
  if (option == directive.options.end()) return true;
  std::vector<std::string_view> words = doc::OptionWords(option->second);
  if (words.size() != columns) {
    diagnostics_->Error(directive.WhereOf(name),
                        "':" + name + ":' gives " + std::to_string(words.size()) +
                            " columns, but the table has " + std::to_string(columns),
                        "give one word per column");
    return false;
  }
  bool all_valid = true;
  for (std::string_view word : words) {
    if (valid(word)) continue;
    diagnostics_->Error(directive.WhereOf(name),
                        "':" + name + ":' has '" + std::string(word) + "', which is not valid",
                        hint);
    all_valid = false;
  }
  return all_valid;
}

}  // namespace coopkit::markup
