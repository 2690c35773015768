#include "content/kit_manifest.h"

#include <gtest/gtest.h>

#include "content/test_folder.h"

namespace coopkit::content {
namespace {

class KitManifestTest : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_.Write("templates/guide.mustache", "# {{document.title}}\n");
    folder_.Write("content/event.yaml", "event: {}\n");
    folder_.Write("content/guide.yaml", "guide: {}\n");
    folder_.Write("content/theme.yaml", "body_size: 10\n");
  }
  std::optional<KitManifest> Load(const std::string& kit_yaml) {
    folder_.Write("content/kit.yaml", kit_yaml);
    return LoadKitManifest(folder_.Path("content"), folder_.Path("templates"), &diagnostics_);
  }
  std::string Messages() const { return FormatDiagnostics(diagnostics_); }

  TestFolder folder_;
  DiagnosticList diagnostics_;
};

TEST_F(KitManifestTest, LoadsAValidManifest) {
  auto manifest = Load(R"(kit:
  title: Kit de l'atelier « Coopérer »
  updated: 2026-11-26
  theme: theme.yaml
documents:
  - name: guide
    title: Guide de la coopération
    template: guide.mustache
    content: [event.yaml, guide.yaml]
    output: guide.pdf
    paper: A5
    orientation: landscape
    theme:
      body_size: 9
  - name: affiche
    title: Affiche
    template: guide.mustache
    content: [event.yaml]
    output: affiche.pdf
)");
  ASSERT_TRUE(manifest) << Messages();
  EXPECT_EQ(manifest->title, "Kit de l'atelier « Coopérer »");
  EXPECT_EQ(manifest->theme_file, "theme.yaml");
  EXPECT_EQ(manifest->kit.Find("title")->scalar, manifest->title);
  ASSERT_EQ(manifest->documents.size(), 2u);
  const DocumentSpec& guide = manifest->documents[0];
  EXPECT_EQ(guide.name, "guide");
  EXPECT_EQ(guide.template_file, "guide.mustache");
  EXPECT_EQ(guide.content_files, (std::vector<std::string>{"event.yaml", "guide.yaml"}));
  EXPECT_EQ(guide.output, "guide.pdf");
  EXPECT_EQ(guide.paper, Paper::kA5);
  EXPECT_EQ(guide.orientation, Orientation::kLandscape);
  EXPECT_EQ(guide.theme_overrides.Find("body_size")->scalar, "9");
  EXPECT_EQ(guide.location.line, 6);
  const DocumentSpec& poster = manifest->documents[1];
  EXPECT_EQ(poster.paper, Paper::kA4);
  EXPECT_EQ(poster.orientation, Orientation::kPortrait);
  EXPECT_TRUE(poster.theme_overrides.IsNull());
}

TEST_F(KitManifestTest, ReportsEveryProblemWithItsPlace) {
  auto manifest = Load(R"(kit:
  title: Kit
documents:
  - name: Guide!
    title: Guide
    template: absent.mustache
    content: [event.yaml, nowhere.yaml]
    output: guide.pdf
    paper: A6
  - name: poster
    title: Affiche
    template: ../guide.mustache
    content: [event.yaml]
    output: guide.pdf
    orientaton: portrait
  - name: poster
    template: guide.mustache
    content: [event.yaml]
    output: poster.txt
)");
  EXPECT_FALSE(manifest);
  std::string all = Messages();
  auto expect = [&](const std::string& needle) {
    EXPECT_NE(all.find(needle), std::string::npos) << "no '" << needle << "' in\n" << all;
  };
  expect("kit.yaml:4:11: error: document name 'Guide!' is not allowed");
  expect("kit.yaml:6:15: error: template not found");
  expect("kit.yaml:7:27: error: content file not found");
  expect("kit.yaml:9:12: error: 'paper' is 'A6'");
  expect("kit.yaml:12:15: error: '../guide.mustache' leaves the folder");
  expect("kit.yaml:14:13: error: output 'guide.pdf' is used twice");
  expect("kit.yaml:15:5: error: unknown key 'orientaton' in document");
  expect("hint: did you mean 'orientation'?");
  expect("kit.yaml:16:5: error: missing field 'title' in document");
  expect("kit.yaml:16:11: error: document name 'poster' is used twice");
  expect("kit.yaml:19:13: error: output 'poster.txt' is not a PDF file name");
  EXPECT_EQ(diagnostics_.ErrorCount(), 10u) << all;
}

