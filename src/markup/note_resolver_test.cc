#include "markup/note_resolver.h"

#include <gtest/gtest.h>

#include "markup/markdown_reader.h"

namespace coopkit::markup {
namespace {

using doc::Node;
using doc::NodeKind;

// The tree as an S-expression, with each note call's and note's number.
std::string Outline(const Node& node) {
  std::string out = "(";
  out += doc::NodeKindName(node.kind);
  if (node.kind == NodeKind::kLink) out.append(" ").append(node.url);
  for (const char* key : {"label", "number", "title"}) {
    if (node.attributes.contains(key))
      out.append(" ").append(key).append("=").append(node.attributes.at(key));
  }
  if (!node.text.empty()) out.append(" \"").append(node.text).append("\"");
  for (const auto& child : node.children) out.append(" ").append(Outline(*child));
  return out + ")";
}

class NoteResolverTest : public ::testing::Test {
 protected:
  std::string Blocks(std::string_view markdown) {
    doc::Document document =
        MarkdownReader(&diagnostics_, {.french_typography = false}).Read(markdown, "sheet.md");
    std::string out;
    for (const auto& child : document.root->children) {
      if (!out.empty()) out += '\n';
      out += Outline(*child);
    }
    return out;
  }

  std::string Messages() const { return FormatDiagnostics(diagnostics_); }

  DiagnosticList diagnostics_;
};

TEST_F(NoteResolverTest, NumbersNotesInTheOrderOfTheirFirstCall) {
  std::string tree = Blocks(
      "Un[^b] et deux[^a][^b].\n"
      "\n"
      "```{callout} note\n"
      "Dans un encadré[^c].\n"
      "```\n"
      "\n"
      "```{notes} Sources\n"
      "[^a]: Note A.\n"
      "[^b]: Note B.\n"
      "[^c]: Note C.\n"
      "```\n");
  EXPECT_EQ(tree,
            "(paragraph (text \"Un\") (note_reference number=1 \"b\") (text \" et deux\") "
            "(note_reference number=2 \"a\") (note_reference number=1 \"b\") (text \".\"))\n"
            "(callout (paragraph (text \"Dans un encadré\") (note_reference number=3 \"c\") "
            "(text \".\")))\n"
            "(notes title=Sources (paragraph label=b number=1 (text \"Note B.\")) "
            "(paragraph label=a number=2 (text \"Note A.\")) "
            "(paragraph label=c number=3 (text \"Note C.\")))");
  EXPECT_TRUE(diagnostics_.empty()) << Messages();
}

TEST_F(NoteResolverTest, NotesHoldLinksAndRunOverSeveralLines) {
  std::string tree = Blocks(
      "Texte[^loi].\n"
      "\n"
      "```{notes}\n"
      "[^loi]: Loi *du* 1er juillet 1901,\n"
      "  sur [Légifrance](https://www.legifrance.gouv.fr).\n"
      "```\n");
  EXPECT_EQ(tree.substr(tree.find("(notes")),
            "(notes (paragraph label=loi number=1 (text \"Loi \") (emphasis (text \"du\")) "
            "(text \" 1er juillet 1901,\") (softbreak) (text \"sur \") "
            "(link https://www.legifrance.gouv.fr (text \"Légifrance\")) (text \".\")))");
  EXPECT_TRUE(diagnostics_.empty()) << Messages();
}

TEST_F(NoteResolverTest, CallToAnUndefinedNoteIsAnErrorWithAHint) {
  Blocks(
      "Premier paragraphe.\n"
      "\n"
      "Voir[^ctrav-l1253].\n"
      "\n"
      "```{notes}\n"
      "[^ctrav-l1235]: Code du travail.\n"
      "```\n");
  EXPECT_EQ(Messages(),
            "sheet.md:3: error: note 'ctrav-l1253' is called but not defined\n"
            "  hint: did you mean 'ctrav-l1235'?\n"
            "sheet.md:6: warning: note 'ctrav-l1235' is defined but never called\n"
            "  hint: it is left out; call it with [^ctrav-l1235] or remove it\n");
}

TEST_F(NoteResolverTest, UnusedNoteIsLeftOutWithAWarning) {
  std::string tree = Blocks("Texte[^a].\n\n```{notes}\n[^a]: A.\n[^z]: Z.\n```\n");
  EXPECT_NE(tree.find("(notes (paragraph label=a number=1 (text \"A.\")))"), std::string::npos)
      << tree;
  EXPECT_EQ(diagnostics_.ErrorCount(), 0u);
  EXPECT_EQ(diagnostics_.WarningCount(), 1u) << Messages();
}

TEST_F(NoteResolverTest, NoteDefinedTwiceIsAnError) {
  Blocks("Texte[^a].\n\n```{notes}\n[^a]: A.\n\n[^a]: Encore A.\n```\n");
  EXPECT_EQ(Messages(),
            "sheet.md:6: error: note 'a' is defined twice\n"
            "  hint: first defined at line 4\n");
}

TEST_F(NoteResolverTest, MalformedNotesAreReportedWhereTheyAre) {
  Blocks("```{notes}\nSources :\n[^a]: A.\n```\n");
  EXPECT_EQ(Messages(),
            "sheet.md:2:1: error: text before the first note of a {notes} directive\n"
            "  hint: each note starts a line as [^label]: text\n");
  diagnostics_ = {};
  Blocks("```{notes}\n[^a b]: A.\n```\n");
  EXPECT_NE(Messages().find("sheet.md:2:1: error: a note's label must be one word"),
            std::string::npos)
      << Messages();
  diagnostics_ = {};
  Blocks("```{notes}\n[^a]: A.\n\n  Second paragraphe.\n```\n");
  EXPECT_NE(Messages().find("sheet.md:2:1: error: note 'a' must be one paragraph of text"),
            std::string::npos)
      << Messages();
  diagnostics_ = {};
  Blocks("```{notes}\n:level: 4\n```\n");
  EXPECT_NE(Messages().find("':level:' of the notes' title must be 1, 2 or 3, not '4'"),
            std::string::npos)
      << Messages();
}

TEST_F(NoteResolverTest, OnlyWellFormedCallsOutsideCodeAreNotes) {
  std::string tree = Blocks(
      "Crochets [^ a] [^] et `code[^a]` [lien](https://x.fr)[^a].\n\n"
      "```{notes}\n[^a]: A.\n```\n");
  EXPECT_EQ(tree.substr(0, tree.find('\n')),
            "(paragraph (text \"Crochets [^ a] [^] et \") (code \"code[^a]\") (text \" \") "
            "(link https://x.fr (text \"lien\")) (note_reference number=1 \"a\") (text \".\"))");
  EXPECT_TRUE(diagnostics_.empty()) << Messages();
}

TEST_F(NoteResolverTest, ResolvesATreeBuiltByHand) {
  doc::Document document;
  Node* paragraph = document.root->Append(NodeKind::kParagraph);
  paragraph->Append(NodeKind::kText)->text = "x[^n]";
  Node* note = document.root->Append(NodeKind::kNotes)->Append(NodeKind::kParagraph);
  note->attributes["label"] = "n";
  NoteResolver(&diagnostics_, "tree").Resolve(document.root.get());
  ASSERT_EQ(paragraph->children.size(), 2u);
  EXPECT_EQ(paragraph->children[1]->Attribute("number"), "1");
  EXPECT_EQ(note->Attribute("number"), "1");
}

}  // namespace
}  // namespace coopkit::markup
