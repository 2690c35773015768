#include "models/legal_forms_sheet.h"

#include <gtest/gtest.h>

#include "content/yaml_loader.h"

namespace coopkit::models {
namespace {

constexpr char kHead[] =
    "legal_forms:\n"                                                     // 1
    "  criteria:\n"                                                      // 2
    "    - {id: objet, label: Objet}\n"                                  // 3
    "    - {id: capital, label: Capital, synopsis: false}\n"             // 4
    "  sources:\n"                                                       // 5
    "    - {id: loi-1947, label: Loi, url: \"https://x.fr\"}\n"          // 6
    "  groups: [{id: coop, title: Coopérer}, {id: moyens, title: M}]\n"  // 7
    "  synopsis_pages: [[scic], [ge]]\n"                                 // 8
    "  forms:\n";                                                        // 9

// Two complete forms, each in a group.
constexpr char kTwoForms[] =
    "    - id: scic\n"
    "      short: SCIC\n"
    "      group: coop\n"
    "      facts:\n"
    "        capital: {summary: Variable, text: Variable., sources: [loi-1947]}\n"
    "        objet: {summary: Utilité sociale, text: Utilité sociale., sources: [loi-1947]}\n"
    "    - id: ge\n"
    "      short: GE\n"
    "      group: coop\n"
    "      facts:\n"
    "        objet: {summary: Mise à disposition, text: Mise à disposition., sources: "
    "[loi-1947]}\n"
    "        capital: {summary: Selon la forme, text: Selon la forme., sources: [loi-1947]}\n";

class LegalFormsSheetTest : public ::testing::Test {
 protected:
  content::ContentValue Check(const std::string& forms, const std::string& head = kHead) {
    std::optional<content::ContentValue> root =
        content::YamlLoader(".", &diagnostics_).Parse(head + forms, "legal-forms.yaml");
    EXPECT_TRUE(root);
    if (!root) return {};
    CheckLegalFormsSheet(*root->Find("legal_forms"), &diagnostics_);
    return std::move(*root->Find("legal_forms"));
  }
  std::string Messages() const { return FormatDiagnostics(diagnostics_); }
  DiagnosticList diagnostics_;
};

TEST_F(LegalFormsSheetTest, CompleteFormsGetCardsGroupsAndSynopsisPages) {
  content::ContentValue sheet = Check(kTwoForms);
  ASSERT_TRUE(diagnostics_.empty()) << Messages();
  AddLegalFormsViews(&sheet, SheetLayout());

  // A form's cells follow the criteria's order, not the order written.
  const content::ContentValue& scic = *sheet.Find("forms")->items[0].Find("cells");
  ASSERT_EQ(scic.items.size(), 2u);
  EXPECT_EQ(scic.items[0].Find("criterion")->scalar, "Objet");
  EXPECT_EQ(scic.items[0].Find("summary")->scalar, "Utilité sociale");
  EXPECT_EQ(scic.items[1].Find("text")->scalar, "Variable.");
  EXPECT_EQ(scic.items[1].Find("sources")->items[0].scalar, "loi-1947");

  EXPECT_EQ(sheet.Find("forms")->items[1].Find("new_page")->Boolean(), true);
  EXPECT_EQ(sheet.Find("card_columns")->scalar, "2");

  const content::ContentValue& groups = *sheet.Find("groups");
  ASSERT_EQ(groups.items[0].Find("forms")->items.size(), 2u);
  EXPECT_EQ(groups.items[0].Find("forms")->items[1].Find("short")->scalar, "GE");
  EXPECT_TRUE(groups.items[1].Find("forms")->items.empty());

  // One synopsis item a page, without the criteria marked `synopsis: false`.
  const content::ContentValue& synopsis = *sheet.Find("synopsis");
  ASSERT_EQ(synopsis.items.size(), 2u);
  EXPECT_EQ(synopsis.items[0].Find("first")->Boolean(), true);
  EXPECT_EQ(synopsis.items[0].Find("last")->Boolean(), false);
  EXPECT_EQ(synopsis.items[1].Find("last")->Boolean(), true);
  const content::ContentValue& second = synopsis.items[1];
  EXPECT_EQ(second.Find("forms")->items[0].Find("short")->scalar, "GE");
  ASSERT_EQ(second.Find("rows")->items.size(), 1u);
  const content::ContentValue& row = second.Find("rows")->items[0];
  EXPECT_EQ(row.Find("label")->scalar, "Objet");
  EXPECT_EQ(row.Find("cells")->items[0].Find("summary")->scalar, "Mise à disposition");
}

// On A3 the listed pages are joined: every form side by side, in their
// order; two cards share a page.
TEST_F(LegalFormsSheetTest, OnA3TheSynopsisIsOnePageOfEveryFormAndCardsSharePages) {
  const SheetLayout a4 = SheetLayoutFor("A4");
  EXPECT_FALSE(a4.synopsis_on_one_page);
  EXPECT_EQ(a4.cards_per_page, 1);
  const SheetLayout a3 = SheetLayoutFor("A3");
  EXPECT_TRUE(a3.synopsis_on_one_page);
  EXPECT_EQ(a3.cards_per_page, 2);
  content::ContentValue sheet = Check(kTwoForms);
  ASSERT_TRUE(diagnostics_.empty()) << Messages();
  AddLegalFormsViews(&sheet, a3);
  const content::ContentValue& synopsis = *sheet.Find("synopsis");
  ASSERT_EQ(synopsis.items.size(), 1u);
  const content::ContentValue& page = synopsis.items[0];
  EXPECT_EQ(page.Find("first")->Boolean(), true);
  EXPECT_EQ(page.Find("last")->Boolean(), true);
  ASSERT_EQ(page.Find("forms")->items.size(), 2u);
  EXPECT_EQ(page.Find("forms")->items[0].Find("short")->scalar, "SCIC");
  EXPECT_EQ(page.Find("forms")->items[1].Find("short")->scalar, "GE");
  const content::ContentValue& cells = *page.Find("rows")->items[0].Find("cells");
  ASSERT_EQ(cells.items.size(), 2u);
  EXPECT_EQ(cells.items[0].Find("summary")->scalar, "Utilité sociale");
  EXPECT_EQ(cells.items[1].Find("summary")->scalar, "Mise à disposition");
  const content::ContentValue& forms = *sheet.Find("forms");
  EXPECT_EQ(forms.items[0].Find("new_page")->Boolean(), true);
  EXPECT_EQ(forms.items[1].Find("new_page")->Boolean(), false);
  EXPECT_EQ(sheet.Find("card_columns")->scalar, std::to_string(a3.card_columns));
}

TEST_F(LegalFormsSheetTest, FormLackingACriterionIsRejectedAtItsFacts) {
  Check(
      "    - id: scic\n"                                                                // 10
      "      group: coop\n"                                                             // 11
      "      facts:\n"                                                                  // 12
      "        objet: {summary: Utile, text: Utilité sociale., sources: [loi-1947]}\n"  // 13
      "    - id: ge\n"                                                                  // 14
      "      group: coop\n"                                                             // 15
      "      facts: {}\n");                                                             // 16
  EXPECT_EQ(Messages(),
            "legal-forms.yaml:12:7: error: form 'scic' lacks criterion 'capital'\n"
            "  hint: every form gives a fact for each criterion of legal_forms.criteria\n"
            "legal-forms.yaml:16:7: error: form 'ge' lacks criterion 'objet'\n"
            "  hint: every form gives a fact for each criterion of legal_forms.criteria\n"
            "legal-forms.yaml:16:7: error: form 'ge' lacks criterion 'capital'\n"
            "  hint: every form gives a fact for each criterion of legal_forms.criteria\n");
}

TEST_F(LegalFormsSheetTest, UnknownCriteriaSourcesAndGroupsGetAHint) {
  Check(
      "    - id: scic\n"                                                            // 10
      "      group: cop\n"                                                          // 11
      "      facts:\n"                                                              // 12
      "        objet: {summary: U, text: Utilité sociale., sources: [loi-1974]}\n"  // 13
      "        capitel: {summary: V, text: Variable., sources: [loi-1947]}\n"       // 14
      "        capital: {summary: V, text: Variable., sources: []}\n"               // 15
      "    - id: ge\n"                                                              // 16
      "      group: coop\n"                                                         // 17
      "      facts: {objet: {summary: M, text: M., sources: [loi-1947]},\n"         // 18
      "              capital: {summary: S, text: S., sources: [loi-1947]}}\n");     // 19
  EXPECT_EQ(Messages(),
            "legal-forms.yaml:11:14: error: group 'cop' is not declared\n"
            "  hint: did you mean 'coop'?\n"
            "legal-forms.yaml:13:63: error: source 'loi-1974' is not declared\n"
            "  hint: did you mean 'loi-1947'?\n"
            "legal-forms.yaml:14:9: error: criterion 'capitel' is not declared\n"
            "  hint: did you mean 'capital'?\n"
            "legal-forms.yaml:15:57: error: fact 'capital' of form 'scic' cites no source\n"
            "  hint: every fact names at least one id of legal_forms.sources\n");
}

TEST_F(LegalFormsSheetTest, FactsNeedTextAndSummaryAndIdsAreUnique) {
  Check(
      "    - id: scic\n"                                                       // 10
      "      facts:\n"                                                         // 11
      "        objet: {sources: [loi-1947]}\n"                                 // 12
      "        capital: {summary: V, text: Variable., sources: [loi-1947]}\n"  // 13
      "    - id: scic\n"                                                       // 14
      "      facts: [objet]\n");                                               // 15
  for (const char* expected :
       {"legal-forms.yaml:12:16: error: missing field 'text' in fact 'objet' of form 'scic'",
        "legal-forms.yaml:12:16: error: missing field 'summary' in fact 'objet' of form 'scic'",
        "legal-forms.yaml:14:11: error: 'scic' is declared twice in forms\n"
        "  hint: first declared at line 10",
        "legal-forms.yaml:15:14: error: the facts of form 'scic' should be a map of criterion "
        "ids, not a list"})
    EXPECT_NE(Messages().find(expected), std::string::npos) << expected << "\n" << Messages();
}

TEST_F(LegalFormsSheetTest, ASummaryLongerThanACellHoldsIsAnError) {
  std::string forms = kTwoForms;
  const std::string short_summary = "summary: Utilité sociale,";
  std::string words;
  for (int i = 0; i <= kMaxSummaryWords; ++i) words += " mot";
  forms.replace(forms.find(short_summary), short_summary.size(),
                "summary: \"Utilité –" + words + "\",");
  Check(forms);
  EXPECT_EQ(Messages(),
            "legal-forms.yaml:15:26: error: the summary of fact 'objet' of form 'scic' has 22 "
            "words; a synopsis cell holds 20 at most\n"
            "  hint: keep the key figures; the full text stays in `text`\n");
}

TEST_F(LegalFormsSheetTest, EveryFormIsOnExactlyOneSynopsisPage) {
  std::string head = kHead;
  const std::string pages = "  synopsis_pages: [[scic], [ge]]\n";
  head.replace(head.find(pages), pages.size(), "  synopsis_pages: [[scic, scic], [gé]]\n");
  Check(kTwoForms, head);
  EXPECT_EQ(Messages(),
            "legal-forms.yaml:8:27: error: form 'scic' is on two synopsis pages\n"
            "  hint: first placed at line 8\n"
            "legal-forms.yaml:8:35: error: form 'gé' is not declared\n"
            "  hint: did you mean 'ge'?\n"
            "legal-forms.yaml:8:19: error: form 'ge' is on no synopsis page\n"
            "  hint: add its id to one list of legal_forms.synopsis_pages\n");
}

TEST_F(LegalFormsSheetTest, ASourceNoFactCitesIsAWarning) {
  std::string head = kHead;
  const std::string source = "    - {id: loi-1947, label: Loi, url: \"https://x.fr\"}\n";
  head.insert(head.find(source) + source.size(),
              "    - {id: oubliee, label: Oubliée, url: \"https://y.fr\"}\n");
  Check(kTwoForms, head);
  EXPECT_EQ(diagnostics_.ErrorCount(), 0u) << Messages();
  EXPECT_EQ(Messages(),
            "legal-forms.yaml:7:12: warning: source 'oubliee' is cited by no fact\n"
            "  hint: cite it in a fact's sources, or remove it: the sheet lists only the sources "
            "it uses\n");
}

TEST_F(LegalFormsSheetTest, AFormNotComparedNeedsANameATextAndSources) {
  std::string head = kHead;
  head += kTwoForms;
  head +=
      "  not_compared:\n"                                                // 22
      "    - {name: UES, text: Peu documentée., sources: [loi-1947]}\n"  // 23
      "    - {text: Sans nom., sources: [loi-1974]}\n";                  // 24
  Check("", head);
  EXPECT_EQ(Messages(),
            "legal-forms.yaml:24:7: error: missing field 'name' in a form not compared\n"
            "legal-forms.yaml:24:35: error: source 'loi-1974' is not declared\n"
            "  hint: did you mean 'loi-1947'?\n");
}

}  // namespace
}  // namespace coopkit::models