TEST_F(KitManifestTest, FormatChoosesTheBackendAndTheFileNameEnding) {
  const std::string document = R"(kit:
  title: Kit
documents:
  - name: guide
    title: Guide
    template: guide.mustache
    content: [guide.yaml]
)";
  auto manifest = Load(document + "    format: trace\n    output: guide.trace\n");
  ASSERT_TRUE(manifest) << Messages();
  EXPECT_EQ(manifest->documents[0].format, OutputFormat::kTrace);
  EXPECT_STREQ(FormatName(manifest->documents[0].format), "trace");

  manifest = Load(document + "    output: guide.pdf\n");
  ASSERT_TRUE(manifest) << Messages();
  EXPECT_EQ(manifest->documents[0].format, OutputFormat::kPdf);

  EXPECT_FALSE(Load(document + "    format: trace\n    output: guide.pdf\n"));
  EXPECT_NE(Messages().find("kit.yaml:9:13: error: output 'guide.pdf' is not a trace file name"),
            std::string::npos)
      << Messages();
  EXPECT_NE(Messages().find("e.g. guide.trace"), std::string::npos) << Messages();
  EXPECT_FALSE(Load(document + "    format: html\n    output: guide.pdf\n"));
  EXPECT_NE(Messages().find("kit.yaml:8:13: error: 'format' is 'html'"), std::string::npos)
      << Messages();
}

