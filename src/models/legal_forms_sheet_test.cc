#include "models/legal_forms_sheet.h"

#include <gtest/gtest.h>

#include "content/yaml_loader.h"

namespace coopkit::models {
namespace {

constexpr char kHead[] =
    "legal_forms:\n"                                             // 1
    "  criteria:\n"                                              // 2
    "    - {id: objet, label: Objet}\n"                          // 3
    "    - {id: capital, label: Capital}\n"                      // 4
    "  sources:\n"                                               // 5
    "    - {id: loi-1947, label: Loi, url: \"https://x.fr\"}\n"  // 6
    "  forms:\n";                                                // 7

class LegalFormsSheetTest : public ::testing::Test {
 protected:
  content::ContentValue Check(const std::string& forms) {
    std::optional<content::ContentValue> root =
        content::YamlLoader(".", &diagnostics_).Parse(kHead + forms, "legal-forms.yaml");
    EXPECT_TRUE(root);
    if (!root) return {};
    CheckLegalFormsSheet(*root->Find("legal_forms"), &diagnostics_);
    return std::move(*root->Find("legal_forms"));
  }
  std::string Messages() const { return FormatDiagnostics(diagnostics_); }
  DiagnosticList diagnostics_;
};

TEST_F(LegalFormsSheetTest, CompleteFormsAreFineAndGetCellsInBothDirections) {
  content::ContentValue sheet = Check(
      "    - id: scic\n"
      "      short: SCIC\n"
      "      facts:\n"
      "        capital: {text: Variable., sources: [loi-1947]}\n"
      "        objet: {text: Utilité sociale., sources: [loi-1947]}\n"
      "    - id: ge\n"
      "      short: GE\n"
      "      facts:\n"
      "        objet: {text: Mise à disposition., sources: [loi-1947]}\n"
      "        capital: {text: Selon la forme., sources: [loi-1947]}\n");
  ASSERT_TRUE(diagnostics_.empty()) << Messages();
  AddLegalFormsCells(&sheet);

  const content::ContentValue& objet_row = *sheet.Find("criteria")->items[0].Find("cells");
  ASSERT_EQ(objet_row.items.size(), 2u);
  EXPECT_EQ(objet_row.items[0].Find("form")->scalar, "SCIC");
  EXPECT_EQ(objet_row.items[0].Find("text")->scalar, "Utilité sociale.");
  EXPECT_EQ(objet_row.items[1].Find("text")->scalar, "Mise à disposition.");
  EXPECT_EQ(objet_row.items[1].Find("sources")->items[0].scalar, "loi-1947");
  // A form's cells follow the criteria's order, not the order written.
  const content::ContentValue& scic_row = *sheet.Find("forms")->items[0].Find("cells");
  ASSERT_EQ(scic_row.items.size(), 2u);
  EXPECT_EQ(scic_row.items[0].Find("criterion")->scalar, "Objet");
  EXPECT_EQ(scic_row.items[1].Find("text")->scalar, "Variable.");
}

TEST_F(LegalFormsSheetTest, FormLackingACriterionIsRejectedAtItsFacts) {
  Check(
      "    - id: scic\n"                                                  // 8
      "      facts:\n"                                                    // 9
      "        objet: {text: Utilité sociale., sources: [loi-1947]}\n");  // 10
  EXPECT_EQ(Messages(),
            "legal-forms.yaml:9:7: error: form 'scic' lacks criterion 'capital'\n"
            "  hint: every form gives a fact for each criterion of legal_forms.criteria\n");
}

TEST_F(LegalFormsSheetTest, UnknownCriteriaAndSourcesGetAHint) {
  Check(
      "    - id: scic\n"                                                // 8
      "      facts:\n"                                                  // 9
      "        objet: {text: Utilité sociale., sources: [loi-1974]}\n"  // 10
      "        capitel: {text: Variable., sources: [loi-1947]}\n"       // 11
      "        capital: {text: Variable., sources: []}\n");             // 12
  EXPECT_EQ(Messages(),
            "legal-forms.yaml:10:51: error: source 'loi-1974' is not declared\n"
            "  hint: did you mean 'loi-1947'?\n"
            "legal-forms.yaml:11:9: error: criterion 'capitel' is not declared\n"
            "  hint: did you mean 'capital'?\n"
            "legal-forms.yaml:12:45: error: fact 'capital' of form 'scic' cites no source\n"
            "  hint: every fact names at least one id of legal_forms.sources\n");
}

TEST_F(LegalFormsSheetTest, FactsNeedTextAndIdsAreUnique) {
  Check(
      "    - id: scic\n"                                           // 8
      "      facts:\n"                                             // 9
      "        objet: {sources: [loi-1947]}\n"                     // 10
      "        capital: {text: Variable., sources: [loi-1947]}\n"  // 11
      "    - id: scic\n"                                           // 12
      "      facts: [objet]\n");                                   // 13
  EXPECT_NE(Messages().find("legal-forms.yaml:10:16: error: missing field 'text' in fact 'objet' "
                            "of form 'scic'"),
            std::string::npos)
      << Messages();
  EXPECT_NE(Messages().find("legal-forms.yaml:12:11: error: 'scic' is declared twice in forms\n"
                            "  hint: first declared at line 8"),
            std::string::npos)
      << Messages();
  EXPECT_NE(Messages().find("legal-forms.yaml:13:14: error: the facts of form 'scic' should be a "
                            "map of criterion ids, not a list"),
            std::string::npos)
      << Messages();
}

}  // namespace
}  // namespace coopkit::models
