#include "markup/markdown_reader.h"

#include <gtest/gtest.h>

#include <chrono>

#include "markup/french_typography.h"

namespace coopkit::markup {
namespace {

using doc::Node;
using doc::NodeKind;

const std::string kNbsp(kNoBreakSpace);
const std::string kThin(kNarrowNoBreakSpace);
const std::string kSource = "templates/guide.mustache";

// The tree as an S-expression, e.g. (paragraph (text "a") (strong (text "b"))),
// with a heading's level, a list's start and a link's url.
std::string Outline(const Node& node) {
  std::string out = "(";
  out += doc::NodeKindName(node.kind);
  if (node.kind == NodeKind::kHeading) out.append(" ").append(std::to_string(node.level));
  if (node.kind == NodeKind::kOrderedList) out.append(" ").append(std::to_string(node.start));
  if (node.kind == NodeKind::kLink) out.append(" ").append(node.url);
  if (!node.text.empty()) out.append(" \"").append(node.text).append("\"");
  for (const auto& child : node.children) out.append(" ").append(Outline(*child));
  return out + ")";
}

class MarkdownReaderTest : public ::testing::Test {
 protected:
  doc::Document Read(std::string_view markdown, bool french_typography = false) {
    return MarkdownReader(&diagnostics_, {.french_typography = french_typography})
        .Read(markdown, kSource);
  }

  // The outline of the document's blocks, without the (document ...) wrapper.
  std::string Blocks(std::string_view markdown) {
    doc::Document document = Read(markdown);
    std::string out;
    for (const auto& child : document.root->children) {
      if (!out.empty()) out += ' ';
      out += Outline(*child);
    }
    return out;
  }

  std::string Messages() const { return FormatDiagnostics(diagnostics_); }

