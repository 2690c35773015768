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
    ProtectParticipants(&data, &diagnostics_);
    return data;
  }
  std::string Messages() const {
    std::string all;
    for (const Diagnostic& d : diagnostics_.items()) all += FormatDiagnostic(d) + "\n";
    return all;
  }
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

TEST_F(ParticipantPrivacyTest, NamesAndAddressesWrittenElsewhereAreErrors) {
  Protect(std::string(kParticipants) +
          "  actions:\n"
          "    - {what: Relancer, who: Noa Non}\n"
          "    - {what: \"Écrire à camille@a.org\", who: Camille Oui}\n"
          "other: {note: \"Merci à Eden Muet\"}\n");
  std::string all = Messages();
  EXPECT_EQ(diagnostics_.ErrorCount(), 3u) << all;
  EXPECT_NE(all.find("report.yaml:9:29: error: this text names Noa Non, who did not consent to "
                     "be named\n  hint: remove the name, or record their consent (participant "
                     "listed at report.yaml:4)"),
            std::string::npos) << all;
  EXPECT_NE(all.find("report.yaml:10:14: error: this text holds a participant's e-mail address"),
            std::string::npos) << all;
  EXPECT_NE(all.find("report.yaml:11:15: error: this text names Eden Muet"), std::string::npos)
      << all;
}

TEST_F(ParticipantPrivacyTest, ScaffoldBlanksAreNeitherNamesNorSecrets) {
  ContentValue data = Protect(
      "report:\n"
      "  participants:\n"
      "    - {name: \"TODO: prénom et nom\", consent: false}\n"
      "  summary: \"TODO: prénom et nom du rapporteur\"\n");
  EXPECT_TRUE(diagnostics_.empty()) << Messages();
  EXPECT_EQ(data.Find("report")->Find("participants_count")->scalar, "1");
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
