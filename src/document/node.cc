#include "document/node.h"

namespace coopkit::doc {

bool IsBlock(NodeKind kind) { return kind < NodeKind::kText; }

const char* NodeKindName(NodeKind kind) {
  switch (kind) {
    case NodeKind::kDocument:
      return "document";
    case NodeKind::kParagraph:
      return "paragraph";
    case NodeKind::kHeading:
      return "heading";
    case NodeKind::kBulletList:
      return "bullet_list";
    case NodeKind::kOrderedList:
      return "ordered_list";
    case NodeKind::kListItem:
      return "list_item";
    case NodeKind::kBlockQuote:
      return "block_quote";
    case NodeKind::kCodeBlock:
      return "code_block";
    case NodeKind::kThematicBreak:
      return "thematic_break";
    case NodeKind::kPageBreak:
      return "page_break";
    case NodeKind::kTableOfContents:
      return "toc";
    case NodeKind::kCallout:
      return "callout";
    case NodeKind::kColumns:
      return "columns";
    case NodeKind::kCover:
      return "cover";
    case NodeKind::kTable:
      return "table";
    case NodeKind::kTableRow:
      return "table_row";
    case NodeKind::kTableCell:
      return "table_cell";
    case NodeKind::kNotes:
      return "notes";
    case NodeKind::kIndex:
      return "index";
    case NodeKind::kKeepTogether:
      return "keep_together";
    case NodeKind::kQrCode:
      return "qr_code";
    case NodeKind::kChart:
      return "chart";
    case NodeKind::kImage:
      return "image";
    case NodeKind::kText:
      return "text";
    case NodeKind::kEmphasis:
      return "emphasis";
    case NodeKind::kStrong:
      return "strong";
    case NodeKind::kCode:
      return "code";
    case NodeKind::kLink:
      return "link";
    case NodeKind::kSoftBreak:
      return "softbreak";
    case NodeKind::kLineBreak:
      return "linebreak";
    case NodeKind::kNoteReference:
      return "note_reference";
    case NodeKind::kIndexTerm:
      return "index_term";
    case NodeKind::kBadge:
      return "badge";
  }
  return "?";
}

Node::~Node() {
  std::vector<std::unique_ptr<Node>> pending = std::move(children);
  while (!pending.empty()) {
    std::unique_ptr<Node> node = std::move(pending.back());
    pending.pop_back();
    if (!node) continue;  // a child moved elsewhere
    for (auto& child : node->children) pending.push_back(std::move(child));
    node->children.clear();
  }
}

Node* Node::Append(std::unique_ptr<Node> child) {
  children.push_back(std::move(child));
  return children.back().get();
}

Node* Node::Append(NodeKind child_kind) { return Append(std::make_unique<Node>(child_kind)); }

std::string Node::Attribute(const std::string& key, std::string_view fallback) const {
  auto it = attributes.find(key);
  return it == attributes.end() ? std::string(fallback) : it->second;
}

std::string Node::PlainText() const {
  std::string out;
  if (kind == NodeKind::kText || kind == NodeKind::kCode) out += text;
  if (kind == NodeKind::kSoftBreak || kind == NodeKind::kLineBreak) out += ' ';
  for (const auto& child : children) out += child->PlainText();
  return out;
}

}  // namespace coopkit::doc
