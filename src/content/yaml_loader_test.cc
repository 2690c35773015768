#include "content/yaml_loader.h"

#include <gtest/gtest.h>

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
  EXPECT_FALSE(Parse("title: ok\nlist: [1, 2\nnext: 3\n"));
  const Diagnostic& d = Only();
  EXPECT_EQ(d.location.file, "event.yaml");
  EXPECT_EQ(d.location.line, 3);
  EXPECT_GE(d.location.column, 1);
  EXPECT_NE(d.message.find("flow"), std::string::npos) << d.message;
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

TEST_F(YamlLoaderTest, MarkdownOutsideTheContentFolderIsRefused) {
  folder_.Write("secret.md", "no");
  EXPECT_FALSE(
      Parse("a: !markdown ../secret.md\nb: !markdown " + folder_.Path("secret.md") + "\n"));
  ASSERT_EQ(diagnostics_.ErrorCount(), 2u);
  EXPECT_NE(diagnostics_.items()[0].message.find("leaves"), std::string::npos);
  EXPECT_NE(diagnostics_.items()[1].message.find("absolute"), std::string::npos);
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

}  // namespace
}  // namespace coopkit::content
