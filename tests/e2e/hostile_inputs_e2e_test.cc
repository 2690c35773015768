// Content written to break coopkit, through the coopkit command: aliases
// that expand without bound, nesting past any stack, control characters,
// paths and links out of the content folder, damaged images, characters no
// font has. Each must give an error at the file and line the user wrote
// (or, for a missing character, a warning) and exit 1 with nothing written:
// never a crash, a hang or a file read from outside the content folder.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <chrono>
#include <filesystem>
#include <regex>

#include "base/file_io.h"
#include "tests/e2e/shipped_kit.h"
#include "tests/support/test_images.h"
#include "tests/support/tool_runner.h"

namespace coopkit::testing {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr char kChapter[] = "guide/02-mettre-en-oeuvre.md";
constexpr char kChapterInclude[] = "!markdown guide/02-mettre-en-oeuvre.md";
constexpr char kChapterLine19[] = "## Étape 1 : le diagnostic partagé";

class HostileInputTest : public ::testing::Test, public ContentCopy {
 protected:
  std::string Content(const std::string& name) const { return content_.File(name); }
  void Write(const std::string& name, const std::string& bytes) const {
    std::string error;
    ASSERT_TRUE(WriteFileAtomically(Content(name), bytes, &error)) << error;
  }
  std::string Read(const std::string& name) const {
    std::string error;
    return ReadFile(Content(name), &error).value_or("");
  }
  /// Builds, expects exit 1, each of `errors` (regular expressions) in the
  /// output, and every document written but `failed`; nothing written when
  /// `failed` is empty (a mistake every document shares).
  CommandResult ExpectRefused(const std::vector<std::string>& errors,
                              const std::vector<std::string>& failed = {}) const {
    CommandResult r = Build();
    EXPECT_EQ(r.exit_code, 1) << r.out;
    for (const std::string& error : errors)
      EXPECT_TRUE(std::regex_search(r.out, std::regex(error))) << error << "\nin:\n" << r.out;
    if (failed.empty())
      ExpectNothingWritten();
    else
      ExpectWrittenBut(failed);
    return r;
  }
};

TEST_F(HostileInputTest, ABillionLaughsIsRefusedQuickly) {
  std::string laughs = "\nlaughs:\n  l0: &l0 [ha, ha, ha, ha, ha, ha, ha, ha, ha, ha]\n";
  for (int level = 1; level <= 9; ++level) {
    std::string previous = "*l" + std::to_string(level - 1);
    laughs += "  l" + std::to_string(level) + ": &l" + std::to_string(level) + " [";
    for (int i = 0; i < 10; ++i) laughs += (i ? ", " : "") + previous;
    laughs += "]\n";
  }
  Write("event.yaml", Read("event.yaml") + laughs);
  auto start = Clock::now();
  ExpectRefused({R"(event\.yaml:\d+:\d+: error: the file expands to more than 500000 values)"});
  EXPECT_LT(Clock::now() - start, std::chrono::seconds(5));
}

TEST_F(HostileInputTest, AnAliasInsideItselfAndDeepNestingAreRefused) {
  Replace(Content("event.yaml"), "event:\n", "loop: &loop [*loop]\nevent:\n");
  Replace(Content("guide.yaml"), "guide:\n",
          "deep: " + std::string(100'000, '[') + std::string(100'000, ']') + "\nguide:\n");
  ExpectRefused({R"(event\.yaml:\d+:\d+: error: lists and maps nested more than 64 levels)",
                 R"(guide\.yaml:\d+:\d+: error: lists and maps nested more than 64 levels)"});
}

TEST_F(HostileInputTest, ControlCharactersAndMalformedUtf8AreErrorsAtTheirPlace) {
  Replace(Content("event.yaml"), "  title: \"Coopérer",
          std::string("  title: \"Coop") + '\0' + "érer");
  Replace(Content(kChapter), "Il n’existe", "\aIl n’existe");
  Replace(Content("guide/01-pourquoi-cooperer.md"), "Avant de parler", "Avant de \xE9parler");
  ExpectRefused({R"(event\.yaml:6:15: error: control character U\+0000 \(NUL\))",
                 R"(02-mettre-en-oeuvre\.md:1:1: error: control character U\+0007)",
                 R"(01-pourquoi-cooperer\.md:1:10: error: invalid UTF-8)"});
}

TEST_F(HostileInputTest, LinesEndedByCrLfOrALoneCrAreCountedAsLines) {
  const std::string original = Read(kChapter);
  // Each line's end, by its number: old Mac OS, Windows, and the three in turn.
  const std::vector<std::vector<std::string>> styles = {{"\r"}, {"\r\n"}, {"\r", "\n", "\r\n"}};
  for (const std::vector<std::string>& ends : styles) {
    std::string text;
    int line = 1;
    for (char c : original) {
      if (c != '\n') {
        text += c;
        continue;
      }
      if (line == 10) text += " \a";
      text += ends[line % ends.size()];
      ++line;
    }
    Write(kChapter, text);
    ExpectRefused({R"(02-mettre-en-oeuvre\.md:10:\d+: error: control character U\+0007)"},
                  {"guide"});
  }
}

TEST_F(HostileInputTest, EscapesAndC1ControlsAreErrorsAtTheirPlace) {
  Replace(Content("event.yaml"), "  city: Poitiers", "  city: \"Poit\\x1b[31miers\"");
  Replace(Content("guide/00-introduction.md"), "Ce guide", "Ce\xC2\x92guide");
  ExpectRefused({R"(event\.yaml:12:9: error: control character U\+001B \(ESC\) in the value)",
                 R"(00-introduction\.md:1:3: error: control character U\+0092 in the text)"});
}

TEST_F(HostileInputTest, NamedPipesAreRefusedWhereTheyAreNamedWithoutWaiting) {
  ASSERT_EQ(mkfifo(Content("guide/pipe.md").c_str(), 0644), 0);
  Replace(Content("guide.yaml"), "!markdown guide/00-introduction.md", "!markdown guide/pipe.md");
  fs::remove(Content("schemas/legal-forms.yaml"));
  ASSERT_EQ(mkfifo(Content("schemas/legal-forms.yaml").c_str(), 0644), 0);
  fs::remove(templates_.File("document-info.mustache"));  // used by the other documents
  ASSERT_EQ(mkfifo(templates_.File("document-info.mustache").c_str(), 0644), 0);
  ExpectRefused(
      {R"(guide\.yaml:7:10: error: cannot read .*pipe\.md: it is not a regular file but )"
       R"(a named pipe)",
       R"(schemas/legal-forms\.yaml: error: cannot read .*: it is not a regular file)",
       R"(\.mustache:\d+:\d+: error: cannot read partial 'document-info' .*: it is not a )"
       R"(regular file but a named pipe)"},
      // The contribution's sheet has no document-info.
      {"guide", "legal-forms", "evaluation-form", "report", "resources"});
}

TEST_F(HostileInputTest, ASchemaLinkOutOfTheContentFolderIsRefused) {
  TempDir outside;
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(outside.File("strict.yaml"), "nothing: text\n", &error));
  fs::remove(Content("schemas/guide.yaml"));
  fs::create_symlink(outside.File("strict.yaml"), Content("schemas/guide.yaml"));
  ExpectRefused(
      {R"(schemas/guide\.yaml: error: 'schemas/guide\.yaml' is a link to .*strict\.yaml, )"
       R"(outside the folder)"},
      {"guide"});
}

TEST_F(HostileInputTest, MarkdownPathsAndLinksOutOfTheContentFolderAreRefused) {
  TempDir outside;
  fs::create_symlink("/etc/passwd", Content("guide/passwd.md"));
  fs::create_symlink(outside.path(), Content("guide/linked"));
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(outside.File("chapter.md"), "secret", &error)) << error;
  Replace(Content("guide.yaml"), "!markdown guide/00-introduction.md", "!markdown guide/passwd.md");
  Replace(Content("guide.yaml"), "!markdown guide/01-pourquoi-cooperer.md",
          "!markdown guide/linked/chapter.md");
  Replace(Content("guide.yaml"), kChapterInclude, "!markdown ../outside.md");
  Replace(Content("guide.yaml"), "!markdown guide/03-formes-et-outils.md", "!markdown /etc/passwd");
  CommandResult r =
      ExpectRefused({R"(guide\.yaml:7:10: error: .*'guide/passwd\.md' is a link to /etc/passwd)",
                     R"(guide\.yaml:10:13: error: .*'guide/linked/chapter\.md' is a link to )",
                     R"(guide\.yaml:12:13: error: .*'\.\./outside\.md' leaves the folder)",
                     R"(guide\.yaml:14:13: error: .*'/etc/passwd' is absolute)"},
                    {"guide"});
  EXPECT_EQ(r.out.find("root:"), std::string::npos) << r.out;
}

