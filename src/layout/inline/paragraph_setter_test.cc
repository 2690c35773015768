#include "layout/inline/paragraph_setter.h"

#include <gtest/gtest.h>

#include <array>
#include <chrono>
#include <iostream>

#include "base/utf8.h"
#include "fonts/family_font_set.h"
#include "layout/inline/first_fit_line_breaker.h"
#include "layout/inline/hyphenator.h"
#include "layout/inline/optimal_line_breaker.h"
#include "layout/theme.h"

namespace coopkit::layout {
namespace {

constexpr float kTolerance = 1e-3f;

// Every character 0.5 em wide (0.6 in bold), spaces 0.25 em, U+202F 0.125 em.
class FixedWidthFont : public fonts::FontMetrics {
 public:
  explicit FixedWidthFont(float letter) : letter_(letter) {}
  float Advance(char32_t cp) const override {
    if (cp == U' ' || cp == U'\u00A0') return 0.25f;
    return cp == U'\u202F' ? 0.125f : letter_;
  }
  bool HasGlyph(char32_t) const override { return true; }
  float Ascender() const override { return 0.8f; }
  float Descender() const override { return -0.2f; }

 private:
  float letter_;
};

class TwoWidthFontSet : public fonts::FontSet {
 public:
  page::FontId Face(fonts::FontStyle style) const override { return style.bold ? 1 : 0; }
  const fonts::FontMetrics& Metrics(page::FontId id) const override {
    return id == 1 ? bold_ : regular_;
  }
  std::string FaceName(page::FontId id) const override { return id == 1 ? "bold" : "regular"; }
  std::vector<std::string> Files() const override { return {"regular.ttf", "bold.ttf"}; }

 private:
  FixedWidthFont regular_{0.5f};
  FixedWidthFont bold_{0.6f};
};

TextStyle Style(page::FontId font, float size, std::string link = {}) {
  TextStyle style;
  style.font = font;
  style.size = size;
  style.link = std::move(link);
  return style;
}

const TextStyle kRegular = Style(0, 10);
const TextStyle kBold = Style(1, 10);

const std::string kFrench =
    "Les discours, pour ne pas dire les injonctions, mettant en avant la nécessité de "
    "coopérer entre acteurs économiques, entre associations, entre collectivités "
    "territoriales, sur les territoires sont légion. Souvent, l’objectif à moitié avoué est "
    "la recherche d’économies\u202F; lorsqu’elle est imposée, la coopération ne fonctionne "
    "que très rarement. «\u00A0Coopérer\u00A0», disait-on à la SCIC et au CRGE en 2024, "
    "coûte 10\u00A0000\u202F€ par an\u00A0! Voir l’hyphénation, l’électricité, le "
    "porte-monnaie et la Société coopérative d’intérêt collectif.";
const std::string kLongUrl = [] {
  std::string url = "https://exemple.org/recherche?";
  while (url.size() < 200) url += "coop_";
  return url;
}();
const std::string kLongWord = "anticonstitutionnellementanticonstitutionnellementcoopérations";
const std::string kUnbreakableWord(60, 'x');

std::vector<StyledSpan> Plain(std::string text) { return {{std::move(text), kRegular}}; }

// The line's text, with a space wherever runs are apart.
std::string LineText(const Line& line) {
  std::string text;
  for (size_t i = 0; i < line.runs.size(); ++i) {
    if (i > 0 && line.runs[i].x > line.runs[i - 1].x + line.runs[i - 1].width + kTolerance)
      text += ' ';
    text += line.runs[i].text;
  }
  return text;
}

// Text with spaces and hyphens removed: what setting must neither lose nor add.
std::string Letters(std::string_view text) {
  std::string letters;
  for (char c : text) {
    if (c != ' ' && c != '-') letters += c;
  }
  return letters;
}

float RunEnd(const PositionedRun& run) { return run.x + run.width; }

class ParagraphSetterTest : public testing::Test {
 protected:
  void SetUp() override {
    hyphenator_ = Hyphenator::Load("/usr/share/hyphen/hyph_fr.dic", {}, &diagnostics_);
    ASSERT_NE(hyphenator_, nullptr);
  }

