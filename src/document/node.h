// The document tree: what a kit document says, with no notion of pages,
// fonts or files. Markup builds it; layout reads it. Modelled on cmark's
// node: one type with a kind, children and a few attributes, walked by a
// switch on the kind.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "document/document_info.h"

namespace coopkit::doc {

enum class NodeKind {
  // Blocks.
  kDocument,
  kParagraph,
  kHeading,      // level 1..3
  kBulletList,   // children: kListItem
  kOrderedList,  // children: kListItem; `start` is the first number
  kListItem,     // children: blocks
  kBlockQuote,
  kCodeBlock,      // text
  kThematicBreak,  // attributes: style ("writing": a full-width line to write on)
  kPageBreak,
  kTableOfContents,  // attributes: title
  kCallout,          // attributes: kind (note, tip, warning), title; children: blocks
  kColumns,          // attributes: count; children: blocks flowed in columns
  kCover,            // attributes: title, subtitle, date, author...; children: blocks
  kTable,            // attributes: widths, align, header-rows...; children: kTableRow
  kTableRow,         // children: kTableCell
  kTableCell,        // children: blocks
  kNotes,            // where the numbered notes (kNoteReference) are printed
  kIndex,            // an index of kIndexTerm entries with page numbers
  kKeepTogether,     // children: blocks never split across a column or page
  kQrCode,           // attributes: data
  kChart,            // attributes: type (bar), title, unit, max; children: one kText per
                     // bar, attributes label and value ("3.5")
  kImage,            // attributes: src, caption, width, alt; pixel-width, pixel-height
                     // (set by the kit once it has checked the file, src then absolute)
  // Inlines.
  kText,  // text
  kEmphasis,
  kStrong,
  kCode,  // text
  kLink,  // url; children: inlines
  kSoftBreak,
  kLineBreak,
  kNoteReference,  // text: the note's label; attributes: number
  kIndexTerm,      // attributes: term, group; children: inlines shown in place
  kBadge,          // children: inlines drawn as a small tinted label
};

/// The deepest a node may lie under the document (its children are at depth
/// 1). The markup refuses deeper nesting, so that every stage may walk the
/// tree recursively.
inline constexpr int kMaxDepth = 64;

bool IsBlock(NodeKind kind);
const char* NodeKindName(NodeKind kind);

struct Node {
  NodeKind kind = NodeKind::kDocument;
  std::string text;       // kText, kCode, kCodeBlock
  std::string url;        // kLink
  int level = 0;          // kHeading
  int start = 1;          // kOrderedList
  int source_line = 0;    // line in the markup that produced the node, 0 if unknown
  int source_column = 0;  // of its start on that line, 0 if unknown
  std::map<std::string, std::string> attributes;
  std::vector<std::unique_ptr<Node>> children;

  Node() = default;
  explicit Node(NodeKind k) : kind(k) {}
  /// Frees the subtree without recursion, however deep it is.
  ~Node();

  Node* Append(std::unique_ptr<Node> child);
  Node* Append(NodeKind child_kind);
  /// A copy of the attribute's value, or of `fallback` when absent. By
  /// value, so that no caller keeps a reference to a temporary fallback.
  std::string Attribute(const std::string& key, std::string_view fallback = {}) const;
  /// Concatenated text of this node's inlines, for titles and bookmarks.
  std::string PlainText() const;
};

struct Document {
  DocumentInfo info;
  std::unique_ptr<Node> root = std::make_unique<Node>(NodeKind::kDocument);
};

}  // namespace coopkit::doc
