#include "kit/kit_resources.h"

#include <gtest/gtest.h>

namespace coopkit::kit {
namespace {

TEST(KitResourcesTest, EachLeaseIsItsThreadsOwnAndIsReusedOnceGivenBack) {
  DiagnosticList diagnostics;
  KitResources resources("", &diagnostics);
  LayoutResources* first = nullptr;
  {
    KitResources::Lease one = resources.Borrow();
    KitResources::Lease two = resources.Borrow();
    EXPECT_NE(one.get(), two.get());
    first = one.get();
  }
  KitResources::Lease again = resources.Borrow();
  EXPECT_EQ(again.get(), first);
}

TEST(KitResourcesTest, FontsAndPatternsAreLoadedOnceForEveryKit) {
  DiagnosticList diagnostics;
  KitResources resources("", &diagnostics);
  const layout::Theme theme;
  const fonts::FamilyFontSet* fonts = nullptr;
  const layout::Hyphenator* hyphenator = nullptr;
  {
    KitResources::Lease lease = resources.Borrow();
    fonts = lease.get()->Fonts(theme, {"theme.yaml"}, &diagnostics);
    hyphenator = lease.get()->Hyphenation(theme, {"theme.yaml"}, &diagnostics);
  }
  ASSERT_NE(fonts, nullptr);
  ASSERT_NE(hyphenator, nullptr);
  KitResources::Lease next_kit = resources.Borrow();
  EXPECT_EQ(next_kit.get()->Fonts(theme, {"theme.yaml"}, &diagnostics), fonts);
  EXPECT_EQ(next_kit.get()->Hyphenation(theme, {"theme.yaml"}, &diagnostics), hyphenator);
  EXPECT_TRUE(diagnostics.empty()) << FormatDiagnostics(diagnostics);
}

TEST(KitResourcesTest, EveryKitHearsOnceWhatLoadingReported) {
  DiagnosticList locating;
  KitResources resources("", &locating);
  layout::Theme theme;
  theme.fonts.body.name = "Famille Introuvable";
  theme.hyphenation_dictionary = "/nonexistent/hyph_xx.dic";
  DiagnosticList first_document, second_document;
  {
    KitResources::Lease lease = resources.Borrow();
    EXPECT_EQ(lease.get()->Fonts(theme, {"theme.yaml"}, &first_document), nullptr);
    EXPECT_EQ(lease.get()->Hyphenation(theme, {"theme.yaml"}, &first_document), nullptr);
    ASSERT_TRUE(first_document.HasErrors());
    // The kit's other documents on this thread: already told.
    EXPECT_EQ(lease.get()->Fonts(theme, {"theme.yaml"}, &second_document), nullptr);
    EXPECT_EQ(lease.get()->Hyphenation(theme, {"theme.yaml"}, &second_document), nullptr);
    EXPECT_TRUE(second_document.empty()) << FormatDiagnostics(second_document);
  }
  KitResources::Lease next_kit = resources.Borrow();
  DiagnosticList next_document;
  EXPECT_EQ(next_kit.get()->Fonts(theme, {"theme.yaml"}, &next_document), nullptr);
  EXPECT_EQ(next_kit.get()->Hyphenation(theme, {"theme.yaml"}, &next_document), nullptr);
  EXPECT_EQ(FormatDiagnostics(next_document), FormatDiagnostics(first_document));
}

}  // namespace
}  // namespace coopkit::kit