  DiagnosticList diagnostics_;
};

TEST_F(MarkdownReaderTest, ParagraphsKeepTheirSourceLines) {
  doc::Document document = Read("Un.\n\nDeux\nsuite.\n");
  ASSERT_EQ(document.root->children.size(), 2u);
  EXPECT_EQ(Outline(*document.root->children[0]), "(paragraph (text \"Un.\"))");
  EXPECT_EQ(Outline(*document.root->children[1]),
            "(paragraph (text \"Deux\") (softbreak) (text \"suite.\"))");
  EXPECT_EQ(document.root->children[0]->source_line, 1);
  EXPECT_EQ(document.root->children[1]->source_line, 3);
  EXPECT_TRUE(diagnostics_.empty());
}

TEST_F(MarkdownReaderTest, HeadingsOfLevelsOneToThree) {
  EXPECT_EQ(Blocks("# Un\n## Deux\n### Trois\n"),
            "(heading 1 (text \"Un\")) (heading 2 (text \"Deux\")) (heading 3 (text \"Trois\"))");
  EXPECT_TRUE(diagnostics_.empty());
}

TEST_F(MarkdownReaderTest, DeeperHeadingIsWarnedAboutAndLaidOutAsLevelThree) {
  EXPECT_EQ(Blocks("Texte\n\n#### Quatre\n"),
            "(paragraph (text \"Texte\")) (heading 3 (text \"Quatre\"))");
  ASSERT_EQ(diagnostics_.WarningCount(), 1u);
  EXPECT_FALSE(diagnostics_.HasErrors());
  EXPECT_EQ(diagnostics_.items()[0].location.line, 3);
  EXPECT_NE(diagnostics_.items()[0].message.find("level 4"), std::string::npos);
}

TEST_F(MarkdownReaderTest, EmphasisStrongCodeAndLinks) {
  EXPECT_EQ(Blocks("*a* **b** `c d` [le *site*](https://crge.fr)"),
            "(paragraph (emphasis (text \"a\")) (text \" \") (strong (text \"b\")) (text \" \") "
            "(code \"c d\") (text \" \") (link https://crge.fr (text \"le \") "
            "(emphasis (text \"site\"))))");
}

TEST_F(MarkdownReaderTest, LinksOpenWebPagesEmailsAndPhoneNumbers) {
  EXPECT_EQ(Blocks("[a](https://crge.fr) [b](mailto:c@crge.fr) [c](tel:+33549000000) "
                   "<https://d.fr> <e@crge.fr>"),
            "(paragraph (link https://crge.fr (text \"a\")) (text \" \") (link mailto:c@crge.fr "
            "(text \"b\")) (text \" \") (link tel:+33549000000 (text \"c\")) (text \" \") "
            "(link https://d.fr (text \"https://d.fr\")) (text \" \") (link mailto:e@crge.fr "
            "(text \"e@crge.fr\")))");
  EXPECT_EQ(diagnostics_.items().size(), 0u) << Messages();
}

// Each at its '[' (or its '<'), in characters.
TEST_F(MarkdownReaderTest, OtherLinkTargetsAreErrorsAtTheLink) {
  doc::Document document = Read(
      "Déjà [clic](javascript:alert(1)) et [fichier](file:///etc/passwd).\n"
      "[voir](#partie-2), [statuts](statuts.pdf), [vide]().\n"
      "é <https://\u200Bexample.org> et [lien](https://exa\u2060mple.org).\n");
  ASSERT_EQ(diagnostics_.ErrorCount(), 7u) << Messages();
  auto error = [&](size_t i) {
    const Diagnostic& d = diagnostics_.items()[i];
    return std::to_string(d.location.line) + ":" + std::to_string(d.location.column) + " " +
           d.message;
  };
  EXPECT_EQ(error(0),
            "1:6 the link's address 'javascript:alert(1)' uses the 'javascript:' scheme, which a "
            "link in a PDF may not open");
  EXPECT_EQ(error(1),
            "1:37 the link's address 'file:///etc/passwd' uses the 'file:' scheme, which a link "
            "in a PDF may not open");
  EXPECT_EQ(error(2),
            "2:1 the link's address '#partie-2' is a place in the document, which coopkit does "
            "not link to");
  EXPECT_EQ(error(3),
            "2:20 the link's address 'statuts.pdf' is a file path, which does not open from a "
            "PDF");
  EXPECT_EQ(error(4), "2:44 the link's address '' is empty");
  EXPECT_EQ(error(5),
            "3:3 the link's address 'https://\u200Bexample.org' holds U+200B ZERO WIDTH SPACE, "
            "an invisible character, after 'https://'");
  EXPECT_EQ(error(6),
            "3:29 the link's address 'https://exa\u2060mple.org' holds U+2060 WORD JOINER, an "
            "invisible character, after 'https://exa'");
  EXPECT_NE(diagnostics_.items()[0].hint.find("https://"), std::string::npos);
  // The text stays, and links nowhere.
  EXPECT_EQ(Outline(*document.root->children[0]->children[1]), "(link  (text \"clic\"))");
}

TEST_F(MarkdownReaderTest, APlainHttpLinkToASiteServingHttpsIsAWarningWithTheFix) {
  doc::Document document = Read(
      "Voir [la loi](http://www.legifrance.gouv.fr/loda/id/JORFTEXT000000684004)\n"
      "et [le réseau](http://www.crge.com).\n");
  ASSERT_EQ(diagnostics_.items().size(), 1u) << Messages();
  const Diagnostic& d = diagnostics_.items()[0];
  EXPECT_EQ(d.severity, Severity::kWarning);
  EXPECT_EQ(std::to_string(d.location.line) + ":" + std::to_string(d.location.column), "1:6");
  EXPECT_EQ(d.message,
            "the link's address 'http://www.legifrance.gouv.fr/loda/id/JORFTEXT000000684004' is "
            "not encrypted");
  EXPECT_EQ(d.hint,
            "write https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000684004: this site serves "
            "it encrypted");
  // The link still opens what was written.
  EXPECT_EQ(document.root->children[0]->children[1]->url,
            "http://www.legifrance.gouv.fr/loda/id/JORFTEXT000000684004");
}

TEST_F(MarkdownReaderTest, ALinkInADirectiveIsCheckedWhereItIsWritten) {
  Read("Avant.\n\n```{callout} vigilance\n:title: Voir\nLe [site](javascript:x).\n```\n");
  ASSERT_EQ(diagnostics_.ErrorCount(), 1u) << Messages();
  EXPECT_EQ(diagnostics_.items()[0].location.line, 5);
  EXPECT_EQ(diagnostics_.items()[0].location.column, 4);
}

TEST_F(MarkdownReaderTest, CharacterReferencesToNoCharacterAreErrorsAtTheReference) {
  Read(
      "A&#0;B &#xD800; C\n\n*é &#xFFFE;* `&#0;` \\&#0; [&#1114112;](https://a.fr)\n\n"
      "# Titre &#7;\n");
  ASSERT_EQ(diagnostics_.ErrorCount(), 5u) << Messages();
  auto at = [&](size_t i) {
    const Diagnostic& d = diagnostics_.items()[i];
    return std::to_string(d.location.line) + ":" + std::to_string(d.location.column);
  };
  EXPECT_EQ(diagnostics_.items()[0].message,
            "the character reference '&#0;' names U+0000 (NUL), which is not a character");
  EXPECT_EQ(at(0), "1:2");
  EXPECT_EQ(at(1), "1:8");
  EXPECT_NE(diagnostics_.items()[1].message.find("a surrogate"), std::string::npos);
  EXPECT_EQ(at(2), "3:4");
  EXPECT_NE(diagnostics_.items()[2].message.find("U+FFFE, which is not a character"),
            std::string::npos);
  EXPECT_EQ(at(3), "3:28");
  EXPECT_NE(diagnostics_.items()[3].message.find("Unicode ends at U+10FFFF"), std::string::npos);
  EXPECT_EQ(at(4), "5:9");
  EXPECT_FALSE(diagnostics_.items()[4].hint.empty());
}

TEST_F(MarkdownReaderTest, AdjacentTextIsMergedIntoOneNode) {
  EXPECT_EQ(Blocks("a &amp; b [c"), "(paragraph (text \"a & b [c\"))");
}

TEST_F(MarkdownReaderTest, NestedBulletList) {
  EXPECT_EQ(Blocks("- a\n  - b\n- c\n"),
            "(bullet_list (list_item (paragraph (text \"a\")) (bullet_list (list_item "
            "(paragraph (text \"b\"))))) (list_item (paragraph (text \"c\"))))");
}

TEST_F(MarkdownReaderTest, OrderedListKeepsItsStartNumber) {
  EXPECT_EQ(Blocks("3. trois\n4. quatre\n"),
            "(ordered_list 3 (list_item (paragraph (text \"trois\"))) (list_item (paragraph "
            "(text \"quatre\"))))");
  EXPECT_EQ(Blocks("1) un\n   - sous\n"),
            "(ordered_list 1 (list_item (paragraph (text \"un\")) (bullet_list (list_item "
            "(paragraph (text \"sous\"))))))");
}

TEST_F(MarkdownReaderTest, SoftAndHardBreaks) {
  EXPECT_EQ(Blocks("a\nb  \nc\\\nd"),
            "(paragraph (text \"a\") (softbreak) (text \"b\") (linebreak) (text \"c\") "
            "(linebreak) (text \"d\"))");
}

TEST_F(MarkdownReaderTest, QuotesRulesAndCodeBlocks) {
  EXPECT_EQ(Blocks("> cité\n\n---\n\n```cpp\nint x;\n```\n\n    indenté\n"),
            "(block_quote (paragraph (text \"cité\"))) (thematic_break) "
            "(code_block \"int x;\") (code_block \"indenté\")");
}

TEST_F(MarkdownReaderTest, RawHtmlIsWarnedAboutAndDropped) {
  EXPECT_EQ(Blocks("a <b>gras</b>\n\n<div>\nbloc\n</div>\n"), "(paragraph (text \"a gras\"))");
  EXPECT_EQ(diagnostics_.WarningCount(), 3u);
  EXPECT_EQ(diagnostics_.items()[0].location.column, 3);
  EXPECT_EQ(diagnostics_.items()[2].location.line, 3);
}

TEST_F(MarkdownReaderTest, CommentsAreDroppedWithoutAWarning) {
  EXPECT_EQ(Blocks("<!-- à relire -->\n\na <!-- note --> b\n\n<!-- un -->\n<p>\n"),
            "(paragraph (text \"a  b\"))");
  ASSERT_EQ(diagnostics_.WarningCount(), 1u);  // the <p> after the comment
  EXPECT_EQ(diagnostics_.items()[0].location.line, 6);
}

TEST_F(MarkdownReaderTest, ImagesAreWarnedAboutAndDropped) {
  EXPECT_EQ(Blocks("voir ![logo](logo.png) ici"), "(paragraph (text \"voir  ici\"))");
  ASSERT_EQ(diagnostics_.WarningCount(), 1u);
  EXPECT_EQ(diagnostics_.items()[0].location.column, 6);
}

TEST_F(MarkdownReaderTest, TableOfContentsWithTitle) {
  doc::Document document = Read("# Guide\n\n```{toc}\n:title: Sommaire\n```\n");
  ASSERT_EQ(document.root->children.size(), 2u);
  const Node& toc = *document.root->children[1];
  EXPECT_EQ(toc.kind, NodeKind::kTableOfContents);
  EXPECT_EQ(toc.Attribute("title"), "Sommaire");
  EXPECT_EQ(toc.source_line, 3);
  EXPECT_TRUE(diagnostics_.empty());
}

TEST_F(MarkdownReaderTest, PageBreak) {
  EXPECT_EQ(Blocks("Avant\n\n```{pagebreak}\n```\n\nAprès\n"),
            "(paragraph (text \"Avant\")) (page_break) (paragraph (text \"Après\"))");
  EXPECT_TRUE(diagnostics_.empty());
}

TEST_F(MarkdownReaderTest, CalloutBodyIsMarkdown) {
  doc::Document document =
      Read("```{callout} vigilance\n:title: Point de vigilance\nUn **corps**.\n\n- item\n```\n");
  ASSERT_EQ(document.root->children.size(), 1u);
  const Node& callout = *document.root->children[0];
  EXPECT_EQ(Outline(callout),
            "(callout (paragraph (text \"Un \") (strong (text \"corps\")) (text \".\")) "
            "(bullet_list (list_item (paragraph (text \"item\")))))");
  EXPECT_EQ(callout.Attribute("kind"), "warning");
  EXPECT_EQ(callout.Attribute("title"), "Point de vigilance");
  EXPECT_EQ(callout.children[0]->source_line, 3);
  EXPECT_EQ(callout.children[1]->source_line, 5);
  EXPECT_TRUE(diagnostics_.empty());
}

TEST_F(MarkdownReaderTest, CalloutKinds) {
  doc::Document document = Read("```{callout}\nA\n```\n\n```{callout} tip\nB\n```\n");
  ASSERT_EQ(document.root->children.size(), 2u);
  EXPECT_EQ(document.root->children[0]->Attribute("kind"), "note");
  EXPECT_EQ(document.root->children[1]->Attribute("kind"), "tip");
}

TEST_F(MarkdownReaderTest, UnknownCalloutKindIsAnErrorWithHint) {
  EXPECT_EQ(Blocks("texte\n\n```{callout} vigilence\nA\n```\n"), "(paragraph (text \"texte\"))");
  EXPECT_EQ(Messages(), kSource +
                            ":3:14: error: unknown callout kind 'vigilence'\n"
                            "  hint: did you mean 'vigilance'?\n");
}

TEST_F(MarkdownReaderTest, ColumnsTakeACount) {
  doc::Document document = Read("```{columns} 3\nUn\n\nDeux\n```\n\n```{columns}\nX\n```\n");
  ASSERT_EQ(document.root->children.size(), 2u);
  EXPECT_EQ(Outline(*document.root->children[0]),
            "(columns (paragraph (text \"Un\")) (paragraph (text \"Deux\")))");
  EXPECT_EQ(document.root->children[0]->Attribute("count"), "3");
  EXPECT_EQ(document.root->children[1]->Attribute("count"), "2");
  // One column: a template's switch between layouts, the same blocks in one column.
  doc::Document single = Read("```{columns} 1\nUn\n```\n");
  ASSERT_EQ(single.root->children.size(), 1u);
  EXPECT_EQ(single.root->children[0]->Attribute("count"), "1");
}

TEST_F(MarkdownReaderTest, BadColumnCountIsAnError) {
  EXPECT_EQ(
      Blocks("```{columns} deux\nX\n```\n\n```{columns} 9\nY\n```\n\n```{columns} 0\nZ\n```\n"),
      "");
  ASSERT_EQ(diagnostics_.ErrorCount(), 3u);
  EXPECT_EQ(diagnostics_.items()[0].location.line, 1);
  EXPECT_EQ(diagnostics_.items()[0].location.column, 14);
  EXPECT_EQ(diagnostics_.items()[1].location.line, 5);
}

TEST_F(MarkdownReaderTest, CoverWithOptionsAndBody) {
  doc::Document document = Read(
      "```{cover}\n:title: Guide de la coopération\n:subtitle: Une vision\n"
      ":organisation: CRGE\n:date: 26 novembre 2026\n:place: Poitiers\n\nAvec nos "
      "*partenaires*.\n```\n");
  ASSERT_EQ(document.root->children.size(), 1u);
  const Node& cover = *document.root->children[0];
  EXPECT_EQ(cover.kind, NodeKind::kCover);
  EXPECT_EQ(cover.Attribute("title"), "Guide de la coopération");
  EXPECT_EQ(cover.Attribute("subtitle"), "Une vision");
  EXPECT_EQ(cover.Attribute("organisation"), "CRGE");
  EXPECT_EQ(cover.Attribute("date"), "26 novembre 2026");
  EXPECT_EQ(cover.Attribute("place"), "Poitiers");
  EXPECT_EQ(Outline(cover),
            "(cover (paragraph (text \"Avec nos \") (emphasis (text \"partenaires\")) "
            "(text \".\")))");
  EXPECT_EQ(cover.children[0]->source_line, 8);
  EXPECT_TRUE(diagnostics_.empty());
}

TEST_F(MarkdownReaderTest, OptionValuesUndoMarkdownEscapes) {
  doc::Document document =
      Read("```{cover}\n:title: Groupement \\*A\\* \\& \\[co\\] C:\\\\temp\n```\n");
  ASSERT_EQ(document.root->children.size(), 1u);
  EXPECT_EQ(document.root->children[0]->Attribute("title"), "Groupement *A* & [co] C:\\temp");
}

TEST_F(MarkdownReaderTest, DocumentDirectiveFillsTheInfoAndMakesNoNode) {
  doc::Document document = Read(
      "```{document}\n:title: Guide\n:author: CRGE\n:subject: La coopération\n"
      ":keywords: coopération, SCIC\n:language: fr-BE\n:header-left: Gauche\n"
      ":header-right: Droite\n:footer-left: Forum\n```\n\nTexte\n");
  EXPECT_EQ(Outline(*document.root), "(document (paragraph (text \"Texte\")))");
  EXPECT_EQ(document.info.title, "Guide");
  EXPECT_EQ(document.info.author, "CRGE");
  EXPECT_EQ(document.info.subject, "La coopération");
  EXPECT_EQ(document.info.keywords, "coopération, SCIC");
  EXPECT_EQ(document.info.language, "fr-BE");
  EXPECT_EQ(document.info.header_left, "Gauche");
  EXPECT_EQ(document.info.header_right, "Droite");
  EXPECT_EQ(document.info.footer_left, "Forum");
  EXPECT_TRUE(diagnostics_.empty());
}

TEST_F(MarkdownReaderTest, PlainFencedCodeStaysCode) {
  EXPECT_EQ(Blocks("```yaml\ntitle: x\n```\n"), "(code_block \"title: x\")");
  EXPECT_TRUE(diagnostics_.empty());
}

TEST_F(MarkdownReaderTest, NestedFenceInsideADirective) {
  EXPECT_EQ(Blocks("````{callout} note\nExemple :\n\n```\n{{titre}}\n```\n````\n"),
            "(callout (paragraph (text \"Exemple :\")) (code_block \"{{titre}}\"))");
  EXPECT_TRUE(diagnostics_.empty());
}

TEST_F(MarkdownReaderTest, NestedDirectivesReportTheirOwnLines) {
  doc::Document document = Read(
      "Intro\n\n````{columns} 2\n```{callout} tip\n:title: Astuce\nCorps\n```\n\n```{tco}\n```\n"
      "````\n");
  ASSERT_EQ(document.root->children.size(), 2u);
  EXPECT_EQ(Outline(*document.root->children[1]),
            "(columns (callout (paragraph (text \"Corps\"))))");
  const Node& callout = *document.root->children[1]->children[0];
  EXPECT_EQ(callout.source_line, 4);
  EXPECT_EQ(callout.children[0]->source_line, 6);
  EXPECT_EQ(Messages(), kSource +
                            ":9:5: error: unknown directive 'tco'\n"
                            "  hint: did you mean 'toc'?\n");
}

TEST_F(MarkdownReaderTest, DirectiveInsideAListItem) {
  doc::Document document = Read("- item\n\n  ```{callout} tip\n  :titel: x\n  Corps\n  ```\n");
  EXPECT_EQ(Outline(*document.root),
            "(document (bullet_list (list_item (paragraph (text \"item\")) "
            "(callout (paragraph (text \"Corps\"))))))");
  EXPECT_EQ(Messages(), kSource +
                            ":4:4: error: unknown option 'titel' for directive 'callout'\n"
                            "  hint: did you mean 'title'?\n");
}

TEST_F(MarkdownReaderTest, UnknownDirectiveIsAnErrorWithLineColumnAndHint) {
  EXPECT_EQ(Blocks("# Titre\n\n```{tco}\n```\n"), "(heading 1 (text \"Titre\"))");
  EXPECT_EQ(Messages(), kSource +
                            ":3:5: error: unknown directive 'tco'\n"
                            "  hint: did you mean 'toc'?\n");
}

TEST_F(MarkdownReaderTest, UnknownOptionIsAnErrorWithHint) {
  doc::Document document = Read("```{cover}\n:title: A\n:subtilte: B\n```\n");
  ASSERT_EQ(document.root->children.size(), 1u);
  EXPECT_EQ(document.root->children[0]->Attribute("title"), "A");
  EXPECT_EQ(Messages(), kSource +
                            ":3:2: error: unknown option 'subtilte' for directive 'cover'\n"
                            "  hint: did you mean 'subtitle'?\n");
}

TEST_F(MarkdownReaderTest, UnknownOptionFarFromAnyListsTheKnownOnes) {
  Read("```{toc}\n:couleur: bleu\n```\n\n```{pagebreak}\n:avant: oui\n```\n");
  ASSERT_EQ(diagnostics_.ErrorCount(), 2u);
  EXPECT_EQ(diagnostics_.items()[0].hint, "options of 'toc': title");
  EXPECT_EQ(diagnostics_.items()[1].hint, "'pagebreak' takes no options");
}

TEST_F(MarkdownReaderTest, OptionGivenTwiceIsAnError) {
  doc::Document document = Read("```{toc}\n:title: A\n:title: B\n```\n");
  EXPECT_EQ(document.root->children[0]->Attribute("title"), "A");
  ASSERT_EQ(diagnostics_.ErrorCount(), 1u);
  EXPECT_EQ(diagnostics_.items()[0].location.line, 3);
}

TEST_F(MarkdownReaderTest, ArgumentOrBodyWhereNoneIsTakenIsAnError) {
  EXPECT_EQ(Blocks("```{toc} Sommaire\n```\n\n```{pagebreak}\n\nTexte perdu\n```\n"), "");
  EXPECT_EQ(Messages(), kSource + ":1:10: error: directive 'toc' takes no argument\n" + kSource +
                            ":6:1: error: directive 'pagebreak' takes no body\n"
                            "  hint: options are written as ':name: value' lines\n");
}

TEST_F(MarkdownReaderTest, UnclosedDirectiveNameIsAnError) {
  EXPECT_EQ(Blocks("```{toc\n```\n"), "");
  ASSERT_EQ(diagnostics_.ErrorCount(), 1u);
  EXPECT_EQ(diagnostics_.items()[0].location.column, 5);
}

TEST_F(MarkdownReaderTest, FrenchTypographyIsOnByDefault) {
  DiagnosticList diagnostics;
  doc::Document document =
      MarkdownReader(&diagnostics)
          .Read(
              "```{document}\n:title: L'été: \"chaud\"\n:language: fr-FR\n```\n\n"
              "**Coopérer**: c'est `a:b` ?\n",
              kSource);
  EXPECT_EQ(document.info.title, "L’été" + kNbsp + ": «" + kNbsp + "chaud" + kNbsp + "»");
  EXPECT_EQ(Outline(*document.root), "(document (paragraph (strong (text \"Coopérer\")) (text \"" +
                                         kNbsp + ": c’est \") (code \"a:b\") (text \"" + kThin +
                                         "?\")))");
}

TEST_F(MarkdownReaderTest, FrenchTypographyCanBeDisabled) {
  doc::Document document = Read("```{toc}\n:title: L'été: x\n```\n\nC'est ça!\n");
  EXPECT_EQ(document.root->children[0]->Attribute("title"), "L'été: x");
  EXPECT_EQ(document.root->children[1]->PlainText(), "C'est ça!");
}

constexpr char kListTable[] =
    "```{list-table} Formes comparées\n"
    ":header-rows: 1\n"
    ":widths: auto 1fr 45mm\n"
    ":align: left left right\n"
    ":stub-columns: 1\n"
    ":zebra: true\n"
    "* - Critère\n"
    "  - GE\n"
    "  - SCIC\n"
    "* - Objet\n"
    "  - Mettre des salariés **à disposition**.\n"
    "\n"
    "    Second paragraphe :\n"
    "    - un\n"
    "  -\n"
    "```\n";

TEST_F(MarkdownReaderTest, ListTableBuildsRowsOfCellsWithRichBlocks) {
  doc::Document document = Read(kListTable);
  EXPECT_TRUE(diagnostics_.empty()) << Messages();
  ASSERT_EQ(document.root->children.size(), 1u);
  const Node& table = *document.root->children[0];
  EXPECT_EQ(table.kind, NodeKind::kTable);
  EXPECT_EQ(table.source_line, 1);
  EXPECT_EQ(table.Attribute("caption"), "Formes comparées");
  EXPECT_EQ(table.Attribute("header-rows"), "1");
  EXPECT_EQ(table.Attribute("widths"), "auto 1fr 45mm");
  EXPECT_EQ(table.Attribute("align"), "left left right");
  EXPECT_EQ(table.Attribute("stub-columns"), "1");
  EXPECT_EQ(table.Attribute("zebra"), "true");
  ASSERT_EQ(table.children.size(), 2u);
  EXPECT_EQ(table.children[0]->Attribute("header"), "true");
  EXPECT_EQ(table.children[1]->Attribute("header"), "");
  EXPECT_EQ(table.children[1]->source_line, 10);
  EXPECT_EQ(Outline(*table.children[0]),
            "(table_row (table_cell (paragraph (text \"Critère\"))) (table_cell (paragraph (text "
            "\"GE\"))) (table_cell (paragraph (text \"SCIC\"))))");
  EXPECT_EQ(Outline(*table.children[1]),
            "(table_row (table_cell (paragraph (text \"Objet\"))) (table_cell (paragraph (text "
            "\"Mettre des salariés \") (strong (text \"à disposition\")) (text \".\")) (paragraph "
            "(text \"Second paragraphe :\")) (bullet_list (list_item (paragraph (text \"un\"))))) "
            "(table_cell))");
}

TEST_F(MarkdownReaderTest, ListTableCaptionIsOptional) {
  doc::Document document = Read("```{list-table}\n* - a\n```\n");
  EXPECT_TRUE(diagnostics_.empty()) << Messages();
  ASSERT_EQ(document.root->children.size(), 1u);
  EXPECT_EQ(document.root->children[0]->Attribute("caption", "none"), "none");
  EXPECT_EQ(document.root->children[0]->children[0]->Attribute("header"), "");
}

TEST_F(MarkdownReaderTest, ListTableRowsWithDifferentCellCountsAreAnError) {
  EXPECT_EQ(Blocks("Intro.\n\n```{list-table}\n* - a\n  - b\n* - c\n```\n"),
            "(paragraph (text \"Intro.\"))");
  ASSERT_EQ(diagnostics_.ErrorCount(), 1u) << Messages();
  EXPECT_EQ(diagnostics_.items()[0].location.line, 6);
  EXPECT_NE(diagnostics_.items()[0].message.find("row 2 has 1 cells"), std::string::npos);
}

TEST_F(MarkdownReaderTest, ListTableBodyMustBeAListOfLists) {
  EXPECT_EQ(Blocks("```{list-table}\nUn paragraphe.\n```\n"), "");
  ASSERT_EQ(diagnostics_.ErrorCount(), 1u);
  EXPECT_EQ(diagnostics_.items()[0].location.line, 2);
  EXPECT_FALSE(diagnostics_.items()[0].hint.empty());

  diagnostics_ = {};
  EXPECT_EQ(Blocks("```{list-table}\n* - a\n* b\n```\n"), "");
  ASSERT_EQ(diagnostics_.ErrorCount(), 1u) << Messages();
  EXPECT_EQ(diagnostics_.items()[0].location.line, 3);
  EXPECT_NE(diagnostics_.items()[0].message.find("row 2"), std::string::npos);
}

TEST_F(MarkdownReaderTest, ListTableOptionsAreChecked) {
  const std::string rows = "* - a\n  - b\n```\n";
  struct Case {
    std::string options;
    std::string message;
    bool hint;
  };
  for (const Case& c : std::vector<Case>{
           {":widths: auto\n", "':widths:' gives 1 columns, but the table has 2", true},
           {":widths: auto wide\n", "':widths:' has 'wide'", true},
           {":align: left centre\n", "':align:' has 'centre'", true},
           {":align: left right center\n", "':align:' gives 3 columns", true},
           {":header-rows: 2\n", "':header-rows:' is 2, but the table has 1 rows", false},
           {":header-rows: one\n", "must be a whole number", false},
           {":stub-columns: 3\n", "':stub-columns:' is 3, but the table has 2 columns", false},
           {":zebra: yes\n", "':zebra:' must be true or false", false},
       }) {
    diagnostics_ = {};
    EXPECT_EQ(Blocks("\n```{list-table}\n" + c.options + rows), "") << c.options;
    ASSERT_EQ(diagnostics_.ErrorCount(), 1u) << c.options << Messages();
    const Diagnostic& d = diagnostics_.items()[0];
    EXPECT_NE(d.message.find(c.message), std::string::npos) << d.message;
    EXPECT_EQ(d.location.line, 3) << c.options;  // the option's own line
    EXPECT_EQ(d.location.column, 2) << c.options;
    EXPECT_EQ(!d.hint.empty(), c.hint) << c.options;
  }
}

TEST_F(MarkdownReaderTest, ChartHasOneChildPerBarWithItsLabelValueAndLine) {
  doc::Document document = Read(
      "Avant\n\n```{chart} bar\n:title: Utilité\n:unit: réponses\n1 = Pas du tout: 0\n\n"
      "2: 1\n5 = Tout à fait : 3,5\n```\n");
  EXPECT_TRUE(diagnostics_.empty()) << Messages();
  ASSERT_EQ(document.root->children.size(), 2u);
  const Node& chart = *document.root->children[1];
  EXPECT_EQ(chart.kind, NodeKind::kChart);
  EXPECT_EQ(chart.source_line, 3);
  EXPECT_EQ(chart.Attribute("type"), "bar");
  EXPECT_EQ(chart.Attribute("title"), "Utilité");
  EXPECT_EQ(chart.Attribute("unit"), "réponses");
  ASSERT_EQ(chart.children.size(), 3u);
  const char* labels[] = {"1 = Pas du tout", "2", "5 = Tout à fait"};
  const char* values[] = {"0", "1", "3.5"};
  const int lines[] = {6, 8, 9};
  for (size_t i = 0; i < 3; ++i) {
    const Node& bar = *chart.children[i];
    EXPECT_EQ(bar.kind, NodeKind::kText);
    EXPECT_EQ(bar.Attribute("label"), labels[i]);
    EXPECT_EQ(bar.Attribute("value"), values[i]);
    EXPECT_EQ(bar.source_line, lines[i]);
  }
}

TEST_F(MarkdownReaderTest, ChartLabelsLoseTemplateEscapesAndGetFrenchTypography) {
  doc::Document document =
      Read("```{chart}\n:max: 10\nTrès \\*utile\\* : oui: 2\n```\n", /*french_typography=*/true);
  EXPECT_TRUE(diagnostics_.empty()) << Messages();
  const Node& chart = *document.root->children[0];
  EXPECT_EQ(chart.Attribute("type"), "bar");
  EXPECT_EQ(chart.Attribute("max"), "10");
  EXPECT_EQ(chart.children[0]->Attribute("label"), "Très *utile*" + kNbsp + ": oui");
}

TEST_F(MarkdownReaderTest, MalformedChartLinesAreReportedAtTheirLines) {
  doc::Document document =
      Read("```{chart} bar\n:title: T\nun: 1\ndeux 2\ntrois: -3\nquatre: beaucoup\n: 4\n```\n");
  EXPECT_TRUE(document.root->children.empty());
  ASSERT_EQ(diagnostics_.ErrorCount(), 4u) << Messages();
  EXPECT_EQ(diagnostics_.items()[0].location.line, 4);
  EXPECT_NE(diagnostics_.items()[0].message.find("'deux 2' is not 'label: value'"),
            std::string::npos);
  EXPECT_NE(diagnostics_.items()[0].hint.find("label: value"), std::string::npos);
  EXPECT_EQ(diagnostics_.items()[1].location.line, 5);
  EXPECT_NE(diagnostics_.items()[1].message.find("not '-3'"), std::string::npos);
  EXPECT_EQ(diagnostics_.items()[2].location.line, 6);
  EXPECT_EQ(diagnostics_.items()[3].location.line, 7);
}

TEST_F(MarkdownReaderTest, ChartWithoutBarsOrOfAnUnknownTypeIsAnError) {
  EXPECT_EQ(Blocks("```{chart} bar\n:title: Vide\n\n```\n"), "");
  EXPECT_EQ(Blocks("```{chart} camembert\na: 1\n```\n"), "");
  ASSERT_EQ(diagnostics_.ErrorCount(), 2u) << Messages();
  EXPECT_NE(diagnostics_.items()[0].message.find("no bars"), std::string::npos);
  EXPECT_NE(diagnostics_.items()[1].message.find("unknown chart type 'camembert'"),
            std::string::npos);
  EXPECT_EQ(diagnostics_.items()[1].location.column, 12);
}

TEST_F(MarkdownReaderTest, ChartMaxMustBeAPositiveNumberAtLeastEveryValue) {
  EXPECT_EQ(Blocks("```{chart}\n:max: beaucoup\na: 1\n```\n"), "");
  EXPECT_EQ(Blocks("```{chart}\n:max: 5\na: 1\nb: 9\n```\n"), "");
  ASSERT_EQ(diagnostics_.ErrorCount(), 2u) << Messages();
  EXPECT_NE(diagnostics_.items()[0].message.find("':max:' must be a number"), std::string::npos);
  EXPECT_NE(diagnostics_.items()[1].message.find("bar 'b' is 9, beyond ':max: 5'"),
            std::string::npos);
  EXPECT_EQ(diagnostics_.items()[1].location.line, 4);
}

TEST_F(MarkdownReaderTest, ImageKeepsItsPathAndOptions) {
  doc::Document document = Read(
      "```{image} photos/atelier du matin.jpg\n:caption: L'atelier\n:width: 60%\n"
      ":alt: Six personnes\n```\n");
  EXPECT_TRUE(diagnostics_.empty()) << Messages();
  ASSERT_EQ(document.root->children.size(), 1u);
  const Node& image = *document.root->children[0];
  EXPECT_EQ(image.kind, NodeKind::kImage);
  EXPECT_EQ(image.source_line, 1);
  EXPECT_EQ(image.Attribute("src"), "photos/atelier du matin.jpg");
  EXPECT_EQ(image.Attribute("caption"), "L'atelier");
  EXPECT_EQ(image.Attribute("width"), "60%");
  EXPECT_EQ(image.Attribute("alt"), "Six personnes");
}

TEST_F(MarkdownReaderTest, ImageCaptionGetsFrenchTypography) {
  doc::Document document =
      Read("```{image} a.png\n:caption: L'atelier : matin\n```\n", /*french_typography=*/true);
  EXPECT_EQ(document.root->children[0]->Attribute("caption"), "L\u2019atelier" + kNbsp + ": matin");
}

TEST_F(MarkdownReaderTest, ImageNeedsAPathAValidWidthAndNoBody) {
  EXPECT_EQ(Blocks("```{image}\n```\n"), "");
  EXPECT_EQ(Blocks("```{image} a.png\n:width: 150%\n```\n"), "");
  EXPECT_EQ(Blocks("```{image} a.png\n:width: grand\n```\n"), "");
  EXPECT_EQ(Blocks("```{image} a.png\nUne légende\n```\n"), "");
  ASSERT_EQ(diagnostics_.ErrorCount(), 4u) << Messages();
  EXPECT_NE(diagnostics_.items()[0].message.find("needs the image's file"), std::string::npos);
  EXPECT_NE(diagnostics_.items()[1].message.find("not '150%'"), std::string::npos);
  EXPECT_NE(diagnostics_.items()[2].message.find("not 'grand'"), std::string::npos);
  EXPECT_NE(diagnostics_.items()[3].message.find("takes no body"), std::string::npos);
}

TEST_F(MarkdownReaderTest, WritingLinesAreFullWidthRulesOfTheirCount) {
  doc::Document document = Read("Votre avis :\n\n```{writing-lines} 3\n```\n");
  ASSERT_EQ(document.root->children.size(), 4u) << Messages();
  for (size_t i = 1; i < 4; ++i) {
    const Node& line = *document.root->children[i];
    EXPECT_EQ(line.kind, NodeKind::kThematicBreak);
    EXPECT_EQ(line.Attribute("style"), "writing");
    EXPECT_EQ(line.source_line, 3);
  }
  EXPECT_EQ(Read("---\n").root->children[0]->Attribute("style"), "");
}

TEST_F(MarkdownReaderTest, WritingLinesNeedACountFromOneToThirty) {
  EXPECT_EQ(Blocks("```{writing-lines}\n```\n"), "");
  EXPECT_EQ(Blocks("```{writing-lines} 31\n```\n"), "");
  EXPECT_EQ(Blocks("```{writing-lines} quatre\n```\n"), "");
  ASSERT_EQ(diagnostics_.ErrorCount(), 3u) << Messages();
  EXPECT_EQ(diagnostics_.items()[1].message,
            "the number of writing lines must be from 1 to 30, not '31'");
  EXPECT_EQ(diagnostics_.items()[2].location.column, 20);
}

TEST_F(MarkdownReaderTest, IndexRolesBecomeTermsVisibleOrNot) {
  doc::Document document =
      Read("### {index}`noms:Les Scop`{index}`!theme-emploi:Les Scop` et {index}`Fonds : ESS`\n");
  ASSERT_TRUE(diagnostics_.empty()) << Messages();
  const Node& heading = *document.root->children[0];
  ASSERT_EQ(heading.children.size(), 4u) << Outline(heading);
  const Node& named = *heading.children[0];
  EXPECT_EQ(named.kind, NodeKind::kIndexTerm);
  EXPECT_EQ(named.attributes.at("group"), "noms");
  EXPECT_EQ(named.attributes.at("term"), "Les Scop");
  EXPECT_EQ(Outline(named), "(index_term (text \"Les Scop\"))");
  const Node& marker = *heading.children[1];
  EXPECT_EQ(marker.attributes.at("group"), "theme-emploi");
  EXPECT_TRUE(marker.children.empty());
  EXPECT_EQ(heading.children[2]->text, " et ");
  // A colon after words that are not a group name belongs to the term.
  EXPECT_EQ(heading.children[3]->attributes.at("group"), "main");
  EXPECT_EQ(heading.children[3]->attributes.at("term"), "Fonds : ESS");
  EXPECT_EQ(heading.PlainText(), "Les Scop et Fonds : ESS");
}

TEST_F(MarkdownReaderTest, BadgeRoleAndUnknownRoles) {
  EXPECT_EQ(Blocks("{badge}`réseau national` puis `code` et {bagde}`x`\n"),
            "(paragraph (badge (text \"réseau national\")) (text \" puis \") (code \"code\") "
            "(text \" et \") (code \"x\"))");
  ASSERT_EQ(diagnostics_.ErrorCount(), 1u);
  EXPECT_EQ(diagnostics_.items()[0].message, "unknown role 'bagde'");
  EXPECT_EQ(diagnostics_.items()[0].hint, "did you mean 'badge'?");
}

TEST_F(MarkdownReaderTest, KeepQrAndIndexDirectives) {
  doc::Document document = Read(
      "````{keep}\nTexte.\n\n```{qr} https://www.les-scop.coop\n:size: 25mm\n:float: right\n"
      "```\n````\n\n```{index} noms\n:title: Index des noms\n```\n");
  ASSERT_TRUE(diagnostics_.empty()) << Messages();
  ASSERT_EQ(document.root->children.size(), 2u);
  const Node& keep = *document.root->children[0];
  EXPECT_EQ(Outline(keep), "(keep_together (paragraph (text \"Texte.\")) (qr_code))");
  const Node& qr = *keep.children[1];
  EXPECT_EQ(qr.attributes.at("data"), "https://www.les-scop.coop");
  EXPECT_EQ(qr.attributes.at("size"), "25mm");
  EXPECT_EQ(qr.attributes.at("float"), "right");
  const Node& index = *document.root->children[1];
  EXPECT_EQ(index.kind, NodeKind::kIndex);
  EXPECT_EQ(index.attributes.at("group"), "noms");
  EXPECT_EQ(index.attributes.at("title"), "Index des noms");
}

TEST_F(MarkdownReaderTest, QrMistakesAreReported) {
  Read(
      "```{qr}\n```\n\n```{qr} https://a.fr\n:size: grand\n```\n\n"
      "```{qr} https://a.fr\n:float: left\n```\n");
  ASSERT_EQ(diagnostics_.ErrorCount(), 3u) << Messages();
  EXPECT_NE(diagnostics_.items()[0].message.find("needs the text"), std::string::npos);
  EXPECT_NE(diagnostics_.items()[1].message.find("':size:'"), std::string::npos);
  EXPECT_EQ(diagnostics_.items()[1].location.line, 5);  // each option's own line
  EXPECT_EQ(diagnostics_.items()[2].location.line, 9);
}

TEST_F(MarkdownReaderTest, AnUnclosedDirectiveFenceIsAnErrorAtItsOpening) {
  EXPECT_EQ(Blocks("Avant.\n\n```{callout} tip\nLe reste du chapitre.\n\n# Suite\n"),
            "(paragraph (text \"Avant.\"))");
  EXPECT_EQ(Messages(), kSource +
                            ":3:1: error: this directive's fence is never closed\n"
                            "  hint: close it with ``` on a line of its own\n");
}

TEST_F(MarkdownReaderTest, AFenceLeftOpenThatStealsTheNextOnesClosingIsTheOneReported) {
  // The vigilance callout runs on to the closing fence of the tip, which
  // then has none inside it.
  Read("```{callout} vigilance\nA\n\nB\n\n```{callout} tip\nC\n```\n\nD\n");
  EXPECT_EQ(Messages(), kSource +
                            ":1:1: error: this directive's fence is never closed\n"
                            "  hint: close it with ``` on a line of its own; as it is, it takes "
                            "the closing fence of a directive further down\n");
}

TEST_F(MarkdownReaderTest, ATildeFenceLeftOpenIsClosedWithTildes) {
  Read("~~~{callout}\nA\n```\n");
  EXPECT_EQ(Messages(), kSource +
                            ":1:1: error: this directive's fence is never closed\n"
                            "  hint: close it with ~~~ on a line of its own\n");
}

// Left open, each of these swallowed the rest of the document in silence.
TEST_F(MarkdownReaderTest, ABlockLeftOpenAtTheEndIsAnErrorAtItsOpening) {
  const std::pair<std::string, std::string> cases[] = {
      {"```\ncode", "this code block is never closed\n  hint: close the fence with ```"},
      {"~~~~ text\ncode\n~~~",
       "this code block is never closed\n  hint: close the fence with ~~~~"},
      {"<!-- à relire\n\nsuite", "this HTML comment is never closed\n  hint: close it with -->"},
      {"<SCRIPT>\nx\n\nsuite",
       "this <script> block is never closed\n  hint: close it with </script>"},
      {"<pre class=\"x\">\nx", "this <pre> block is never closed\n  hint: close it with </pre>"},
      {"<style>x", "this <style> block is never closed\n  hint: close it with </style>"},
      {"<?php\nx", "this processing instruction is never closed\n  hint: close it with ?>"},
      {"> <!-- cité\n\n-->", "this HTML comment is never closed"},
  };
  for (const auto& [markdown, message] : cases) {
    diagnostics_ = {};
    Read("Avant.\n\n" + markdown + "\n");
    EXPECT_EQ(Messages().substr(0, kSource.size() + 13 + message.size()),
              kSource + ":3:" + (markdown.starts_with('>') ? "3" : "1") + ": error: " + message)
        << markdown;
  }
}

TEST_F(MarkdownReaderTest, ClosedBlocksAreNoError) {
  Read(
      "```\ncode\n```\n\n<!-- note\nsur deux lignes -->\n\n<pre>\nx\n</pre>\n\n"
      "<div>\nraw\n</div>\n\n<?x?>\n\n    indented\n");
  EXPECT_EQ(diagnostics_.ErrorCount(), 0u) << Messages();
}

// The text a template rendered, each line with the file it came from.
struct RenderedLines {
  std::string markdown;
  std::vector<SourceLocation> origins;

