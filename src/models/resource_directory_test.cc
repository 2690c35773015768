#include "models/resource_directory.h"

#include <gtest/gtest.h>

#include "content/yaml_loader.h"

namespace coopkit::models {
namespace {

constexpr char kDeclared[] = R"(resources:
  kinds:
    - {id: reseau, label: Réseaux}
    - {id: guide, label: Guides}
  themes:
    - {id: emploi, label: Emploi partagé}
    - {id: ess, label: Économie sociale}
  scales:
    - {id: national, label: National}
    - {id: regional, label: Régional}
  entries:
)";

class ResourceDirectoryTest : public ::testing::Test {
 protected:
  // Reads kDeclared followed by `entries` (items indented by four spaces).
  std::optional<content::ContentValue> Read(const std::string& entries) {
    content::YamlLoader loader(".", &diagnostics_);
    std::optional<content::ContentValue> content =
        loader.Parse(std::string(kDeclared) + entries, "resources.yaml");
    EXPECT_TRUE(content) << Messages();
    if (!content || !AddResourceDirectory(&*content, &diagnostics_)) return std::nullopt;
    return *content->Find("resources");
  }

  static std::string Entry(const std::string& name, const std::string& kind = "reseau",
                           const std::string& more = "") {
    return "    - name: " + name + "\n      kind: " + kind +
           "\n      themes: [emploi]\n      scale: national\n      description: Texte.\n"
           "      website: https://example.org\n" +
           more;
  }

  static std::vector<std::string> Names(const content::ContentValue& list) {
    std::vector<std::string> names;
    for (const content::ContentValue& entry : list.items)
      names.push_back(entry.Find("name")->scalar);
    return names;
  }

  std::string Messages() const { return FormatDiagnostics(diagnostics_); }

