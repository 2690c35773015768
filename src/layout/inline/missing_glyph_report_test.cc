#include "layout/inline/missing_glyph_report.h"

#include <gtest/gtest.h>

namespace coopkit::layout {
namespace {

// Two faces: 0 has every character of the Basic Multilingual Plane, 1 has
// only ASCII.
class TwoFaceSet : public fonts::FontSet {
 public:
  page::FontId Face(fonts::FontStyle style) const override { return style.bold ? 1 : 0; }
  const fonts::FontMetrics& Metrics(page::FontId id) const override {
    return id == 1 ? ascii_ : bmp_;
  }
  std::string FaceName(page::FontId id) const override { return id == 1 ? "'Ascii'" : "'Plane'"; }
  std::vector<std::string> Files() const override { return {"plane.ttf", "ascii.ttf"}; }

 private:
  class UpTo : public fonts::FontMetrics {
   public:
    explicit UpTo(char32_t last) : last_(last) {}
    float Advance(char32_t) const override { return 0.5f; }
    bool HasGlyph(char32_t cp) const override { return cp <= last_; }
    float Ascender() const override { return 0.8f; }
    float Descender() const override { return -0.2f; }

   private:
    char32_t last_;
  };
  UpTo bmp_{0xFFFF};
  UpTo ascii_{0x7F};
};

class MissingGlyphReportTest : public ::testing::Test {
 protected:
  TwoFaceSet fonts_;
  DiagnosticList diagnostics_;
  MissingGlyphReport report_{&fonts_, &diagnostics_};
};

TEST_F(MissingGlyphReportTest, TextTheFaceCoversGivesNoWarning) {
  report_.Check("« L’été »\n\tfin", 0, {"", 3, 0});
  report_.Check("plain ASCII", 1, {"", 4, 0});
  EXPECT_TRUE(diagnostics_.empty());
}

TEST_F(MissingGlyphReportTest, WarnsOncePerCharacterWhereItIsFirstUsed) {
  report_.Check("Le \U0001D538 et \U0001F600, \U0001D538 encore", 0, {"", 3, 0});
  report_.Check("\U0001F600", 0, {"", 9, 0});
  ASSERT_EQ(diagnostics_.WarningCount(), 2u);
  EXPECT_EQ(diagnostics_.ErrorCount(), 0u);
  const Diagnostic& first = diagnostics_.items()[0];
  EXPECT_EQ(first.location.line, 3);
  EXPECT_EQ(first.message,
            "character U+1D538 \U0001D538 is not in the font 'Plane': it is left "
            "out of the PDF");
  EXPECT_NE(diagnostics_.items()[1].message.find("U+1F600"), std::string::npos);
  EXPECT_EQ(diagnostics_.items()[1].location.line, 3);
}

TEST_F(MissingGlyphReportTest, EachSpanIsCheckedInItsOwnFace) {
  TextStyle bold;
  bold.font = 1;
  report_.Check({{"été", TextStyle{}}, {"été", bold}}, {"", 5, 0});
  ASSERT_EQ(diagnostics_.WarningCount(), 1u);
  EXPECT_NE(diagnostics_.items()[0].message.find("U+00E9 é is not in the font 'Ascii'"),
            std::string::npos)
      << diagnostics_.items()[0].message;
}

}  // namespace
}  // namespace coopkit::layout
