#include "templates/markdown_escape.h"

#include <gtest/gtest.h>

namespace coopkit::templates {
namespace {

TEST(MarkdownEscapeTest, EscapesInlineSpecials) {
  EXPECT_EQ(EscapeMarkdown("Groupement *A*"), "Groupement \\*A\\*");
  EXPECT_EQ(EscapeMarkdown("a_b `c` [d](e) <f> g|h !i ~j & \\"),
            "a\\_b \\`c\\` \\[d\\](e) \\<f\\> g\\|h \\!i \\~j \\& \\\\");
  EXPECT_EQ(EscapeMarkdown("n° #3"), "n° \\#3");
}

TEST(MarkdownEscapeTest, EscapesBlockMarkersOnlyAtLineStart) {
  EXPECT_EQ(EscapeMarkdown("- item"), "\\- item");
  EXPECT_EQ(EscapeMarkdown("+ item"), "\\+ item");
  EXPECT_EQ(EscapeMarkdown("12. étape"), "12\\. étape");
  EXPECT_EQ(EscapeMarkdown("3) étape"), "3\\) étape");
  EXPECT_EQ(EscapeMarkdown("  - indented"), "  \\- indented");
  EXPECT_EQ(EscapeMarkdown("a - b 2. c"), "a - b 2. c");
  EXPECT_EQ(EscapeMarkdown("un\n- deux\n3. trois"), "un\n\\- deux\n3\\. trois");
  EXPECT_EQ(EscapeMarkdown("2026 et 1.5"), "2026 et 1.5");
}

TEST(MarkdownEscapeTest, LeavesPlainFrenchTextAlone) {
  std::string text = "Coopérer : un moyen technique ? « oui », l’été.";
  EXPECT_EQ(EscapeMarkdown(text), text);
}

}  // namespace
}  // namespace coopkit::templates