  DiagnosticList diagnostics_;
};

TEST_F(ResourceDirectoryTest, GroupsByKindInDeclaredOrderSortedTheFrenchWay) {
  auto data = Read(Entry("Guide pratique", "guide") + Entry("Zèbre") + Entry("Œuvre commune") +
                   Entry("Ecole du réseau") + Entry("Fonds") + Entry("École des Scop") +
                   Entry("Odyssée") + Entry("avenir"));
  ASSERT_TRUE(data) << Messages();
  const content::ContentValue& groups = *data->Find("groups");
  ASSERT_EQ(groups.items.size(), 2u);
  EXPECT_EQ(groups.items[0].Find("id")->scalar, "reseau");
  EXPECT_EQ(groups.items[0].Find("label")->scalar, "Réseaux");
  EXPECT_EQ(Names(*groups.items[0].Find("entries")),
            (std::vector<std::string>{"avenir", "École des Scop", "Ecole du réseau", "Fonds",
                                      "Odyssée", "Œuvre commune", "Zèbre"}));
  EXPECT_EQ(Names(*groups.items[1].Find("entries")), (std::vector<std::string>{"Guide pratique"}));
}

TEST_F(ResourceDirectoryTest, AddsLabelsQrThemesAndGuideSelection) {
  auto data = Read(Entry("Beta", "reseau", "      in_guide: true\n") +
                   "    - name: Alpha\n      kind: guide\n      themes: [ess, emploi]\n"
                   "      scale: regional\n      region: Nouvelle-Aquitaine\n"
                   "      description: Texte.\n      website: https://alpha.fr/guide\n"
                   "      in_guide: true\n" +
                   Entry("Gamma", "reseau", "      in_guide: false\n"));
  ASSERT_TRUE(data) << Messages();
  EXPECT_EQ(Names(*data->Find("guide_selection")), (std::vector<std::string>{"Alpha", "Beta"}));
  EXPECT_EQ(Names(*data->Find("entries")), (std::vector<std::string>{"Alpha", "Beta", "Gamma"}));
  const content::ContentValue& alpha = data->Find("entries")->items[0];
  EXPECT_EQ(alpha.Find("kind_label")->scalar, "Guides");
  EXPECT_EQ(alpha.Find("scale_label")->scalar, "Régional");
  EXPECT_EQ(alpha.Find("qr")->scalar, "https://alpha.fr/guide");
  ASSERT_EQ(alpha.Find("theme_labels")->items.size(), 2u);
  EXPECT_EQ(alpha.Find("theme_labels")->items[0].scalar, "Économie sociale");

  const content::ContentValue& by_theme = *data->Find("by_theme");
  ASSERT_EQ(by_theme.items.size(), 2u);
  EXPECT_EQ(by_theme.items[0].Find("id")->scalar, "emploi");
  EXPECT_EQ(Names(*by_theme.items[0].Find("entries")),
            (std::vector<std::string>{"Alpha", "Beta", "Gamma"}));
  EXPECT_EQ(Names(*by_theme.items[1].Find("entries")), (std::vector<std::string>{"Alpha"}));
  // The declared lists stay as written.
  EXPECT_EQ(data->Find("kinds")->items.size(), 2u);
}

TEST_F(ResourceDirectoryTest, ReportsBadAddressesAtTheirPlace) {
  EXPECT_FALSE(
      Read("    - name: A\n      kind: reseau\n      themes: [emploi]\n"
           "      scale: national\n      description: T.\n"
           "      website: www.example.org\n      email: contact@localhost\n"));
  ASSERT_EQ(diagnostics_.ErrorCount(), 2u) << Messages();
  EXPECT_EQ(diagnostics_.items()[0].location.line, 17);
  EXPECT_EQ(diagnostics_.items()[0].location.column, 16);
  EXPECT_NE(diagnostics_.items()[0].message.find("not a web address"), std::string::npos);
  EXPECT_EQ(diagnostics_.items()[1].location.line, 18);
  EXPECT_NE(diagnostics_.items()[1].message.find("not an e-mail"), std::string::npos);
}

TEST_F(ResourceDirectoryTest, APlainHttpWebsiteServedOverHttpsIsAWarningWithTheFix) {
  EXPECT_TRUE(
      Read("    - name: A\n      kind: reseau\n      themes: [emploi]\n"
           "      scale: national\n      description: T.\n"
           "      website: http://www.service-public.fr/associations\n"));
  ASSERT_EQ(diagnostics_.items().size(), 1u) << Messages();
  EXPECT_EQ(FormatDiagnostic(diagnostics_.items()[0]),
            "resources.yaml:17:16: warning: 'http://www.service-public.fr/associations' is not "
            "encrypted\n  hint: write https://www.service-public.fr/associations: this site "
            "serves it encrypted");
}

TEST_F(ResourceDirectoryTest, AWebsiteHoldingAnInvisibleCharacterNamesIt) {
  EXPECT_FALSE(
      Read("    - name: A\n      kind: reseau\n      themes: [emploi]\n"
           "      scale: national\n      description: T.\n"
           "      website: https://example.org/\u2060guide\n"));
  ASSERT_EQ(diagnostics_.ErrorCount(), 1u) << Messages();
  EXPECT_EQ(diagnostics_.items()[0].location.line, 17);
  EXPECT_NE(diagnostics_.items()[0].message.find(
                "holds U+2060 WORD JOINER, an invisible character, after 'https://example.org/'"),
            std::string::npos)
      << diagnostics_.items()[0].message;
}

TEST_F(ResourceDirectoryTest, DuplicateNamesNameBothPlaces) {
  EXPECT_FALSE(Read(Entry("Même nom") + Entry("Autre") + Entry("Même nom")));
  ASSERT_EQ(diagnostics_.ErrorCount(), 1u) << Messages();
  const Diagnostic& d = diagnostics_.items()[0];
  EXPECT_EQ(d.location.line, 12 + 2 * 6);
  EXPECT_EQ(d.hint, "the other one is at resources.yaml:12:13");
}

TEST_F(ResourceDirectoryTest, UnknownKindThemeAndScaleGetHints) {
  EXPECT_FALSE(
      Read("    - name: A\n      kind: resau\n      themes: [emploi, esss]\n"
           "      scale: nationale\n      description: T.\n"
           "      website: https://a.fr\n      extra: 1\n"));
  ASSERT_EQ(diagnostics_.ErrorCount(), 4u) << Messages();
  std::vector<std::string> hints;
  for (const Diagnostic& d : diagnostics_.items()) hints.push_back(d.message + " / " + d.hint);
  EXPECT_NE(hints[0].find("unknown key 'extra'"), std::string::npos) << hints[0];
  EXPECT_EQ(hints[1], "unknown kind 'resau' / did you mean 'reseau'?");
  EXPECT_EQ(hints[2], "unknown theme 'esss' / did you mean 'ess'?");
  EXPECT_EQ(hints[3], "unknown scale 'nationale' / did you mean 'national'?");
  EXPECT_EQ(diagnostics_.items()[1].location.line, 13);
}

TEST_F(ResourceDirectoryTest, MissingFieldsAndDuplicateDeclarations) {
  content::YamlLoader loader(".", &diagnostics_);
  auto content = loader.Parse(
      "resources:\n  kinds:\n    - {id: a, label: A}\n    - {id: a, label: B}\n"
      "  themes: []\n  scales: []\n  entries:\n    - name: X\n",
      "r.yaml");
  ASSERT_TRUE(content);
  EXPECT_FALSE(AddResourceDirectory(&*content, &diagnostics_));
  EXPECT_NE(Messages().find("r.yaml:4:12: error: kind 'a' is declared twice"), std::string::npos)
      << Messages();
  for (const char* field : {"kind", "themes", "scale", "description", "website"})
    EXPECT_NE(Messages().find(std::string("missing field '") + field + "'"), std::string::npos)
        << field;
}

TEST_F(ResourceDirectoryTest, ContentWithoutResourcesIsLeftAlone) {
  content::ContentValue content = content::ContentValue::Map();
  content.Set("intro", content::ContentValue::Scalar("Bonjour"));
  EXPECT_TRUE(AddResourceDirectory(&content, &diagnostics_));
  EXPECT_EQ(content.Keys(), (std::vector<std::string>{"intro"}));
}

}  // namespace
}  // namespace coopkit::models
