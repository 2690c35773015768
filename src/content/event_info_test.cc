#include "content/event_info.h"

#include <gtest/gtest.h>

#include "content/yaml_loader.h"

namespace coopkit::content {
namespace {

constexpr const char* kEvent = R"(event:
  title: Coopérer, un moyen technique ?
  date: 2026-11-26
  city: Lyon
  postcode: "69007"
  organisation:
    name: Groupement régional
    acronym: GR
    status: association loi 1901
    city: Lyon
  partners:
    - name: Ville de Lyon
      kind: collectivité
    - name: Coop A
      url: https://example.org
  themes:
    - énergie
    - group: Autres
      items: [mobilité, habitat]
  scale: [quartier, ville]
  state: en préparation
  format:
    kind: atelier
    duration: 3 h
    parts:
      - title: Accueil
        description: Café.
  forum:
    name: Forum des coopératives
  questions: ["Pourquoi ?", "Comment ?"]
)";

class EventInfoTest : public ::testing::Test {
 protected:
  std::optional<EventInfo> Read(const std::string& text) {
    std::optional<ContentValue> root = YamlLoader(".", &diagnostics_).Parse(text, "event.yaml");
    EXPECT_TRUE(root);
    if (!root) return std::nullopt;
    return ReadEventInfo(*root->Find("event"), &diagnostics_);
  }
  std::string Replaced(const std::string& from, const std::string& to) {
    std::string text = kEvent;
    size_t at = text.find(from);
    EXPECT_NE(at, std::string::npos);
    return text.replace(at, from.size(), to);
  }
  DiagnosticList diagnostics_;
};

TEST_F(EventInfoTest, ReadsAValidEvent) {
  auto info = Read(kEvent);
  ASSERT_TRUE(info);
  EXPECT_TRUE(diagnostics_.empty());
  EXPECT_EQ(info->date->month, 11);
  EXPECT_EQ(info->postcode, "69007");
  EXPECT_EQ(info->organisation.acronym, "GR");
  ASSERT_EQ(info->partners.size(), 2u);
  EXPECT_EQ(info->partners[0].kind, "collectivité");
  EXPECT_EQ(info->partners[1].url, "https://example.org");
  ASSERT_EQ(info->themes.size(), 2u);
  EXPECT_EQ(info->themes[0].group, "");
  EXPECT_EQ(info->themes[0].items, (std::vector<std::string>{"énergie"}));
  EXPECT_EQ(info->themes[1].group, "Autres");
  EXPECT_EQ(info->themes[1].items, (std::vector<std::string>{"mobilité", "habitat"}));
  EXPECT_EQ(info->questions.size(), 2u);
  EXPECT_EQ(info->presentation, "");
  EXPECT_EQ(info->format.parts.at(0).title, "Accueil");
  EXPECT_EQ(info->forum.place, "");
}

TEST_F(EventInfoTest, InvalidDateReportedAtTheDate) {
  EXPECT_FALSE(Read(Replaced("2026-11-26", "2026-02-30")));
  ASSERT_EQ(diagnostics_.ErrorCount(), 1u);
  EXPECT_EQ(diagnostics_.items()[0].location.line, 3);
  EXPECT_EQ(diagnostics_.items()[0].location.column, 9);
}

TEST_F(EventInfoTest, ReportsNestedProblemsTogether) {
  std::string text = Replaced("    acronym: GR\n", "");
  text = text.replace(text.find("  forum:"), 0, "  sclae: x\n");
  text = text.replace(text.find("      kind: collectivité"), 0, "      kinde: x\n");
  EXPECT_FALSE(Read(text));
  std::string all;
  for (const Diagnostic& d : diagnostics_.items()) all += FormatDiagnostic(d) + "\n";
  EXPECT_EQ(diagnostics_.ErrorCount(), 3u) << all;
  EXPECT_NE(all.find("missing field 'acronym' in event.organisation"), std::string::npos) << all;
  EXPECT_NE(all.find("unknown key 'kinde'"), std::string::npos) << all;
  EXPECT_NE(all.find("did you mean 'scale'?"), std::string::npos) << all;
}

TEST_F(EventInfoTest, PostcodeMustBeFiveDigits) {
  EXPECT_FALSE(Read(Replaced("\"69007\"", "6900")));
  EXPECT_EQ(diagnostics_.ErrorCount(), 1u);
}

}  // namespace
}  // namespace coopkit::content
