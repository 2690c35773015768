// Builds the shipped kit with the coopkit command and checks the PDFs with
// the tools a printer or a reader would use: qpdf, pdffonts, pdftotext,
// pdfinfo. Expected text comes from the content files, not from copies.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>

#include "kit/theme_loader.h"
#include "tests/e2e/pdf_probe.h"
#include "tests/e2e/shipped_kit.h"
#include "tests/support/tool_runner.h"

namespace coopkit::testing {
namespace {

namespace fs = std::filesystem;

const std::string kSourceDir = COOPKIT_SOURCE_DIR;

class ShippedKitTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { kit_ = new BuiltKit(); }
  static void TearDownTestSuite() { delete kit_; }
  static std::string Pdf(const std::string& name) { return kit_->Pdf(name); }

  static BuiltKit* kit_;
};

BuiltKit* ShippedKitTest::kit_ = nullptr;

TEST_F(ShippedKitTest, BuildSucceedsAndReportsEachDocument) {
  ASSERT_EQ(kit_->result().exit_code, 0) << kit_->result().out;
  EXPECT_TRUE(std::regex_search(kit_->result().out,
                                std::regex(R"(guide\s+\d+ pages\s+\d+ kB\s+[0-9.]+ ms)")))
      << kit_->result().out;
  EXPECT_TRUE(fs::exists(Pdf("guide.pdf")));
  for (const auto& entry : fs::recursive_directory_iterator(kit_->folder())) {
    const fs::path relative = fs::relative(entry.path(), kit_->folder());
    EXPECT_TRUE(entry.path().extension() == ".pdf" || relative == "build-manifest.json" ||
                relative == "index.html" || relative == "thumbnails" ||
                (relative.parent_path() == "thumbnails" && relative.extension() == ".png"))
        << "left behind: " << entry.path();
  }
}

TEST_F(ShippedKitTest, EveryPdfPassesQpdfCheckAndEmbedsEveryFont) {
  for (const std::string& path : PdfsIn(kit_->folder())) {
    PdfProbe pdf(path);
    std::string report;
    EXPECT_EQ(pdf.QpdfCheck(&report), 0) << report;
    auto fonts = pdf.Fonts();
    EXPECT_GE(fonts.size(), 2u) << path;
    for (const auto& [name, embedded] : fonts) EXPECT_TRUE(embedded) << name << " not embedded";
  }
}

TEST_F(ShippedKitTest, GuideIsAtLeastTwelvePagesWithItsMetadata) {
  PdfProbe guide(Pdf("guide.pdf"));
  auto info = guide.Info();
  EXPECT_GE(std::stoi(info["Pages"]), 12);
  EXPECT_EQ(info["Title"], "Guide de la coopération");
  EXPECT_NE(info["Author"].find("CRGE"), std::string::npos) << info["Author"];
  EXPECT_FALSE(info["Subject"].empty());
  EXPECT_NE(info["Keywords"].find("coopération"), std::string::npos);
  EXPECT_NE(info["Creator"].find("coopkit"), std::string::npos);
  EXPECT_EQ(guide.Language(), "fr-FR");
}

TEST_F(ShippedKitTest, FrenchTextComesBackExactly) {
  std::string text = Comparable(PdfProbe(Pdf("guide.pdf")).Text());
  content::ContentValue event = LoadContent("event.yaml");
  const content::ContentValue* title = event.Find("event")->Find("title");
  ASSERT_NE(title, nullptr);
  EXPECT_NE(text.find(Typeset(title->scalar)), std::string::npos) << Typeset(title->scalar);
  // Every section title, with its œ, ’ and « ».
  content::ContentValue guide = LoadContent("guide.yaml");
  for (const content::ContentValue& section : guide.Find("guide")->Find("sections")->items) {
    std::string expected = Typeset(section.Find("title")->scalar);
    EXPECT_NE(text.find(expected), std::string::npos) << expected;
  }
  // The first paragraph of each chapter, word for word.
  for (const content::ContentValue& section : guide.Find("guide")->Find("sections")->items) {
    std::string body = section.Find("body")->scalar;
    std::istringstream lines(body);
    std::string line, paragraph;
    while (std::getline(lines, line)) {
      bool prose = !line.empty() && std::isalpha(static_cast<unsigned char>(line[0])) &&
                   line.find_first_of("*_`[]") == std::string::npos;
      if (prose)
        paragraph += line + " ";
      else if (!paragraph.empty())
        break;
    }
    if (paragraph.empty()) continue;
    EXPECT_NE(text.find(Typeset(paragraph)), std::string::npos) << paragraph;
  }
  for (const char* mojibake : {"Ã©", "Å“", "â€™", "Â«"})
    EXPECT_EQ(text.find(mojibake), std::string::npos);
}

TEST_F(ShippedKitTest, EveryWordLiesInsideThePageMargins) {
  DiagnosticList diagnostics;
  layout::Theme theme;
  kit::ApplyTheme(LoadContent("theme.yaml"), &theme, &diagnostics);
  ASSERT_FALSE(diagnostics.HasErrors());
  auto pages = PdfProbe(Pdf("guide.pdf")).Words();
  ASSERT_FALSE(pages.empty());
  for (const std::string& word :
       WordsOutsideMargins(pages, {theme.page.margin_top, theme.page.margin_bottom,
                                   theme.page.margin_inner, theme.page.margin_outer}))
    ADD_FAILURE() << "outside the margins: " << word;
}

// The table of contents is read from the PDF: lines ending in a page number.
TEST_F(ShippedKitTest, TableOfContentsNumbersAreTheHeadingsPages) {
  PdfProbe guide(Pdf("guide.pdf"));
  std::vector<Bookmark> bookmarks = guide.Bookmarks();
  ASSERT_FALSE(bookmarks.empty());
  int exit_code;
  std::string toc = RunTool(
      "pdftotext -layout -enc UTF-8 -f 2 -l 3 " + ShellQuote(Pdf("guide.pdf")) + " -", &exit_code);
  static const std::regex kEntry(R"(^\s*(\S.*?\S)(?:\s*\.){3,}\s*(\d+)\s*$)");
  int checked = 0;
  std::istringstream lines(toc);
  std::string line;
  std::smatch m;
  while (std::getline(lines, line)) {
    if (!std::regex_match(line, m, kEntry)) continue;
    std::string title = Comparable(m[1]);
    int page = std::stoi(m[2]);
    // The heading is on that page, and the bookmark of the same title agrees.
    EXPECT_NE(Comparable(guide.Text(page)).find(title), std::string::npos)
        << "'" << title << "' is not on page " << page;
    auto bookmark = std::find_if(bookmarks.begin(), bookmarks.end(),
                                 [&](const Bookmark& b) { return Comparable(b.title) == title; });
    if (bookmark != bookmarks.end()) {
      EXPECT_EQ(bookmark->page, page) << title;
      ++checked;
    }
  }
  EXPECT_GE(checked, 6) << toc;
}

TEST_F(ShippedKitTest, BookmarksMirrorTheChapterHeadings) {
  std::vector<Bookmark> bookmarks = PdfProbe(Pdf("guide.pdf")).Bookmarks();
  content::ContentValue guide = LoadContent("guide.yaml");
  std::vector<std::string> chapters;
  for (const Bookmark& b : bookmarks)
    if (b.level == 1) chapters.push_back(Comparable(b.title));
  for (const content::ContentValue& section : guide.Find("guide")->Find("sections")->items) {
    std::string title = Typeset(section.Find("title")->scalar);
    EXPECT_NE(std::find(chapters.begin(), chapters.end(), title), chapters.end()) << title;
  }
  for (const Bookmark& b : bookmarks) EXPECT_GT(b.page, 1) << b.title;
}

TEST_F(ShippedKitTest, LinksAreClickable) {
  auto links = PdfProbe(Pdf("guide.pdf")).Links();
  int external = 0, internal = 0;
  for (const LinkAnnotation& link : links) {
    if (!link.uri.empty()) {
      ++external;
      EXPECT_TRUE(link.uri.rfind("http", 0) == 0 || link.uri.rfind("mailto:", 0) == 0) << link.uri;
    } else {
      ++internal;
      EXPECT_GT(link.target_page, 0);
    }
  }
  EXPECT_GE(external, 5);
  EXPECT_GE(internal, 6);  // the table of contents
}

TEST_F(ShippedKitTest, TwoBuildsWithSourceDateEpochAreByteIdentical) {
  TempDir again;
  CommandResult second = Coopkit("build -q --out " + ShellQuote(again.path()),
                                 std::string("SOURCE_DATE_EPOCH=") + kEpoch);
  ASSERT_EQ(second.exit_code, 0) << second.out;
  for (const auto& entry : fs::recursive_directory_iterator(kit_->folder())) {
    if (!entry.is_regular_file()) continue;
    const std::string name = fs::relative(entry.path(), kit_->folder()).string();
    EXPECT_EQ(ReadAll(entry.path().string()), ReadAll(again.File(name))) << name << " differs";
  }
}

// Bad input: a copy of the shipped content with mistakes in it.
class BadInputTest : public ::testing::Test, public ContentCopy {};

TEST_F(BadInputTest, MisspeltKeysAreAllReportedWithPositionsAndHints) {
  Replace(content_.File("event.yaml"), "  city: Poitiers", "  cty: Poitiers");
  Replace(content_.File("guide.yaml"), "  subtitle:", "  subtitel:");
  CommandResult r = Build();
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_TRUE(std::regex_search(r.out, std::regex(R"(event\.yaml:\d+:\d+: error: .*'cty')")))
      << r.out;
  EXPECT_NE(r.out.find("did you mean 'city'?"), std::string::npos) << r.out;
  EXPECT_TRUE(std::regex_search(r.out, std::regex(R"(guide\.yaml:\d+:\d+: error: .*'subtitel')")))
      << r.out;
  ExpectNothingWritten();
}

// What a CI build wants: a warning fails it, and its document is not written.
TEST_F(BadInputTest, StrictMakesEveryWarningAnErrorOfItsDocument) {
  Replace(templates_.File("colophon.mustache"), "{{event.title}}", "{{evnt.title}}");
  const std::string folders =
      " --content " + ShellQuote(content_.path()) + " --templates " + ShellQuote(templates_.path());
  CommandResult checked = Coopkit("check" + folders);
  EXPECT_EQ(checked.exit_code, 0) << checked.out;
  EXPECT_TRUE(std::regex_search(
      checked.out,
      std::regex(R"(colophon\.mustache:\d+:\d+: warning: 'evnt\.title' names nothing)")))
      << checked.out;
  CommandResult strict = Coopkit("build --strict" + folders + " --out " + ShellQuote(out_.path()));
  EXPECT_EQ(strict.exit_code, 1) << strict.out;
  EXPECT_TRUE(std::regex_search(
      strict.out, std::regex(R"(colophon\.mustache:\d+:\d+: error: 'evnt\.title' names nothing)")))
      << strict.out;
  EXPECT_NE(strict.out.find("made an error by --strict"), std::string::npos) << strict.out;
  // The colophon is the guide's: the other documents, free of warnings, are written.
  ExpectWrittenBut({"guide"});
}

TEST_F(BadInputTest, MalformedYamlNamesFileLineAndColumn) {
  Replace(content_.File("kit.yaml"), "documents:", "documents: [\n");
  CommandResult r = Build();
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_TRUE(std::regex_search(r.out, std::regex(R"(kit\.yaml:\d+:\d+: error: )"))) << r.out;
  ExpectNothingWritten();
}

TEST_F(BadInputTest, UnknownDirectiveNamesTheTemplateLine) {
  Replace(templates_.File("guide.mustache"), "```{toc}", "```{tco}");
  CommandResult r = Build();
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_TRUE(std::regex_search(
      r.out, std::regex(R"(guide\.mustache:\d+:\d+: error: unknown directive 'tco')")))
      << r.out;
  EXPECT_NE(r.out.find("did you mean 'toc'?"), std::string::npos) << r.out;
  ExpectWrittenBut({"guide"});
}

TEST_F(BadInputTest, MissingTemplateAndMissingFontAreErrors) {
  fs::remove(templates_.File("cover.mustache"));
  Replace(content_.File("theme.yaml"), "body: Noto Serif", "body: Nonexistent Serif");
  CommandResult r = Build();
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_NE(r.out.find("cover"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Nonexistent Serif"), std::string::npos) << r.out;
  // At the theme's `fonts:`, not at its first line.
  const std::string theme = ReadAll(content_.File("theme.yaml"));
  const size_t fonts = theme.find("\nfonts:");
  ASSERT_NE(fonts, std::string::npos);
  const std::string line =
      std::to_string(2 + std::count(theme.begin(), theme.begin() + fonts, '\n'));
  EXPECT_TRUE(std::regex_search(
      r.out, std::regex("theme\\.yaml:" + line + ":\\d+: error: .*Nonexistent Serif")))
      << r.out;
  ExpectNothingWritten();
}

// The night before the forum: the report is not finished, the evaluation
// form is marked a draft, and the rest of the kit must print all the same.
TEST_F(BadInputTest, ADocumentInErrorFailsAloneAndADraftIsWrittenMarked) {
  Replace(content_.File("report.yaml"), "photos/atelier-schema.png", "photos/absente.png");
  Replace(content_.File("kit.yaml"), "    output: evaluation-form.pdf\n",
          "    output: evaluation-form.pdf\n    draft: true\n");
  Replace(content_.File("evaluation.yaml"), "  intro: >-\n", "  intro: >-\n    TODO relire.\n");
  CommandResult r = Build();
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_TRUE(
      std::regex_search(r.out, std::regex(R"(report\.yaml:\d+:\d+: error: .*absente\.png)")))
      << r.out;
  // evaluation.yaml is the report's too: its mark is an error there, a warning for the draft.
  EXPECT_NE(r.out.find("failed, their previous files kept: report;"), std::string::npos) << r.out;
  ExpectWrittenBut({"report"});
  const std::string guide = ReadAll(out_.File("guide.pdf"));
  EXPECT_NE(guide, "previous build");
  EXPECT_TRUE(HasDraftMark(out_.File("evaluation-form.pdf"), 1));
  EXPECT_FALSE(HasDraftMark(out_.File("guide.pdf"), 2));
}

TEST_F(BadInputTest, AnOutputFolderThatCannotBeWrittenExitsWithThree) {
  // A file where the output folder should be: no PDF can be created there.
  CommandResult r =
      Coopkit("build --content " + ShellQuote(content_.path()) + " --templates " +
              ShellQuote(templates_.path()) + " --out " + ShellQuote(out_.File("guide.pdf")));
  EXPECT_EQ(r.exit_code, 3) << r.out;
  EXPECT_NE(r.out.find("cannot create the folder"), std::string::npos) << r.out;
  ExpectNothingWritten();
}

// A copy of the shipped content, changed in what it asks for.
class ChangedContentTest : public ::testing::Test, public ContentCopy {};

// `-q` prints errors only: a warning shows without it and not with it.
TEST_F(ChangedContentTest, QuietPrintsErrorsOnly) {
  std::ofstream(content_.File("guide/02-mettre-en-oeuvre.md"), std::ios::app)
      << "\n<div>bloc</div>\n";
  const std::string folders =
      " --content " + ShellQuote(content_.path()) + " --templates " + ShellQuote(templates_.path());
  CommandResult loud = Coopkit("check" + folders);
  EXPECT_EQ(loud.exit_code, 0) << loud.out;
  EXPECT_NE(loud.out.find("warning: raw HTML"), std::string::npos) << loud.out;
  for (const std::string& command :
       {"check -q" + folders, "build -q" + folders + " --out " + ShellQuote(out_.path())}) {
    CommandResult quiet = Coopkit(command);
    EXPECT_EQ(quiet.exit_code, 0) << quiet.out;
    EXPECT_EQ(quiet.out, "") << command;
  }
}

// `format: trace` writes the document's layout as text through the trace
// backend instead of a PDF, and the other documents are unchanged.
TEST_F(ChangedContentTest, TraceFormatWritesTheLayoutAsText) {
  Replace(content_.File("kit.yaml"), "    output: resources.pdf",
          "    format: trace\n    output: resources.trace");
  CommandResult r = Build();
  ASSERT_EQ(r.exit_code, 0) << r.out;
  const std::string trace = ReadAll(out_.File("resources.trace"));
  EXPECT_TRUE(
      std::regex_search(trace, std::regex(R"(^document pages \d+ fonts \d+ title "Annuaire)")))
      << trace.substr(0, 200);
  EXPECT_TRUE(
      std::regex_search(trace, std::regex(R"(\nrun [0-9. ]+ f\d+ [0-9.]+ #[0-9a-f]{6} ")")));
  EXPECT_FALSE(fs::exists(out_.File("resources.pdf")));
  EXPECT_TRUE(fs::exists(out_.File("legal-forms.pdf")));
}

TEST(CommandLineTest, HelpVersionCheckAndUsageErrors) {
  CommandResult help = Coopkit("--help");
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("Exit codes"), std::string::npos) << help.out;
  EXPECT_EQ(Coopkit("build --help").exit_code, 0);
  CommandResult version = Coopkit("--version");
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_NE(version.out.find("coopkit "), std::string::npos);
  EXPECT_EQ(Coopkit("build --no-such-option").exit_code, 2);
  EXPECT_EQ(Coopkit("").exit_code, 2);
  CommandResult check = Coopkit("check");
  EXPECT_EQ(check.exit_code, 0) << check.out;
  EXPECT_NE(check.out.find("(checked)"), std::string::npos) << check.out;
  CommandResult quiet = Coopkit("check -q");
  EXPECT_EQ(quiet.exit_code, 0) << quiet.out;
  EXPECT_EQ(quiet.out, "");
  CommandResult only = Coopkit("check --only gide");
  EXPECT_EQ(only.exit_code, 2);
  EXPECT_NE(only.out.find("did you mean 'guide'?"), std::string::npos) << only.out;
}

}  // namespace
}  // namespace coopkit::testing
