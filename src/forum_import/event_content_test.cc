#include "forum_import/event_content.h"

#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

namespace coopkit::forum_import {
namespace {

constexpr const char* kExport =
    "Coopérer : un moyen technique? Oui.\n\n"
    "Organisation porteuse\u00a0: Centre de Ressources - CRGE\n"
    "Statut de l'organisation\u00a0: Association loi 1901\n"
    "Code postal\u00a0: 86000\n"
    "Ville\u00a0: Poitiers\n"
    "Autres organisations partenaires\u00a0: iesMEd, AGEC & Co, Ville (services, culture),\n\n"
    "Notre contribution\n\n"
    "Autres\u00a0: Développement\n"
    "Réponses aux défis de société\u00a0: Consommation responsable, Transition écologique\n"
    "Échelle de la contribution\u00a0: National, Régional\n"
    "Présentation de la proposition\u00a0: Coopérer : un moyen technique ? Oui.\n\n"
    "Les discours : nombreux.\nPourquoi coopérer ?\n\n"
    "Lors du Forum nous proposons\n\n"
    "Et des formats longs\u00a0: Atelier : réflexion (60'-120')\n"
    "Détails du format\u00a0: L'idée serait :\n1- Approche théorique\n2- Ateliers\n\n"
    "Ambitions\n\n"
    "Autres commentaires\u00a0: Sensibiliser, ...\n"
    "Je donne mon accord pour que les informations ci-dessus soient visible sur le site\u00a0: "
    "Oui\n";

struct Imported {
  YAML::Node event;
  std::string yaml;
  DiagnosticList diagnostics;
};

Imported Import(const std::string& text) {
  Imported imported;
  std::optional<ContributionExport> contribution =
      ParseContributionExport(text, "export.txt", KnownExportLabels(), &imported.diagnostics);
  EXPECT_TRUE(contribution);
  if (!contribution) return imported;
  imported.yaml = EventContentYaml(*contribution, "export.txt", &imported.diagnostics);
  imported.event = YAML::Load(imported.yaml)["event"];
  return imported;
}

std::vector<std::string> Messages(const DiagnosticList& diagnostics) {
  std::vector<std::string> messages;
  for (const Diagnostic& d : diagnostics.items()) messages.push_back(FormatDiagnostic(d));
  return messages;
}

TEST(EventContentTest, EachLabelBecomesItsKey) {
  Imported i = Import(kExport);
  EXPECT_TRUE(i.diagnostics.empty()) << testing::PrintToString(Messages(i.diagnostics));
  const YAML::Node& e = i.event;
  EXPECT_EQ(e["title"].as<std::string>(), "Coopérer : un moyen technique? Oui.");
  EXPECT_EQ(e["organisation"]["name"].as<std::string>(), "Centre de Ressources");
  EXPECT_EQ(e["organisation"]["acronym"].as<std::string>(), "CRGE");
  EXPECT_EQ(e["organisation"]["status"].as<std::string>(), "Association loi 1901");
  EXPECT_EQ(e["postcode"].as<std::string>(), "86000");
  EXPECT_EQ(e["city"].as<std::string>(), "Poitiers");
  ASSERT_EQ(e["partners"].size(), 3u);
  EXPECT_EQ(e["partners"][1]["name"].as<std::string>(), "AGEC & Co");
  EXPECT_EQ(e["partners"][2]["name"].as<std::string>(), "Ville (services, culture)");
  ASSERT_EQ(e["themes"].size(), 2u);
  EXPECT_EQ(e["themes"][1]["group"].as<std::string>(), "Réponses aux défis de société");
  EXPECT_EQ(e["themes"][1]["items"][1].as<std::string>(), "Transition écologique");
  EXPECT_EQ(e["scale"][1].as<std::string>(), "Régional");
  EXPECT_EQ(e["format"]["kind"].as<std::string>(), "Atelier : réflexion");
  EXPECT_EQ(e["format"]["duration"].as<std::string>(), "60'-120'");
  EXPECT_EQ(e["format"]["details"].as<std::string>(), "L'idée serait :");
  EXPECT_EQ(e["format"]["parts"][1].as<std::string>(), "Ateliers");
  // Its first line repeats the title: left out.
  EXPECT_EQ(e["presentation"].as<std::string>(),
            "Les discours : nombreux.\n\nPourquoi coopérer ?\n");
  EXPECT_EQ(e["ambitions"].as<std::string>(), "Sensibiliser, ...");
  EXPECT_TRUE(e["publication_consent"].as<bool>());
  EXPECT_FALSE(e["other"]);
}

TEST(EventContentTest, CommentsNameTheLabelsValuesCameFrom) {
  Imported i = Import(kExport);
  EXPECT_NE(i.yaml.find("city: Poitiers  # « Ville »"), std::string::npos) << i.yaml;
  EXPECT_NE(i.yaml.find("# « Organisation porteuse »"), std::string::npos);
  EXPECT_EQ(i.yaml.rfind("# The contribution « Coopérer", 0), 0u) << i.yaml;
}

TEST(EventContentTest, UnknownLabelsAreKeptAndReported) {
  Imported i = Import(std::string(kExport) + "Public visé\u00a0: Élus, salariés\n");
  ASSERT_EQ(i.event["other"].size(), 1u);
  EXPECT_EQ(i.event["other"][0]["section"].as<std::string>(), "Ambitions");
  EXPECT_EQ(i.event["other"][0]["label"].as<std::string>(), "Public visé");
  EXPECT_EQ(i.event["other"][0]["value"].as<std::string>(), "Élus, salariés");
  EXPECT_EQ(Messages(i.diagnostics),
            (std::vector<std::string>{
                "export.txt:30:1: warning: unknown label « Public visé »: kept under `other:`\n"
                "  hint: move its value to the key it belongs to, if any"}));
}

TEST(EventContentTest, AnAgreementThatIsNeitherOuiNorNonIsNotTakenAsOne) {
  std::string text = kExport;
  text.replace(text.rfind("Oui"), 3, "Peut-être");
  Imported i = Import(text);
  EXPECT_FALSE(i.event["publication_consent"]);
  EXPECT_EQ(i.event["other"][0]["value"].as<std::string>(), "Peut-être");
  ASSERT_EQ(i.diagnostics.items().size(), 1u);
  EXPECT_EQ(i.diagnostics.items()[0].location.line, 29);
}

TEST(EventContentTest, NonIsARefusal) {
  std::string text = kExport;
  text.replace(text.rfind("Oui"), 3, "Non");
  EXPECT_FALSE(Import(text).event["publication_consent"].as<bool>());
}

TEST(EventContentTest, MissingAndEmptyLabelsAreReportedNotInvented) {
  Imported i = Import("Titre seul\n\nVille\u00a0:\nOrganisation porteuse\u00a0: Les Amis\n");
  EXPECT_FALSE(i.event["city"]);
  EXPECT_FALSE(i.event["postcode"]);
  EXPECT_FALSE(i.event["publication_consent"]);
  EXPECT_FALSE(i.event["organisation"]["acronym"]);
  std::vector<std::string> messages = Messages(i.diagnostics);
  auto has = [&](const std::string& start) {
    return std::any_of(messages.begin(), messages.end(),
                       [&](const std::string& m) { return m.rfind(start, 0) == 0; });
  };
  EXPECT_TRUE(has("export.txt:3:8: warning: « Ville » is empty"))
      << testing::PrintToString(messages);
  EXPECT_TRUE(has("export.txt:4:25: warning: no acronym"));
  EXPECT_TRUE(has("export.txt:1:1: warning: this export has no « Code postal » line"));
  EXPECT_FALSE(has("export.txt:1:1: warning: this export has no « Ville » line"));
  EXPECT_TRUE(has("export.txt:1:1: warning: this export has no agreement to publication"));
}

TEST(EventContentTest, ForABuildMissingAndEmptyLabelsTheKitNeedsAreErrors) {
  DiagnosticList diagnostics;
  std::optional<ContributionExport> contribution = ParseContributionExport(
      "Titre seul\n\nVille\u00a0:\nOrganisation porteuse\u00a0: Les Amis - LA\n", "export.txt",
      KnownExportLabels(), &diagnostics);
  ASSERT_TRUE(contribution);
  EventContentYaml(*contribution, "export.txt", &diagnostics, MissingLabels::kError);
  const std::string messages = FormatDiagnostics(diagnostics);
  EXPECT_NE(messages.find("export.txt:3:8: error: « Ville » is empty"), std::string::npos)
      << messages;
  EXPECT_NE(messages.find("export.txt:1:1: error: this export has no « Code postal » line"),
            std::string::npos);
  // Without an agreement, the contribution is built, only left out of the programme.
  EXPECT_NE(messages.find("export.txt:1:1: warning: this export has no agreement to publication"),
            std::string::npos);
}

TEST(EventContentTest, NumberedLinesOfAnyOtherLabelAreKeptAsText) {
  std::string text = kExport;
  text.replace(text.find("Autres commentaires\u00a0: Sensibiliser, ...\n"),
               std::string("Autres commentaires\u00a0: Sensibiliser, ...\n").size(),
               "Autres commentaires\u00a0: Deux buts :\n1- Sensibiliser\n2- Rencontrer\n");
  Imported i = Import(text);
  EXPECT_EQ(i.event["ambitions"].as<std::string>(),
            "Deux buts :\n\n1- Sensibiliser\n\n2- Rencontrer\n");
  EXPECT_NE(i.yaml.find("  ambitions:  # « Autres commentaires »\n    |"), std::string::npos)
      << i.yaml;
}

TEST(EventContentTest, ALabelGivenTwiceKeepsTheFirstAndTheSecondUnderOther) {
  Imported i = Import(std::string(kExport) + "Ville\u00a0: Niort\n");
  EXPECT_EQ(i.event["city"].as<std::string>(), "Poitiers");
  EXPECT_EQ(i.event["other"][0]["value"].as<std::string>(), "Niort");
}

TEST(EventContentTest, ValuesThatLookLikeYamlStayText) {
  Imported i = Import(
      "\"Title\": [a, b] # not a comment\n\nVille\u00a0: - yes: &anchor *alias\n"
      "Code postal\u00a0: 01000\n");
  EXPECT_EQ(i.event["title"].as<std::string>(), "\"Title\": [a, b] # not a comment");
  EXPECT_EQ(i.event["city"].as<std::string>(), "- yes: &anchor *alias");
  EXPECT_EQ(i.event["postcode"].as<std::string>(), "01000");
}

}  // namespace
}  // namespace coopkit::forum_import
