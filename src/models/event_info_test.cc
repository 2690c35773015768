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

}  // namespace
}  // namespace coopkit::models
