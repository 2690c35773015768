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

TEST(FontLocatorTest, NamesStyles) {
  EXPECT_STREQ(StyleName(false, false), "regular");
  EXPECT_STREQ(StyleName(true, false), "bold");
  EXPECT_STREQ(StyleName(false, true), "italic");
  EXPECT_STREQ(StyleName(true, true), "bold italic");
}

}  // namespace
}  // namespace coopkit::fonts
