// Builds a copy of the shipped kit whose guide chapter holds Markdown written
// to break things: a directive fence left open, a table of contents inside a
// callout, nesting twenty thousand levels deep, a title too long for the
// PDF's metadata, numbers that are not finite. Each must end in one located
// error, `chapter.md:line:column: error: ...`, exit code 1 and nothing
// written — never a crash, a hang or a PDF with text missing.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <regex>

#include "tests/e2e/shipped_kit.h"
#include "tests/support/tool_runner.h"

namespace coopkit::testing {
namespace {

namespace fs = std::filesystem;

const std::string kSourceDir = COOPKIT_SOURCE_DIR;
constexpr char kChapter[] = "guide/02-mettre-en-oeuvre.md";
constexpr char kPreviousBuild[] = "previous build";

int LineAt(const std::string& text, size_t offset) {
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + offset, '\n'));
}

class HostileMarkupTest : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::copy(kSourceDir + "/content", content_.path(), fs::copy_options::recursive);
    std::ofstream(out_.File("guide.pdf")) << kPreviousBuild;
  }

  /// Replaces the first `from` of the chapter with `to`; the line `to` starts on.
  int Edit(const std::string& from, const std::string& to) {
    std::string text = ReadAll(content_.File(kChapter));
    size_t at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from << " not in " << kChapter;
    if (at == std::string::npos) return 0;
    text.replace(at, from.size(), to);
    std::ofstream(content_.File(kChapter), std::ios::binary) << text;
    return LineAt(text, at);
  }
  /// Adds `markdown` as a paragraph of its own at the end of the chapter;
  /// the line it starts on.
  int Append(const std::string& markdown) {
    std::string text = ReadAll(content_.File(kChapter));
    text += "\n\n";
    int line = LineAt(text, text.size());
    std::ofstream(content_.File(kChapter), std::ios::binary) << text << markdown << "\n";
    return line;
  }

  /// Builds the kit and checks it failed with one error, in the chapter at
  /// `line`, whose message holds `message`, having written every document
  /// but the guide, which keeps its previous file.
  void ExpectOneErrorAt(int line, const std::string& message) {
    CommandResult r = Coopkit("build --content " + ShellQuote(content_.path()) +
                              " --templates templates --out " + ShellQuote(out_.path()));
    EXPECT_EQ(r.exit_code, 1) << r.out.substr(0, 2000);
    const std::regex located(
        std::regex_replace(std::string(kChapter), std::regex(R"([.])"), R"(\.)") + ":" +
        std::to_string(line) + R"(:\d+: error: [^\n]*)" + message);
    EXPECT_TRUE(std::regex_search(r.out, located)) << r.out.substr(0, 2000);
    EXPECT_NE(r.out.find("1 error(s); failed, their previous files kept: guide;"),
              std::string::npos)
        << r.out.substr(0, 2000);
    ExpectWrittenBut(out_.path(), {"guide"}, kPreviousBuild);
  }

  TempDir content_, out_;
};

TEST_F(HostileMarkupTest, ADirectiveFenceLeftOpenIsAnErrorAtItsOpeningLine) {
  // The first callout's closing fence goes: it would run on over the
  // chapter, up to the closing fence of the next callout.
  int opening = Edit("```{callout} vigilance", "```{callout} vigilance");
  Edit("\n```\n\n## Étape 1", "\n\n## Étape 1");
  ExpectOneErrorAt(opening, "never closed");
}

TEST_F(HostileMarkupTest, ADirectiveLeftOpenAtTheEndOfTheChapterIsAnError) {
  int opening = Append("```{callout} tip\n:title: Pour finir\nLe reste du chapitre.");
  ExpectOneErrorAt(opening, "never closed");
}

// Left open at the end of a chapter, each of these took the rest of the
// guide with it (a code block closed by the template's next fence, a
// comment running to the end): 41 pages became 9, with exit code 0.
TEST_F(HostileMarkupTest, ACodeFenceLeftOpenAtTheEndOfTheChapterIsAnError) {
  ExpectOneErrorAt(Append("```\nexemple de code"), "code block is never closed in this file");
}

TEST_F(HostileMarkupTest, ATildeFenceLeftOpenAtTheEndOfTheChapterIsAnError) {
  ExpectOneErrorAt(Append("~~~\nexemple de code"), "code block is never closed");
}

TEST_F(HostileMarkupTest, AnHtmlCommentLeftOpenAtTheEndOfTheChapterIsAnError) {
  ExpectOneErrorAt(Append("<!-- à relire : la suite"), "HTML comment is never closed");
}

TEST_F(HostileMarkupTest, AScriptLeftOpenAtTheEndOfTheChapterIsAnError) {
  ExpectOneErrorAt(Append("<script>\nalert(1)"), "<script> block is never closed");
}

