#include "kit/theme_loader.h"

#include <gtest/gtest.h>

#include "content/yaml_loader.h"

namespace coopkit::kit {
namespace {

content::ContentValue Parse(const std::string& yaml, DiagnosticList* diagnostics) {
  content::YamlLoader loader(".", diagnostics);
  auto value = loader.Parse(yaml, "theme.yaml");
  EXPECT_TRUE(value.has_value());
  return value.value_or(content::ContentValue());
}

TEST(ThemeLoaderTest, ParsesColours) {
  auto c = ParseColor("#FF8000");
  ASSERT_TRUE(c.has_value());
  EXPECT_FLOAT_EQ(c->r, 1.0f);
  EXPECT_NEAR(c->g, 128 / 255.0f, 1e-6);
  EXPECT_FLOAT_EQ(c->b, 0.0f);
  EXPECT_FALSE(ParseColor("FF8000").has_value());
  EXPECT_FALSE(ParseColor("#FF80").has_value());
  EXPECT_FALSE(ParseColor("#GG8000").has_value());
}

TEST(ThemeLoaderTest, TheBleedIsAPageLengthOfThreeMillimetresByDefault) {
  EXPECT_NEAR(layout::Theme().page.bleed, 8.5f, 0.01f);
  DiagnosticList diagnostics;
  layout::Theme theme;
  ApplyTheme(Parse("page: {bleed: 5mm}\n", &diagnostics), &theme, &diagnostics);
  EXPECT_TRUE(diagnostics.empty());
  EXPECT_NEAR(theme.page.bleed, 14.17f, 0.01f);
}

TEST(ThemeLoaderTest, AppliesOnlyTheKeysPresent) {
  DiagnosticList diagnostics;
  layout::Theme theme;
  const layout::Theme defaults;
  ApplyTheme(Parse("page:\n  margins: {top: 10mm}\nsizes: {body: 11pt}\n"
                   "fonts: {body: DejaVu Serif}\ncolours: {heading: '#000000'}\n"
                   "text: {justify: false}\n",
                   &diagnostics),
             &theme, &diagnostics);
  EXPECT_TRUE(diagnostics.empty());
  EXPECT_NEAR(theme.page.margin_top, 28.35f, 0.01f);
  EXPECT_EQ(theme.page.margin_bottom, defaults.page.margin_bottom);
  EXPECT_EQ(theme.body_size, 11.0f);
  EXPECT_EQ(theme.fonts.body.name, "DejaVu Serif");
  EXPECT_EQ(theme.fonts.heading.name, defaults.fonts.heading.name);
  EXPECT_EQ(theme.heading, (page::Color{0, 0, 0}));
  EXPECT_FALSE(theme.justify);
  EXPECT_TRUE(theme.hyphenate);
}

// Fonts and hyphenation patterns are loaded later, by each document: a
// problem with them is reported where the theme names them.
TEST(ThemeLoaderTest, RemembersWhereFontsAndPatternsAreNamed) {
  DiagnosticList diagnostics;
  layout::Theme theme;
  ApplyTheme(Parse("sizes: {body: 11pt}\nfonts:\n  body: DejaVu Serif\n"
                   "text:\n  justify: false\n  hyphenation_dictionary: hyph_xx.dic\n",
                   &diagnostics),
             &theme, &diagnostics);
  EXPECT_TRUE(diagnostics.empty());
  EXPECT_EQ(theme.fonts_location.file, "theme.yaml");
  EXPECT_EQ(theme.fonts_location.line, 2);
  EXPECT_EQ(theme.hyphenation_location.line, 6);
  EXPECT_EQ(theme.hyphenation_location.column, 27);
  layout::Theme untouched;
  ApplyTheme(Parse("sizes: {body: 11pt}\n", &diagnostics), &untouched, &diagnostics);
  EXPECT_TRUE(untouched.fonts_location.file.empty());
  EXPECT_TRUE(untouched.hyphenation_location.file.empty());
}

TEST(ThemeLoaderTest, ReadsTheTableSection) {
  DiagnosticList diagnostics;
  layout::Theme theme;
  ApplyTheme(Parse("table: {font_size: 9pt, min_column_width: 25.4mm, header_text: '#000000',\n"
                   "        cell_padding: 3pt}\n",
                   &diagnostics),
             &theme, &diagnostics);
  EXPECT_TRUE(diagnostics.empty());
  EXPECT_EQ(theme.table.font_size, 9.0f);
  EXPECT_NEAR(theme.table.min_column_width, 72.0f, 1e-3);
  EXPECT_EQ(theme.table.header_text, (page::Color{0, 0, 0}));
  EXPECT_EQ(theme.table.cell_padding, 3.0f);
  EXPECT_EQ(theme.table.border_width, layout::TableTheme().border_width);
}

TEST(ThemeLoaderTest, ReportsEveryBadValueWithItsPositionAndHints) {
  DiagnosticList diagnostics;
  layout::Theme theme;
  ApplyTheme(Parse("sizes:\n  body: big\n  h4: 9pt\ncolours:\n  text: red\n", &diagnostics), &theme,
             &diagnostics);
  ASSERT_EQ(diagnostics.ErrorCount(), 3u);
  const std::string all = FormatDiagnostics(diagnostics);
  EXPECT_NE(all.find("theme.yaml:2:9: error: 'body' must be a length"), std::string::npos) << all;
  EXPECT_NE(all.find("theme.yaml:3:3"), std::string::npos) << all;
  EXPECT_NE(all.find("did you mean 'h1'?"), std::string::npos) << all;
  EXPECT_NE(all.find("theme.yaml:5:9: error: 'text' must be a colour"), std::string::npos) << all;
}

TEST(ThemeLoaderTest, ReadsTheWordsAndWantsAPlaceForThePageNumber) {
  DiagnosticList diagnostics;
  layout::Theme theme;
  ApplyTheme(Parse("words:\n  table_of_contents: Contents\n  continued: (continued)\n"
                   "  page_number: \"{page} of {pages}\"\n",
                   &diagnostics),
             &theme, &diagnostics);
  EXPECT_TRUE(diagnostics.empty());
  EXPECT_EQ(theme.words.table_of_contents, "Contents");
  EXPECT_EQ(theme.words.continued, "(continued)");
  EXPECT_EQ(theme.words.page_number, "{page} of {pages}");
  ApplyTheme(Parse("words:\n  page_number: Seite\n", &diagnostics), &theme, &diagnostics);
  ASSERT_EQ(diagnostics.ErrorCount(), 1u);
  EXPECT_EQ(FormatDiagnostic(diagnostics.items()[0]).substr(0, 51),
            "theme.yaml:2:16: error: 'page_number' has no {page}");
}

TEST(ThemeLoaderTest, PaperAndOrientationSetThePageSize) {
  layout::Theme theme;
  ApplyPaper(content::Paper::kA4, content::Orientation::kLandscape, &theme);
  EXPECT_FLOAT_EQ(theme.page.width, 841.89f);
  EXPECT_FLOAT_EQ(theme.page.height, 595.28f);
  ApplyPaper(content::Paper::kA5, content::Orientation::kPortrait, &theme);
  EXPECT_FLOAT_EQ(theme.page.width, 419.53f);
}

TEST(ThemeLoaderTest, ALineHeightThatIsNotAFiniteRatioIsAnError) {
  for (const char* bad : {"nan", "inf", "1e30", "11", "0"}) {
    DiagnosticList diagnostics;
    layout::Theme theme;
    const float before = theme.line_height;
    ApplyTheme(Parse(std::string("spacing:\n  line_height: ") + bad + "\n", &diagnostics), &theme,
               &diagnostics);
    EXPECT_EQ(diagnostics.ErrorCount(), 1u) << bad;
    EXPECT_EQ(theme.line_height, before) << bad;
  }
}

}  // namespace
}  // namespace coopkit::kit
