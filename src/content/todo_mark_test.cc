#include "content/todo_mark.h"

#include <gtest/gtest.h>

#include "content/content_files.h"
#include "content/content_schema.h"
#include "content/test_folder.h"
#include "content/yaml_loader.h"

namespace coopkit::content {
namespace {

ContentValue Parse(const std::string& yaml) {
  DiagnosticList diagnostics;
  std::optional<ContentValue> root = YamlLoader(".", &diagnostics).Parse(yaml, "report.yaml");
  EXPECT_TRUE(root) << yaml;
  return root.value_or(ContentValue());
}

TEST(TodoMarkTest, FindsEveryTodoTextWithItsPosition) {
  ContentValue root = Parse(
      "report:\n"
      "  date: \"TODO: date de l'atelier\"\n"
      "  place: Poitiers\n"
      "  actions:\n"
      "    - {what: Relancer, who: TODO}\n"
      "  summary: |\n"
      "    TODO: résumé\n"
      "    sur deux lignes\n");
  std::vector<TodoMark> marks = FindTodoMarks(root);
  ASSERT_EQ(marks.size(), 3u);
  EXPECT_EQ(marks[0].location.file, "report.yaml");
  EXPECT_EQ(marks[0].location.line, 2);
  EXPECT_EQ(marks[0].location.column, 9);
  EXPECT_EQ(marks[0].text, "TODO: date de l'atelier");
  EXPECT_EQ(marks[1].location.line, 5);
  EXPECT_EQ(marks[1].location.column, 29);
  EXPECT_EQ(marks[1].text, "TODO");
  EXPECT_EQ(marks[2].location.line, 6);
  EXPECT_EQ(marks[2].text, "TODO: résumé");
}

// Only a text that starts with the mark is one: prose may mention it, keys
// are not values, and the mark is written in capitals.
TEST(TodoMarkTest, IgnoresMentionsKeysAndOtherCases) {
  ContentValue root = Parse(
      "TODO: Poitiers\n"
      "notes: \"Voir la liste TODO\"\n"
      "lower: \"todo: plus tard\"\n"
      "empty:\n");
  EXPECT_TRUE(FindTodoMarks(root).empty());
  EXPECT_TRUE(IsTodoMark(ContentValue::Scalar("TODO")));
  EXPECT_FALSE(IsTodoMark(ContentValue::Scalar(" TODO")));
  EXPECT_FALSE(IsTodoMark(ContentValue::List()));
}

// A scaffold's blanks must not fail the schema: the marks are reported once,
// as marks, not again as a bad date or a missing choice.
TEST(TodoMarkTest, SchemasAcceptAMarkForEveryLeafType) {
  DiagnosticList diagnostics;
  std::optional<ContentSchema> schema =
      ContentSchema::Read(Parse("date: date\nsite: url\nmail: email\ncount: number\nok: boolean\n"
                                "status: \"one of: fait, à faire\"\n"),
                          &diagnostics);
  ASSERT_TRUE(schema) << FormatDiagnostic(diagnostics.items().front());
  schema->Validate(Parse("date: \"TODO: date\"\nsite: TODO\nmail: TODO\ncount: TODO\n"
                         "ok: TODO\nstatus: \"TODO: statut\"\n"),
                   &diagnostics);
  EXPECT_TRUE(diagnostics.empty()) << FormatDiagnostic(diagnostics.items().front());
  schema->Validate(Parse("date: todo\nsite: x\nmail: x\ncount: x\nok: x\nstatus: x\n"),
                   &diagnostics);
  EXPECT_EQ(diagnostics.ErrorCount(), 6u);
}

TEST(TodoMarkTest, FilesAreScannedOnceWithTheirMarkdown) {
  TestFolder folder;
  folder.Write("content/a.yaml", "intro: !markdown a.md\nplace: TODO\n");
  folder.Write("content/a.md", "TODO: écrire l'introduction\n");
  folder.Write("content/b.yaml", "title: Fini\n");
  KitManifest manifest;
  manifest.content_dir = folder.Path("content");
  DocumentSpec first, second;
  first.content_files = {"a.yaml", "b.yaml"};
  second.content_files = {"a.yaml", "missing.yaml"};
  DiagnosticList diagnostics;
  std::vector<TodoMark> marks =
      ContentFiles::Load(manifest, {&first, &second}, &diagnostics).TodoMarks();
  ASSERT_EQ(marks.size(), 2u);
  EXPECT_EQ(marks[0].text, "TODO: écrire l'introduction");
  EXPECT_EQ(marks[0].location.line, 1);
  EXPECT_EQ(marks[1].location.line, 2);
  EXPECT_NE(marks[1].location.file.find("a.yaml"), std::string::npos);
}

}  // namespace
}  // namespace coopkit::content