TEST_F(KitManifestTest, DraftAndEnabledAreBooleansOfEachDocument) {
  auto manifest = Load(R"(kit: {title: Kit}
documents:
  - {name: guide, title: G, template: guide.mustache, content: [guide.yaml], output: g.pdf,
     draft: true}
  - {name: off, title: O, template: guide.mustache, content: [guide.yaml], output: o.pdf,
     enabled: false}
  - {name: final, title: F, template: guide.mustache, content: [guide.yaml], output: f.pdf}
)");
  ASSERT_TRUE(manifest) << Messages();
  ASSERT_EQ(manifest->documents.size(), 2u);
  EXPECT_TRUE(manifest->documents[0].draft);
  EXPECT_EQ(manifest->documents[1].name, "final");
  EXPECT_FALSE(manifest->documents[1].draft);
  ASSERT_EQ(manifest->switched_off.size(), 1u);
  EXPECT_EQ(manifest->switched_off[0].name, "off");

  EXPECT_FALSE(Load(R"(kit: {title: Kit}
documents:
  - {name: guide, title: G, template: guide.mustache, content: [guide.yaml], output: g.pdf,
     draft: oui}
)"));
  EXPECT_NE(Messages().find(":4:13: error: 'draft' is 'oui'; expected true or false"),
            std::string::npos)
      << Messages();
}

TEST_F(KitManifestTest, ABookletIsMadeOfA5PortraitPages) {
  auto manifest = Load(R"(kit: {title: Kit}
documents:
  - {name: guide, title: G, template: guide.mustache, content: [guide.yaml], output: g.pdf,
     paper: A5, booklet: true}
  - {name: flyer, title: F, template: guide.mustache, content: [guide.yaml], output: f.pdf,
     paper: A5}
)");
  ASSERT_TRUE(manifest) << Messages();
  EXPECT_TRUE(manifest->documents[0].booklet);
  EXPECT_FALSE(manifest->documents[1].booklet);
  EXPECT_EQ(BookletOutput("guide.pdf"), "guide-livret.pdf");
  EXPECT_EQ(BookletOutput("guide.trace"), "guide-livret.trace");

  EXPECT_FALSE(Load(R"(kit: {title: Kit}
documents:
  - {name: guide, title: G, template: guide.mustache, content: [guide.yaml], output: g.pdf,
     booklet: true}
  - {name: wide, title: W, template: guide.mustache, content: [guide.yaml], output: w.pdf,
     paper: A5, orientation: landscape,
     booklet: true}
)"));
  EXPECT_NE(Messages().find(":4:15: error: a booklet is made of A5 portrait pages, two on each "
                            "side of an A4 sheet; this document is A4 portrait"),
            std::string::npos)
      << Messages();
  EXPECT_NE(Messages().find(":7:15: error: a booklet is made of A5 portrait pages, two on each "
                            "side of an A4 sheet; this document is A5 landscape"),
            std::string::npos)
      << Messages();
}

TEST_F(KitManifestTest, PdfaAndPrintMarksAreBooleansOfEachDocument) {
  auto manifest = Load(R"(kit: {title: Kit}
documents:
  - {name: report, title: R, template: guide.mustache, content: [guide.yaml], output: r.pdf,
     pdfa: true}
  - {name: guide, title: G, template: guide.mustache, content: [guide.yaml], output: g.pdf,
     print_marks: true}
)");
  ASSERT_TRUE(manifest) << Messages();
  EXPECT_TRUE(manifest->documents[0].pdfa);
  EXPECT_FALSE(manifest->documents[1].pdfa);
  EXPECT_FALSE(manifest->documents[0].print_marks);
  EXPECT_TRUE(manifest->documents[1].print_marks);

  EXPECT_FALSE(Load(R"(kit: {title: Kit}
documents:
  - {name: guide, title: G, template: guide.mustache, content: [guide.yaml], output: g.trace,
     format: trace, pdfa: true}
)"));
  EXPECT_NE(Messages().find(":4:27: error: 'pdfa' is for a PDF, not a trace file"),
            std::string::npos)
      << Messages();
}

TEST_F(KitManifestTest, AKitWithEveryDocumentSwitchedOffIsAnError) {
  EXPECT_FALSE(Load(R"(kit: {title: Kit}
documents:
  - {name: guide, title: G, template: guide.mustache, content: [guide.yaml], output: g.pdf,
     enabled: false}
)"));
  EXPECT_NE(Messages().find("every document of the kit is switched off"), std::string::npos)
      << Messages();
}

TEST_F(KitManifestTest, MissingSectionsAndUnknownTopLevelKey) {
  EXPECT_FALSE(
      Load("kit:\n  titel: Kit\n  theme: nope.yaml\n  updated: 2026-13-01\ndocumets: []\n"));
  std::string all = Messages();
  EXPECT_NE(all.find("missing field 'title' in kit"), std::string::npos) << all;
  EXPECT_NE(all.find("theme file not found"), std::string::npos) << all;
  EXPECT_NE(all.find("kit.yaml:4:12: error: 'updated' is not a valid date"), std::string::npos)
      << all;
  EXPECT_NE(all.find("missing field 'documents'"), std::string::npos) << all;
  EXPECT_NE(all.find("did you mean 'documents'?"), std::string::npos) << all;
}

TEST_F(KitManifestTest, TheOrganisationsArticleKeepsItsSpaceOrIsElided) {
  const std::string documents =
      "documents:\n  - {name: guide, title: Guide, template: guide.mustache, content: [], "
      "output: guide.pdf}\n";
  for (const char* article : {"\"le \"", "\"l'\"", "\"\""}) {
    auto manifest = Load(std::string("kit:\n  title: Kit\n  keywords: ESS, atelier\n"
                                     "  organisation_article: ") +
                         article + "\n" + documents);
    ASSERT_TRUE(manifest) << article << ": " << Messages();
    EXPECT_EQ(manifest->kit.Find("keywords")->scalar, "ESS, atelier");
  }
  EXPECT_FALSE(Load("kit:\n  title: Kit\n  organisation_article: le\n" + documents));
  EXPECT_NE(Messages().find("kit.yaml:3:25: error: 'organisation_article' is not an article"),
            std::string::npos)
      << Messages();
  EXPECT_NE(Messages().find("with their space"), std::string::npos) << Messages();
}

TEST_F(KitManifestTest, MissingManifestIsAnError) {
  EXPECT_FALSE(LoadKitManifest(folder_.Path("nowhere"), folder_.Path("templates"), &diagnostics_));
  EXPECT_EQ(diagnostics_.ErrorCount(), 1u);
}

}  // namespace
}  // namespace coopkit::content
