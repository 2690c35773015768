#include "kit/privacy_guard.h"

#include <gtest/gtest.h>

#include "content/yaml_loader.h"

namespace coopkit::kit {
namespace {

using content::ContentValue;
using content::ParticipantSecret;
using doc::Node;
using doc::NodeKind;

std::vector<ParticipantSecret> Secrets() {
  return {{"Noa Fictif", {"content/report.yaml", 23, 13}, false},
          {"Élodie Durand", {"content/report.yaml", 24, 13}, false},
          {"lou@exemple.org", {"content/report.yaml", 25, 30}, true}};
}

// Every message, checked never to quote a secret: messages reach terminals,
// build reports and public CI summaries.
std::string Messages(const DiagnosticList& diagnostics) {
  const std::string all = FormatDiagnostics(diagnostics);
  for (const char* secret : {"Noa", "NOA", "Élodie", "Durand", "lou@", "lou%40"})
    EXPECT_EQ(all.find(secret), std::string::npos) << secret << " quoted in\n" << all;
  return all;
}

TEST(PrivacyGuardTest, ContentIsCheckedWhereverTheNameIsWritten) {
  DiagnosticList diagnostics;
  std::optional<ContentValue> data = content::YamlLoader(".", &diagnostics)
                                         .Parse(
                                             "event:\n"
                                             "  title: Atelier\n"
                                             "  note: \"Animé par NOA FICTIF\"\n"
                                             "  contact: \"écrire à Lou@Exemple.org\"\n",
                                             "content/event.yaml");
  ASSERT_TRUE(data);
  ContentValue chapter = ContentValue::Scalar("# Titre\n\nMerci à É**lodie**\ndurand.\n",
                                              {"content/guide.yaml", 4, 12});
  chapter.markdown_file = "content/guide/01.md";
  data->Set("chapter", std::move(chapter));

  PrivacyGuard guard(Secrets());
  PrivacyGuard::Found found;
  guard.CheckContent(*data, &found, &diagnostics);
  EXPECT_EQ(found, (PrivacyGuard::Found{true, true, true}));
  const std::string all = Messages(diagnostics);
  EXPECT_EQ(diagnostics.ErrorCount(), 3u) << all;
  EXPECT_NE(all.find("content/event.yaml:3:9: error: this text holds the name of a participant "
                     "who did not consent to be named\n  hint: remove the name, or record their "
                     "consent (participant listed at content/report.yaml:23)"),
            std::string::npos)
      << all;
  EXPECT_NE(all.find("content/event.yaml:4:12: error: this text holds a participant's e-mail "
                     "address, which is never printed\n  hint: remove the address (participant "
                     "listed at content/report.yaml:25)"),
            std::string::npos)
      << all;
  EXPECT_NE(all.find("content/guide/01.md:3:9: error: this text holds the name of a participant"),
            std::string::npos)
      << "the Markdown file's own line and column: " << all;
}

TEST(PrivacyGuardTest, EncodedAddressesInContentAreCheckedWhereTheyAreWritten) {
  DiagnosticList diagnostics;
  std::optional<ContentValue> data = content::YamlLoader(".", &diagnostics)
                                         .Parse(
                                             "links:\n"
                                             "  - https://exemple.org/Noa%20Fictif\n"
                                             "  - \"mailto:lou%40exemple.org\"\n"
                                             "  - https://exemple.org/100%25-Noa\n",
                                             "content/resources.yaml");
  ASSERT_TRUE(data);
  ContentValue chapter =
      ContentValue::Scalar("# Titre\n\n  Voir [ici](https://exemple.org/%C3%89lodie%20Durand).\n",
                           {"content/guide.yaml", 4, 12});
  chapter.markdown_file = "content/guide/01.md";
  data->Set("chapter", std::move(chapter));
  PrivacyGuard::Found found;
  PrivacyGuard(Secrets()).CheckContent(*data, &found, &diagnostics);
  const std::string all = Messages(diagnostics);
  EXPECT_EQ(found, (PrivacyGuard::Found{true, true, true})) << all;
  EXPECT_EQ(diagnostics.ErrorCount(), 3u) << all;
  EXPECT_NE(all.find("content/resources.yaml:2:5: error: this text holds the name of a"),
            std::string::npos)
      << all;
  EXPECT_NE(all.find("content/resources.yaml:3:5: error: this text holds a participant's"),
            std::string::npos)
      << all;
  EXPECT_NE(all.find("content/guide/01.md:3:3: error: this text holds the name of a participant"),
            std::string::npos)
      << "the chapter's line, where its text starts: " << all;
}

TEST(PrivacyGuardTest, OtherWordsAreNotNames) {
  DiagnosticList diagnostics;
  ContentValue data = ContentValue::Map();
  data.Set("note", ContentValue::Scalar("Noa, Fictif et Durand ; voir l’annexe"));
  PrivacyGuard::Found found;
  PrivacyGuard(Secrets()).CheckContent(data, &found, &diagnostics);
  EXPECT_EQ(found, (PrivacyGuard::Found{false, false, false}));
  EXPECT_TRUE(diagnostics.empty()) << Messages(diagnostics);
}

TEST(PrivacyGuardTest, ASecretInATextIsTheFirstItHolds) {
  const PrivacyGuard guard(Secrets());
  ASSERT_NE(guard.SecretIn("TODO: remercier NOA FICTIF"), nullptr);
  EXPECT_EQ(guard.SecretIn("TODO: remercier NOA FICTIF")->text, "Noa Fictif");
  ASSERT_NE(guard.SecretIn("TODO écrire à lou@exemple.org"), nullptr);
  EXPECT_TRUE(guard.SecretIn("TODO écrire à lou@exemple.org")->is_email);
  EXPECT_EQ(guard.SecretIn("TODO: prénom et nom"), nullptr);
}

// A tree as markup makes it from kMarkdown: "Merci à NO" + strong("A") ...
const char* const kMarkdown =
    "# Guide\n\n\n\n\n\n"
    "  Merci à NO**A**\n"                        // 7
    "  Fictif.\n\n\n\n"                          // 8
    "![Photo : Élodie Durand](photo.jpg)\n\n\n"  // 12
    "Voir [écrire](mailto:lou@exemple.org)\n";   // 15

doc::Document PrintedDocument() {
  doc::Document document;
  Node* paragraph = document.root->Append(NodeKind::kParagraph);
  paragraph->source_line = 7;
  paragraph->source_column = 3;
  paragraph->Append(NodeKind::kText)->text = "Merci à NO";
  paragraph->Append(NodeKind::kStrong)->Append(NodeKind::kText)->text = "A";
  paragraph->Append(NodeKind::kSoftBreak);
  paragraph->Append(NodeKind::kText)->text = "Fictif.";
  Node* image = document.root->Append(NodeKind::kImage);
  image->source_line = 12;
  image->source_column = 1;
  image->attributes["caption"] = "Photo : Élodie Durand";
  Node* link = document.root->Append(NodeKind::kParagraph);
  link->source_line = 15;
  link->source_column = 1;
  Node* anchor = link->Append(NodeKind::kLink);
  anchor->url = "mailto:lou@exemple.org";
  anchor->Append(NodeKind::kText)->text = "écrire";
  return document;
}

TEST(PrivacyGuardTest, WhatIsPrintedIsCheckedAtTheLineAndColumnThatPrintIt) {
  DiagnosticList diagnostics;
  PrivacyGuard::Found found{false, false, false};
  PrivacyGuard(Secrets()).CheckPrinted(PrintedDocument(), kMarkdown, "templates/guide.mustache",
                                       &found, &diagnostics);
  EXPECT_EQ(found, (PrivacyGuard::Found{true, true, true})) << "what was reported";
  const std::string all = Messages(diagnostics);
  EXPECT_EQ(diagnostics.ErrorCount(), 3u) << all;
  EXPECT_NE(all.find("templates/guide.mustache:7:3: error: this document would print the name "
                     "of a participant who did not consent to be named"),
            std::string::npos)
      << "split across lines: where its block starts; " << all;
  EXPECT_NE(all.find("templates/guide.mustache:12:11: error: this document would print the name"),
            std::string::npos)
      << "written on its line: its own column; " << all;
  EXPECT_NE(all.find("templates/guide.mustache:15:22: error: this document would print a "
                     "participant's e-mail address"),
            std::string::npos)
      << all;
}

TEST(PrivacyGuardTest, ANameTheMarkdownSplitIsPlacedAtItsLinesText) {
  // « Merci\n   à No&#97; Fictif », as markup reads it.
  const std::string markdown = "Titre\n\nMerci\n   à No&#97; Fictif\n";
  doc::Document document;
  Node* paragraph = document.root->Append(NodeKind::kParagraph);
  paragraph->source_line = 3;
  paragraph->source_column = 1;
  paragraph->Append(NodeKind::kText)->text = "Merci";
  paragraph->Append(NodeKind::kSoftBreak);
  paragraph->Append(NodeKind::kText)->text = "à Noa Fictif";
  DiagnosticList diagnostics;
  PrivacyGuard::Found found{false, false, false};
  PrivacyGuard(Secrets()).CheckPrinted(document, markdown, "guide.md", &found, &diagnostics);
  const std::string all = Messages(diagnostics);
  EXPECT_NE(all.find("guide.md:4:4: error: this document would print the name"), std::string::npos)
      << all;
}

TEST(PrivacyGuardTest, MetadataIsPrintedTooAndContentFindsAreNotRepeated) {
  doc::Document document;
  document.info.header_right = "Compte rendu — Élodie DURAND";
  DiagnosticList diagnostics;
  PrivacyGuard::Found none{false, false, false};
  PrivacyGuard(Secrets()).CheckPrinted(document, "", "templates/report.mustache", &none,
                                       &diagnostics);
  EXPECT_EQ(diagnostics.ErrorCount(), 1u) << Messages(diagnostics);
  DiagnosticList again;
  PrivacyGuard::Found all{true, true, true};
  PrivacyGuard(Secrets()).CheckPrinted(PrintedDocument(), kMarkdown, "templates/guide.mustache",
                                       &all, &again);
  EXPECT_TRUE(again.empty()) << "reported at their content place already: " << Messages(again);
}

// A tree deeper than any recursion could walk is walked all the same.
TEST(PrivacyGuardTest, ADeepTreeIsWalkedWithoutRecursion) {
  doc::Document document;
  Node* node = document.root.get();
  for (int i = 0; i < 100000; ++i) node = node->Append(NodeKind::kBlockQuote);
  node->Append(NodeKind::kParagraph)->Append(NodeKind::kText)->text = "Noa Fictif";
  DiagnosticList diagnostics;
  PrivacyGuard::Found found{false, false, false};
  PrivacyGuard(Secrets()).CheckPrinted(document, "", "x", &found, &diagnostics);
  EXPECT_EQ(diagnostics.ErrorCount(), 1u);
}

TEST(PrivacyGuardTest, LinkTargetsAreCheckedAsTheyAreOpened) {
  const std::string markdown =
      "\n\n[écrire](mailto:lou%40exemple.org)\n\n"
      "[son profil](https://exemple.org/No%C3%A9%20Fictif/../Noa%20Fictif)\n";
  doc::Document document;
  Node* paragraph = document.root->Append(NodeKind::kParagraph);
  paragraph->source_line = 3;
  paragraph->source_column = 1;
  Node* mail = paragraph->Append(NodeKind::kLink);
  mail->url = "mailto:lou%40exemple.org";
  mail->Append(NodeKind::kText)->text = "écrire";
  Node* profile = document.root->Append(NodeKind::kParagraph);
  profile->source_line = 5;
  profile->source_column = 1;
  Node* page = profile->Append(NodeKind::kLink);
  page->url = "https://exemple.org/No%C3%A9%20Fictif/../Noa%20Fictif";
  page->Append(NodeKind::kText)->text = "son profil";
  DiagnosticList diagnostics;
  PrivacyGuard::Found found{false, false, false};
  PrivacyGuard(Secrets()).CheckPrinted(document, markdown, "guide.md", &found, &diagnostics);
  const std::string all = Messages(diagnostics);
  EXPECT_EQ(found, (PrivacyGuard::Found{true, false, true})) << all;
  EXPECT_NE(all.find("guide.md:3:1: error: this document would print a participant's e-mail"),
            std::string::npos)
      << all;
  EXPECT_NE(all.find("guide.md:5:1: error: this document would print the name"), std::string::npos)
      << all;
}

// Pages as layout draws them: running heads and page numbers come from the
// theme, not from the document tree.
page::LaidOutDocument DrawnDocument(const std::string& footer) {
  page::LaidOutDocument document;
  document.info.title = "Guide";
  document.pages.resize(2);
  document.pages[0].runs.push_back({.text = "Sommaire"});
  document.pages[1].runs.push_back({.text = "Le texte"});
  document.pages[1].runs.push_back({.text = footer});
  return document;
}

TEST(PrivacyGuardTest, WhatPagesDrawIsCheckedAtTheDocumentsEntry) {
  DiagnosticList diagnostics;
  const SourceLocation entry{"content/kit.yaml", 8, 5};
  const PrivacyGuard guard(Secrets());
  const PrivacyGuard::Found none{false, false, false};
  // A word drawn in two runs, the second one the name's end.
  page::LaidOutDocument document = DrawnDocument("NOA 2");
  document.pages[1].runs.push_back({.text = "Fic"});
  document.pages[1].runs.push_back({.text = "tif"});
  guard.CheckDrawn(document, entry, none, &diagnostics);
  EXPECT_EQ(diagnostics.ErrorCount(), 0u) << "NOA 2 Fic tif is no name: " << Messages(diagnostics);

  page::LaidOutDocument bookmarked = DrawnDocument("Noa Fictif, 2");
  bookmarked.outline.push_back({.title = "Chez \u00C9lodie\u200B Durand"});
  bookmarked.pages[0].links.push_back({.uri = "https://exemple.org/?qui=lou%40exemple.org"});
  guard.CheckDrawn(bookmarked, entry, none, &diagnostics);
  const std::string all = Messages(diagnostics);
  EXPECT_EQ(diagnostics.ErrorCount(), 3u) << all;
  EXPECT_NE(all.find("content/kit.yaml:8:5: error: this document would print the name of a"),
            std::string::npos)
      << all;
  EXPECT_NE(all.find("content/kit.yaml:8:5: error: this document would print a participant's"),
            std::string::npos)
      << all;

  DiagnosticList reported;
  guard.CheckDrawn(DrawnDocument("Noa Fictif, 2"), entry, {true, false, false}, &reported);
  EXPECT_TRUE(reported.empty()) << "reported already: " << Messages(reported);
}

TEST(PrivacyGuardTest, TheKitPageTextsAreChecked) {
  DiagnosticList diagnostics;
  content::KitManifest kit;
  kit.kit = ContentValue::Map();
  kit.kit.Set("title", ContentValue::Scalar("Kit", {"content/kit.yaml", 2, 10}));
  kit.documents.resize(2);
  kit.documents[0].title = "Guide";
  kit.documents[1].title = "Compte rendu de NOA\u2060 FICTIF";
  kit.documents[1].location = {"content/kit.yaml", 12, 5};
  PrivacyGuard(Secrets()).CheckKitPage(kit, &diagnostics);
  const std::string all = Messages(diagnostics);
  EXPECT_EQ(diagnostics.ErrorCount(), 1u) << all;
  EXPECT_NE(all.find("content/kit.yaml:12:5: error: this text holds the name of a participant"),
            std::string::npos)
      << all;
}

}  // namespace
}  // namespace coopkit::kit