  void Add(const std::string& file, std::string_view lines) {
    int line = 1;
    for (size_t start = 0; start < lines.size(); ++line) {
      size_t end = lines.find('\n', start);
      markdown.append(lines.substr(start, end + 1 - start));
      origins.push_back({file, line, 1});
      start = end + 1;
    }
  }
};

TEST_F(MarkdownReaderTest, ABlockThatEndsInAnotherFileIsAnErrorAtItsOpening) {
  // The chapter's fence closes on the template's, past a directive's fence.
  RenderedLines text;
  text.Add("guide/01.md", "Texte.\n\n```\nexemple\n");
  text.Add("guide.mustache", "```{pagebreak}\n```\n\n# Suite\n");
  MarkdownReader(&diagnostics_).Read(text.markdown, kSource, text.origins);
  EXPECT_EQ(Messages(),
            kSource +
                ":3:1: error: this code block is never closed in this file: it runs on into "
                "guide.mustache:2\n"
                "  hint: close the fence with ``` on a line of its own, before the end "
                "of this file\n");
}

TEST_F(MarkdownReaderTest, ACommentEndingInAnotherFileIsAnErrorAParagraphAWarning) {
  RenderedLines text;
  text.Add("guide/01.md", "<!-- à relire\n\nTexte\n");
  text.Add("guide.mustache", "-->\n\n# Suite\n");
  text.Add("guide/02.md", "Dernier paragraphe\n");
  text.Add("colophon.mustache", "sans ligne vide\n");
  MarkdownReader(&diagnostics_).Read(text.markdown, kSource, text.origins);
  // The comment hides the template's text: an error. The paragraph is
  // printed, only run on into the template's: a warning.
  ASSERT_EQ(diagnostics_.items().size(), 2u) << Messages();
  EXPECT_EQ(diagnostics_.items()[0].severity, Severity::kError);
  EXPECT_EQ(diagnostics_.items()[0].location.line, 1);
  EXPECT_EQ(diagnostics_.items()[0].message,
            "this HTML comment is never closed in this file: it runs on into guide.mustache:1");
  EXPECT_EQ(diagnostics_.items()[1].severity, Severity::kWarning);
  EXPECT_EQ(diagnostics_.items()[1].location.line, 7);
  EXPECT_EQ(diagnostics_.items()[1].message,
            "this paragraph is never closed in this file: it runs on into colophon.mustache:1");
}

TEST_F(MarkdownReaderTest, ADirectiveAroundAnotherFilesLinesEndsWhereItStarts) {
  RenderedLines text;
  text.Add("guide.mustache", "```{callout} tip\n");
  text.Add("guide/01.md", "Texte **inséré**.\n\n- une liste\n");
  text.Add("guide.mustache", "```\n");
  doc::Document document = MarkdownReader(&diagnostics_).Read(text.markdown, kSource, text.origins);
  EXPECT_TRUE(diagnostics_.empty()) << Messages();
  ASSERT_EQ(document.root->children.size(), 1u);
  EXPECT_EQ(document.root->children[0]->kind, NodeKind::kCallout);
}

std::string Repeated(std::string_view text, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += text;
  return out;
}

// cmark-gfm took minutes on '![[]()' repeated 100,000 times in a paragraph.
TEST_F(MarkdownReaderTest, TheMostBracketsAParagraphMayHoldAreReadQuickly) {
  for (std::string_view pattern : {"![[]()", "[[]()", "[a](", "![[](", "[", "]["}) {
    std::string paragraph =
        Repeated(pattern, 1000 / std::count(pattern.begin(), pattern.end(), '['));
    auto start = std::chrono::steady_clock::now();
    Read("Avant.\n\n" + paragraph + "\n\n" + paragraph + "\n");
    // Milliseconds here; the bound leaves room for sanitizers on a busy machine.
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(3)) << pattern;
    // The empty links are errors, one each; nothing else is.
    const size_t empty_links = std::count_if(
        diagnostics_.items().begin(), diagnostics_.items().end(),
        [](const Diagnostic& d) { return d.message == "the link's address '' is empty"; });
    EXPECT_EQ(diagnostics_.ErrorCount(), empty_links) << pattern;
    diagnostics_ = DiagnosticList();
  }
  Read(Repeated("\\[", 100'000) + "\n");
  EXPECT_EQ(diagnostics_.ErrorCount(), 0u) << Messages();
}

// cmark-gfm 0.29 reads raw HTML comments in quadratic time too.
TEST_F(MarkdownReaderTest, AParagraphWithMoreThanAThousandAnglesIsRefused) {
  Read("Avant.\n\na" + Repeated("<!--", 1001) + "\n");
  EXPECT_EQ(diagnostics_.ErrorCount(), 1u) << Messages();
  EXPECT_NE(Messages().find("more than 1000 '<'"), std::string::npos) << Messages();
}

// The limit is per block: a long list or table of links, or code showing
// brackets, is read as it always was.
TEST_F(MarkdownReaderTest, ListsTablesAndCodeOfManyBracketsAreNotOneParagraph) {
  std::string list, table = "| Nom | Site |\n| --- | --- |\n", code = "```\n";
  for (int i = 0; i < 600; ++i) {
    list += "- [Ressource " + std::to_string(i) + "](https://exemple.org/" + std::to_string(i) +
            ") [[voir]]\n";
    table += "| [a](https://a.org) | [b](https://b.org) |\n";
    code += "[[[[ <<<< ]]]]\n";
  }
  Read(list + "\n" + table + "\n" + code + "```\n");
  EXPECT_EQ(diagnostics_.ErrorCount(), 0u) << Messages().substr(0, 500);
}

TEST_F(MarkdownReaderTest, AParagraphWithMoreBracketsIsRefusedBeforeCmarkReadsIt) {
  auto start = std::chrono::steady_clock::now();
  doc::Document document = Read("Avant.\n\nLigne é ![[]()\n" + Repeated("![[]()", 100'000) + "\n");
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(3));
  EXPECT_TRUE(document.root->children.empty());
  // The 1001st bracket is the 999th of the fourth line: the first of its
  // 500th pattern.
  EXPECT_TRUE(Messages().starts_with(kSource + ":4:" + std::to_string(6 * 499 + 2) +
                                     ": error: this paragraph holds more than 1000 '['"))
      << Messages();
  EXPECT_EQ(diagnostics_.ErrorCount(), 1u);
}

TEST_F(MarkdownReaderTest, AFenceEndedByTheEndOfItsListOrQuoteIsUnclosed) {
  Read("- ```{callout}\n  A\n- B\n\n> ```{callout}\n> A\n\n```{callout}\nC\n```\n");
  ASSERT_EQ(diagnostics_.ErrorCount(), 2u) << Messages();
  EXPECT_EQ(diagnostics_.items()[0].location.line, 1);
  EXPECT_EQ(diagnostics_.items()[1].location.line, 5);
}

TEST_F(MarkdownReaderTest, ClosedFencesInListsQuotesAndLongerFencesAreFine) {
  Read(
      "- ```{callout}\n  A\n  ```\n- B\n\n> ```{callout}\n> A\n> ```\n\n"
      "````{keep}\n```{qr} https://example.org\n```\n````\n\n  ```{pagebreak}\n```\n\n"
      "~~~{callout}\nA\n~~~\n\n```{callout}\r\nA\r\n```\r\n");
  EXPECT_TRUE(diagnostics_.empty()) << Messages();
}

TEST_F(MarkdownReaderTest, DocumentLevelDirectivesInsideAnotherBlockAreErrors) {
  EXPECT_EQ(Blocks("````{cover}\n:title: Guide\n```{toc}\n```\n````\n\n"
                   "````{callout}\n```{document}\n:title: T\n```\n````\n\n"
                   "- ```{cover}\n  ```\n"),
            "(cover) (callout) (bullet_list (list_item))");
  ASSERT_EQ(diagnostics_.ErrorCount(), 3u) << Messages();
  EXPECT_EQ(FormatDiagnostic(diagnostics_.items()[0]),
            kSource +
                ":3:5: error: directive 'toc' is inside another block; it belongs to the "
                "document itself\n  hint: move it out of the directive, list or quote "
                "around it");
  EXPECT_EQ(diagnostics_.items()[1].location.line, 8);
  EXPECT_EQ(diagnostics_.items()[2].location.line, 13);
}

// Deep nesting would overflow the stack of every recursive walk of the tree
// (and of its destructor): the reader keeps the tree to doc::kMaxDepth.
int Depth(const Node& node) {
  int deepest = 0;
  for (const auto& child : node.children) deepest = std::max(deepest, 1 + Depth(*child));
  return deepest;
}

TEST_F(MarkdownReaderTest, NestingDeeperThanTheLimitIsOneErrorAndCutOff) {
  const std::string kDeepInputs[] = {
      std::string(20'000, '>') + " citation\n",
      [] {
        std::string list;
        for (int i = 0; i < 20'000; ++i) list += "- ";
        return list + "item\n";
      }(),
      "Texte " + std::string(20'000, '*') + "mot" + std::string(20'000, '*') + "\n",
      "Texte " + std::string(20'000, '[') + "lien" + std::string(20'000, ']') + "(u)\n"};
  for (const std::string& markdown : kDeepInputs) {
    DiagnosticList diagnostics;
    doc::Document document = MarkdownReader(&diagnostics).Read(markdown, kSource);
    EXPECT_LE(Depth(*document.root), doc::kMaxDepth) << markdown.substr(0, 20);
    if (markdown.starts_with("Texte [")) continue;  // brackets are not links: no nesting
    ASSERT_EQ(diagnostics.ErrorCount(), 1u) << markdown.substr(0, 20);
    EXPECT_EQ(diagnostics.items()[0].location.line, 1);
    EXPECT_NE(diagnostics.items()[0].message.find("64 levels"), std::string::npos);
  }
}

TEST_F(MarkdownReaderTest, DirectivesNestedInsideDirectivesCountTowardsTheLimit) {
  std::string markdown;
  const int levels = doc::kMaxDepth + 10;
  for (int level = levels; level > 0; --level)
    markdown += std::string(level + 3, '`') + "{callout}\n";
  markdown += "Texte\n";
  for (int level = 1; level <= levels; ++level) markdown += std::string(level + 3, '`') + "\n";
  doc::Document document = Read(markdown);
  EXPECT_LE(Depth(*document.root), doc::kMaxDepth);
  ASSERT_EQ(diagnostics_.ErrorCount(), 1u) << Messages();
  EXPECT_EQ(diagnostics_.items()[0].location.line, doc::kMaxDepth + 1);
}

TEST_F(MarkdownReaderTest, NestingUpToTheLimitIsRead) {
  doc::Document document = Read(std::string(doc::kMaxDepth - 2, '>') + " citation\n");
  EXPECT_TRUE(diagnostics_.empty()) << Messages();
  EXPECT_EQ(Depth(*document.root), doc::kMaxDepth);  // quotes, paragraph, text
}

TEST_F(MarkdownReaderTest, OptionsAndArgumentsLongerThanTheMetadataAllowsAreErrors) {
  doc::Document document =
      Read("```{document}\n:author: Moi\n:title: " + std::string(128'000, 'T') + "\n```\n");
  EXPECT_EQ(document.info.title, "");
  EXPECT_EQ(document.info.author, "Moi");
  ASSERT_EQ(diagnostics_.ErrorCount(), 1u) << Messages();
  EXPECT_EQ(diagnostics_.items()[0].location.line, 3);
  EXPECT_EQ(diagnostics_.items()[0].location.column, 2);
  EXPECT_EQ(diagnostics_.items()[0].message, "':title:' is 128000 characters long, more than 2000");
  EXPECT_EQ(Blocks("```{list-table} " + std::string(3000, 'C') + "\n* - a\n```\n"), "");
  ASSERT_EQ(diagnostics_.ErrorCount(), 2u) << Messages();
  EXPECT_EQ(diagnostics_.items()[1].location.column, 17);
}

TEST_F(MarkdownReaderTest, NotFiniteOrHugeNumbersInOptionsAreErrors) {
  Read(
      "```{image} a.png\n:width: nan\n```\n\n"
      "```{qr} https://example.org\n:size: infmm\n```\n\n"
      "```{list-table}\n:widths: inffr 1fr\n* - a\n  - b\n```\n\n"
      "```{chart} bar\n:max: 1e300\nOui: 1\n```\n\n"
      "```{columns} 99999999999999999999\nX\n```\n");
  ASSERT_EQ(diagnostics_.ErrorCount(), 5u) << Messages();
  const int lines[] = {2, 6, 10, 16, 20};
  for (size_t i = 0; i < std::size(lines); ++i)
    EXPECT_EQ(diagnostics_.items()[i].location.line, lines[i]) << Messages();
}

TEST_F(MarkdownReaderTest, AHeadingTooLongForABookmarkIsAnError) {
  Read("Texte.\n\n## " + std::string(128'000, 'H') + "\n\n## Court\n");
  ASSERT_EQ(diagnostics_.ErrorCount(), 1u) << Messages().substr(0, 200);
  EXPECT_EQ(diagnostics_.items()[0].location.line, 3);
  EXPECT_EQ(diagnostics_.items()[0].message,
            "this heading is 128000 characters long, more than 500");
}

TEST_F(MarkdownReaderTest, ColumnsInsideColumnsAreAnErrorEvenThroughACallout) {
  EXPECT_EQ(Blocks("`````{columns}\n````{callout}\n```{columns}\nX\n```\n````\n`````\n\n"
                   "```{columns}\nY\n```\n"),
            "(columns (callout)) (columns (paragraph (text \"Y\")))");
  ASSERT_EQ(diagnostics_.ErrorCount(), 1u) << Messages();
  EXPECT_EQ(FormatDiagnostic(diagnostics_.items()[0]),
            kSource +
                ":3:5: error: columns inside columns\n  hint: columns are never nested, "
                "even through a callout or a table around them");
}

}  // namespace
}  // namespace coopkit::markup
