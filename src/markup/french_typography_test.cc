#include "markup/french_typography.h"

#include <gtest/gtest.h>

namespace coopkit::markup {
namespace {

using doc::Node;
using doc::NodeKind;

const std::string kNbsp(kNoBreakSpace);
const std::string kThin(kNarrowNoBreakSpace);

std::string Typeset(std::string_view text) { return FrenchTypography().ApplyToText(text); }

Node* AddText(Node* parent, std::string text) {
  Node* node = parent->Append(NodeKind::kText);
  node->text = std::move(text);
  return node;
}

TEST(FrenchTypographyTest, ApostropheBetweenLettersBecomesTypographic) {
  EXPECT_EQ(Typeset("l'homme"), "l’homme");
  EXPECT_EQ(Typeset("aujourd'hui c'est l'été"), "aujourd’hui c’est l’été");
  EXPECT_EQ(Typeset("L'Économie"), "L’Économie");
}

TEST(FrenchTypographyTest, ApostropheNotBetweenLettersIsKept) {
  EXPECT_EQ(Typeset("'tiens"), "'tiens");
  EXPECT_EQ(Typeset("les élèves' cahiers"), "les élèves' cahiers");
  EXPECT_EQ(Typeset("12'30"), "12'30");
}

TEST(FrenchTypographyTest, StraightDoubleQuotesBecomeGuillemets) {
  EXPECT_EQ(Typeset("il dit \"oui\" puis"), "il dit «" + kNbsp + "oui" + kNbsp + "» puis");
  EXPECT_EQ(Typeset("\"Début\""), "«" + kNbsp + "Début" + kNbsp + "»");
  EXPECT_EQ(Typeset("(\"x\")"), "(«" + kNbsp + "x" + kNbsp + "»)");
}

TEST(FrenchTypographyTest, SpacesInsideQuotesAreReplacedByOneNoBreakSpace) {
  EXPECT_EQ(Typeset("\"  oui \""), "«" + kNbsp + "oui" + kNbsp + "»");
  EXPECT_EQ(Typeset("« oui »"), "«" + kNbsp + "oui" + kNbsp + "»");
  EXPECT_EQ(Typeset("«oui»"), "«" + kNbsp + "oui" + kNbsp + "»");
  EXPECT_EQ(Typeset("«" + kThin + "oui" + kThin + "»"), "«" + kNbsp + "oui" + kNbsp + "»");
}

TEST(FrenchTypographyTest, ColonGetsNoBreakSpace) {
  EXPECT_EQ(Typeset("Coopérer: un moyen"), "Coopérer" + kNbsp + ": un moyen");
  EXPECT_EQ(Typeset("Coopérer : un moyen"), "Coopérer" + kNbsp + ": un moyen");
  EXPECT_EQ(Typeset("Coopérer   : un moyen"), "Coopérer" + kNbsp + ": un moyen");
  EXPECT_EQ(Typeset("Coopérer" + kThin + ": un moyen"), "Coopérer" + kNbsp + ": un moyen");
  EXPECT_EQ(Typeset("« Coopérer: »"), "«" + kNbsp + "Coopérer" + kNbsp + ":" + kNbsp + "»");
}

TEST(FrenchTypographyTest, SemicolonExclamationAndQuestionGetNarrowNoBreakSpace) {
  EXPECT_EQ(Typeset("oui; non"), "oui" + kThin + "; non");
  EXPECT_EQ(Typeset("Bravo!"), "Bravo" + kThin + "!");
  EXPECT_EQ(Typeset("Pourquoi ?"), "Pourquoi" + kThin + "?");
  EXPECT_EQ(Typeset("Pourquoi" + kNbsp + "?"), "Pourquoi" + kThin + "?");
  EXPECT_EQ(Typeset("(voir plus bas)?"), "(voir plus bas)" + kThin + "?");
}

TEST(FrenchTypographyTest, PunctuationRunsTakeOneSpace) {
  EXPECT_EQ(Typeset("Quoi?!"), "Quoi" + kThin + "?!");
  EXPECT_EQ(Typeset("Non !!!"), "Non" + kThin + "!!!");
}

TEST(FrenchTypographyTest, PunctuationAtTheStartIsLeftAlone) {
  EXPECT_EQ(Typeset("? suite"), "? suite");
  EXPECT_EQ(Typeset(": suite"), ": suite");
}

TEST(FrenchTypographyTest, ThreeDotsBecomeAnEllipsis) {
  EXPECT_EQ(Typeset("Et puis..."), "Et puis…");
  EXPECT_EQ(Typeset("Et puis...?"), "Et puis…" + kThin + "?");
  EXPECT_EQ(Typeset("fin."), "fin.");
  EXPECT_EQ(Typeset(". . ."), ". . .");
}

TEST(FrenchTypographyTest, UrlsAreLeftAlone) {
  EXPECT_EQ(Typeset("http://exemple.fr/a?b=c"), "http://exemple.fr/a?b=c");
  EXPECT_EQ(Typeset("voir https://crge.fr/l'équipe!"), "voir https://crge.fr/l'équipe!");
  EXPECT_EQ(Typeset("(www.crge.fr?x)"), "(www.crge.fr?x)");
  EXPECT_EQ(Typeset("mailto:contact@crge.fr"), "mailto:contact@crge.fr");
}

TEST(FrenchTypographyTest, TimesRatiosAndEmoticonsAreLeftAlone) {
  EXPECT_EQ(Typeset("à 10:30 précises"), "à 10:30 précises");
  EXPECT_EQ(Typeset("un ratio de 3:1"), "un ratio de 3:1");
  EXPECT_EQ(Typeset("merci ;)"), "merci ;)");
  EXPECT_EQ(Typeset("zut :("), "zut :(");
  EXPECT_EQ(Typeset("bien :-)"), "bien :-)");
}

TEST(FrenchTypographyTest, NumbersKeepTheirGroupsTheirUnitsAndTheirAbbreviation) {
  EXPECT_EQ(Typeset("18 500 € et 80 011 € ; 12 %"), "18" + kThin + "500" + kThin + "€ et 80" +
                                                        kThin + "011" + kThin + "€" + kThin +
                                                        "; 12" + kThin + "%");
  EXPECT_EQ(Typeset("loi n° 2014-856, art. 53 et art. L1253-1"),
            "loi n°" + kNbsp + "2014-856, art." + kNbsp + "53 et art." + kNbsp + "L1253-1");
  // Not numbers: a year then a count, a decimal, words ending like « art. ».
  EXPECT_EQ(Typeset("en 2025 100 structures ; 2,5 500 ; part. 3"),
            "en 2025 100 structures" + kThin + "; 2,5 500" + kThin + "; part. 3");
}

TEST(FrenchTypographyTest, ExistingNoBreakSpacesAreKept) {
  std::string date = "26" + kNbsp + "novembre" + kNbsp + "2026";
  EXPECT_EQ(Typeset(date), date);
  std::string correct = "Note" + kNbsp + ": «" + kNbsp + "oui" + kNbsp + "»" + kThin + "!";
  EXPECT_EQ(Typeset(correct), correct);
}

TEST(FrenchTypographyTest, ApplyingTwiceChangesNothingMore) {
  for (std::string_view text :
       {"l'été: \"chaud\"; vraiment ?!", "« x »...", "Attention!! voir http://a.fr:8080"}) {
    std::string once = Typeset(text);
    EXPECT_EQ(Typeset(once), once) << text;
  }
}

TEST(FrenchTypographyTest, SpaceBeforeColonInALaterTextNodeIsFixed) {
  Node paragraph(NodeKind::kParagraph);
  AddText(paragraph.Append(NodeKind::kStrong), "mot");
  Node* after = AddText(&paragraph, " : la suite");
  FrenchTypography().ApplyToTree(&paragraph);
  EXPECT_EQ(paragraph.children[0]->children[0]->text, "mot");
  EXPECT_EQ(after->text, kNbsp + ": la suite");
}

TEST(FrenchTypographyTest, MissingSpaceAfterAnInlineIsAddedToTheLaterNode) {
  Node paragraph(NodeKind::kParagraph);
  Node* link = paragraph.Append(NodeKind::kLink);
  link->url = "http://crge.fr";
  AddText(link, "le site");
  Node* after = AddText(&paragraph, "? Oui");
  FrenchTypography().ApplyToTree(&paragraph);
  EXPECT_EQ(link->children[0]->text, "le site");
  EXPECT_EQ(link->url, "http://crge.fr");
  EXPECT_EQ(after->text, kThin + "? Oui");
}

TEST(FrenchTypographyTest, QuotesAroundStrongTextSpanThreeNodes) {
  Node paragraph(NodeKind::kParagraph);
  Node* open = AddText(&paragraph, "dit \"");
  Node* word = AddText(paragraph.Append(NodeKind::kStrong), "oui");
  Node* close = AddText(&paragraph, "\".");
  FrenchTypography().ApplyToTree(&paragraph);
  EXPECT_EQ(open->text, "dit «" + kNbsp);
  EXPECT_EQ(word->text, "oui");
  EXPECT_EQ(close->text, kNbsp + "».");
}

TEST(FrenchTypographyTest, InlineCodeIsContextButNeverRewritten) {
  Node paragraph(NodeKind::kParagraph);
  AddText(&paragraph, "Tapez ");
  Node* code = paragraph.Append(NodeKind::kCode);
  code->text = "a: \"b\"; l'x!";
  Node* after = AddText(&paragraph, "!");
  FrenchTypography().ApplyToTree(&paragraph);
  EXPECT_EQ(code->text, "a: \"b\"; l'x!");
  EXPECT_EQ(after->text, kThin + "!");
}

TEST(FrenchTypographyTest, CodeBlocksAreLeftAlone) {
  Node document(NodeKind::kDocument);
  Node* code = document.Append(NodeKind::kCodeBlock);
  code->text = "x: \"y\"...";
  FrenchTypography().ApplyToTree(&document);
  EXPECT_EQ(code->text, "x: \"y\"...");
}

TEST(FrenchTypographyTest, NothingIsAddedAfterALineBreak) {
  Node paragraph(NodeKind::kParagraph);
  AddText(&paragraph, "mot");
  paragraph.Append(NodeKind::kSoftBreak);
  Node* after = AddText(&paragraph, ": suite");
  FrenchTypography().ApplyToTree(&paragraph);
  EXPECT_EQ(after->text, ": suite");
}

TEST(FrenchTypographyTest, EachBlockIsRewrittenOnItsOwn) {
  Node document(NodeKind::kDocument);
  Node* item = document.Append(NodeKind::kBulletList)->Append(NodeKind::kListItem);
  Node* first = AddText(item->Append(NodeKind::kParagraph), "Premier");
  Node* second = AddText(item->Append(NodeKind::kParagraph), ": second");
  Node* heading = AddText(document.Append(NodeKind::kHeading), "Titre?");
  FrenchTypography().ApplyToTree(&document);
  EXPECT_EQ(first->text, "Premier");
  EXPECT_EQ(second->text, ": second");
  EXPECT_EQ(heading->text, "Titre" + kThin + "?");
}

}  // namespace
}  // namespace coopkit::markup
