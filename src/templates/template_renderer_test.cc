#include "templates/template_renderer.h"

#include <gtest/gtest.h>

#include <chrono>

#include "content/test_folder.h"
#include "content/yaml_loader.h"

namespace coopkit::templates {
namespace {

class TemplateRendererTest : public ::testing::Test {
 protected:
  TemplateRendererTest() {
    std::optional<content::ContentValue> data = content::YamlLoader(".", &diagnostics_)
                                                    .Parse(
                                                        R"(kit:
  title: Kit « Coopérer »
event:
  organisation:
    name: Groupement *A*
  partners:
    - name: Ville [de] Lyon
    - name: "1. Coop"
  public: true
  intro: "Voir **ceci**"
)",
                                                        "data.yaml");
    data_ = *data;
  }
  std::optional<RenderedText> Render(const std::string& main_template) {
    folder_.Write("templates/main.mustache", main_template);
    return TemplateRenderer(folder_.Path("templates"), &diagnostics_)
        .Render("main.mustache", data_);
  }
  std::string Messages() const { return FormatDiagnostics(diagnostics_); }

  content::TestFolder folder_;
  DiagnosticList diagnostics_;
  content::ContentValue data_;
};

TEST_F(TemplateRendererTest, EscapesValuesForMarkdown) {
  auto r = Render("# {{kit.title}}\n\n{{event.organisation.name}}\n");
  ASSERT_TRUE(r) << Messages();
  EXPECT_EQ(r->markdown, "# Kit « Coopérer »\n\nGroupement \\*A\\*\n");
  EXPECT_TRUE(diagnostics_.empty()) << Messages();
}

TEST_F(TemplateRendererTest, TripleMustacheAndAmpersandInsertMarkdown) {
  auto r = Render("{{{event.intro}}} / {{&event.intro}} / {{event.intro}}\n");
  ASSERT_TRUE(r) << Messages();
  EXPECT_EQ(r->markdown, "Voir **ceci** / Voir **ceci** / Voir \\*\\*ceci\\*\\*\n");
}

TEST_F(TemplateRendererTest, LinesOfAMarkdownFileNameThatFile) {
  content::ContentValue chapter = content::ContentValue::Scalar("# Titre\n\nTexte *ici*.\n");
  chapter.markdown_file = "content/guide/intro.md";
  data_.Find("event")->Set("chapter", chapter);
  auto r = Render("Avant\n{{{event.chapter}}}\nAprès\n");
  ASSERT_TRUE(r) << Messages();
  EXPECT_EQ(r->markdown, "Avant\n# Titre\n\nTexte *ici*.\n\nAprès\n");
  EXPECT_EQ(r->OriginOfLine(1).file, folder_.Path("templates/main.mustache"));
  EXPECT_EQ(r->OriginOfLine(2).file, "content/guide/intro.md");
  EXPECT_EQ(r->OriginOfLine(2).line, 1);
  EXPECT_EQ(r->OriginOfLine(4).file, "content/guide/intro.md");
  EXPECT_EQ(r->OriginOfLine(4).line, 3);
  EXPECT_EQ(r->OriginOfLine(6).file, folder_.Path("templates/main.mustache"));
  EXPECT_EQ(r->OriginOfLine(6).line, 3);
}

TEST_F(TemplateRendererTest, SectionsOverListsAndBooleans) {
  auto r = Render(
      "{{#event}}{{#partners}}\n- {{name}}\n{{/partners}}{{/event}}"
      "{{#event.public}}Public{{/event.public}}\n");
  ASSERT_TRUE(r) << Messages();
  EXPECT_EQ(r->markdown, "- Ville \\[de\\] Lyon\n- 1\\. Coop\nPublic\n");
  EXPECT_TRUE(diagnostics_.empty()) << Messages();
}

TEST_F(TemplateRendererTest, TemplatesAndPartialsLoseTheirByteOrderMark) {
  folder_.Write("templates/cover.mustache", "\xEF\xBB\xBF# {{kit.title}}\n");
  auto r = Render("\xEF\xBB\xBF{{> cover}}\nSuite\n");
  ASSERT_TRUE(r) << Messages();
  EXPECT_EQ(r->markdown, "# Kit « Coopérer »\n\nSuite\n");
}

TEST_F(TemplateRendererTest, LoadsPartialsFromTheTemplatesFolder) {
  folder_.Write("templates/cover.mustache", "# {{kit.title}}\n{{> footer}}\n");
  folder_.Write("templates/footer.mustache", "— fin —\n");
  auto r = Render("{{> cover}}\nSuite\n");
  ASSERT_TRUE(r) << Messages();
  // kainjow keeps the newline after a standalone partial tag.
  EXPECT_EQ(r->markdown, "# Kit « Coopérer »\n— fin —\n\n\nSuite\n");
  EXPECT_EQ(r->OriginOfLine(1).file, folder_.Path("templates/cover.mustache"));
  EXPECT_EQ(r->OriginOfLine(1).line, 1);
  EXPECT_EQ(r->OriginOfLine(2).file, folder_.Path("templates/footer.mustache"));
  EXPECT_EQ(r->OriginOfLine(5).file, folder_.Path("templates/main.mustache"));
  EXPECT_EQ(r->OriginOfLine(5).line, 2);
}

TEST_F(TemplateRendererTest, NamesEveryFileItWasMadeFromEvenThoseThatPrintedNothing) {
  folder_.Write("templates/unused.mustache", "never printed\n");
  content::ContentValue chapter = content::ContentValue::Scalar("# Titre\n");
  chapter.markdown_file = "content/guide/intro.md";
  data_.Find("event")->Set("chapter", chapter);
  auto r = Render("{{#event.missing}}{{> unused}}{{/event.missing}}Texte\n");
  ASSERT_TRUE(r) << Messages();
  EXPECT_EQ(r->markdown, "Texte\n");
  EXPECT_EQ(r->files, (std::vector<std::string>{folder_.Path("templates/main.mustache"),
                                                folder_.Path("templates/unused.mustache"),
                                                "data.yaml", "content/guide/intro.md"}));
}

TEST_F(TemplateRendererTest, LinesOfAYamlValueNameTheirPlaceInIt) {
  std::optional<content::ContentValue> data = content::YamlLoader(".", &diagnostics_)
                                                  .Parse(R"(event:
  quoted: "Poitiers\n```{pagebreak}\n```\n"
  literal: |
    Poitiers
      ```{pagebreak}
    ```
  folded: >
    Poi
    tiers

    ```{pagebreak}
  plain: Poitiers
)",
                                                         "event.yaml");
  ASSERT_TRUE(data) << Messages();
  data_ = *data;
  auto r = Render(
      ":city: {{event.quoted}}\n"
      ":city: {{{event.literal}}}\n"
      ":city: {{{event.folded}}}\n"
      ":city: {{{event.plain}}} ({{{event.plain}}})\n");
  ASSERT_TRUE(r) << Messages();
  ASSERT_EQ(r->markdown,
            ":city: Poitiers\n\\`\\`\\`{pagebreak}\n\\`\\`\\`\n\n"
            ":city: Poitiers\n  ```{pagebreak}\n```\n\n"
            ":city: Poi tiers\n```{pagebreak}\n\n"
            ":city: Poitiers (Poitiers)\n");
  auto at = [&](int line, int column) {
    SourceLocation l = r->OriginOf(line, column);
    return l.file + ":" + std::to_string(l.line) + ":" + std::to_string(l.column);
  };
  const std::string main = folder_.Path("templates/main.mustache");
  EXPECT_EQ(at(1, 1), main + ":1:0");  // the template's own text
  EXPECT_EQ(at(1, 8), "event.yaml:2:12");
  EXPECT_EQ(at(2, 1), "event.yaml:2:22");  // right after the \n escape
  EXPECT_EQ(at(3, 1), "event.yaml:2:38");
  EXPECT_EQ(at(4, 0), main + ":1:0");  // the template's line end again
  EXPECT_EQ(at(5, 8), "event.yaml:4:5");
  EXPECT_EQ(at(6, 3), "event.yaml:5:7");
  EXPECT_EQ(at(7, 1), "event.yaml:6:5");
  EXPECT_EQ(at(9, 12), "event.yaml:8:9");
  EXPECT_EQ(at(10, 1), "event.yaml:11:5");
  EXPECT_EQ(at(12, 8), "event.yaml:12:10");
  EXPECT_EQ(at(12, 17), main + ":4:0");  // between the two values
  EXPECT_EQ(at(12, 18), "event.yaml:12:10");
}

TEST_F(TemplateRendererTest, PartialWinsOverADataKeyOfTheSameName) {
  folder_.Write("templates/kit.mustache", "partial\n");
  auto r = Render("{{> kit}}");
  ASSERT_TRUE(r) << Messages();
  EXPECT_EQ(r->markdown, "partial\n");
}

TEST_F(TemplateRendererTest, MissingPartialNamesItAndTheIncludingLine) {
  folder_.Write("templates/cover.mustache", "Titre\n\n  {{> signature}}\n");
  EXPECT_FALSE(Render("Intro\n{{> cover}}\n{{> absent}}\n"));
  ASSERT_EQ(diagnostics_.ErrorCount(), 2u) << Messages();
  const Diagnostic& nested = diagnostics_.items()[0];
  EXPECT_EQ(nested.location.file, folder_.Path("templates/cover.mustache"));
  EXPECT_EQ(nested.location.line, 3);
  EXPECT_EQ(nested.location.column, 3);
  EXPECT_NE(nested.message.find("partial 'signature'"), std::string::npos);
  const Diagnostic& direct = diagnostics_.items()[1];
  EXPECT_EQ(direct.location.file, folder_.Path("templates/main.mustache"));
  EXPECT_EQ(direct.location.line, 3);
  EXPECT_NE(direct.message.find("partial 'absent'"), std::string::npos);
}

TEST_F(TemplateRendererTest, PartialIncludingItselfIsAnError) {
  folder_.Write("templates/loop.mustache", "{{> loop}}");
  EXPECT_FALSE(Render("{{> loop}}"));
  EXPECT_NE(Messages().find("partial 'loop' includes itself"), std::string::npos) << Messages();
}

TEST_F(TemplateRendererTest, SyntaxErrorAtLineAndColumn) {
  EXPECT_FALSE(Render("# Titre\n\nvoilà {{#event}} x\n"));
  ASSERT_EQ(diagnostics_.ErrorCount(), 1u);
  const Diagnostic& d = diagnostics_.items()[0];
  EXPECT_EQ(d.location.file, folder_.Path("templates/main.mustache"));
  EXPECT_EQ(d.location.line, 3);
  EXPECT_EQ(d.location.column, 7);
  EXPECT_NE(d.message.find("unclosed section"), std::string::npos) << d.message;
}

TEST_F(TemplateRendererTest, OldMacAndWindowsLineEndsCountAsLines) {
  for (const char* text :
       {"# Titre\r\rvoilà {{#event}} x\r", "# Titre\r\n\r\nvoilà {{#event}} x\r\n",
        "# Titre\n\rvoilà {{#event}} x\r\n"}) {
    diagnostics_ = {};
    EXPECT_FALSE(Render(text));
    ASSERT_EQ(diagnostics_.ErrorCount(), 1u);
    EXPECT_EQ(diagnostics_.items()[0].location.line, 3) << text;
    EXPECT_EQ(diagnostics_.items()[0].location.column, 7) << text;
  }
  auto r = Render("# {{kit.title}}\rSuite\r\nFin\r");
  ASSERT_TRUE(r) << Messages();
  EXPECT_EQ(r->markdown, "# Kit « Coopérer »\nSuite\r\nFin\n");
  EXPECT_EQ(r->OriginOfLine(3).line, 3);
}

TEST_F(TemplateRendererTest, SyntaxErrorInPartialNamesThePartial) {
  folder_.Write("templates/cover.mustache", "ok\n{{title\n");
  EXPECT_FALSE(Render("{{> cover}}\n"));
  ASSERT_EQ(diagnostics_.ErrorCount(), 1u);
  EXPECT_EQ(diagnostics_.items()[0].location.file, folder_.Path("templates/cover.mustache"));
  EXPECT_EQ(diagnostics_.items()[0].location.line, 2);
  EXPECT_EQ(diagnostics_.items()[0].location.column, 1);
}

TEST_F(TemplateRendererTest, WarnsAboutUnknownVariableWithHint) {
  auto r = Render("{{kit.title}}\n{{evnt.organisation.name}}\n{{kit.titel}}\n");
  ASSERT_TRUE(r) << Messages();
  ASSERT_EQ(diagnostics_.WarningCount(), 2u) << Messages();
  EXPECT_EQ(diagnostics_.ErrorCount(), 0u);
  const Diagnostic& first = diagnostics_.items()[0];
  EXPECT_EQ(first.location.line, 2);
  EXPECT_EQ(first.hint, "did you mean 'event'?");
  EXPECT_EQ(diagnostics_.items()[1].hint, "did you mean 'title'?");
}

TEST_F(TemplateRendererTest, NoWarningForNamesValidInsideSections) {
  auto r = Render(
      "{{#event.partners}}{{name}} {{.}}{{/event.partners}}\n"
      "{{#event}}{{organisation.name}}{{/event}}\n{{^event.absent}}x{{/event.absent}}\n");
  ASSERT_TRUE(r) << Messages();
  EXPECT_TRUE(diagnostics_.empty()) << Messages();
}

TEST_F(TemplateRendererTest, NamesInsideASectionNeverRenderedAreNotChecked) {
  data_.Find("event")->Set("photos", content::ContentValue::List());
  auto r = Render(
      "{{#legal_forms.groups}}{{criterion}}{{/legal_forms.groups}}\n"
      "{{#event.photos}}{{file}}{{/event.photos}}\n"
      "{{#event.public}}{{#event.absent}}{{text}}{{/event.absent}}{{captoin}}{{/event.public}}\n"
      "{{^event.photos}}{{caption}}{{/event.photos}}\n");
  ASSERT_TRUE(r) << Messages();
  ASSERT_EQ(diagnostics_.WarningCount(), 2u) << Messages();
  EXPECT_EQ(diagnostics_.items()[0].location.line, 3);
  EXPECT_NE(diagnostics_.items()[0].message.find("'captoin'"), std::string::npos) << Messages();
  EXPECT_EQ(diagnostics_.items()[1].location.line, 4);
  EXPECT_NE(diagnostics_.items()[1].message.find("'caption'"), std::string::npos) << Messages();
}

TEST_F(TemplateRendererTest, MissingMainTemplate) {
  EXPECT_FALSE(
      TemplateRenderer(folder_.Path("templates"), &diagnostics_).Render("none.mustache", data_));
  EXPECT_EQ(diagnostics_.ErrorCount(), 1u);
}

TEST_F(TemplateRendererTest, SectionsNestedTooDeepAreAnErrorAtTheTag) {
  std::string deep;
  for (int i = 0; i < 5000; ++i) deep += "{{#event}}";
  deep += "x";
  for (int i = 0; i < 5000; ++i) deep += "{{/event}}";
  EXPECT_FALSE(Render("Titre\n" + deep + "\n"));
  EXPECT_NE(Messages().find("main.mustache:2:1001: error: sections nest more than 100 deep"),
            std::string::npos)
      << Messages();
}

// kainjow's parser once took gigabytes and seconds on such a template before
// the depth was checked, and ran out of memory at 30,000 levels.
TEST_F(TemplateRendererTest, SectionsNestedThousandsDeepAreRefusedBeforeParsing) {
  std::string deep;
  for (int i = 0; i < 30000; ++i) deep += "{{#guide}}\n";
  for (int i = 0; i < 30000; ++i) deep += "{{/guide}}\n";
  auto start = std::chrono::steady_clock::now();
  EXPECT_FALSE(Render(deep));
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(2));
  EXPECT_EQ(diagnostics_.ErrorCount(), 1u) << Messages();
  EXPECT_NE(Messages().find("main.mustache:101:1: error: sections nest more than 100 deep"),
            std::string::npos)
      << Messages();
}

