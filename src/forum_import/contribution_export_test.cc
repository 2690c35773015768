#include "forum_import/contribution_export.h"

#include <gtest/gtest.h>

namespace coopkit::forum_import {
namespace {

const std::vector<std::string> kKnown = {"ville", "présentation de la proposition"};

ContributionExport Parse(const std::string& text, DiagnosticList* diagnostics = nullptr) {
  DiagnosticList ignored;
  std::optional<ContributionExport> parsed =
      ParseContributionExport(text, "export.txt", kKnown, diagnostics ? diagnostics : &ignored);
  EXPECT_TRUE(parsed.has_value());
  return parsed.value_or(ContributionExport{});
}

TEST(ContributionExportTest, TheFirstLineIsTheTitleAndLabelsFollow) {
  ContributionExport c = Parse(
      "\nCoopérer : un moyen technique?\n\nOrganisation porteuse\u00a0: Centre - CRGE\n"
      "Code postal\u00a0: 86000\n");
  EXPECT_EQ(c.title, "Coopérer : un moyen technique?");
  EXPECT_EQ(c.title_location.line, 2);
  ASSERT_EQ(c.fields.size(), 2u);
  EXPECT_EQ(c.fields[0].label, "Organisation porteuse");
  EXPECT_EQ(c.fields[0].value, "Centre - CRGE");
  EXPECT_EQ(c.fields[0].value_location.line, 4);
  EXPECT_EQ(c.fields[0].value_location.column, 25);  // characters, not bytes
  EXPECT_EQ(c.fields[1].value, "86000");
}

TEST(ContributionExportTest, AValueMayHoldColonsAfterItsLabel) {
  ContributionExport c =
      Parse("T\nEt des formats longs\u00a0: Atelier sur la thématique : temps (60')\n");
  ASSERT_EQ(c.fields.size(), 1u);
  EXPECT_EQ(c.fields[0].label, "Et des formats longs");
  EXPECT_EQ(c.fields[0].value, "Atelier sur la thématique : temps (60')");
}

TEST(ContributionExportTest, AKnownLabelMayHaveAPlainSpaceOrNoneBeforeItsColon) {
  ContributionExport c = Parse("T\nVille : Poitiers\nville: Niort\nInconnu : texte\n");
  ASSERT_EQ(c.fields.size(), 2u);
  EXPECT_EQ(c.fields[0].value, "Poitiers");
  EXPECT_EQ(c.fields[1].value, "Niort\n\nInconnu : texte");
}

TEST(ContributionExportTest, ValuesRunOverTheirParagraphsUntilTheNextLabelOrSection) {
  ContributionExport c = Parse(
      "T\nNotre contribution\n\nPrésentation de la proposition\u00a0: Premier.\n\n"
      "Répondre aux enjeux aujourd’hui : écologie, emploi.\nTroisième.\n\n"
      "Lors du Forum nous proposons\n\nDétails du format\u00a0: L'idée serait :\n"
      "1- Approche théorique\n2- Ateliers\n\nAmbitions\n\nAutres commentaires\u00a0: Fin\n");
  ASSERT_EQ(c.fields.size(), 3u);
  EXPECT_EQ(c.fields[0].section, "Notre contribution");
  EXPECT_EQ(c.fields[0].value,
            "Premier.\n\nRépondre aux enjeux aujourd’hui : écologie, emploi.\n\nTroisième.");
  EXPECT_EQ(c.fields[1].section, "Lors du Forum nous proposons");
  EXPECT_EQ(c.fields[1].value, "L'idée serait :");
  EXPECT_EQ(c.fields[1].numbered_items,
            (std::vector<std::string>{"Approche théorique", "Ateliers"}));
  EXPECT_EQ(c.fields[2].section, "Ambitions");
  EXPECT_EQ(c.fields[2].value, "Fin");
}

TEST(ContributionExportTest, AnEmptyValueTakesTheLinesBelowIt) {
  ContributionExport c = Parse("T\nPrésentation de la proposition\u00a0:\nLe texte.\n");
  ASSERT_EQ(c.fields.size(), 1u);
  EXPECT_EQ(c.fields[0].value, "Le texte.");
  EXPECT_EQ(c.fields[0].value_location.line, 3);
}

TEST(ContributionExportTest, TextBeforeAnyLabelIsKeptAsLooseText) {
  ContributionExport c = Parse("T\nUn texte sans intitulé.\nSuite.\nVille\u00a0: Poitiers\n");
  ASSERT_EQ(c.loose_text.size(), 1u);
  EXPECT_EQ(c.loose_text[0].value, "Un texte sans intitulé.\n\nSuite.");
  EXPECT_EQ(c.loose_text[0].label_location.line, 2);
  ASSERT_EQ(c.fields.size(), 1u);
}

TEST(ContributionExportTest, AnExportWithoutTextIsAnError) {
  DiagnosticList diagnostics;
  EXPECT_FALSE(ParseContributionExport(" \n\u00a0\n\n", "export.txt", kKnown, &diagnostics));
  ASSERT_TRUE(diagnostics.HasErrors());
  EXPECT_EQ(FormatDiagnostic(diagnostics.items()[0]).substr(0, 27), "export.txt:1:1: error: this");
}

TEST(ContributionExportTest, FoldedLabelIgnoresCaseApostrophesAndSpaces) {
  EXPECT_EQ(FoldedLabel("  Autres manières d’entreprendre\u00a0 "),
            "autres manières d'entreprendre");
  EXPECT_EQ(FoldedLabel("Code   Postal"), "code postal");
}

TEST(ContributionExportTest, NumberedLinesFollowedByTextStayParagraphsInTheirOrder) {
  ContributionExport c = Parse(
      "T\nPrésentation de la proposition\u00a0: Trois temps :\n1- Accueil\n2- Ateliers\n"
      "Puis un bilan.\n3- Fin\n");
  ASSERT_EQ(c.fields.size(), 1u);
  EXPECT_EQ(c.fields[0].value, "Trois temps :\n\n1- Accueil\n\n2- Ateliers\n\nPuis un bilan.");
  EXPECT_EQ(c.fields[0].numbered_items, std::vector<std::string>{"Fin"});
}

TEST(ContributionExportTest, ThirtyThousandLinesKeepTheirPlaces) {
  std::string text = "T\nPrésentation de la proposition\u00a0: début\n";
  for (int i = 0; i < 30000; ++i) text += "Ligne " + std::to_string(i) + " : suite\n";
  text += "Ville\u00a0: Poitiers\n";
  ContributionExport c = Parse(text);
  ASSERT_EQ(c.fields.size(), 2u);
  EXPECT_EQ(c.fields[1].value_location.line, 30003);
}

}  // namespace
}  // namespace coopkit::forum_import
