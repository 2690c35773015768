#include "document/node.h"

#include <gtest/gtest.h>

#include <set>

namespace coopkit::doc {
namespace {

constexpr NodeKind kBlocks[] = {NodeKind::kDocument,        NodeKind::kParagraph,
                                NodeKind::kHeading,         NodeKind::kBulletList,
                                NodeKind::kOrderedList,     NodeKind::kListItem,
                                NodeKind::kBlockQuote,      NodeKind::kCodeBlock,
                                NodeKind::kThematicBreak,   NodeKind::kPageBreak,
                                NodeKind::kTableOfContents, NodeKind::kCallout,
                                NodeKind::kColumns,         NodeKind::kCover};
constexpr NodeKind kInlines[] = {NodeKind::kText,     NodeKind::kEmphasis, NodeKind::kStrong,
                                 NodeKind::kCode,     NodeKind::kLink,     NodeKind::kSoftBreak,
                                 NodeKind::kLineBreak};

Node* AddText(Node* parent, NodeKind kind, const std::string& text) {
  Node* node = parent->Append(kind);
  node->text = text;
  return node;
}

TEST(NodeTest, BlocksAndInlinesAreTold) {
  for (NodeKind kind : kBlocks) EXPECT_TRUE(IsBlock(kind)) << NodeKindName(kind);
  for (NodeKind kind : kInlines) EXPECT_FALSE(IsBlock(kind)) << NodeKindName(kind);
}

TEST(NodeTest, EveryKindHasItsOwnName) {
  std::set<std::string> names;
  for (NodeKind kind : kBlocks) names.insert(NodeKindName(kind));
  for (NodeKind kind : kInlines) names.insert(NodeKindName(kind));
  EXPECT_EQ(names.size(), std::size(kBlocks) + std::size(kInlines));
  EXPECT_EQ(names.count("?"), 0u);
}

TEST(NodeTest, AppendReturnsTheNewChild) {
  Node list(NodeKind::kBulletList);
  Node* first = list.Append(NodeKind::kListItem);
  Node* second = list.Append(std::make_unique<Node>(NodeKind::kListItem));
  ASSERT_EQ(list.children.size(), 2u);
  EXPECT_EQ(list.children[0].get(), first);
  EXPECT_EQ(list.children[1].get(), second);
  EXPECT_EQ(second->kind, NodeKind::kListItem);
}

TEST(NodeTest, AttributeFallsBackWhenAbsent) {
  Node callout(NodeKind::kCallout);
  callout.attributes["kind"] = "tip";
  callout.attributes["title"] = "";
  EXPECT_EQ(callout.Attribute("kind", "note"), "tip");
  EXPECT_EQ(callout.Attribute("title", "Note"), "");
  EXPECT_EQ(callout.Attribute("colour", "blue"), "blue");
  EXPECT_EQ(callout.Attribute("colour"), "");
}

// Kept the way callers keep it: under AddressSanitizer, a value that
// referred to the temporary fallback would be read after its scope.
TEST(NodeTest, AttributeFallbackOutlivesItsTemporary) {
  Node qr(NodeKind::kQrCode);
  const std::string& side = qr.Attribute("size", std::string(40, 'x'));
  const std::string& data = qr.Attribute("data", std::string(40, 'y'));
  EXPECT_EQ(side, std::string(40, 'x'));
  EXPECT_EQ(data, std::string(40, 'y'));
}

TEST(NodeTest, PlainTextJoinsNestedInlines) {
  Node heading(NodeKind::kHeading);
  AddText(&heading, NodeKind::kText, "Le ");
  AddText(heading.Append(NodeKind::kStrong), NodeKind::kText, "guide");
  heading.Append(NodeKind::kSoftBreak);
  Node* link = heading.Append(NodeKind::kLink);
  link->url = "https://crge.fr";
  AddText(link->Append(NodeKind::kEmphasis), NodeKind::kText, "du");
  heading.Append(NodeKind::kLineBreak);
  AddText(&heading, NodeKind::kCode, "CRGE");
  EXPECT_EQ(heading.PlainText(), "Le guide du CRGE");
}

TEST(NodeTest, PlainTextIsMadeOfInlinesOnly) {
  Node link(NodeKind::kLink);
  link.url = "https://crge.fr";
  EXPECT_EQ(link.PlainText(), "");
  Node code_block(NodeKind::kCodeBlock);
  code_block.text = "int x;";
  EXPECT_EQ(code_block.PlainText(), "");
}

TEST(NodeTest, AMillionLevelsDeepTreeIsFreedWithoutOverflowingTheStack) {
  auto root = std::make_unique<Node>(NodeKind::kDocument);
  Node* deepest = root.get();
  for (int level = 0; level < 1'000'000; ++level) deepest = deepest->Append(NodeKind::kBlockQuote);
  root.reset();  // recursive destruction would overflow the stack here
  SUCCEED();
}

}  // namespace
}  // namespace coopkit::doc