TEST_F(TemplateRendererTest, TemplateLongerThanAMegabyteIsAnErrorWhereItPassesTheLimit) {
  std::string line(1023, 'x');
  std::string text;
  for (int i = 0; i < 1100; ++i) text += line + "\n";
  EXPECT_FALSE(Render(text));
  EXPECT_NE(Messages().find("main.mustache:1025:1: error: this template is longer than 1024 kB"),
            std::string::npos)
      << Messages();
  EXPECT_TRUE(Render(text.substr(0, 1000 * 1024))) << Messages();
}

TEST_F(TemplateRendererTest, SectionsCountTheirDepthThroughPartials) {
  std::string sixty_deep;
  for (int i = 0; i < 60; ++i) sixty_deep += "{{#event}}";
  std::string closed = sixty_deep;
  for (int i = 0; i < 60; ++i) closed += "{{/event}}";
  folder_.Write("templates/inner.mustache", closed + "\n");
  EXPECT_TRUE(Render(closed + "{{> inner}}\n")) << Messages();
  EXPECT_FALSE(Render(sixty_deep + "{{> inner}}" + closed.substr(sixty_deep.size()) + "\n"));
  EXPECT_NE(Messages().find("main.mustache:1:601: error: sections nest more than 100 deep"),
            std::string::npos)
      << Messages();
}

}  // namespace
}  // namespace coopkit::templates
