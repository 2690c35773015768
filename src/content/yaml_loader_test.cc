#include "content/yaml_loader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>

#include "content/test_folder.h"

namespace coopkit::content {
namespace {

class YamlLoaderTest : public ::testing::Test {
 protected:
  std::optional<ContentValue> Parse(const std::string& text) {
    return YamlLoader(folder_.Path("content"), &diagnostics_).Parse(text, "event.yaml");
  }
  const Diagnostic& Only() {
    EXPECT_EQ(diagnostics_.items().size(), 1u);
    return diagnostics_.items().front();
  }

  TestFolder folder_;
  DiagnosticList diagnostics_;
};

TEST_F(YamlLoaderTest, EscapesThatMakeControlCharactersAreErrorsAtTheirValue) {
  const std::pair<std::string, std::string> cases[] = {
      {"city: \"Poit\\0iers\"\n", "control character U+0000 (NUL) in the value"},
      {"city: \"a\\a\"\n", "control character U+0007 (BEL) in the value"},
      {"city: \"a\\x1b[31m\"\n", "control character U+001B (ESC) in the value"},
      {"city: \"a\\x85\"\n", "control character U+0085 (NEL) in the value"},
      {"city: \"a\\N\"\n", "invalid UTF-8 in the value"},  // yaml-cpp's \N is one byte
      {"\"c\\x9Bity\": Lyon\n", "control character U+009B in the value"},
      {"city: \"a\\uFFFE\"\n", "U+FFFE (not a character) in the value"},
      {"city: \"a\\uFDD0\"\n", "U+FDD0 (not a character) in the value"},
  };
  for (const auto& [text, message] : cases) {
    diagnostics_ = DiagnosticList();
    Parse("title: ok\n" + text);
    ASSERT_EQ(diagnostics_.items().size(), 1u) << text << FormatDiagnostics(diagnostics_);
    const Diagnostic& error = diagnostics_.items().front();
    EXPECT_EQ(error.message, message) << text;
    EXPECT_EQ(error.location.line, 2) << text;
    EXPECT_EQ(error.location.column, text[0] == '"' ? 1 : 7) << text;
  }
  diagnostics_ = DiagnosticList();
  EXPECT_TRUE(Parse("a: \"tab\\there\\nline\"\n"));
  EXPECT_FALSE(diagnostics_.HasErrors());
}

TEST_F(YamlLoaderTest, RawC1ControlInTheFileIsAnErrorAtItsPlace) {
  EXPECT_FALSE(Parse("title: ok\ncity: Poit\xC2\x85iers\n"));
  const Diagnostic& error = Only();
  EXPECT_EQ(error.message, "control character U+0085 (NEL) in the text");
  EXPECT_EQ(error.location.line, 2);
  EXPECT_EQ(error.location.column, 11);
}

TEST_F(YamlLoaderTest, RawNoncharacterInTheFileIsAnErrorAtItsPlace) {
  EXPECT_FALSE(Parse("title: ok\ncity: Poit\xEF\xBF\xBEiers\n"));
  const Diagnostic& error = Only();
  EXPECT_EQ(error.message, "U+FFFE (not a character) in the text");
  EXPECT_EQ(error.location.line, 2);
  EXPECT_EQ(error.location.column, 11);
}

TEST_F(YamlLoaderTest, KeepsKeyOrderAndPositions) {
  auto value = Parse("zeta: 1\nalpha:\n  - un\n  - « deux »\n");
  ASSERT_TRUE(value);
  EXPECT_EQ(value->Keys(), (std::vector<std::string>{"zeta", "alpha"}));
  const MapEntry* alpha = value->FindEntry("alpha");
  EXPECT_EQ(alpha->key_location.line, 2);
  EXPECT_EQ(alpha->key_location.column, 1);
  ASSERT_EQ(alpha->value.items.size(), 2u);
  EXPECT_EQ(alpha->value.items[1].scalar, "« deux »");
  EXPECT_EQ(alpha->value.items[1].location.line, 4);
  EXPECT_EQ(alpha->value.items[1].location.column, 5);
  EXPECT_EQ(alpha->value.items[1].location.file, "event.yaml");
}

TEST_F(YamlLoaderTest, ColumnsCountCharactersNotBytes) {
  auto value = Parse("été: oui\n");
  ASSERT_TRUE(value);
  EXPECT_EQ(value->Find("été")->location.column, 6);
}

TEST_F(YamlLoaderTest, OnlyUnquotedTrueIsBoolean) {
  auto value = Parse("a: true\nb: \"true\"\nc: vrai\n");
  ASSERT_TRUE(value);
  EXPECT_EQ(value->Find("a")->Boolean(), true);
  EXPECT_EQ(value->Find("b")->Boolean(), std::nullopt);
  EXPECT_EQ(value->Find("c")->Boolean(), std::nullopt);
}

TEST_F(YamlLoaderTest, EmptyValueIsNullAtItsKey) {
  auto value = Parse("a: 1\nb:\nc: 2\n");
  ASSERT_TRUE(value);
  EXPECT_TRUE(value->Find("b")->IsNull());
  EXPECT_EQ(value->Find("b")->location.line, 2);
}

TEST_F(YamlLoaderTest, ParseErrorAtOneBasedPosition) {
  EXPECT_FALSE(Parse("title: ok\nlist: - 1\n"));
  const Diagnostic& d = Only();
  EXPECT_EQ(d.location.file, "event.yaml");
  EXPECT_EQ(d.location.line, 2);
  EXPECT_EQ(d.location.column, 7);
  EXPECT_EQ(d.message, "illegal block entry");
}

TEST_F(YamlLoaderTest, AnUnclosedBracketIsAnErrorWhereItOpens) {
  EXPECT_FALSE(Parse("title: ok\nlist: [1, 2\nnext: 3\n"));
  EXPECT_EQ(FormatDiagnostic(Only()),
            "event.yaml:2:7: error: this [ is never closed\n  hint: end the list with ]");
}

TEST_F(YamlLoaderTest, AColonInAValueIsAnErrorAtTheColonWithTheQuotedLine) {
  EXPECT_FALSE(Parse("title: Atelier : suite\n"));
  EXPECT_EQ(FormatDiagnostic(Only()),
            "event.yaml:1:16: error: a value holding ': ' must be quoted: \"Atelier : suite\"\n"
            "  hint: write title: \"Atelier : suite\"");
}

TEST_F(YamlLoaderTest, ATabInTheIndentationIsAnErrorAtItsColumn) {
  EXPECT_FALSE(Parse("event:\n  title: ok\n  \tplace: Lyon\n"));
  EXPECT_EQ(Only().message, "indent with spaces, not tabs");
  EXPECT_EQ(Only().location.line, 3);
  EXPECT_EQ(Only().location.column, 3);
}

TEST_F(YamlLoaderTest, AQuoteThatTakesTheNextLinesIsAnErrorWhereItOpens) {
  EXPECT_FALSE(Parse("event:\n  title: \"Atelier\n  place: Lyon\n  city: \"Poitiers\"\n"));
  EXPECT_EQ(FormatDiagnostic(Only()),
            "event.yaml:2:10: error: this \" opens a text that runs to line 4, where the next \" "
            "closes it\n  hint: close it on its own line: \"…\"");
}

TEST_F(YamlLoaderTest, AQuoteLeftOpenIsAnErrorWhereItOpens) {
  // yaml-cpp itself takes the rest of the file as the value.
  EXPECT_FALSE(Parse("title: ok\nplace: \"Lyon\ncity: Lyon\n"));
  EXPECT_EQ(FormatDiagnostic(Only()),
            "event.yaml:2:8: error: this \" is never closed\n"
            "  hint: end the text with \" (a \" inside it is written \\\")");
  diagnostics_ = {};
  EXPECT_TRUE(Parse("title: ok\nplace: \"Lyon\"\ncity: 'Lyon'\n"));
}

TEST_F(YamlLoaderTest, BadIndentationReportedOnItsLine) {
  EXPECT_FALSE(Parse("a: 1\n  b: 2\n"));
  EXPECT_EQ(Only().location.line, 2);
}

TEST_F(YamlLoaderTest, DuplicateKeyReportedAtSecondOccurrence) {
  EXPECT_FALSE(Parse("title: un\ncity: Lyon\ntitle: deux\n"));
  const Diagnostic& d = Only();
  EXPECT_EQ(d.location.line, 3);
  EXPECT_EQ(d.location.column, 1);
  EXPECT_NE(d.message.find("duplicate key 'title'"), std::string::npos);
  EXPECT_NE(d.hint.find("line 1"), std::string::npos);
}

TEST_F(YamlLoaderTest, ReportsEveryDuplicateInOneRun) {
  EXPECT_FALSE(Parse("a: 1\na: 2\nm:\n  b: 1\n  b: 2\n"));
  ASSERT_EQ(diagnostics_.ErrorCount(), 2u);
  EXPECT_EQ(diagnostics_.items()[0].location.line, 2);
  EXPECT_EQ(diagnostics_.items()[1].location.line, 5);
  EXPECT_EQ(diagnostics_.items()[1].location.column, 3);
}

TEST_F(YamlLoaderTest, RejectsInvalidUtf8WithItsPosition) {
  EXPECT_FALSE(Parse("a: ok\nb: caf\xE9\n"));
  const Diagnostic& d = Only();
  EXPECT_EQ(d.location.line, 2);
  EXPECT_EQ(d.location.column, 7);
  EXPECT_NE(d.message.find("UTF-8"), std::string::npos);
}

TEST_F(YamlLoaderTest, UnknownTagHasHint) {
  EXPECT_FALSE(Parse("body: !markdwn intro.md\n"));
  EXPECT_EQ(Only().hint, "did you mean '!markdown'?");
}

TEST_F(YamlLoaderTest, MarkdownTagIncludesTheFile) {
  folder_.Write("content/guide/intro.md", "# Pourquoi\n\nParce que.\n");
  auto value = Parse("body: !markdown guide/intro.md\n");
  ASSERT_TRUE(value) << FormatDiagnostic(diagnostics_.items().at(0));
  const ContentValue* body = value->Find("body");
  EXPECT_EQ(body->scalar, "# Pourquoi\n\nParce que.\n");
  EXPECT_EQ(body->markdown_file, folder_.Path("content/guide/intro.md"));
  EXPECT_EQ(body->location.line, 1);
}

// A byte order mark before its first heading would be printed, and the
// heading read as a paragraph.
TEST_F(YamlLoaderTest, MarkdownFileLosesItsByteOrderMark) {
  folder_.Write("content/guide/intro.md", "\xEF\xBB\xBF# Pourquoi\n");
  auto value = Parse("body: !markdown guide/intro.md\n");
  ASSERT_TRUE(value) << FormatDiagnostic(diagnostics_.items().at(0));
  EXPECT_EQ(value->Find("body")->scalar, "# Pourquoi\n");
}

TEST_F(YamlLoaderTest, MarkdownOutsideTheContentFolderIsRefused) {
  folder_.Write("secret.md", "no");
  EXPECT_FALSE(
      Parse("a: !markdown ../secret.md\nb: !markdown " + folder_.Path("secret.md") + "\n"));
  ASSERT_EQ(diagnostics_.ErrorCount(), 2u);
  EXPECT_NE(diagnostics_.items()[0].message.find("leaves"), std::string::npos);
  EXPECT_NE(diagnostics_.items()[1].message.find("absolute"), std::string::npos);
}

TEST_F(YamlLoaderTest, MarkdownThroughALinkOutOfTheContentFolderIsRefused) {
  folder_.Write("content/guide/intro.md", "ok");
  std::filesystem::create_symlink("/etc/passwd", folder_.Path("content/guide/passwd.md"));
  EXPECT_FALSE(Parse("title: x\nbody: !markdown guide/passwd.md\n"));
  EXPECT_EQ(Only().location.line, 2);
  EXPECT_NE(Only().message.find("is a link to /etc/passwd, outside the folder"), std::string::npos)
      << Only().message;
}

TEST_F(YamlLoaderTest, MissingMarkdownFileReportedAtTheTag) {
  EXPECT_FALSE(Parse("title: x\nbody: !markdown absent.md\n"));
  const Diagnostic& d = Only();
  EXPECT_EQ(d.location.line, 2);
  EXPECT_EQ(d.location.column, 7);
  EXPECT_NE(d.message.find("absent.md"), std::string::npos);
}

TEST_F(YamlLoaderTest, LoadReadsFromTheContentFolder) {
  folder_.Write("content/event.yaml", "a: 1\n");
  YamlLoader loader(folder_.Path("content"), &diagnostics_);
  auto value = loader.Load("event.yaml");
  ASSERT_TRUE(value);
  EXPECT_EQ(value->Find("a")->location.file, folder_.Path("content/event.yaml"));
  EXPECT_FALSE(loader.Load("missing.yaml"));
  EXPECT_EQ(diagnostics_.ErrorCount(), 1u);
}

// Ten levels of aliases, each naming the one before ten times: 10^10 values.
std::string BillionLaughs() {
  std::string text = "l0: &l0 [\"ha\"]\n";
  for (int level = 1; level <= 10; ++level) {
    std::string previous = "*l" + std::to_string(level - 1);
    text += "l" + std::to_string(level) + ": &l" + std::to_string(level) + " [";
    for (int i = 0; i < 10; ++i) text += (i ? ", " : "") + previous;
    text += "]\n";
  }
  return text;
}

TEST_F(YamlLoaderTest, AliasesThatExpandWithoutBoundAreRefusedWhereTheLimitIsCrossed) {
  EXPECT_FALSE(Parse(BillionLaughs()));
  const Diagnostic& d = Only();
  EXPECT_NE(d.message.find("more than 500000 values"), std::string::npos) << d.message;
  EXPECT_EQ(d.location.file, "event.yaml");  // yaml-cpp marks an alias at its anchor
  EXPECT_NE(d.hint.find("aliases"), std::string::npos);
}

TEST_F(YamlLoaderTest, AliasesOfALongTextAreBoundedByTheirExpandedSize) {
  std::string text = "t: &t " + std::string(1000, 'x') + "\nl: [";
  for (int i = 0; i < 100; ++i) text += (i ? ", " : "") + std::string("*t");
  EXPECT_FALSE(YamlLoader(folder_.Path("content"), &diagnostics_, {.max_expanded_bytes = 50'000})
                   .Parse(text + "]\n", "event.yaml"));
  EXPECT_NE(Only().message.find("more than 50000 bytes of text"), std::string::npos)
      << Only().message;
}

TEST_F(YamlLoaderTest, AnAliasInsideWhatItNamesIsRefused) {
  EXPECT_FALSE(Parse("a: &a [1, *a]\n"));
  EXPECT_NE(Only().message.find("nested more than 64 levels"), std::string::npos);
  EXPECT_NE(Only().hint.find("repeats forever"), std::string::npos);
}

TEST_F(YamlLoaderTest, NestingDeeperThanTheLimitIsRefused) {
  EXPECT_TRUE(Parse("a: " + std::string(64, '[') + std::string(64, ']') + "\n"));
  EXPECT_FALSE(Parse("a: " + std::string(65, '[') + std::string(65, ']') + "\n"));
  EXPECT_EQ(Only().location.line, 1);
  EXPECT_NE(Only().message.find("nested more than 64 levels"), std::string::npos);
}

TEST_F(YamlLoaderTest, NestingThatWouldExhaustTheParsersStackIsRefused) {
  EXPECT_FALSE(Parse("a:\n  b: " + std::string(100'000, '[') + "\n"));
  EXPECT_NE(Only().message.find("nested more than 64 levels"), std::string::npos);
  EXPECT_EQ(Only().location.file, "event.yaml");
}

TEST_F(YamlLoaderTest, TooLongTextAndTooLargeFilesAreRefused) {
  YamlLimits limits{.max_file_bytes = 4096, .max_scalar_bytes = 2048};
  EXPECT_FALSE(YamlLoader(folder_.Path("content"), &diagnostics_, limits)
                   .Parse("a: ok\nb: " + std::string(3000, 'x') + "\n", "event.yaml"));
  EXPECT_EQ(Only().location.line, 2);
  EXPECT_NE(Only().message.find("a text of 3000 bytes; a value may hold at most 2 kB"),
            std::string::npos)
      << Only().message;
  folder_.Write("content/big.yaml", "a: " + std::string(5000, 'x') + "\n");
  folder_.Write("content/big.md", std::string(5000, 'x'));
  YamlLoader loader(folder_.Path("content"), &diagnostics_, limits);
  EXPECT_FALSE(loader.Load("big.yaml"));
  EXPECT_FALSE(loader.Parse("title: x\nbody: !markdown big.md\n", "event.yaml"));
  ASSERT_EQ(diagnostics_.ErrorCount(), 3u);
  EXPECT_NE(diagnostics_.items()[1].message.find(
                "it holds 5004 bytes; a content file may hold at most 4 kB"),
            std::string::npos)
      << diagnostics_.items()[1].message;
  EXPECT_EQ(diagnostics_.items()[2].location.line, 2);
}

TEST_F(YamlLoaderTest, ANulCharacterIsAnErrorAtItsPlace) {
  EXPECT_FALSE(Parse(std::string("a: ok\nb: ab\0cd\n", 15)));
  const Diagnostic& d = Only();
  EXPECT_EQ(d.location.line, 2);
  EXPECT_EQ(d.location.column, 6);
  EXPECT_NE(d.message.find("U+0000"), std::string::npos);
}

TEST_F(YamlLoaderTest, AControlCharacterInAMarkdownFileIsAnErrorInThatFile) {
  folder_.Write("content/intro.md", "# Titre\n\nUn \x1B mot.\n");
  EXPECT_FALSE(Parse("body: !markdown intro.md\n"));
  const Diagnostic& d = Only();
  EXPECT_EQ(d.location.file, folder_.Path("content/intro.md"));
  EXPECT_EQ(d.location.line, 3);
  EXPECT_EQ(d.location.column, 4);
  EXPECT_NE(d.message.find("U+001B"), std::string::npos);
}

// Time grows with the size of the file, not faster: ten times the lines take
// about ten times as long (a quadratic step would make it a hundred), on any
// machine and under the sanitizers. Each size is timed at its fastest of three.
TEST_F(YamlLoaderTest, ThirtyThousandLinesLoadInLinearTime) {
  auto entries = [](int count) {
    std::string text = "entries:\n";
    for (int i = 0; i < count; ++i)
      text += "  - name: Entrée " + std::to_string(i) + "\n    url: https://example.org/" +
              std::to_string(i) + "\n    tags: [a, b]\n";
    return text;
  };
  auto fastest = [&](const std::string& text, size_t expected) {
    auto best = std::chrono::steady_clock::duration::max();
    for (int run = 0; run < 3; ++run) {
      auto start = std::chrono::steady_clock::now();
      auto value = Parse(text);
      best = std::min(best, std::chrono::steady_clock::now() - start);
      EXPECT_TRUE(value && value->Find("entries")->items.size() == expected);
    }
    return best;
  };
  const auto small = fastest(entries(1'000), 1'000u);
  const auto large = fastest(entries(10'000), 10'000u);  // 30,000 lines
  EXPECT_LT(large, small * 30) << "1,000 entries: " << small.count()
                               << " ns, 10,000: " << large.count() << " ns";
}

TEST_F(YamlLoaderTest, OldMacLineEndsAreLineBreaks) {
  for (const char* text : {"a: 1\rcity: |\r  un\r  deux\r", "a: 1\r\ncity: |\r\n  un\r\n  deux\r\n",
                           "a: 1\ncity: |\r  un\r\n  deux\n"}) {
    std::optional<ContentValue> value = Parse(text);
    ASSERT_TRUE(value) << FormatDiagnostics(diagnostics_);
    const ContentValue* city = value->Find("city");
    EXPECT_EQ(city->scalar, "un\ndeux\n");
    ASSERT_EQ(city->line_starts.size(), 2u);
    EXPECT_EQ(city->line_starts[1].line, 4);
    EXPECT_EQ(city->line_starts[1].column, 3);
  }
  EXPECT_FALSE(Parse("a: 1\rb: 2\rc: \x07\r"));
  ASSERT_EQ(diagnostics_.ErrorCount(), 1u);
  EXPECT_EQ(diagnostics_.items()[0].location.line, 3);
  EXPECT_EQ(diagnostics_.items()[0].location.column, 4);
}

}  // namespace
}  // namespace coopkit::content
