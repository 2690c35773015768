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
// The known directives and their options are one table in
// directive_syntax.cc; each is built in the file of its family,
// directives_<family>.cc (see markdown_reader_internals.h). The cmark walk
// itself is markdown_reader.cc.
//
// A directive inside another needs a shorter fence than the one around it
// (```{qr} inside ````{keep}); a fence left open, or one that takes the
// closing fence of a directive further down, is an error at its opening.
// So is any block without its closing marker (a code fence, an HTML
// comment, <script>, <pre>) and, given each line's file, any block that
// ends in another file than the one it starts in.
// The tree is at most doc::kMaxDepth deep: what lies deeper is reported
// and left out.
//
// Ruled lines to write on, for printed forms: ```{writing-lines} 4``` (no
// body) → 4 kThematicBreak nodes with the attribute style = writing.
//
// Charts and images, for any document:
//
//   ```{chart} bar                  one `label: value` line per bar (see
//   :title: Utilité de l'atelier    chart_reader.h); options :title:, :unit:
//   :unit: réponses                 (printed under the axis) and :max: (the
//   1 = Pas du tout: 0              end of the scale, at least the largest
//   5 = Tout à fait: 6              value; by default a round number above it)
//   ```
//   → kChart {type, title, unit, max}, one kText child per bar {label, value}
//
//   ```{image} photos/atelier.jpg   a PNG or JPEG, relative to the content
//   :caption: L'atelier du matin    folder; :caption: plain text below it,
//   :width: 60%                     :width: a length (80mm) or a share of the
//   :alt: Six personnes autour      column (default 100%), never enlarged
//   ```                             past its size at 96 dpi; :alt: a text
//   → kImage {src, caption, width, alt}   description for readers who cannot see it
//
// For the resource directory, and any document:
//
//   ```{keep}                       blocks that never split across a column
//   ### {index}`names:Les Scop`     or page (unless taller than one); a QR
//   ```{qr} https://www.les-scop.coop   code (:size: 22mm by default, never
//   :float: right                   under 18 mm; :float: right puts it
//   ```                             beside the rest of its {keep})
//   ```                             → kKeepTogether, kQrCode {data, size, float}
//
//   ```{index} names                every term of the group `names`, sorted
//   :title: Index des noms          the French way, with its page numbers
//   ```                             → kIndex {group, title}
//
// Roles inside text: {index}`Term` (group "main"), {index}`group:Term`, and
// {index}`!group:Term`, an invisible marker at that place → kIndexTerm {term,
// group} with the term as children unless invisible; {badge}`réseau` → kBadge.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "document/node.h"

struct cmark_node;

namespace coopkit::markup {

struct BlockEnding;

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
  /// `line_origins[i]`, when given, is the file that line i + 1 was written
  /// in (a template, a partial, a Markdown file): a block must end in the
  /// file where it starts.
  doc::Document Read(std::string_view markdown, const std::string& source_name,
                     std::span<const SourceLocation> line_origins = {});

 private:
  struct Origin;
  struct Directive;
  struct DirectiveSpec;
  static const DirectiveSpec kDirectives[];

  /// Reads `markdown` into `parent`'s children; `depth` is `parent`'s
  /// (see doc::kMaxDepth).
  void ReadBlocks(std::string_view markdown, const Origin& origin, doc::Node* parent, int depth);
  void ReadDirective(std::string_view fence_line, std::string_view info, std::string_view literal,
                     const Origin& fence_origin, const Origin& literal_origin, doc::Node* parent,
                     int depth);
  /// A directive's opening fence.
  struct Fence {
    SourceLocation where;
    int length = 0;
    char character = '`';
  };
  void ReportUnclosedFence(const Fence& fence);
  /// `mark` is the offset in `markdown` of the '[' or '<' past the limit.
  void ReportTooManyMarks(std::string_view markdown, size_t mark);
  /// False, once reported, when the leaf block `node`, starting at `where`,
  /// lacks its closing marker or ends in another file than the one it
  /// starts in.
  bool CheckBlockEnds(cmark_node* node, const BlockEnding& ending, const Origin& origin,
                      const SourceLocation& where);
  /// Where `node` starts in the source, for text read from `origin`.
  static Origin NodeOrigin(cmark_node* node, const Origin& origin);
  void CheckHeadingLength(const doc::Node& heading, const Origin& at);
  /// False, once reported, when a node at `depth` would be deeper than
  /// doc::kMaxDepth.
  bool CheckDepth(int depth, const SourceLocation& where);
  void ReadOptions(Directive* directive);
  std::string Prose(std::string_view text) const;
  doc::Node* AppendDirectiveNode(doc::NodeKind kind, const Directive& directive, doc::Node* parent);

  void BuildTableOfContents(const Directive& directive, doc::Node* parent);
  void BuildPageBreak(const Directive& directive, doc::Node* parent);
  void BuildCallout(const Directive& directive, doc::Node* parent);
  void BuildColumns(const Directive& directive, doc::Node* parent);
  void BuildCover(const Directive& directive, doc::Node* parent);
  void BuildChart(const Directive& directive, doc::Node* parent);
  void BuildImage(const Directive& directive, doc::Node* parent);
  void BuildNotes(const Directive& directive, doc::Node* parent);
  void BuildDocumentInfo(const Directive& directive, doc::Node* parent);
  void BuildListTable(const Directive& directive, doc::Node* parent);
  void BuildWritingLines(const Directive& directive, doc::Node* parent);
  void BuildQrCode(const Directive& directive, doc::Node* parent);
  void BuildKeepTogether(const Directive& directive, doc::Node* parent);
  void BuildIndex(const Directive& directive, doc::Node* parent);
  /// Reads a role, {name}`content`, which cmark gives as a text ending in
  /// "{name}" followed by the code span `content`; false when the text
  /// before the code span does not end in a role name.
  bool ReadRole(std::string_view content, const SourceLocation& where, doc::Node* parent);
  /// The list-table option `name` as a whole number from 0 to `most`, or
  /// nullopt (reported) when it is something else.
  std::optional<size_t> TableCount(const Directive& directive, const std::string& name, size_t most,
                                   const std::string& what);
  /// Whether the list-table option `name` has one valid word per column.
  bool CheckColumnWords(const Directive& directive, const std::string& name, size_t columns,
                        bool (*valid)(std::string_view), const std::string& hint);

  DiagnosticList* diagnostics_;
  MarkdownOptions options_;
  std::string source_name_;
  std::span<const SourceLocation> line_origins_;  // of the text being read, see Read
  doc::Document* document_ = nullptr;             // the one being read
  bool reported_too_deep_ = false;                // once per document is enough
  bool inside_columns_ = false;                   // reading a {columns} directive's body
  std::vector<Fence> enclosing_fences_;           // of the directives being read, outermost first
};

}  // namespace coopkit::markup
