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

std::string Messages(const DiagnosticList& diagnostics) { return FormatDiagnostics(diagnostics); }

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
  PrivacyGuard::Found found = guard.CheckContent(*data, &diagnostics);
  EXPECT_EQ(found, (PrivacyGuard::Found{true, true, true}));
  const std::string all = Messages(diagnostics);
  EXPECT_EQ(diagnostics.ErrorCount(), 3u) << all;
  EXPECT_NE(all.find("content/event.yaml:3:9: error: this text holds the name Noa Fictif, who did "
                     "not consent to be named\n  hint: remove the name, or record their consent "
                     "(participant listed at content/report.yaml:23)"),
            std::string::npos)
      << all;
  EXPECT_NE(all.find("content/event.yaml:4:12: error: this text holds a participant's e-mail"),
            std::string::npos)
      << all;
  EXPECT_NE(all.find("content/guide/01.md:3:9: error: this text holds the name Élodie Durand"),
            std::string::npos)
      << "the Markdown file's own line and column: " << all;
}

TEST(PrivacyGuardTest, OtherWordsAreNotNames) {
  DiagnosticList diagnostics;
  ContentValue data = ContentValue::Map();
  data.Set("note", ContentValue::Scalar("Noa, Fictif et Durand ; voir l’annexe"));
  PrivacyGuard::Found found = PrivacyGuard(Secrets()).CheckContent(data, &diagnostics);
  EXPECT_EQ(found, (PrivacyGuard::Found{false, false, false}));
  EXPECT_TRUE(diagnostics.empty()) << Messages(diagnostics);
}

// A tree as markup makes it: "Merci à Ca" + strong("mille") ...
doc::Document PrintedDocument() {
  doc::Document document;
  Node* paragraph = document.root->Append(NodeKind::kParagraph);
  paragraph->source_line = 7;
  paragraph->Append(NodeKind::kText)->text = "Merci à NO";
  paragraph->Append(NodeKind::kStrong)->Append(NodeKind::kText)->text = "A";
  paragraph->Append(NodeKind::kSoftBreak);
  paragraph->Append(NodeKind::kText)->text = "Fictif.";
  Node* image = document.root->Append(NodeKind::kImage);
  image->source_line = 12;
  image->attributes["caption"] = "Photo : Élodie Durand";
  Node* link = document.root->Append(NodeKind::kParagraph);
  link->source_line = 15;
  Node* anchor = link->Append(NodeKind::kLink);
  anchor->url = "mailto:lou@exemple.org";
  anchor->Append(NodeKind::kText)->text = "écrire";
  return document;
}

TEST(PrivacyGuardTest, WhatIsPrintedIsCheckedAtTheLineThatPrintsIt) {
  DiagnosticList diagnostics;
  PrivacyGuard(Secrets()).CheckPrinted(PrintedDocument(), "templates/guide.mustache",
                                       {false, false, false}, &diagnostics);
  const std::string all = Messages(diagnostics);
  EXPECT_EQ(diagnostics.ErrorCount(), 3u) << all;
  EXPECT_NE(all.find("templates/guide.mustache:7: error: this document would print the name Noa "
                     "Fictif"),
            std::string::npos)
      << all;
  EXPECT_NE(all.find("templates/guide.mustache:12: error: this document would print the name "
                     "Élodie Durand"),
            std::string::npos)
      << all;
  EXPECT_NE(all.find("templates/guide.mustache:15: error: this document would print a "
                     "participant's e-mail address"),
            std::string::npos)
      << all;
}

TEST(PrivacyGuardTest, MetadataIsPrintedTooAndContentFindsAreNotRepeated) {
  doc::Document document;
  document.info.header_right = "Compte rendu — Élodie DURAND";
  DiagnosticList diagnostics;
  PrivacyGuard(Secrets()).CheckPrinted(document, "templates/report.mustache", {false, false, false},
                                       &diagnostics);
  EXPECT_EQ(diagnostics.ErrorCount(), 1u) << Messages(diagnostics);
  DiagnosticList again;
  PrivacyGuard(Secrets()).CheckPrinted(PrintedDocument(), "templates/guide.mustache",
                                       {true, true, true}, &again);
  EXPECT_TRUE(again.empty()) << "reported at their content place already: " << Messages(again);
}

// A tree deeper than any recursion could walk is walked all the same.
TEST(PrivacyGuardTest, ADeepTreeIsWalkedWithoutRecursion) {
  doc::Document document;
  Node* node = document.root.get();
  for (int i = 0; i < 100000; ++i) node = node->Append(NodeKind::kBlockQuote);
  node->Append(NodeKind::kParagraph)->Append(NodeKind::kText)->text = "Noa Fictif";
  DiagnosticList diagnostics;
  PrivacyGuard(Secrets()).CheckPrinted(document, "x", {false, false, false}, &diagnostics);
  EXPECT_EQ(diagnostics.ErrorCount(), 1u);
}

}  // namespace
}  // namespace coopkit::kit