TEST_F(HostileInputTest, DamagedImagesAreErrorsAtTheLineThatShowsThem) {
  Write("photos/cut-pixels.png", PngBytes({.width = 40, .height = 40, .pixels_cut = true}));
  std::string bad_checksum = PngBytes({.width = 20, .height = 20});
  bad_checksum[bad_checksum.size() - 20] ^= 0x55;
  Write("photos/bad-checksum.png", bad_checksum);
  std::string jpeg = JpegBytes(20, 20);
  Write("photos/cut.jpg", jpeg.substr(0, jpeg.size() / 2));
  Replace(Content(kChapter), kChapterLine19,
          "```{image} photos/cut-pixels.png\n```\n\n"
          "```{image} photos/bad-checksum.png\n```\n\n"
          "```{image} photos/cut.jpg\n```\n\n" +
              std::string(kChapterLine19));
  ExpectRefused({R"(02-mettre-en-oeuvre\.md:19:1: error: image 'photos/cut-pixels\.png' is )"
                 R"(damaged: its pixel data cannot be decoded)",
                 R"(02-mettre-en-oeuvre\.md:22:1: error: image 'photos/bad-checksum\.png' is )"
                 R"(damaged: its 'IDAT' chunk fails its checksum)",
                 R"(02-mettre-en-oeuvre\.md:25:1: error: image 'photos/cut\.jpg' is cut short)"},
                {"guide"});
}

