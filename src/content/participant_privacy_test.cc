#include "content/participant_privacy.h"

#include <gtest/gtest.h>

#include "content/yaml_loader.h"

namespace coopkit::content {
namespace {

// Every text of `value`, keys and values, joined: what any template could print.
std::string AllText(const ContentValue& value) {
  std::string all = value.scalar + "\n";
  for (const ContentValue& item : value.items) all += AllText(item);
  for (const MapEntry& entry : value.entries) all += entry.key + "\n" + AllText(entry.value);
  return all;
}

class ParticipantPrivacyTest : public ::testing::Test {
 protected:
  ContentValue Protect(const std::string& yaml) {
    std::optional<ContentValue> root = YamlLoader(".", &diagnostics_).Parse(yaml, "report.yaml");
    EXPECT_TRUE(root) << yaml;
    ContentValue data = root.value_or(ContentValue::Map());
    ProtectParticipants(&data);
    return data;
  }
  std::string Messages() const { return FormatDiagnostics(diagnostics_); }
  DiagnosticList diagnostics_;
};

constexpr const char* kParticipants =
    "report:\n"
    "  participants:\n"
    "    - {name: Camille Oui, organisation: Asso A, email: camille@a.org, consent: true}\n"
    "    - {name: Noa Non, organisation: Mairie B, email: noa@b.org, consent: false}\n"
    "    - {name: Lou Guillemets, consent: \"true\"}\n"
    "    - {name: Eden Muet}\n"
    "    - {name: Sacha Oui, consent: true}\n";

TEST_F(ParticipantPrivacyTest, OnlyConsentingNamesRemainAndEveryoneIsCounted) {
  ContentValue data = Protect(kParticipants);
  EXPECT_TRUE(diagnostics_.empty()) << Messages();
  const ContentValue& report = *data.Find("report");
  EXPECT_EQ(report.Find("participants"), nullptr);
  EXPECT_EQ(report.Find("participants_count")->scalar, "5");
  const ContentValue& named = *report.Find("participants_named");
  ASSERT_EQ(named.items.size(), 2u);
  EXPECT_EQ(named.items[0].Find("name")->scalar, "Camille Oui");
  EXPECT_EQ(named.items[0].Find("organisation")->scalar, "Asso A");
  EXPECT_EQ(named.items[0].Find("email"), nullptr);
  EXPECT_EQ(named.items[1].Find("name")->scalar, "Sacha Oui");
  EXPECT_EQ(named.items[1].Find("organisation"), nullptr);
}

// Nothing a template could reach names a person without consent (not even
// their organisation) or holds an address: a quoted "true" is no consent.
TEST_F(ParticipantPrivacyTest, NothingOfNonConsentingPeopleOrAnyEmailSurvives) {
  std::string all = AllText(Protect(kParticipants));
  for (const char* secret : {"Noa Non", "Mairie B", "Lou Guillemets", "Eden Muet", "camille@a.org",
                             "noa@b.org", "@", "email", "consent"}) {
    EXPECT_EQ(all.find(secret), std::string::npos) << secret;
  }
  EXPECT_NE(all.find("Camille Oui"), std::string::npos);
}

TEST_F(ParticipantPrivacyTest, SecretsAreNamesWithoutConsentAndEveryAddress) {
  std::optional<ContentValue> root =
      YamlLoader(".", &diagnostics_).Parse(kParticipants, "report.yaml");
  ASSERT_TRUE(root);
  std::vector<ParticipantSecret> secrets = ListParticipantSecrets(*root);
  std::vector<std::string> texts;
  for (const ParticipantSecret& secret : secrets)
    texts.push_back(secret.text + (secret.is_email ? " (email)" : ""));
  EXPECT_EQ(texts, (std::vector<std::string>{"camille@a.org (email)", "noa@b.org (email)",
                                             "Noa Non", "Lou Guillemets", "Eden Muet"}));
  EXPECT_EQ(secrets[2].listed_at.line, 4);
  EXPECT_EQ(secrets[2].listed_at.column, 14);
  EXPECT_TRUE(ListParticipantSecrets(ContentValue::Map()).empty());
}

TEST_F(ParticipantPrivacyTest, ScaffoldBlanksAreNeitherNamesNorSecrets) {
  ContentValue data = Protect(
      "report:\n"
      "  participants:\n"
      "    - {name: \"TODO: prénom et nom\", consent: false}\n"
      "  summary: \"TODO: prénom et nom du rapporteur\"\n");
  EXPECT_TRUE(diagnostics_.empty()) << Messages();
  EXPECT_EQ(data.Find("report")->Find("participants_count")->scalar, "1");
  std::optional<ContentValue> root =
      YamlLoader(".", &diagnostics_)
          .Parse(
              "report:\n  participants:\n"
              "    - {name: \"TODO: prénom et nom\", email: \"TODO\"}\n",
              "report.yaml");
  ASSERT_TRUE(root);
  EXPECT_TRUE(ListParticipantSecrets(*root).empty());
}

TEST_F(ParticipantPrivacyTest, ANameAfterATodoNoteIsStillASecret) {
  std::optional<ContentValue> root =
      YamlLoader(".", &diagnostics_)
          .Parse(
              "report:\n  participants:\n"
              "    - {name: \"TODO orthographe ? Sam Secret\", consent: false}\n"
              "    - {name: \"TODO: Lou Doute\"}\n"
              "    - {name: \"TODO (nom) Eden Muet\", consent: false}\n"
              "    - {name: \"TODO: Sacha Oui ?\", consent: false}\n"
              "    - {name: \"TODO orthographe ? Camille Oui\", consent: true}\n"
              "    - {name: TODO, consent: false}\n",
              "report.yaml");
  ASSERT_TRUE(root);
  std::vector<std::string> names;
  for (const ParticipantSecret& secret : ListParticipantSecrets(*root))
    names.push_back(secret.text);
  EXPECT_EQ(names, (std::vector<std::string>{"Sam Secret", "Lou Doute", "Eden Muet", "Sacha Oui"}));
  EXPECT_EQ(ListParticipantSecrets(*root)[0].listed_at.line, 3);
  ContentValue data = Protect(
      "report:\n  participants:\n    - {name: \"TODO orthographe ? Sam Secret\", consent: "
      "false}\n");
  EXPECT_EQ(AllText(data).find("Sam"), std::string::npos) << "never named";
}

TEST_F(ParticipantPrivacyTest, AReportWithoutParticipantsCountsNone) {
  ContentValue data = Protect("report:\n  title: Compte rendu\nguide:\n  title: Guide\n");
  EXPECT_EQ(data.Find("report")->Find("participants_count")->scalar, "0");
  EXPECT_TRUE(data.Find("report")->Find("participants_named")->items.empty());
  ContentValue no_report = Protect("guide:\n  title: Guide\n");
  EXPECT_EQ(no_report.Find("report"), nullptr);
}

}  // namespace
}  // namespace coopkit::content
