// MarkdownReader turns the Markdown that the templates stage produced into
// the document tree. cmark-gfm parses the CommonMark; coopkit's own blocks
// are MyST-style directives, fenced code blocks whose info string is
// `{name} argument`, with `:key: value` option lines at the top of the body:
//
//   ```{callout} vigilance
//   :title: Point de vigilance
//   Markdown **body**, parsed recursively into the callout's children.
//   ```
//
// The known directives and their options are one table in markdown_reader.cc.
#pragma once

#include <string>
#include <string_view>

#include "base/diagnostic.h"
#include "document/node.h"

namespace coopkit::markup {

struct MarkdownOptions {
  /// Apply FrenchTypography to the text and to the prose options.
  bool french_typography = true;
};

class MarkdownReader {
 public:
  /// REQUIRES: `diagnostics` outlives the reader.
  explicit MarkdownReader(DiagnosticList* diagnostics, MarkdownOptions options = {});

  /// Parses `markdown`, which came from `source_name` (named in diagnostics).
  /// Mistakes are reported to the diagnostics; what could be read is returned.
  doc::Document Read(std::string_view markdown, const std::string& source_name);

 private:
  struct Origin;
  struct Directive;
  struct DirectiveSpec;
  static const DirectiveSpec kDirectives[];

  void ReadBlocks(std::string_view markdown, const Origin& origin, doc::Node* parent);
  void ReadDirective(std::string_view fence_line, std::string_view info, std::string_view literal,
                     const Origin& fence_origin, const Origin& literal_origin, doc::Node* parent);
  void ReadOptions(Directive* directive);
  std::string Prose(std::string_view text) const;
  doc::Node* AppendDirectiveNode(doc::NodeKind kind, const Directive& directive, doc::Node* parent);

  void BuildTableOfContents(const Directive& directive, doc::Node* parent);
  void BuildPageBreak(const Directive& directive, doc::Node* parent);
  void BuildCallout(const Directive& directive, doc::Node* parent);
  void BuildColumns(const Directive& directive, doc::Node* parent);
  void BuildCover(const Directive& directive, doc::Node* parent);
  void BuildDocumentInfo(const Directive& directive, doc::Node* parent);

  DiagnosticList* diagnostics_;
  MarkdownOptions options_;
  std::string source_name_;
  doc::Document* document_ = nullptr;  // the one being read
};

}  // namespace coopkit::markup