  std::vector<Line> Set(const std::vector<StyledSpan>& spans, const ParagraphShape& shape) const {
    return ParagraphSetter(&fonts_, hyphenator_.get(), breaker_).Set(spans, shape);
  }
  std::vector<Line> Set(const std::string& text, float width,
                        Alignment alignment = Alignment::kJustify) const {
    return Set(Plain(text), {width, 0, alignment, true});
  }

  // Checks what must hold for any paragraph: nothing outside the line, runs
  // in order and as wide as their text, no text lost or added.
  void ExpectWellSet(const std::vector<StyledSpan>& spans, const ParagraphShape& shape,
                     const std::vector<Line>& lines) const {
    std::string source;
    for (const StyledSpan& span : spans) source += span.text;
    std::string set;
    for (const Line& line : lines) {
      float previous_end = 0;
      for (const PositionedRun& run : line.runs) {
        EXPECT_GE(run.x, previous_end - kTolerance) << run.text;
        EXPECT_LE(RunEnd(run), shape.width + kTolerance)
            << "overfull at width " << shape.width << ": " << LineText(line);
        float measured = 0;
        for (size_t pos = 0; pos < run.text.size();) {
          measured +=
              fonts_.Metrics(run.style.font).Advance(DecodeUtf8(run.text, &pos)) * run.style.size;
        }
        EXPECT_NEAR(run.width, measured, kTolerance) << run.text;
        previous_end = RunEnd(run);
        set += run.text;
      }
    }
    EXPECT_EQ(Letters(set), Letters(source));
    ASSERT_FALSE(lines.empty());
    EXPECT_TRUE(lines.back().ends_paragraph);
  }

