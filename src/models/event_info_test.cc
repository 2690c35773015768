#include "models/event_info.h"

#include <gtest/gtest.h>

#include "content/yaml_loader.h"

namespace coopkit::models {
namespace {

class EventRulesTest : public ::testing::Test {
 protected:
  void Check(const std::string& event_fields) {
    std::optional<content::ContentValue> root =
        content::YamlLoader(".", &diagnostics_).Parse("event:\n" + event_fields, "event.yaml");
    ASSERT_TRUE(root);
    CheckEventRules(*root->Find("event"), &diagnostics_);
  }
  DiagnosticList diagnostics_;
};

TEST_F(EventRulesTest, FiveDigitPostcodeIsFine) {
  Check("  city: Poitiers\n  postcode: \"01000\"\n");
  EXPECT_TRUE(diagnostics_.empty());
}

TEST_F(EventRulesTest, PostcodeMustBeFiveDigits) {
  Check("  city: Poitiers\n  postcode: 8600A\n");
  ASSERT_EQ(diagnostics_.ErrorCount(), 1u);
  const Diagnostic& d = diagnostics_.items()[0];
  EXPECT_EQ(d.message, "postcode '8600A' is not five digits");
  EXPECT_EQ(d.location.line, 3);
  EXPECT_EQ(d.location.column, 13);
}

// Missing, empty or mistyped fields are the schema's to report, not twice.
TEST_F(EventRulesTest, LeavesStructuralProblemsToTheSchema) {
  Check("  city: Poitiers\n");
  Check("  postcode: \"\"\n");
  Check("  postcode: [86000]\n");
  EXPECT_TRUE(diagnostics_.empty());
}

content::ContentValue EventOf(const std::string& fields) {
  DiagnosticList diagnostics;
  std::optional<content::ContentValue> root =
      content::YamlLoader(".", &diagnostics).Parse("event:\n" + fields, "event.yaml");
  EXPECT_TRUE(root) << FormatDiagnostics(diagnostics);
  return root ? *root->Find("event") : content::ContentValue();
}

TEST(EventViewsTest, PartnersAndThemeItemsAreJoinedForOneLine) {
  content::ContentValue event = EventOf(
      "  partners: [{name: iesMEd}, {name: \"AGEC & Co\"}, {kind: réseau}]\n"
      "  themes:\n"
      "    - Innovation sociale\n"
      "    - {group: Autres, items: [Développement, Emploi]}\n");
  AddEventViews(&event);
  ASSERT_TRUE(event.Find("partner_names"));
  EXPECT_EQ(event.Find("partner_names")->scalar, "iesMEd, AGEC & Co");
  const content::ContentValue& group = event.Find("themes")->items[1];
  ASSERT_TRUE(group.Find("items_text"));
  EXPECT_EQ(group.Find("items_text")->scalar, "Développement, Emploi");
  EXPECT_FALSE(event.Find("themes")->items[0].Find("items_text"));
  ASSERT_TRUE(event.Find("theme_names"));
  EXPECT_EQ(event.Find("theme_names")->scalar, "Innovation sociale, Développement, Emploi");
}

TEST(EventViewsTest, NothingToShowAddsNoView) {
  content::ContentValue event = EventOf("  partners: []\n  themes: [{group: Autres, items: []}]\n");
  AddEventViews(&event);
  EXPECT_FALSE(event.Find("partner_names"));
  EXPECT_FALSE(event.Find("themes")->items[0].Find("items_text"));
  EXPECT_FALSE(event.Find("theme_names"));
  content::ContentValue odd = EventOf("  partners: iesMEd\n  themes: Emploi\n");
  AddEventViews(&odd);  // shapes the schema refuses are left alone
  EXPECT_FALSE(odd.Find("partner_names"));
}

}  // namespace
}  // namespace coopkit::models