TEST_F(HostileMarkupTest, APreLeftOpenAtTheEndOfTheChapterIsAnError) {
  ExpectOneErrorAt(Append("<pre>\ntexte"), "<pre> block is never closed");
}

// cmark-gfm matches link brackets in quadratic time: this chapter took
// more than two minutes.
TEST_F(HostileMarkupTest, AParagraphOfAHundredThousandBracketsIsAnErrorRatherThanAHang) {
  std::string brackets;
  for (int i = 0; i < 100'000; ++i) brackets += "![[]()";
  ExpectOneErrorAt(Append(brackets), "more than 1000 '\\['");
}

// Under the limit of 64 levels, 31 nested lists were drawn past the A5
// page's edge and some levels' text was missing from the PDF.
TEST_F(HostileMarkupTest, ListsNestedTooDeepForThePageAreAnErrorAtTheInnermostTheyCanSet) {
  std::string list;
  for (int level = 1; level <= 31; ++level)
    list += std::string(2 * (level - 1), ' ') + "- niveau " + std::to_string(level) + "\n";
  // The A5 frame is 317.5 pt wide and each level takes 14: level 20 is under 4 em.
  ExpectOneErrorAt(Append(list) + 19, "leave it too narrow to be set: 37.5 pt wide");
}

// Notes are set beside their numbers: in three quotes and 14 lists, the
// list's text still has 4 em but the notes' text, after its number, has not.
TEST_F(HostileMarkupTest, NotesTooNarrowBesideTheirNumbersAreAnError) {
  const std::string quotes = "> > > ";
  std::string markdown;
  for (int level = 1; level <= 14; ++level)
    markdown +=
        quotes + std::string(2 * (level - 1), ' ') + "- niveau " + std::to_string(level) + "\n";
  const std::string inside = quotes + std::string(28, ' ');
  markdown += inside + "\n" + inside + "Texte[^n].\n" + inside + "\n" + inside +
              "```{notes} Notes\n" + inside + "[^n]: Une note.\n" + inside + "```";
  ExpectOneErrorAt(Append(markdown) + 17, "too narrow to be set: 28.0 pt wide, less than 32 pt");
}

TEST_F(HostileMarkupTest, ColumnsTooNarrowInsideQuotesAreAnError) {
  int line = Append("> > > > ```{columns} 4\n> > > > Texte en colonnes.\n> > > > ```");
  ExpectOneErrorAt(line + 1, "too narrow to be set");
}

TEST_F(HostileMarkupTest, ATableOfContentsInsideACalloutIsAnError) {
  int callout = Edit("```{callout} vigilance\n", "````{callout} vigilance\n```{toc}\n```\n");
  Edit("\n```\n\n## Étape 1", "\n````\n\n## Étape 1");
  ExpectOneErrorAt(callout + 1, "inside another block");
}

TEST_F(HostileMarkupTest, ATableOfContentsInsideACoverIsAnError) {
  int cover = Append("````{cover}\n:title: Deuxième couverture\n```{toc}\n```\n````");
  ExpectOneErrorAt(cover + 2, "inside another block");
}

TEST_F(HostileMarkupTest, QuotesNestedTwentyThousandDeepAreAnError) {
  ExpectOneErrorAt(Append(std::string(20'000, '>') + " citation"), "nested more than 64 levels");
}

TEST_F(HostileMarkupTest, ListsNestedTwentyThousandDeepAreAnError) {
  std::string list;
  for (int level = 0; level < 20'000; ++level) list += "- ";
  ExpectOneErrorAt(Append(list + "item"), "nested more than 64 levels");
}

TEST_F(HostileMarkupTest, EmphasisNestedTenThousandDeepIsAnError) {
  ExpectOneErrorAt(Append("Texte " + std::string(20'000, '*') + "mot" + std::string(20'000, '*')),
                   "nested more than 64 levels");
}

TEST_F(HostileMarkupTest, CalloutsNestedPastTheLimitAreAnError) {
  std::string markdown;
  for (int level = 100; level > 0; --level) markdown += std::string(level + 3, '`') + "{callout}\n";
  markdown += "Texte";
  for (int level = 1; level <= 100; ++level) markdown += "\n" + std::string(level + 3, '`');
  ExpectOneErrorAt(Append(markdown) + 64, "nested more than 64 levels");
}

// Each level of columns multiplied the time taken to balance them: eight
// levels took minutes.
TEST_F(HostileMarkupTest, ColumnsInsideColumnsAreAnErrorRatherThanAHang) {
  std::string markdown;
  for (int level = 8; level > 0; --level)
    markdown += std::string(level + 3, '`') + (level % 2 ? "{callout}\n" : "{columns}\n");
  markdown += "Texte";
  for (int level = 1; level <= 8; ++level) markdown += "\n" + std::string(level + 3, '`');
  ExpectOneErrorAt(Append(markdown) + 2, "columns inside columns");
}

TEST_F(HostileMarkupTest, ATitleTooLongForThePdfMetadataIsAnError) {
  int line = Append("```{document}\n:title: " + std::string(128'000, 'T') + "\n```");
  ExpectOneErrorAt(line + 1, "128000 characters long");
}

TEST_F(HostileMarkupTest, AHeadingTooLongForAPageIsAnError) {
  ExpectOneErrorAt(Append("## " + std::string(128'000, 'H')), "128000 characters long");
}

TEST_F(HostileMarkupTest, AnImageWidthThatIsNotANumberIsAnError) {
  int line = Append("```{image} photos/atelier-groupes.jpg\n:width: nan\n```");
  ExpectOneErrorAt(line + 1, "':width:' must be a length");
}

TEST_F(HostileMarkupTest, AHugeChartValueIsAnError) {
  int line = Append("```{chart} bar\nOui: 1" + std::string(300, '0') + "\nNon: 2\n```");
  ExpectOneErrorAt(line + 1, "must be a number from 0 to 1000000000");
}

TEST_F(HostileMarkupTest, AChartTallerThanThePageIsAWarningWhereItIsWritten) {
  std::string bars;
  for (int i = 0; i < 2000; ++i) bars += "Barre " + std::to_string(i) + ": 1\n";
  int line = Append("```{chart} bar\n" + bars + "```");
  CommandResult r = Coopkit("build --only guide --content " + ShellQuote(content_.path()) +
                            " --templates templates --out " + ShellQuote(out_.path()));
  EXPECT_EQ(r.exit_code, 0) << r.out.substr(0, 2000);
  const std::regex located(R"(guide/02-mettre-en-oeuvre\.md:)" + std::to_string(line) +
                           R"(:\d+: warning: this block is taller than the page: on page \d+)");
  EXPECT_TRUE(std::regex_search(r.out, located)) << r.out.substr(0, 2000);
}

// kainjow's parser took 3.9 GB and 8 s before the depth error came, and
// aborted on bad_alloc at 30,000 levels.
TEST_F(HostileMarkupTest, ATemplateNestingThirtyThousandSectionsIsRefusedAtOnce) {
  TempDir templates;
  fs::copy(kSourceDir + "/templates", templates.path(), fs::copy_options::recursive);
  std::string deep;
  for (int i = 0; i < 30'000; ++i) deep += "{{#guide}}";
  for (int i = 0; i < 30'000; ++i) deep += "{{/guide}}";
  std::ofstream(templates.File("guide.mustache"), std::ios::app) << deep << "\n";
  auto start = std::chrono::steady_clock::now();
  CommandResult r = Coopkit("build --content " + ShellQuote(content_.path()) + " --templates " +
                            ShellQuote(templates.path()) + " --out " + ShellQuote(out_.path()));
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
  EXPECT_EQ(r.exit_code, 1) << r.out.substr(0, 2000);
  EXPECT_TRUE(std::regex_search(
      r.out, std::regex(R"(guide\.mustache:\d+:1001: error: sections nest more than 100 deep)")))
      << r.out.substr(0, 2000);
  EXPECT_NE(r.out.find("1 error(s); failed, their previous files kept: guide;"), std::string::npos)
      << r.out.substr(0, 2000);
  ExpectWrittenBut(out_.path(), {"guide"}, kPreviousBuild);
}

// Some editors start a UTF-8 file with U+FEFF: it was printed, and the
// heading on the chapter's first line was read as a paragraph « ## Le format ».
TEST_F(HostileMarkupTest, AByteOrderMarkBeforeAChapterIsDropped) {
  const std::string chapter = content_.File("guide/06-atelier.md");
  std::string text = ReadAll(chapter);
  ASSERT_TRUE(text.starts_with("## Le format")) << text.substr(0, 80);
  std::ofstream(chapter, std::ios::binary) << "\xEF\xBB\xBF" << text;
  CommandResult r = Coopkit("build --only guide --content " + ShellQuote(content_.path()) +
                            " --templates templates --out " + ShellQuote(out_.path()));
  ASSERT_EQ(r.exit_code, 0) << r.out.substr(0, 2000);
  int exit_code = 0;
  std::string printed =
      RunTool("pdftotext " + ShellQuote(out_.File("guide.pdf")) + " -", &exit_code);
  EXPECT_NE(printed.find("Le format"), std::string::npos);
  EXPECT_EQ(printed.find("## Le format"), std::string::npos);
  EXPECT_EQ(printed.find("\xEF\xBB\xBF"), std::string::npos);
}

}  // namespace
}  // namespace coopkit::testing
