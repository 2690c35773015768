#include "fonts/family_font_set.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <set>

namespace coopkit::fonts {
namespace {

// Characters French typesetting relies on: accents, ligatures, guillemets,
// apostrophe, ellipsis, non-breaking spaces and hyphen, dashes.
constexpr std::u32string_view kFrenchCharacters = U"éèêëàâîïôùûüçœŒæÉÈÊÀÇ«»’…\u00A0\u202F\u2011—–";

class FamilyFontSetTest : public testing::Test {
 protected:
  std::unique_ptr<FamilyFontSet> LoadFamilies(const FontFamilies& families) {
    return FamilyFontSet::Load(families, locator_, {"theme.yaml"}, &diagnostics_);
  }

  DiagnosticList diagnostics_;
  FontLocator locator_{"", &diagnostics_};
};

TEST_F(FamilyFontSetTest, LoadsTheDefaultFamiliesWithoutComplaint) {
  auto fonts = LoadFamilies(FontFamilies{});
  ASSERT_NE(fonts, nullptr);
  EXPECT_TRUE(diagnostics_.empty());
  // Ten files: Noto Sans Mono has no italics, its upright faces stand in.
  const std::vector<std::string> files = fonts->Files();
  EXPECT_EQ(files.size(), 10u);
  EXPECT_EQ(std::set<std::string>(files.begin(), files.end()).size(), files.size());
  std::set<page::FontId> ids;
  for (FontRole role : {FontRole::kBody, FontRole::kHeading, FontRole::kMono}) {
    for (bool bold : {false, true}) {
      for (bool italic : {false, true}) {
        const page::FontId id = fonts->Face({role, bold, italic});
        ASSERT_GE(id, 0);
        ASSERT_LT(id, static_cast<page::FontId>(files.size()));
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

TEST_F(FamilyFontSetTest, SameFamilyTwiceSharesFiles) {
  FontFamilies families;
  families.heading = families.body;
  auto fonts = LoadFamilies(families);
  ASSERT_NE(fonts, nullptr);
  EXPECT_EQ(fonts->Files().size(), 6u);
  EXPECT_EQ(fonts->Face({FontRole::kHeading, true}), fonts->Face({FontRole::kBody, true}));
}

TEST_F(FamilyFontSetTest, BodyFamilyNeedsAllFourStyles) {
  FontFamilies families;
  families.body = {"Noto Sans Mono"};  // no italics
  EXPECT_EQ(LoadFamilies(families), nullptr);
  ASSERT_EQ(diagnostics_.ErrorCount(), 2u);  // italic and bold italic
  EXPECT_EQ(diagnostics_.items()[0].message,
            "font 'Noto Sans Mono' has no italic face; it has regular and bold only");
  EXPECT_EQ(diagnostics_.items()[0].location.file, "theme.yaml");
}

TEST_F(FamilyFontSetTest, AFamilyOfFilesThatCannotBeEmbeddedIsRefusedOnce) {
  if (locator_.Find({"Nimbus Roman", false, false}) ||
      !std::filesystem::exists("/usr/share/fonts/opentype/urw-base35/NimbusRoman-Regular.otf"))
    GTEST_SKIP() << "needs URW's Nimbus Roman, CFF only";
  FontFamilies families;
  families.body = {"Nimbus Roman"};
  EXPECT_EQ(LoadFamilies(families), nullptr);
  ASSERT_EQ(diagnostics_.ErrorCount(), 1u);
  EXPECT_EQ(diagnostics_.items()[0].message.find("font 'Nimbus Roman' is there only in files"), 0u);
}

TEST_F(FamilyFontSetTest, MissingFamilyIsAnError) {
  FontFamilies families;
  families.heading = {"Introuvable Sans"};
  EXPECT_EQ(LoadFamilies(families), nullptr);
  EXPECT_EQ(diagnostics_.ErrorCount(), 4u);
  EXPECT_EQ(diagnostics_.items()[0].location.file, "theme.yaml");
}

TEST_F(FamilyFontSetTest, CoversFrenchButNotEmoji) {
  auto fonts = LoadFamilies(FontFamilies{});
  ASSERT_NE(fonts, nullptr);
  const page::FontId body = fonts->Face({FontRole::kBody});
  for (char32_t cp : kFrenchCharacters) EXPECT_TRUE(fonts->Covers(body, cp));
  EXPECT_FALSE(fonts->Covers(body, U'\U0001F600'));
}

}  // namespace
}  // namespace coopkit::fonts
