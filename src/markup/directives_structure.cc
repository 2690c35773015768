// Directives that shape the document: {toc}, {pagebreak}, {cover},
// {document}, {keep}, {columns} and {index}.
#include <charconv>

#include "markup/markdown_reader_internals.h"

namespace coopkit::markup {

namespace {

constexpr int kMinColumns = 1;  // lets a template switch between one and more columns
constexpr int kMaxColumns = 4;
constexpr int kDefaultColumns = 2;

}  // namespace

void MarkdownReader::BuildTableOfContents(const Directive& directive, doc::Node* parent) {
  AppendDirectiveNode(NodeKind::kTableOfContents, directive, parent);
}

void MarkdownReader::BuildPageBreak(const Directive& directive, doc::Node* parent) {
  AppendDirectiveNode(NodeKind::kPageBreak, directive, parent);
}

void MarkdownReader::BuildCover(const Directive& directive, doc::Node* parent) {
  ReadBlocks(directive.body, directive.body_origin,
             AppendDirectiveNode(NodeKind::kCover, directive, parent), directive.depth);
}

void MarkdownReader::BuildDocumentInfo(const Directive& directive, doc::Node*) {
  document_->info.source_line = directive.where.line;
  for (const OptionSpec& option : directive.spec->options) {
    auto value = directive.options.find(option.name);
    if (value != directive.options.end()) document_->info.*option.info_field = value->second;
  }
}

void MarkdownReader::BuildKeepTogether(const Directive& directive, doc::Node* parent) {
  ReadBlocks(directive.body, directive.body_origin,
             AppendDirectiveNode(NodeKind::kKeepTogether, directive, parent), directive.depth);
}

void MarkdownReader::BuildColumns(const Directive& directive, doc::Node* parent) {
  int count = kDefaultColumns;
  if (!directive.argument.empty()) {
    const std::string& written = directive.argument;
    auto [end, error] = std::from_chars(written.data(), written.data() + written.size(), count);
    if (error != std::errc() || end != written.data() + written.size() || count < kMinColumns ||
        count > kMaxColumns) {
      diagnostics_->Error(directive.argument_where,
                          "the column count must be a number from " + std::to_string(kMinColumns) +
                              " to " + std::to_string(kMaxColumns) + ", not '" + written + "'");
      return;
    }
  }
  // Balancing columns tries many heights, each splitting the body: columns
  // inside columns would multiply those tries at every level.
  if (inside_columns_) {
    diagnostics_->Error(directive.where, "columns inside columns",
                        "columns are never nested, even through a callout or a table around them");
    return;
  }
  doc::Node* columns = AppendDirectiveNode(NodeKind::kColumns, directive, parent);
  columns->attributes["count"] = std::to_string(count);
  inside_columns_ = true;
  ReadBlocks(directive.body, directive.body_origin, columns, directive.depth);
  inside_columns_ = false;
}

void MarkdownReader::BuildIndex(const Directive& directive, doc::Node* parent) {
  std::string group = directive.argument.empty() ? kMainIndexGroup : directive.argument;
  if (!IsGroupName(group)) {
    diagnostics_->Error(directive.argument_where, "'" + group + "' is not an index group name",
                        "use letters, digits, '-' and '_', e.g. ```{index} names");
    return;
  }
  AppendDirectiveNode(NodeKind::kIndex, directive, parent)->attributes["group"] = group;
}

}  // namespace coopkit::markup