  DiagnosticList diagnostics_;
  TwoWidthFontSet fonts_;
  std::unique_ptr<Hyphenator> hyphenator_;
  FirstFitLineBreaker first_fit_;
  OptimalLineBreaker optimal_;
  const LineBreaker* breaker_ = &first_fit_;
};

TEST_F(ParagraphSetterTest, NoLineIsEverWiderThanTheWidth) {
  const std::vector<std::vector<StyledSpan>> paragraphs = {
      Plain(kFrench),
      Plain(kLongUrl),
      Plain("voir " + kLongWord + " et " + kUnbreakableWord + " ici"),
      {{"La co", kRegular},
       {"opération ", kBold},
       {"du site " + kLongUrl, Style(0, 10, "https://exemple.org")},
       {" et " + kFrench, Style(1, 14)}},
  };
  const std::vector<ParagraphShape> shapes = [] {
    std::vector<ParagraphShape> shapes;
    for (float width = 30; width <= 420; width += 13) {
      for (Alignment alignment :
           {Alignment::kJustify, Alignment::kLeft, Alignment::kCenter, Alignment::kRight}) {
        for (bool hyphenate : {true, false}) {
          shapes.push_back({width, 0, alignment, hyphenate});
          shapes.push_back({width, 12, alignment, hyphenate});
        }
      }
    }
    return shapes;
  }();
  for (const LineBreaker* breaker : std::array<const LineBreaker*, 2>{&first_fit_, &optimal_}) {
    breaker_ = breaker;
    for (const auto& spans : paragraphs) {
      for (const ParagraphShape& shape : shapes) {
        SCOPED_TRACE(testing::Message()
                     << (breaker == &optimal_ ? "optimal" : "first-fit") << ", width "
                     << shape.width << ", alignment " << static_cast<int>(shape.alignment)
                     << ", indent " << shape.first_line_indent);
        ExpectWellSet(spans, shape, Set(spans, shape));
        if (HasFailure()) return;
      }
    }
  }
}

TEST_F(ParagraphSetterTest, HyphenatesWhenTheLineIsTight) {
  // "la coopé-" is 42.5 points: the best break in 45.
  const std::vector<Line> lines = Set("la coopération", 45);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(LineText(lines[0]), "la coopé-");
  EXPECT_EQ(LineText(lines[1]), "ration");

  // "de l’hyphé-" is 52.5 points; in 30, "de l’-" would fit but is no break.
  EXPECT_EQ(LineText(Set("de l’hyphénation", 55)[0]), "de l’hyphé-");
  EXPECT_EQ(LineText(Set("de l’hyphénation", 30)[0]), "de");
}

TEST_F(ParagraphSetterTest, HyphenationCanBeTurnedOff) {
  for (float width = 30; width < 200; width += 5) {
    for (const Line& line : Set(Plain(kFrench), {width, 0, Alignment::kJustify, false})) {
      for (const PositionedRun& run : line.runs) {
        // The only hyphens are the text's own (porte-monnaie, disait-on).
        if (run.text.ends_with("-")) {
          EXPECT_TRUE(run.text.ends_with("porte-") || run.text.ends_with("disait-")) << run.text;
        }
      }
    }
  }
}

TEST_F(ParagraphSetterTest, NeverHyphenatesAcronymsOrNumbers) {
  std::string text;
  for (int i = 0; i < 20; ++i) text += "la SCIC du CRGE en 20240 ";
  for (float width = 30; width < 200; width += 3) {
    for (const Line& line : Set(text, width)) {
      EXPECT_EQ(LineText(line).find('-'), std::string::npos) << LineText(line);
    }
  }
}

TEST_F(ParagraphSetterTest, BreaksAfterAnExistingHyphen) {
  // "le porte-" is 45 points; "le porte-monnaie" 80 does not fit in 60.
  const std::vector<Line> lines = Set("le porte-monnaie", 60);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(LineText(lines[0]), "le porte-");
  EXPECT_EQ(LineText(lines[1]), "monnaie");
}

TEST_F(ParagraphSetterTest, NeverBreaksAtNoBreakSpaces) {
  const std::vector<std::string> groups = {"«\u00A0oui\u00A0»", "10\u00A0000\u202F€", "an\u00A0!",
                                           "mot\u202F;"};
  std::string text;
  for (int i = 0; i < 10; ++i) {
    for (const std::string& group : groups) text += "un " + group + " deux ";
  }
  for (float width = 50; width <= 300; width += 7) {
    size_t found = 0;
    for (const Line& line : Set(text, width)) {
      const std::string line_text = LineText(line);
      for (const std::string& group : groups) {
        for (size_t at = line_text.find(group); at != std::string::npos;
             at = line_text.find(group, at + 1))
          ++found;
      }
    }
    EXPECT_EQ(found, 10 * groups.size()) << "width " << width;
  }
}

TEST_F(ParagraphSetterTest, NewlineForcesABreakAndLeavesTheLineUnjustified) {
  const std::vector<Line> lines = Set("un deux\ntrois quatre cinq", 200);
  ASSERT_EQ(lines.size(), 2u);
  ASSERT_EQ(lines[0].runs.size(), 1u);
  EXPECT_EQ(lines[0].runs[0].text, "un deux");
  EXPECT_FLOAT_EQ(lines[0].runs[0].x, 0);
  EXPECT_FLOAT_EQ(lines[0].width, 7 * 5 - 2.5f);
  EXPECT_FALSE(lines[0].ends_paragraph);
  EXPECT_EQ(LineText(lines[1]), "trois quatre cinq");

  const std::vector<Line> blank = Set("un\n\ndeux", 200);
  ASSERT_EQ(blank.size(), 3u);
  EXPECT_TRUE(blank[1].runs.empty());
  EXPECT_FLOAT_EQ(blank[1].ascent, 8);  // an empty line keeps the text's height
}

TEST_F(ParagraphSetterTest, JustifiedLinesEndExactlyAtTheMargin) {
  for (float width = 100; width <= 300; width += 10) {
    const ParagraphShape shape{width, 15, Alignment::kJustify, true};
    const std::vector<Line> lines = Set(Plain(kFrench + " " + kFrench), shape);
    ASSERT_GT(lines.size(), 2u);
    for (size_t i = 0; i + 1 < lines.size(); ++i) {
      const Line& line = lines[i];
      ASSERT_FALSE(line.runs.empty());
      EXPECT_FLOAT_EQ(line.runs.front().x, i == 0 ? 15 : 0);
      if (line.runs.size() < 2) continue;  // a lone word cannot be justified
      float widths = 0;
      for (const PositionedRun& run : line.runs) widths += run.width;
      const float space =
          (line.runs.back().x + line.runs.back().width - line.runs.front().x - widths) /
          (line.runs.size() - 1);
      if (std::abs(RunEnd(line.runs.back()) - width) > kTolerance) {
        // Too loose to justify: spaces stop at their maximum, 2.5 spaces.
        EXPECT_NEAR(space, 2.5f * 2.5f, kTolerance) << LineText(line);
      } else {
        EXPECT_GE(space, 2.5f * 2 / 3 - kTolerance) << LineText(line);
        EXPECT_LE(space, 2.5f * 2.5f + kTolerance) << LineText(line);
      }
    }
    // The last line keeps natural spaces, in one run.
    EXPECT_EQ(lines.back().runs.size(), 1u);
    EXPECT_FLOAT_EQ(lines.back().runs[0].x, 0);
  }
}

TEST_F(ParagraphSetterTest, AlignsLeftRightAndCentre) {
  const float natural = 11 * 5 + 2 * 2.5f;  // "un deux trois"
  auto only_run = [&](Alignment alignment) {
    const std::vector<Line> lines = Set("un deux trois", 200, alignment);
    EXPECT_EQ(lines.size(), 1u);
    EXPECT_EQ(lines[0].runs.size(), 1u);
    EXPECT_FLOAT_EQ(lines[0].width, natural);
    return lines[0].runs[0];
  };
  EXPECT_FLOAT_EQ(only_run(Alignment::kLeft).x, 0);
  EXPECT_FLOAT_EQ(only_run(Alignment::kJustify).x, 0);
  EXPECT_FLOAT_EQ(RunEnd(only_run(Alignment::kRight)), 200);
  const PositionedRun centred = only_run(Alignment::kCenter);
  EXPECT_FLOAT_EQ(centred.x, 200 - RunEnd(centred));
}

TEST_F(ParagraphSetterTest, MergesRunsOfOneStyleAndKeepsLinks) {
  const TextStyle link = Style(0, 10, "https://coop.fr");
  const std::vector<Line> lines =
      Set({{"Voir ", kRegular}, {"le site", link}, {" pour en savoir ", kRegular}, {"plus", kBold}},
          {500, 0, Alignment::kLeft, true});
  ASSERT_EQ(lines.size(), 1u);
  const std::vector<PositionedRun>& runs = lines[0].runs;
  ASSERT_EQ(runs.size(), 4u);
  EXPECT_EQ(runs[0].text, "Voir");
  EXPECT_EQ(runs[1].text, "le site");
  EXPECT_EQ(runs[1].style.link, "https://coop.fr");
  EXPECT_FLOAT_EQ(runs[1].x, 4 * 5 + 2.5f);
  EXPECT_EQ(runs[2].text, "pour en savoir");
  EXPECT_TRUE(runs[2].style.link.empty());
  EXPECT_EQ(runs[3].text, "plus");
  EXPECT_EQ(runs[3].style, kBold);
}

TEST_F(ParagraphSetterTest, WordAcrossStylesStaysWholeAndJoined) {
  const std::vector<Line> lines =
      Set({{"la co", kRegular}, {"opération", kBold}}, {500, 0, Alignment::kLeft, true});
  ASSERT_EQ(lines.size(), 1u);
  ASSERT_EQ(lines[0].runs.size(), 2u);
  EXPECT_EQ(lines[0].runs[1].text, "opération");
  EXPECT_FLOAT_EQ(lines[0].runs[1].x, RunEnd(lines[0].runs[0]));
}

TEST_F(ParagraphSetterTest, LineHeightComesFromTheLargestFont) {
  const std::vector<Line> lines =
      Set({{"petit ", kRegular}, {"grand", Style(0, 20)}}, {500, 0, Alignment::kLeft, true});
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_FLOAT_EQ(lines[0].ascent, 0.8f * 20);
  EXPECT_FLOAT_EQ(lines[0].descent, 0.2f * 20);
}

TEST_F(ParagraphSetterTest, CutsLongAddressesAfterPunctuation) {
  const std::vector<Line> lines = Set(kLongUrl, 150, Alignment::kLeft);
  ASSERT_GT(lines.size(), 3u);
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    const std::string text = LineText(lines[i]);
    EXPECT_TRUE(text.ends_with("/") || text.ends_with("_") || text.ends_with("?")) << text;
  }
}

TEST_F(ParagraphSetterTest, EmptyParagraphHasNoLines) {
  EXPECT_TRUE(Set("", 100).empty());
  EXPECT_TRUE(Set("   ", 100).empty());
  EXPECT_TRUE(Set({}, {100}).empty());
}

// Real fonts: widths must be those the PDF will draw, and setting must be fast.
class ParagraphSetterNotoTest : public ParagraphSetterTest {
 protected:
  void SetUp() override {
    ParagraphSetterTest::SetUp();
    fonts::FontLocator locator("", &diagnostics_);
    noto_ = fonts::FamilyFontSet::Load(fonts::FontFamilies{}, locator, {}, &diagnostics_);
    ASSERT_NE(noto_, nullptr);
  }
  std::unique_ptr<fonts::FamilyFontSet> noto_;
};

TEST_F(ParagraphSetterNotoTest, SetsFrenchWithinTheWidth) {
  const ParagraphSetter setter(noto_.get(), hyphenator_.get(), breaker_);
  const TextStyle body = Style(noto_->Face({fonts::FontRole::kBody}), 10);
  const TextStyle italic = Style(noto_->Face({fonts::FontRole::kBody, false, true}), 10);
  const std::vector<StyledSpan> spans = {{kFrench + " ", body}, {kFrench, italic}};
  const float width = Theme{}.page.ContentWidth();
  const std::vector<Line> lines = setter.Set(spans, {width, 0, Alignment::kJustify, true});
  ASSERT_GT(lines.size(), 5u);
  std::string set;
  for (const Line& line : lines) {
    EXPECT_GT(line.ascent, 8);
    EXPECT_GT(line.descent, 1);
    for (const PositionedRun& run : line.runs) {
      EXPECT_LE(RunEnd(run), width + kTolerance);
      float measured = 0;
      for (size_t pos = 0; pos < run.text.size();)
        measured += noto_->Metrics(run.style.font).Advance(DecodeUtf8(run.text, &pos)) * 10;
      EXPECT_NEAR(run.width, measured, kTolerance);
      set += run.text;
    }
  }
  EXPECT_EQ(Letters(set), Letters(kFrench + kFrench));
}

TEST_F(ParagraphSetterNotoTest, SetsSixtyFourPagesOfTextQuickly) {
  const ParagraphSetter setter(noto_.get(), hyphenator_.get(), breaker_);
  const TextStyle body = Style(noto_->Face({fonts::FontRole::kBody}), 10);
  std::vector<std::vector<StyledSpan>> paragraphs;
  size_t words = 0;
  for (int i = 0; words < 25000; ++i) {
    // Vary the text so that the hyphenation cache does not do all the work.
    std::string text = kFrench + " Paragraphe " + std::to_string(i) + " : " +
                       kFrench.substr(i % 200, 300 + i % 97);
    for (char c : text) words += c == ' ';
    paragraphs.push_back({{std::move(text), body}});
  }
  const float width = Theme{}.page.ContentWidth();
  const auto start = std::chrono::steady_clock::now();
  size_t lines = 0;
  for (const auto& spans : paragraphs)
    lines += setter.Set(spans, {width, 0, Alignment::kJustify, true}).size();
  const double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  std::cout << "set " << words << " words in " << lines << " lines in " << ms << " ms\n";
  RecordProperty("milliseconds", static_cast<int>(ms));
  EXPECT_LT(ms, 1000);  // catches quadratic behaviour, not scheduling noise
}

TEST_F(ParagraphSetterTest, WidthsAreTheLongestUnbreakablePieceAndTheWidestLine) {
  const ParagraphSetter setter(&fonts_, hyphenator_.get(), breaker_);
  // 5 points a letter, 2.5 a space: « porte-monnaie » breaks after its hyphen.
  ContentWidths widths =
      setter.Widths(Plain("un porte-monnaie rouge\nbleu"), {0, 0, Alignment::kLeft, false});
  EXPECT_FLOAT_EQ(widths.min, 5 * 7);              // « monnaie »
  EXPECT_FLOAT_EQ(widths.max, 5 * 20 + 2.5f * 2);  // the first line
  // With hyphenation, a piece ends with its hyphen: « co-opé-ra-tion ».
  widths = setter.Widths(Plain("coopération"), {0, 0, Alignment::kLeft, true});
  EXPECT_FLOAT_EQ(widths.max, 5 * 11);
  EXPECT_LT(widths.min, widths.max);
  EXPECT_FLOAT_EQ(widths.min, 5 * 4);  // « opé- » with its hyphen, or « tion »
}

}  // namespace
}  // namespace coopkit::layout
