#include "fonts/font_locator.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace coopkit::fonts {
namespace {

namespace fs = std::filesystem;

const std::string kNotoDir = "/usr/share/fonts/truetype/noto/";

// A fresh, empty fonts folder for one test.
std::string MakeFontsFolder(const std::string& name) {
  const fs::path folder = fs::path(testing::TempDir()) / ("fonts-" + name);
  fs::remove_all(folder);
  fs::create_directories(folder);
  return folder.string();
}

TEST(FontLocatorTest, FindsSystemFacesThroughFontconfig) {
  DiagnosticList diagnostics;
  FontLocator locator("", &diagnostics);
  auto bold_italic = locator.Find({"Noto Serif", true, true});
  ASSERT_TRUE(bold_italic.has_value());
  EXPECT_EQ(fs::path(*bold_italic).filename(), "NotoSerif-BoldItalic.ttf");
  auto regular = locator.Find({"noto sans", false, false});
  ASSERT_TRUE(regular.has_value());
  EXPECT_EQ(fs::path(*regular).filename(), "NotoSans-Regular.ttf");
  EXPECT_TRUE(diagnostics.empty());
}

TEST(FontLocatorTest, RejectsFontconfigsSubstitutes) {
  DiagnosticList diagnostics;
  FontLocator locator("", &diagnostics);
  // Fontconfig answers with some other family, or with the upright face.
  EXPECT_FALSE(locator.Find({"No Such Family Anywhere", false, false}).has_value());
  EXPECT_FALSE(locator.Find({"Noto Sans Mono", false, true}).has_value());
}

TEST(FontLocatorTest, MissingFaceNamesFamilyStyleAndPlacesSearched) {
  DiagnosticList diagnostics;
  const std::string folder = MakeFontsFolder("missing");
  FontLocator locator(folder, &diagnostics);
  EXPECT_FALSE(
      locator.Locate({"Garamond Imaginaire", true, false}, {"theme.yaml", 4, 12}, &diagnostics));
  ASSERT_EQ(diagnostics.ErrorCount(), 1u);
  const Diagnostic& error = diagnostics.items()[0];
  EXPECT_NE(error.message.find("'Garamond Imaginaire' (bold)"), std::string::npos);
  EXPECT_NE(error.message.find(folder), std::string::npos);
  EXPECT_NE(error.message.find("system fonts (fontconfig)"), std::string::npos);
  EXPECT_EQ(error.location.line, 4);
}

TEST(FontLocatorTest, SuggestsTheNearestFamilyForATypo) {
  DiagnosticList diagnostics;
  FontLocator locator("", &diagnostics);
  EXPECT_FALSE(locator.Locate({"Noto Serf", false, false}, {}, &diagnostics));
  ASSERT_EQ(diagnostics.ErrorCount(), 1u);
  EXPECT_NE(diagnostics.items()[0].hint.find("Noto Serif"), std::string::npos);
}

TEST(FontLocatorTest, FontsFolderOverridesSystemFonts) {
  DiagnosticList diagnostics;
  const std::string folder = MakeFontsFolder("override");
  // Named unlike the system file: matching goes by the names inside the font.
  fs::copy_file(kNotoDir + "NotoSans-Regular.ttf", fs::path(folder) / "maison.ttf");
  FontLocator locator(folder, &diagnostics);
  auto regular = locator.Locate({"Noto Sans", false, false}, {}, &diagnostics);
  ASSERT_TRUE(regular.has_value());
  EXPECT_EQ(*regular, (fs::path(folder) / "maison.ttf").string());
  // Styles the folder lacks still come from the system.
  auto bold = locator.Locate({"Noto Sans", true, false}, {}, &diagnostics);
  ASSERT_TRUE(bold.has_value());
  EXPECT_EQ(fs::path(*bold).parent_path(), fs::path(kNotoDir).parent_path());
  EXPECT_TRUE(diagnostics.empty());
}

TEST(FontLocatorTest, WarnsAboutUnusableFilesInFontsFolder) {
  DiagnosticList diagnostics;
  const std::string folder = MakeFontsFolder("garbage");
  std::ofstream(fs::path(folder) / "broken.ttf") << "not a font at all";
  std::ofstream(fs::path(folder) / "notes.txt") << "ignored: not a font file name";
  FontLocator locator(folder, &diagnostics);
  ASSERT_EQ(diagnostics.WarningCount(), 1u);
  EXPECT_EQ(diagnostics.items()[0].location.file, (fs::path(folder) / "broken.ttf").string());
  EXPECT_TRUE(locator.Find({"Noto Serif", false, false}).has_value());
}

TEST(FontLocatorTest, AFamilyMissingAStyleNamesTheStylesItHas) {
  DiagnosticList diagnostics;
  FontLocator locator("", &diagnostics);
  EXPECT_FALSE(locator.Locate({"Noto Sans Mono", true, true}, {"theme.yaml", 6, 1}, &diagnostics));
  ASSERT_EQ(diagnostics.items().size(), 1u);
  EXPECT_EQ(FormatDiagnostic(diagnostics.items()[0]),
            "theme.yaml:6:1: error: font 'Noto Sans Mono' has no bold italic face; it has "
            "regular and bold only\n"
            "  hint: add the family's bold italic .ttf file to the fonts folder or install it, "
            "or choose a family with regular, bold, italic and bold italic faces");
}

// URW's Nimbus Roman (fonts-urw-base35) comes as CFF .otf and Type 1 files only.
const std::string kNimbusRoman = "/usr/share/fonts/opentype/urw-base35/NimbusRoman-Regular.otf";

TEST(FontLocatorTest, AFamilyOnlyInCffFilesIsRefusedForWhatItIs) {
  if (!fs::exists(kNimbusRoman)) GTEST_SKIP() << kNimbusRoman << " is not installed";
  DiagnosticList diagnostics;
  const std::string folder = MakeFontsFolder("cff");
  fs::copy_file(kNimbusRoman, fs::path(folder) / "NimbusRoman-Regular.otf");
  FontLocator locator(folder, &diagnostics);
  ASSERT_EQ(diagnostics.WarningCount(), 1u);  // the .otf file of the folder
  EXPECT_FALSE(locator.Locate({"Nimbus Roman", true, false}, {"theme.yaml", 6, 1}, &diagnostics));
  ASSERT_EQ(diagnostics.ErrorCount(), 1u);
  const Diagnostic& error = diagnostics.items()[1];
  EXPECT_EQ(error.message,
            "font 'Nimbus Roman' is there only in files coopkit cannot embed: in the fonts "
            "folder as NimbusRoman-Regular.otf, and among system fonts as CFF and Type 1 files");
  EXPECT_EQ(error.hint, "use the family's TrueType (.ttf) files, or choose another family");
}

TEST(FontLocatorTest, NamesStyles) {
  EXPECT_STREQ(StyleName(false, false), "regular");
  EXPECT_STREQ(StyleName(true, false), "bold");
  EXPECT_STREQ(StyleName(false, true), "italic");
  EXPECT_STREQ(StyleName(true, true), "bold italic");
}

}  // namespace
}  // namespace coopkit::fonts
