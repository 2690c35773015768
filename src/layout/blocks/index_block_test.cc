#include "layout/blocks/index_block.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "base/utf8.h"
#include "fonts/fixed_width_font_set.h"
#include "layout/flow/page_composer.h"

namespace coopkit::layout {
namespace {

using doc::Node;
using doc::NodeKind;

class IndexBlockTest : public ::testing::Test {
 protected:
  // A paragraph holding the term (`group`, `term`), shown unless `invisible`.
  void AddTermParagraph(const std::string& group, const std::string& term, bool invisible,
                        const std::string& text = "Texte ") {
    Node* paragraph = document_.root->Append(NodeKind::kParagraph);
    paragraph->Append(NodeKind::kText)->text = text;
    Node* node = paragraph->Append(NodeKind::kIndexTerm);
    node->attributes = {{"group", group}, {"term", term}};
    if (!invisible) node->Append(NodeKind::kText)->text = term;
  }
  void AddPageBreak() { document_.root->Append(NodeKind::kPageBreak); }
  void AddIndex(const std::string& group) {
    Node* index = document_.root->Append(NodeKind::kIndex);
    index->attributes = {{"group", group}, {"title", "Index"}};
  }
  page::LaidOutDocument Compose() {
    return PageComposer().Compose(document_, theme_, fonts_, nullptr, &diagnostics_);
  }
  // The body text drawn on `page` from the top, a line per baseline, with a
  // space wherever two runs are apart (header and footer left out).
  std::vector<std::string> LinesOf(const page::Page& page) const {
    std::vector<const page::GlyphRun*> runs;
    for (const page::GlyphRun& run : page.runs) {
      if (run.size >= theme_.body_size) runs.push_back(&run);
    }
    std::stable_sort(runs.begin(), runs.end(),
                     [](const page::GlyphRun* a, const page::GlyphRun* b) { return a->y < b->y; });
    std::vector<std::string> lines;
    float last_y = -1, last_end = 0;
    for (const page::GlyphRun* run : runs) {
      if (lines.empty() || run->y != last_y) {
        lines.push_back(run->text);
      } else {
        lines.back() += (run->x > last_end + 0.5f ? " " : "") + run->text;
      }
      last_y = run->y;
      last_end = run->x + static_cast<float>(Utf8Length(run->text)) *
                              fonts::FixedWidthFontSet::kAdvance * run->size;
    }
    return lines;
  }

  doc::Document document_;
  Theme theme_;
  fonts::FixedWidthFontSet fonts_;
  DiagnosticList diagnostics_;
};

TEST_F(IndexBlockTest, ListsTermsInFrenchOrderWithTheirPages) {
  theme_.justify = false;
  AddTermParagraph("noms", "Zèbre", false);  // page 1
  AddTermParagraph("noms", "École", false);  // page 1
  AddPageBreak();
  AddTermParagraph("noms", "Œuvre", false);      // page 2
  AddTermParagraph("noms", "Zèbre", true);       // page 2, invisible
  AddTermParagraph("autre", "Ailleurs", false);  // another group
  AddPageBreak();
  AddTermParagraph("noms", "Zèbre", false);  // page 3, again
  AddTermParagraph("noms", "Zèbre", false);  // page 3: printed once
  AddPageBreak();
  AddIndex("noms");
  page::LaidOutDocument laid_out = Compose();
  ASSERT_EQ(laid_out.pages.size(), 4u);
  EXPECT_EQ(LinesOf(laid_out.pages[3]),
            (std::vector<std::string>{"Index", "École, 1", "Œuvre, 2", "Zèbre, 1, 2, 3"}));

  // Every number links to the term's place on its page.
  std::vector<int> targets;
  for (const page::LinkArea& link : laid_out.pages[3].links) {
    EXPECT_TRUE(link.uri.empty());
    targets.push_back(link.target_page);
  }
  EXPECT_EQ(targets, (std::vector<int>{0, 1, 0, 1, 2}));
}

TEST_F(IndexBlockTest, InvisibleMarkersShareThePlaceOfTheTermBeforeThem) {
  Node* heading = document_.root->Append(NodeKind::kHeading);
  heading->level = 2;
  AddPageBreak();
  Node* named = heading->Append(NodeKind::kIndexTerm);
  named->attributes = {{"group", "noms"}, {"term", "Alpha"}};
  named->Append(NodeKind::kText)->text = "Alpha";
  Node* themed = heading->Append(NodeKind::kIndexTerm);
  themed->attributes = {{"group", "theme"}, {"term", "Alpha"}};
  AddIndex("theme");
  page::LaidOutDocument laid_out = Compose();
  ASSERT_EQ(laid_out.pages.size(), 2u);
  EXPECT_EQ(LinesOf(laid_out.pages[1]), (std::vector<std::string>{"Index", "Alpha, 1"}));
  ASSERT_EQ(laid_out.pages[1].links.size(), 1u);
  EXPECT_EQ(laid_out.pages[1].links[0].target_page, 0);
  EXPECT_NEAR(laid_out.pages[1].links[0].target_y, theme_.page.margin_top, 3);  // its line's top
}

TEST_F(IndexBlockTest, LongIndexSplitsAcrossPagesWithinItsReservedHeight) {
  for (int i = 0; i < 300; ++i)
    AddTermParagraph("noms", "Terme " + std::to_string(1000 + i), false);
  AddPageBreak();
  AddIndex("noms");
  page::LaidOutDocument laid_out = Compose();
  EXPECT_TRUE(diagnostics_.empty());
  int entries = 0;
  int first_index_page = -1;
  for (size_t p = 0; p < laid_out.pages.size(); ++p) {
    for (const std::string& line : LinesOf(laid_out.pages[p])) {
      if (!line.starts_with("Terme ") || line.find(", ") == std::string::npos) continue;
      if (first_index_page < 0) first_index_page = static_cast<int>(p);
      ++entries;
    }
    for (const page::GlyphRun& run : laid_out.pages[p].runs) {
      if (run.size < theme_.body_size) continue;  // the footer
      EXPECT_LE(run.y, theme_.page.height - theme_.page.margin_bottom + 0.01f);
    }
  }
  EXPECT_EQ(entries, 300);
  EXPECT_GT(static_cast<int>(laid_out.pages.size()) - first_index_page, 1);
}

}  // namespace
}  // namespace coopkit::layout
