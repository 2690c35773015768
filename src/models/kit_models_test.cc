#include "models/kit_models.h"

#include <gtest/gtest.h>

#include "content/content_set.h"
#include "content/kit_manifest.h"
#include "content/test_folder.h"

namespace coopkit::models {
namespace {

using content::ContentValue;

class KitModelsTest : public ::testing::Test {
 protected:
  KitModelsTest() {
    manifest_.content_dir = folder_.Path("content");
    manifest_.kit = ContentValue::Map();
    document_.name = "fiche";
  }
  std::optional<ContentValue> Load(std::vector<std::string> files) {
    document_.content_files = std::move(files);
    return content::LoadContentSet(manifest_, document_, KitModels(), &diagnostics_);
  }
  std::string Messages() const { return FormatDiagnostics(diagnostics_); }

  content::TestFolder folder_;
  content::KitManifest manifest_;
  content::DocumentSpec document_;
  DiagnosticList diagnostics_;
};

// Each problem of an event is reported once: by the schema or by event_info.
TEST_F(KitModelsTest, EmptyPostcodeIsReportedByTheSchemaOnly) {
  folder_.Write("content/schemas/a.yaml", "event:\n  postcode: text\n");
  folder_.Write("content/a.yaml", "event:\n  postcode: \"\"\n");
  EXPECT_FALSE(Load({"a.yaml"}));
  ASSERT_EQ(diagnostics_.ErrorCount(), 1u) << Messages();
  EXPECT_EQ(diagnostics_.items()[0].message, "event.postcode is empty");
}

TEST_F(KitModelsTest, MalformedPostcodeIsReportedByTheEventRulesOnly) {
  folder_.Write("content/schemas/a.yaml", "event:\n  postcode: text\n");
  folder_.Write("content/a.yaml", "event:\n  postcode: \"8600\"\n");
  EXPECT_FALSE(Load({"a.yaml"}));
  ASSERT_EQ(diagnostics_.ErrorCount(), 1u) << Messages();
  EXPECT_EQ(diagnostics_.items()[0].message, "postcode '8600' is not five digits");
}

TEST_F(KitModelsTest, ContentWithoutAModelsKeysGetsNoneOfItsChecks) {
  // Would be a broken directory, sheet and event if their models ran.
  folder_.Write("content/schemas/a.yaml", "annuaire: any\nlieu: any\n");
  folder_.Write("content/a.yaml",
                "annuaire: {entries: [{name: X, kind: inconnu}]}\n"
                "lieu: {postcode: \"1\"}\n");
  EXPECT_TRUE(Load({"a.yaml"})) << Messages();
  EXPECT_EQ(diagnostics_.items().size(), 0u) << Messages();
}

TEST_F(KitModelsTest, AReportsResultsAreJoinedToTheFormItAnswers) {
  folder_.Write("content/evaluation.yaml",
                "evaluation:\n  questions:\n"
                "    - {id: utile, text: \"Utile ?\", type: choice, choices: [Oui, Non]}\n");
  folder_.Write("content/report.yaml",
                "report:\n  evaluation:\n    results:\n"
                "      - {question: utile, counts: {Oui: 3, Non: 1}}\n");
  auto data = Load({"evaluation.yaml", "report.yaml"});
  ASSERT_TRUE(data) << Messages();
  const ContentValue& result = data->Find("report")->Find("evaluation")->Find("results")->items[0];
  EXPECT_EQ(result.Find("text")->scalar, "Utile ?");
  EXPECT_EQ(result.Find("total")->scalar, "4");

  // The same report without its form: every result names an unknown question.
  DiagnosticList alone;
  document_.content_files = {"report.yaml"};
  EXPECT_FALSE(content::LoadContentSet(manifest_, document_, KitModels(), &alone));
  EXPECT_EQ(alone.ErrorCount(), 1u);
}

// The sheet's views walk criteria, forms and groups: whatever schema the kit
// has (here none for a.yaml), their shape is checked before anything reads it.
TEST_F(KitModelsTest, ASheetNoSchemaChecksIsRefusedWhereItsShapeIsWrong) {
  folder_.Write("content/a.yaml",
                "legal_forms:\n"
                "  criteria:\n"
                "    - {id: objet}\n"
                "  groups: [{title: Employeurs}]\n"
                "  forms: {ge: {}}\n");
  EXPECT_FALSE(Load({"a.yaml"}));
  EXPECT_EQ(diagnostics_.ErrorCount(), 3u) << Messages();
  const std::string all = Messages();
  EXPECT_NE(all.find("a.yaml:3:7: error: missing key 'label' in legal_forms.criteria[]"),
            std::string::npos)
      << all;
  EXPECT_NE(all.find("a.yaml:4:12: error: missing key 'id' in legal_forms.groups[]"),
            std::string::npos)
      << all;
  EXPECT_NE(all.find("a.yaml:5:10: error: legal_forms.forms"), std::string::npos) << all;
}

TEST_F(KitModelsTest, AShapeProblemTheKitsSchemaAlsoFindsIsReportedOnce) {
  folder_.Write("content/schemas/a.yaml",
                "legal_forms:\n  criteria:\n    - {id: text, label: text}\n  forms: any\n");
  folder_.Write("content/a.yaml", "legal_forms:\n  criteria:\n    - {id: objet}\n  forms: []\n");
  EXPECT_FALSE(Load({"a.yaml"}));
  EXPECT_EQ(diagnostics_.ErrorCount(), 1u) << Messages();
}

TEST(ShippedKitModelsTest, EveryShippedDocumentLoadsWithoutDiagnostics) {
  const std::string source = COOPKIT_SOURCE_DIR;
  DiagnosticList diagnostics;
  auto manifest =
      content::LoadKitManifest(source + "/content", source + "/templates", &diagnostics);
  ASSERT_TRUE(manifest);
  ASSERT_FALSE(manifest->documents.empty());
  for (const content::DocumentSpec& document : manifest->documents) {
    // The forum's documents read programme.yaml, which only `build --batch` writes.
    if (document.scope == content::DocumentScope::kForum) continue;
    EXPECT_TRUE(content::LoadContentSet(*manifest, document, KitModels(), &diagnostics))
        << document.name;
  }
  for (const Diagnostic& d : diagnostics.items()) ADD_FAILURE() << FormatDiagnostic(d);
}

}  // namespace
}  // namespace coopkit::models
