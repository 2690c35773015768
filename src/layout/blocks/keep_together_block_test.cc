#include "layout/blocks/keep_together_block.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "fonts/fixed_width_font_set.h"
#include "layout/flow/page_composer.h"

namespace coopkit::layout {
namespace {

using doc::Node;
using doc::NodeKind;

void AddParagraph(Node* parent, const std::string& text) {
  parent->Append(NodeKind::kParagraph)->Append(NodeKind::kText)->text = text;
}

// `lines` lines of distinct 7-character words; `tag` (one letter) names them.
std::string Lines(char tag, int lines, int words_per_line) {
  std::string text;
  for (int i = 0; i < lines * words_per_line - 2; ++i) {
    char word[16];
    std::snprintf(word, sizeof word, "%c%06d", tag, i);
    text += (text.empty() ? "" : " ") + std::string(word);
  }
  return text;
}

class KeepTogetherTest : public ::testing::Test {
 protected:
  page::LaidOutDocument Compose() {
    return PageComposer().Compose(document_, theme_, fonts_, nullptr, &diagnostics_);
  }
  // Pages on which a word starting with `tag` is drawn, and the x of each.
  static std::vector<std::pair<int, float>> Places(const page::LaidOutDocument& laid_out,
                                                   char tag) {
    std::vector<std::pair<int, float>> places;
    for (size_t p = 0; p < laid_out.pages.size(); ++p) {
      for (const page::GlyphRun& run : laid_out.pages[p].runs) {
        if (run.text.starts_with(tag)) places.push_back({static_cast<int>(p), run.x});
      }
    }
    return places;
  }

  doc::Document document_;
  Theme theme_;
  fonts::FixedWidthFontSet fonts_;
  DiagnosticList diagnostics_;
};

TEST_F(KeepTogetherTest, MovesWholeToTheNextPageRatherThanSplit) {
  theme_.justify = false;
  theme_.hyphenate = false;
  AddParagraph(document_.root.get(), Lines('a', 31, 8));  // most of an A5 page
  Node* keep = document_.root->Append(NodeKind::kKeepTogether);
  AddParagraph(keep, Lines('k', 3, 8));
  AddParagraph(keep, Lines('m', 3, 8));
  page::LaidOutDocument laid_out = Compose();
  ASSERT_EQ(laid_out.pages.size(), 2u);
  for (char tag : {'k', 'm'}) {
    for (auto [page, x] : Places(laid_out, tag)) EXPECT_EQ(page, 1) << tag;
  }

  // Without the keep, the same text splits across the two pages.
  document_.root->children.back()->kind = NodeKind::kBlockQuote;
  std::vector<std::pair<int, float>> places = Places(Compose(), 'k');
  ASSERT_FALSE(places.empty());
  EXPECT_EQ(places.front().first, 0);
}

TEST_F(KeepTogetherTest, TallerThanAPageItSplitsNormally) {
  Node* keep = document_.root->Append(NodeKind::kKeepTogether);
  AddParagraph(keep, Lines('k', 60, 8));
  page::LaidOutDocument laid_out = Compose();
  ASSERT_GE(laid_out.pages.size(), 2u);
  EXPECT_EQ(Places(laid_out, 'k').front().first, 0);
  EXPECT_EQ(Places(laid_out, 'k').back().first, static_cast<int>(laid_out.pages.size()) - 1);
}

TEST_F(KeepTogetherTest, NeverSplitsAcrossColumns) {
  theme_.hyphenate = false;
  Node* columns = document_.root->Append(NodeKind::kColumns);
  columns->attributes["count"] = "2";
  for (char tag : {'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'}) {
    Node* keep = columns->Append(NodeKind::kKeepTogether);
    AddParagraph(keep, Lines(tag, 7, 4));
  }
  page::LaidOutDocument laid_out = Compose();
  for (char tag : {'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'}) {
    std::vector<std::pair<int, float>> places = Places(laid_out, tag);
    ASSERT_FALSE(places.empty()) << tag;
    const float middle = theme_.page.margin_inner + theme_.page.ContentWidth() / 2;
    for (auto [page, x] : places) {
      EXPECT_EQ(page, places.front().first) << tag;
      EXPECT_EQ(x < middle, places.front().second < middle) << tag;  // one column
    }
  }
  // Both columns are used.
  std::set<float> column_xs;
  for (const page::GlyphRun& run : laid_out.pages[0].runs) column_xs.insert(run.x);
  EXPECT_GT(*column_xs.rbegin(), theme_.page.margin_inner + theme_.page.ContentWidth() / 2);
}

TEST_F(KeepTogetherTest, FloatedQrCodeSitsAtTheTopRightBesideTheText) {
  Node* keep = document_.root->Append(NodeKind::kKeepTogether);
  AddParagraph(keep, Lines('k', 2, 8));
  Node* qr = keep->Append(NodeKind::kQrCode);
  qr->attributes["data"] = "https://example.org";
  qr->attributes["float"] = "right";
  page::LaidOutDocument laid_out = Compose();
  ASSERT_EQ(laid_out.pages.size(), 1u);
  const page::Page& page = laid_out.pages[0];
  ASSERT_FALSE(page.rects.empty());
  const page::FilledRect& square = page.rects[0];
  const float right = theme_.page.margin_inner + theme_.page.ContentWidth();
  EXPECT_NEAR(square.x + square.width, right, 0.01f);
  EXPECT_NEAR(square.y, theme_.page.margin_top, 0.01f);
  EXPECT_NEAR(square.width, 62.36f, 0.01f);
  for (const page::GlyphRun& run : page.runs) {
    if (!run.text.starts_with('k')) continue;
    float end =
        run.x + static_cast<float>(run.text.size()) * fonts::FixedWidthFontSet::kAdvance * run.size;
    EXPECT_LT(end, square.x) << run.text;
  }
  EXPECT_EQ(page.links.size(), 1u);
}

TEST_F(KeepTogetherTest, InANarrowColumnTheFloatedCodeGoesUnderTheText) {
  Node* columns = document_.root->Append(NodeKind::kColumns);
  columns->attributes["count"] = "2";
  Node* keep = columns->Append(NodeKind::kKeepTogether);
  AddParagraph(keep, Lines('k', 2, 2));
  Node* qr = keep->Append(NodeKind::kQrCode);
  qr->attributes["data"] = "https://example.org";
  qr->attributes["float"] = "right";
  page::LaidOutDocument laid_out = Compose();
  const page::Page& page = laid_out.pages[0];
  ASSERT_FALSE(page.rects.empty());
  EXPECT_NEAR(page.rects[0].x, theme_.page.margin_inner, 0.01f);
  float text_bottom = 0;
  for (const page::GlyphRun& run : page.runs) {
    if (run.text.starts_with('k')) text_bottom = std::max(text_bottom, run.y);
  }
  EXPECT_GT(page.rects[0].y, text_bottom);
}

}  // namespace
}  // namespace coopkit::layout
