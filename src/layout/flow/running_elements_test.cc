#include "layout/flow/running_elements.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

#include "fonts/fixed_width_font_set.h"
#include "layout/flow/page_composer.h"
#include "layout/inline/first_fit_line_breaker.h"

namespace coopkit::layout {
namespace {

class WatermarkTest : public ::testing::Test {
 protected:
  WatermarkTest() : setter_(&fonts_, nullptr, &breaker_) {
    page_.width = theme_.page.width;
    page_.height = theme_.page.height;
    page_.runs.push_back({});  // the page's own text, drawn over the mark
  }
  fonts::FixedWidthFontSet fonts_;
  FirstFitLineBreaker breaker_;
  ParagraphSetter setter_;
  Theme theme_;
  doc::DocumentInfo info_;
  page::Page page_;
};

TEST_F(WatermarkTest, CentredAlongTheDiagonalUnderTheText) {
  info_.watermark = "BROUILLON";
  RunningElements(&info_, &theme_, &fonts_, &setter_).DrawWatermark(&page_);
  ASSERT_EQ(page_.runs.size(), 2u);
  const page::GlyphRun& mark = page_.runs.front();  // drawn first: under the text
  EXPECT_EQ(mark.text, "BROUILLON");
  EXPECT_EQ(mark.font, fonts_.Face({fonts::FontRole::kHeading, true, false}));
  EXPECT_GT(mark.color.r, theme_.muted.r);  // lighter than any text
  const float angle = std::atan2(page_.height, page_.width);
  EXPECT_NEAR(mark.angle, angle * 180 / std::numbers::pi_v<float>, 0.01f);
  // Nine half-em characters spanning 70 % of the diagonal.
  const float length = 9 * fonts::FixedWidthFontSet::kAdvance * mark.size;
  EXPECT_NEAR(length, 0.7f * std::hypot(page_.width, page_.height), 0.01f);
  // Half the length along the baseline (up is -y), half the capitals'
  // height (0.7 em) across it: the page's centre.
  const float along = length / 2, across = 0.7f * mark.size / 2;
  EXPECT_NEAR(mark.x + along * std::cos(angle) - across * std::sin(angle), page_.width / 2, 0.01f);
  EXPECT_NEAR(mark.y - along * std::sin(angle) - across * std::cos(angle), page_.height / 2, 0.01f);
}

TEST_F(WatermarkTest, NothingWithoutAWatermark) {
  RunningElements(&info_, &theme_, &fonts_, &setter_).DrawWatermark(&page_);
  EXPECT_EQ(page_.runs.size(), 1u);
}

TEST_F(WatermarkTest, EveryPageGetsItCoverIncluded) {
  doc::Document document;
  document.info.watermark = "BROUILLON";
  document.root->Append(doc::NodeKind::kCover)->attributes["title"] = "Compte rendu";
  document.root->Append(doc::NodeKind::kParagraph)->Append(doc::NodeKind::kText)->text = "Un";
  document.root->Append(doc::NodeKind::kPageBreak);
  document.root->Append(doc::NodeKind::kParagraph)->Append(doc::NodeKind::kText)->text = "Deux";
  DiagnosticList diagnostics;
  page::LaidOutDocument pages =
      PageComposer().Compose(document, theme_, fonts_, nullptr, &diagnostics);
  ASSERT_EQ(pages.pages.size(), 3u);
  for (const page::Page& page : pages.pages) {
    int marks = 0;
    for (const page::GlyphRun& run : page.runs) marks += run.text == "BROUILLON" && run.angle > 0;
    EXPECT_EQ(marks, 1);
  }
  document.info.watermark.clear();
  pages = PageComposer().Compose(document, theme_, fonts_, nullptr, &diagnostics);
  for (const page::Page& page : pages.pages) {
    for (const page::GlyphRun& run : page.runs) EXPECT_EQ(run.angle, 0);
  }
}

TEST(RunningElementsTest, LabelCharactersTheFaceLacksAreReportedAtTheDocumentDirective) {
  fonts::FixedWidthFontSet fonts(0xFFFF);
  FirstFitLineBreaker breaker;
  ParagraphSetter setter(&fonts, nullptr, &breaker);
  Theme theme;
  doc::DocumentInfo info;
  info.header_left = "Guide \U0001D538";
  info.footer_left = "Forum \U0001F91D";
  info.source_line = 4;
  DiagnosticList diagnostics;
  MissingGlyphReport report(&fonts, &diagnostics);
  RunningElements(&info, &theme, &fonts, &setter).CheckLabels(&report);
  ASSERT_EQ(diagnostics.WarningCount(), 2u);
  EXPECT_NE(diagnostics.items()[0].message.find("U+1D538"), std::string::npos);
  EXPECT_NE(diagnostics.items()[1].message.find("U+1F91D"), std::string::npos);
  EXPECT_EQ(diagnostics.items()[1].location.line, 4);
}

// Counts the paragraphs set, to tell how often a label is set.
class CountingLineBreaker : public LineBreaker {
 public:
  std::vector<size_t> Break(std::span<const BreakItem> items, LineWidths widths) const override {
    ++calls;
    return first_fit_.Break(items, widths);
  }
  mutable int calls = 0;

 private:
  FirstFitLineBreaker first_fit_;
};

TEST(RunningElementsTest, LabelsAreSetOnceHoweverManyPages) {
  fonts::FixedWidthFontSet fonts;
  CountingLineBreaker breaker;
  ParagraphSetter setter(&fonts, nullptr, &breaker);
  Theme theme;
  doc::DocumentInfo info;
  info.header_left = std::string(10'000, 'G');  // a long title, one word
  info.header_right = "CRGE";
  info.footer_left = "Forum";
  RunningElements running(&info, &theme, &fonts, &setter);
  page::Page page;
  running.Draw(&page, 1, 100);
  const int first_page = breaker.calls;
  for (int number = 2; number <= 100; ++number) running.Draw(&page, number, 100);
  // Only « page n / N » is set again on each page.
  EXPECT_EQ(breaker.calls - first_page, 99);
  EXPECT_EQ(page.runs.size(), 100u * 4);
}

TEST(RunningElementsTest, ThePageNumberIsWordedByTheTheme) {
  fonts::FixedWidthFontSet fonts;
  FirstFitLineBreaker breaker;
  ParagraphSetter setter(&fonts, nullptr, &breaker);
  Theme theme;
  doc::DocumentInfo info;
  auto footer_right = [&] {
    RunningElements running(&info, &theme, &fonts, &setter);
    page::Page page;
    running.Draw(&page, 2, 12);
    std::string text;
    for (const page::GlyphRun& run : page.runs) text += run.text + "|";
    return text;
  };
  EXPECT_EQ(footer_right(), "page 2 / 12|");
  theme.words.page_number = "p. {page} sur {pages} ({page})";
  EXPECT_EQ(footer_right(), "p. 2 sur 12 (2)|");
}

}  // namespace
}  // namespace coopkit::layout