TEST_F(HostileInputTest, ADamagedPhotoOfTheReportIsAnErrorWhereTheContentNamesIt) {
  Write("photos/atelier-schema.png", PngBytes({.width = 40, .height = 40, .pixels_cut = true}));
  ExpectRefused({R"(report\.yaml:109:14: error: image 'photos/atelier-schema\.png' is damaged)"},
                {"report"});
}

TEST_F(HostileInputTest, ACharacterNoFontHasInTheFooterIsAWarningAtTheDocumentDirective) {
  Replace(templates_.File("document-info.mustache"), ":footer-left: {{forum.name}}",
          ":footer-left: {{forum.name}} \U0001F91D");
  CommandResult r = Build();
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_TRUE(std::regex_search(
      r.out, std::regex(R"(document-info\.mustache:2:1: warning: character U\+1F91D )")))
      << r.out;
}

TEST_F(HostileInputTest, ACharacterNoFontHasIsAWarningWhereItIsWritten) {
  Replace(Content(kChapter), kChapterLine19, std::string(kChapterLine19) + " \U0001D538");
  Replace(Content(kChapter), "1. le diagnostic partagé", "1. le diagnostic partagé \U0001F600");
  CommandResult r = Build();
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_TRUE(std::regex_search(
      r.out, std::regex(R"(02-mettre-en-oeuvre\.md:19:1: warning: character U\+1D538 )"
                        "\U0001D538"
                        R"( is not in the font 'Noto Sans' \(bold\): it is left out of the PDF)")))
      << r.out;
  EXPECT_TRUE(std::regex_search(
      r.out, std::regex(R"(02-mettre-en-oeuvre\.md:3:4: warning: character U\+1F600 )")))
      << r.out;
  // Once per document: the shared chapters are only in the guide.
  size_t first = r.out.find("U+1D538");
  EXPECT_EQ(r.out.find("U+1D538", first + 1), std::string::npos) << r.out;
}

TEST_F(HostileInputTest, AYamlValueOverSeveralLinesIsAnErrorAtTheLineOfTheMistake) {
  // event.city ends the document directive's :header-right: option: a line
  // break in it starts a body, which the directive does not take.
  Replace(Content("event.yaml"), "  city: Poitiers  # « Ville »\n",
          "  city: \"Poitiers\\n```{pagebreak}\\n```\\n\"\n");
  ExpectRefused({R"(event\.yaml:12:20: error: directive 'document' takes no body)"});
  Replace(Content("event.yaml"), "  city: \"Poitiers\\n```{pagebreak}\\n```\\n\"\n",
          "  city: |\n    Poitiers\n    ```{pagebreak}\n    ```\n");
  ExpectRefused({R"(event\.yaml:14:5: error: directive 'document' takes no body)"});
}

}  // namespace
}  // namespace coopkit::testing
