#include "layout/blocks/chart_block.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "base/utf8.h"
#include "fonts/fixed_width_font_set.h"
#include "layout/flow/page_composer.h"
#include "layout/inline/first_fit_line_breaker.h"

namespace coopkit::layout {
namespace {

constexpr float kX = 40, kTop = 100;
constexpr float kSize = 10;      // labels and values: 5 pt a character
constexpr float kScaleSize = 8;  // tick numbers and unit: 4 pt a character
const page::Color kBar{0.2f, 0.4f, 0.6f};
const page::Color kAxis{0.5f, 0.5f, 0.5f};

float TextWidth(const page::GlyphRun& run) {
  return static_cast<float>(Utf8Length(run.text)) * fonts::FixedWidthFontSet::kAdvance * run.size;
}

/// Middle of the glyphs' box (ascender to descender) of a run.
float GlyphCentre(const page::GlyphRun& run) {
  return run.y - (fonts::FixedWidthFontSet::kAscender + fonts::FixedWidthFontSet::kDescender) / 2 *
                     run.size;
}

class ChartBlockTest : public ::testing::Test {
 protected:
  ChartBlockTest() : setter_(&fonts_, nullptr, &breaker_) {
    style_.title = {fonts_.Face({fonts::FontRole::kHeading, true, false}), kSize, {}, ""};
    style_.label = {fonts_.Face({fonts::FontRole::kBody, false, false}), kSize, {}, ""};
    style_.scale = {fonts_.Face({fonts::FontRole::kBody, false, false}), kScaleSize, {}, ""};
    style_.bar = kBar;
    style_.axis = kAxis;
  }

  /// Draws a chart of `bars` (label, value) `width` wide onto page_.
  std::shared_ptr<ChartBlock> Draw(std::vector<std::pair<std::string, std::string>> bars,
                                   float width, std::optional<double> max = std::nullopt) {
    ChartData data;
    data.title = "Utilité";
    data.unit = "réponses";
    data.max = max;
    for (auto& [label, value] : bars) data.bars.push_back({label, std::stod(value), value});
    auto chart = std::make_shared<ChartBlock>(std::move(data), style_, &setter_);
    page_ = {};
    chart->Draw({&page_, 0, nullptr}, kX, kTop, width);
    return chart;
  }

  const page::GlyphRun* Run(const std::string& text) const {
    for (const page::GlyphRun& run : page_.runs) {
      if (run.text == text) return &run;
    }
    return nullptr;
  }

  /// The horizontal axis: the longest horizontal line.
  page::StrokedLine Axis() const {
    page::StrokedLine axis;
    for (const page::StrokedLine& line : page_.lines) {
      if (line.y1 == line.y2 && line.x2 - line.x1 > axis.x2 - axis.x1) axis = line;
    }
    return axis;
  }

