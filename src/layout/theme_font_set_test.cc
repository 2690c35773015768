#include "layout/theme_font_set.h"

#include <gtest/gtest.h>

#include <set>

namespace coopkit::layout {
namespace {

class ThemeFontSetTest : public testing::Test {
 protected:
  std::unique_ptr<ThemeFontSet> LoadTheme(const Theme& theme) {
    return ThemeFontSet::Load(theme, locator_, {"theme.yaml"}, &diagnostics_);
  }

  DiagnosticList diagnostics_;
  FontLocator locator_{"", &diagnostics_};
};

TEST_F(ThemeFontSetTest, LoadsTheDefaultThemeWithoutComplaint) {
  auto fonts = LoadTheme(Theme{});
  ASSERT_NE(fonts, nullptr);
  EXPECT_TRUE(diagnostics_.empty());
  // Ten files: Noto Sans Mono has no italics, its upright faces stand in.
  const std::vector<std::string> files = fonts->Files();
  EXPECT_EQ(files.size(), 10u);
  EXPECT_EQ(std::set<std::string>(files.begin(), files.end()).size(), files.size());
  std::set<FontId> ids;
  for (FontRole role : {FontRole::kBody, FontRole::kHeading, FontRole::kMono}) {
    for (bool bold : {false, true}) {
      for (bool italic : {false, true}) {
        const FontId id = fonts->Face({role, bold, italic});
        ASSERT_GE(id, 0);
        ASSERT_LT(id, static_cast<FontId>(files.size()));
        ids.insert(id);
      }
    }
  }
  EXPECT_EQ(ids.size(), files.size());
  EXPECT_EQ(fonts->Face({FontRole::kBody}), 0);  // stable order: body regular first
  EXPECT_EQ(fonts->Face({FontRole::kMono, false, true}), fonts->Face({FontRole::kMono}));
  EXPECT_EQ(fonts->Face({FontRole::kMono, true, true}), fonts->Face({FontRole::kMono, true}));
  EXPECT_NE(files[fonts->Face({FontRole::kHeading, true})].find("NotoSans-Bold.ttf"),
            std::string::npos);
}

TEST_F(ThemeFontSetTest, SameFamilyTwiceSharesFiles) {
  Theme theme;
  theme.heading_font = theme.body_font;
  auto fonts = LoadTheme(theme);
  ASSERT_NE(fonts, nullptr);
  EXPECT_EQ(fonts->Files().size(), 6u);
  EXPECT_EQ(fonts->Face({FontRole::kHeading, true}), fonts->Face({FontRole::kBody, true}));
}

TEST_F(ThemeFontSetTest, BodyFamilyNeedsAllFourStyles) {
  Theme theme;
  theme.body_font = {"Noto Sans Mono"};  // no italics
  EXPECT_EQ(LoadTheme(theme), nullptr);
  ASSERT_EQ(diagnostics_.ErrorCount(), 2u);  // italic and bold italic
  EXPECT_NE(diagnostics_.items()[0].message.find("'Noto Sans Mono' (italic)"), std::string::npos);
}

TEST_F(ThemeFontSetTest, MissingFamilyIsAnError) {
  Theme theme;
  theme.heading_font = {"Introuvable Sans"};
  EXPECT_EQ(LoadTheme(theme), nullptr);
  EXPECT_EQ(diagnostics_.ErrorCount(), 4u);
  EXPECT_EQ(diagnostics_.items()[0].location.file, "theme.yaml");
}

TEST_F(ThemeFontSetTest, CoversFrenchButNotEmoji) {
  auto fonts = LoadTheme(Theme{});
  ASSERT_NE(fonts, nullptr);
  const FontId body = fonts->Face({FontRole::kBody});
  for (char32_t cp : kFrenchCharacters) EXPECT_TRUE(fonts->Covers(body, cp));
  EXPECT_FALSE(fonts->Covers(body, U'\U0001F600'));
}

}  // namespace
}  // namespace coopkit::layout
