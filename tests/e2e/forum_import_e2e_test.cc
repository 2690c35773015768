// `coopkit import` on the forum's real export (content/exports/), as it is
// and as other editors save it: it gives back the shipped event.yaml, so
// that the kit built from an import is the shipped kit.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>

#include "base/utf8.h"
#include "tests/e2e/shipped_kit.h"

namespace coopkit::testing {
namespace {

const std::string kSeed =
    std::string(COOPKIT_SOURCE_DIR) + "/content/exports/contribution-crge.txt";

std::string Replaced(std::string text, const std::string& from, const std::string& to) {
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

// `text` (UTF-8) as Windows-1252 bytes; every character of the seed has one.
std::string AsLatin1(const std::string& text) {
  std::string bytes;
  for (size_t i = 0; i < text.size();) {
    const char32_t cp = DecodeUtf8(text, &i);
    if (cp < 0x100) {
      bytes += static_cast<char>(cp);
      continue;
    }
    EXPECT_TRUE(cp == U'’' || cp == U'…' || cp == U'œ') << static_cast<int>(cp);
    bytes += cp == U'’' ? '\x92' : cp == U'…' ? '\x85' : '\x9c';
  }
  return bytes;
}

class ForumImportTest : public ::testing::Test {
 protected:
  // Imports `export_text`, saved as contribution-crge.txt, and returns the
  // event.yaml written.
  std::string Import(const std::string& export_text, int expected_exit = 0) {
    const std::string file = exports_.File("contribution-crge.txt");
    std::ofstream(file, std::ios::binary) << export_text;
    CommandResult r =
        Coopkit("import --force --content " + ShellQuote(content_.path()) + " " + ShellQuote(file));
    EXPECT_EQ(r.exit_code, expected_exit) << r.out;
    last_output_ = r.out;
    return ReadAll(content_.File("event.yaml"));
  }

  TempDir exports_, content_;
  std::string last_output_;
};

TEST_F(ForumImportTest, TheSeedGivesTheShippedEventContent) {
  EXPECT_EQ(Import(ReadAll(kSeed)),
            ReadAll(std::string(COOPKIT_SOURCE_DIR) + "/content/event.yaml"));
  EXPECT_EQ(last_output_, "wrote " + content_.File("event.yaml") + "\n");
}

TEST_F(ForumImportTest, OtherEditorsSavingsOfTheSeedGiveTheSameContent) {
  const std::string seed = ReadAll(kSeed);
  const std::string expected = Import(seed);
  ASSERT_FALSE(expected.empty());
  EXPECT_EQ(Import(Replaced(seed, "\n", "\r\n")), expected) << "CRLF";
  EXPECT_EQ(Import("\xEF\xBB\xBF" + seed), expected) << "BOM";
  EXPECT_EQ(Import(Replaced(seed, "\n", "\n\n")), expected) << "blank lines";
  EXPECT_EQ(Import(Replaced(seed, "\u00a0:", " :")), expected) << "plain spaces";
  EXPECT_EQ(Import(AsLatin1(seed)), expected) << "Latin-1";
  EXPECT_TRUE(std::regex_search(last_output_,
                                std::regex("contribution-crge\\.txt:1:5: warning: this file is "
                                           "not UTF-8: it was read as Latin-1")))
      << last_output_;
}

TEST_F(ForumImportTest, AnUnknownLabelIsKeptAndReportedAtItsLine) {
  std::string seed = ReadAll(kSeed);
  seed = Replaced(seed, "Ville\u00a0: Poitiers\n",
                  "Ville\u00a0: Poitiers\nSite web\u00a0: https://crge.fr\n");
  std::string yaml = Import(seed);
  EXPECT_NE(yaml.find("label: Site web"), std::string::npos) << yaml;
  EXPECT_NE(yaml.find("value: https://crge.fr"), std::string::npos) << yaml;
  EXPECT_TRUE(std::regex_search(
      last_output_, std::regex("contribution-crge\\.txt:7:1: warning: unknown label « Site web »")))
      << last_output_;
}

TEST_F(ForumImportTest, AKitRefreshedFromTheSeedIsTheShippedKit) {
  const BuiltKit shipped;
  ASSERT_EQ(shipped.result().exit_code, 0) << shipped.result().out;
  TempDir kit, out;
  std::filesystem::copy(std::string(COOPKIT_SOURCE_DIR) + "/content", kit.path(),
                        std::filesystem::copy_options::recursive);
  CommandResult imported = Coopkit("import --force --content " + ShellQuote(kit.path()) + " " +
                                   ShellQuote(kit.File("exports/contribution-crge.txt")));
  ASSERT_EQ(imported.exit_code, 0) << imported.out;
  CommandResult built =
      Coopkit("build -q --content " + ShellQuote(kit.path()) + " --out " + ShellQuote(out.path()),
              std::string("SOURCE_DATE_EPOCH=") + kEpoch);
  ASSERT_EQ(built.exit_code, 0) << built.out;
  EXPECT_EQ(built.out, "");
  const std::vector<std::string> pdfs = PdfsIn(shipped.folder());
  ASSERT_FALSE(pdfs.empty());
  for (const std::string& pdf : pdfs) {
    const std::string name = std::filesystem::path(pdf).filename().string();
    EXPECT_EQ(ReadAll(out.File(name)), ReadAll(pdf)) << name;
  }
}

TEST_F(ForumImportTest, AFileThatIsNoExportFailsAndKeepsEventYaml) {
  std::ofstream(content_.File("event.yaml")) << "# mine\n";
  const std::string png = exports_.File("photo.txt");
  std::ofstream(png, std::ios::binary) << std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\x81", 17);
  CommandResult r =
      Coopkit("import --force --content " + ShellQuote(content_.path()) + " " + ShellQuote(png));
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_TRUE(std::regex_search(r.out, std::regex("photo\\.txt:\\d+:\\d+: error: ")));
  EXPECT_EQ(ReadAll(content_.File("event.yaml")), "# mine\n");
}

TEST_F(ForumImportTest, WithoutForceAHandEditedFileIsKept) {
  const std::string edited = Import(ReadAll(kSeed)) + "  date: 2026-11-26\n";
  std::ofstream(content_.File("event.yaml")) << edited;
  CommandResult r =
      Coopkit("import --content " + ShellQuote(content_.path()) + " " + ShellQuote(kSeed));
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_NE(r.out.find("add --force to replace it"), std::string::npos) << r.out;
  EXPECT_EQ(ReadAll(content_.File("event.yaml")), edited);
}

}  // namespace
}  // namespace coopkit::testing