  fonts::FixedWidthFontSet fonts_;
  FirstFitLineBreaker breaker_;
  ParagraphSetter setter_;
  ChartStyle style_;
  page::Page page_;
};

TEST_F(ChartBlockTest, BarLengthsAreProportionalToTheValues) {
  auto chart = Draw({{"a", "2"}, {"bb", "4"}, {"ccc", "8"}}, 300);
  EXPECT_EQ(chart->ScaleEnd(), 8);
  EXPECT_EQ(chart->TickStep(), 2);
  // Labels: 15 pt at most; values: 5 pt.
  const float plot_left = kX + 15 + ChartBlock::kLabelGap * kSize;
  const float plot_width =
      300 - 15 - ChartBlock::kLabelGap * kSize - ChartBlock::kValueGap * kSize - 5;
  ASSERT_EQ(page_.rects.size(), 3u);
  const float values[] = {2, 4, 8};
  for (size_t i = 0; i < 3; ++i) {
    EXPECT_FLOAT_EQ(page_.rects[i].x, plot_left);
    EXPECT_NEAR(page_.rects[i].width, values[i] / 8 * plot_width, 1e-3);
    EXPECT_FLOAT_EQ(page_.rects[i].height, ChartBlock::kBarThickness * kSize);
    EXPECT_EQ(page_.rects[i].color, kBar);
  }
  page::StrokedLine axis = Axis();
  EXPECT_FLOAT_EQ(axis.x1, plot_left);
  EXPECT_NEAR(axis.x2 - axis.x1, plot_width, 1e-3);
  EXPECT_EQ(axis.color, kAxis);
  // Bars stack downwards, each under the one before.
  EXPECT_LT(page_.rects[0].y + page_.rects[0].height, page_.rects[1].y);
}

TEST_F(ChartBlockTest, LabelsSitLeftOfTheirBarsVerticallyCentred) {
  Draw({{"a", "2"}, {"bb", "4"}, {"ccc", "8"}}, 300);
  const char* labels[] = {"a", "bb", "ccc"};
  for (size_t i = 0; i < 3; ++i) {
    const page::GlyphRun* label = Run(labels[i]);
    ASSERT_NE(label, nullptr) << labels[i];
    const page::FilledRect& bar = page_.rects[i];
    // Right-aligned in the 15 pt label column, which ends before the bar.
    EXPECT_NEAR(label->x + TextWidth(*label), kX + 15, 1e-3);
    EXPECT_LT(label->x + TextWidth(*label), bar.x);
    EXPECT_NEAR(GlyphCentre(*label), bar.y + bar.height / 2, 1e-3);
  }
}

TEST_F(ChartBlockTest, ValuesArePrintedAfterTheBarsWithADecimalComma) {
  Draw({{"a", "3.5"}, {"b", "7"}}, 300);
  ASSERT_EQ(page_.rects.size(), 2u);
  const char* values[] = {"3,5", "7"};
  for (size_t i = 0; i < 2; ++i) {
    const page::GlyphRun* value = Run(values[i]);
    ASSERT_NE(value, nullptr) << values[i];
    const page::FilledRect& bar = page_.rects[i];
    EXPECT_FLOAT_EQ(value->x, bar.x + bar.width + ChartBlock::kValueGap * kSize);
    EXPECT_NEAR(GlyphCentre(*value), bar.y + bar.height / 2, 1e-3);
  }
}

TEST_F(ChartBlockTest, ZeroValuesDrawNoBarButPrintTheirValue) {
  auto chart = Draw({{"a", "0"}, {"b", "0"}}, 300);
  EXPECT_EQ(chart->ScaleEnd(), 1);
  EXPECT_TRUE(page_.rects.empty());
  int zeros = 0;
  const float axis_x = Axis().x1;
  for (const page::GlyphRun& run : page_.runs) {
    if (run.text == "0" && run.size == kSize) {
      ++zeros;
      EXPECT_FLOAT_EQ(run.x, axis_x + ChartBlock::kValueGap * kSize);
    }
  }
  EXPECT_EQ(zeros, 2);
}

TEST_F(ChartBlockTest, MaxOptionFixesTheScaleAndItsTicks) {
  auto chart = Draw({{"a", "5"}}, 300, 20);
  EXPECT_EQ(chart->ScaleEnd(), 20);
  EXPECT_EQ(chart->TickStep(), 5);
  page::StrokedLine axis = Axis();
  EXPECT_NEAR(page_.rects[0].width, (axis.x2 - axis.x1) / 4, 1e-3);
  std::vector<std::string> ticks;
  for (const page::GlyphRun& run : page_.runs) {
    if (run.size == kScaleSize && run.y > axis.y1) ticks.push_back(run.text);
  }
  EXPECT_EQ(ticks, (std::vector<std::string>{"0", "5", "10", "15", "20", "réponses"}));
  // Each tick number is centred under its tick.
  const page::GlyphRun* ten = Run("10");
  ASSERT_NE(ten, nullptr);
  EXPECT_NEAR(ten->x + TextWidth(*ten) / 2, axis.x1 + (axis.x2 - axis.x1) / 2, 1e-3);
}

TEST_F(ChartBlockTest, ScaleEndsOnARoundNumberAboveTheLargestValue) {
  EXPECT_EQ(Draw({{"a", "9"}}, 300)->ScaleEnd(), 10);
  EXPECT_EQ(Draw({{"a", "3"}}, 300)->ScaleEnd(), 3);
  EXPECT_EQ(Draw({{"a", "47"}}, 300)->ScaleEnd(), 50);
  EXPECT_DOUBLE_EQ(Draw({{"a", "0.7"}}, 300)->ScaleEnd(), 0.8);
}

TEST_F(ChartBlockTest, LongLabelsWrapInTheirColumn) {
  const std::string long_label = "une réponse bien trop longue pour une seule ligne";
  auto chart = Draw({{long_label, "4"}, {"court", "2"}}, 200);
  const float column = ChartBlock::kMaxLabelShare * 200;
  std::set<float> baselines;
  for (const page::GlyphRun& run : page_.runs) {
    if (run.size != kSize) continue;
    if (long_label.find(run.text) == std::string::npos) continue;
    baselines.insert(run.y);
    EXPECT_GE(run.x, kX - 1e-3);
    EXPECT_LE(run.x + TextWidth(run), kX + column + 1e-3);
  }
  EXPECT_GE(baselines.size(), 3u);
  // The bar stays centred on its wrapped label, and the next row clears it.
  float label_middle =
      (*baselines.begin() + *baselines.rbegin()) / 2 -
      (fonts::FixedWidthFontSet::kAscender + fonts::FixedWidthFontSet::kDescender) / 2 * kSize;
  EXPECT_NEAR(label_middle, page_.rects[0].y + page_.rects[0].height / 2, 1e-3);
  EXPECT_GT(GlyphCentre(*Run("court")), *baselines.rbegin());
  EXPECT_FLOAT_EQ(page_.rects[0].x, kX + column + ChartBlock::kLabelGap * kSize);
}

TEST_F(ChartBlockTest, HeightCoversEverythingDrawnAndTheChartNeverSplits) {
  auto chart = Draw({{"a", "2"}, {"b", "4"}}, 300);
  float height = chart->Wrap(300);
  for (const page::GlyphRun& run : page_.runs) {
    EXPECT_LE(run.y - fonts::FixedWidthFontSet::kDescender * run.size, kTop + height + 1e-3)
        << run.text;
    EXPECT_GE(run.y - fonts::FixedWidthFontSet::kAscender * run.size, kTop - 1e-3) << run.text;
  }
  EXPECT_EQ(chart->Split(300, height - 1).head, nullptr);
  EXPECT_EQ(chart->Split(300, height).rest, nullptr);
}

TEST(ChartFromTreeTest, TheBuilderDrawsAChartNodeInTheThemesColours) {
  doc::Document document;
  doc::Node* chart = document.root->Append(doc::NodeKind::kChart);
  chart->attributes = {{"type", "bar"}, {"title", "Utilité"}, {"max", "10"}};
  for (auto [label, value] : {std::pair{"oui", "6"}, std::pair{"non", "2.5"}}) {
    doc::Node* bar = chart->Append(doc::NodeKind::kText);
    bar->attributes = {{"label", label}, {"value", value}};
  }
  Theme theme;
  theme.chart_axis = {0.1f, 0.9f, 0.1f};
  fonts::FixedWidthFontSet fonts;
  DiagnosticList diagnostics;
  page::LaidOutDocument laid_out =
      PageComposer().Compose(document, theme, fonts, nullptr, &diagnostics);
  EXPECT_TRUE(diagnostics.empty());
  ASSERT_EQ(laid_out.pages.size(), 1u);
  const page::Page& page = laid_out.pages[0];
  ASSERT_EQ(page.rects.size(), 2u);
  EXPECT_EQ(page.rects[0].color, theme.chart_bar);
  EXPECT_NEAR(page.rects[1].width / page.rects[0].width, 2.5 / 6, 1e-4);
  std::set<std::string> texts;
  for (const page::GlyphRun& run : page.runs) texts.insert(run.text);
  for (const char* text : {"Utilité", "oui", "non", "6", "2,5", "0", "10"}) {
    EXPECT_TRUE(texts.contains(text)) << text;
  }
  // Two axis lines and six ticks (0, 2... 10).
  EXPECT_EQ(
      std::count_if(page.lines.begin(), page.lines.end(),
                    [&](const page::StrokedLine& line) { return line.color == theme.chart_axis; }),
      8);
}

}  // namespace
}  // namespace coopkit::layout
