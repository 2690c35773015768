#include "models/report_scaffold.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "base/file_io.h"
#include "content/content_schema.h"
#include "content/test_folder.h"
#include "content/todo_mark.h"
#include "content/yaml_loader.h"
#include "tests/support/faulty_disk.h"

namespace coopkit::models {
namespace {

constexpr const char* kEvent =
    "event:\n"
    "  title: \"Coopérer : \\\"vraiment\\\" ?\"\n"
    "  city: Poitiers\n"
    "  organisation: {name: Centre A, acronym: CA}\n"
    "  partners: [{name: iesMEd}, {name: \"AGEC & Co\"}]\n"
    "  format:\n"
    "    parts:\n"
    "      - {title: Approche théorique, description: Par un universitaire.}\n"
    "      - {title: Mini-ateliers, description: En petits groupes.}\n";

constexpr const char* kEvaluation =
    "evaluation:\n"
    "  title: Fiche\n"
    "  questions:\n"
    "    - {id: utile, text: \"Utile ?\", type: scale, scale: {min: 1, max: 4}}\n"
    "    - {id: duree, text: \"Durée ?\", type: choice, choices: [Courte, \"Adaptée: oui\"]}\n"
    "    - {id: idees, text: Vos idées, type: open}\n";

class ReportScaffoldTest : public ::testing::Test {
 protected:
  ReportScaffoldTest() {
    folder_.Write("content/event.yaml", kEvent);
    folder_.Write("content/evaluation.yaml", kEvaluation);
    std::filesystem::copy_file(
        std::filesystem::path(COOPKIT_SOURCE_DIR) / "content/schemas/report.yaml",
        folder_.Write("content/schemas/report.yaml", ""),
        std::filesystem::copy_options::overwrite_existing);
  }
  std::string Messages() const { return FormatDiagnostics(diagnostics_); }
  content::TestFolder folder_;
  DiagnosticList diagnostics_;
};

TEST_F(ReportScaffoldTest, PrefillsFromTheEventAndTheEvaluationForm) {
  std::optional<std::string> path = WriteReportScaffold(folder_.Path("content"), &diagnostics_);
  ASSERT_TRUE(path) << Messages();
  EXPECT_EQ(*path, folder_.Path("content/report.yaml"));
  std::optional<content::ContentValue> root =
      content::YamlLoader(folder_.Path("content"), &diagnostics_).Load("report.yaml");
  ASSERT_TRUE(root) << Messages();
  const content::ContentValue& report = *root->Find("report");
  EXPECT_EQ(report.Find("event")->scalar, "Coopérer : \"vraiment\" ?");
  EXPECT_EQ(report.Find("place")->scalar, "Poitiers");
  EXPECT_EQ(report.Find("organisers")->items[0].Find("acronym")->scalar, "CA");
  ASSERT_EQ(report.Find("partners")->items.size(), 2u);
  EXPECT_EQ(report.Find("partners")->items[1].scalar, "AGEC & Co");
  const content::ContentValue& sections = *report.Find("sections");
  ASSERT_EQ(sections.items.size(), 2u);
  EXPECT_EQ(sections.items[1].Find("title")->scalar, "Mini-ateliers");
  EXPECT_EQ(sections.items[1].Find("description")->scalar, "En petits groupes.");
  EXPECT_TRUE(IsTodoMark(*sections.items[1].Find("notes")));

  const content::ContentValue& results = *report.Find("evaluation")->Find("results");
  ASSERT_EQ(results.items.size(), 3u);
  const content::ContentValue& scale_counts = *results.items[0].Find("counts");
  EXPECT_EQ(scale_counts.Keys(), (std::vector<std::string>{"1", "2", "3", "4"}));
  EXPECT_TRUE(IsTodoMark(*scale_counts.Find("3")));
  EXPECT_EQ(results.items[1].Find("counts")->Keys(),
            (std::vector<std::string>{"Courte", "Adaptée: oui"}));
  EXPECT_TRUE(IsTodoMark(results.items[2].Find("answers")->items[0]));

  // Privacy by default: nobody consents and nobody's address is asked for.
  const content::ContentValue& person = report.Find("participants")->items[0];
  EXPECT_EQ(person.Find("consent")->Boolean(), false);
  EXPECT_EQ(person.Find("email"), nullptr);
}

// As `coopkit import` writes them: parts as texts, and the place from
// forum.yaml.
TEST_F(ReportScaffoldTest, ImportedPartsAndTheForumsPlaceArePrefilled) {
  folder_.Write("content/event.yaml",
                "event:\n  title: Atelier\n  city: Niort\n"
                "  format:\n    parts: [Approche théorique, Mini-ateliers]\n");
  folder_.Write("content/forum.yaml", "forum:\n  name: Forum\n  place: Palais des congrès\n");
  ASSERT_TRUE(WriteReportScaffold(folder_.Path("content"), &diagnostics_)) << Messages();
  std::optional<content::ContentValue> root =
      content::YamlLoader(folder_.Path("content"), &diagnostics_).Load("report.yaml");
  ASSERT_TRUE(root) << Messages();
  const content::ContentValue& report = *root->Find("report");
  EXPECT_EQ(report.Find("place")->scalar, "Palais des congrès");
  const content::ContentValue& sections = *report.Find("sections");
  ASSERT_EQ(sections.items.size(), 2u);
  EXPECT_EQ(sections.items[0].Find("title")->scalar, "Approche théorique");
  EXPECT_EQ(sections.items[1].Find("title")->scalar, "Mini-ateliers");
  EXPECT_EQ(sections.items[1].Find("description"), nullptr);
}

TEST_F(ReportScaffoldTest, TheScaffoldPassesItsSchemaWithItsBlanksMarked) {
  ASSERT_TRUE(WriteReportScaffold(folder_.Path("content"), &diagnostics_)) << Messages();
  content::YamlLoader loader(folder_.Path("content"), &diagnostics_);
  std::optional<content::ContentValue> root = loader.Load("report.yaml");
  std::optional<content::ContentSchema> schema =
      content::ContentSchema::Load(&loader, "schemas/report.yaml", &diagnostics_);
  ASSERT_TRUE(root && schema) << Messages();
  schema->Validate(*root, &diagnostics_);
  EXPECT_TRUE(diagnostics_.empty()) << Messages();
  std::vector<content::TodoMark> marks = content::FindTodoMarks(*root);
  ASSERT_FALSE(marks.empty());
  // The event has no date: the first blank to fill is the date, on its line.
  EXPECT_EQ(marks[0].text, "TODO: date de l'atelier (AAAA-MM-JJ)");
  EXPECT_EQ(marks[0].location.line, 9);
  EXPECT_EQ(marks[0].location.column, 9);
}

TEST_F(ReportScaffoldTest, NeverOverwritesAReport) {
  std::string path = folder_.Write("content/report.yaml", "report: {title: Mon travail}\n");
  EXPECT_FALSE(WriteReportScaffold(folder_.Path("content"), &diagnostics_));
  ASSERT_EQ(diagnostics_.ErrorCount(), 1u);
  EXPECT_EQ(diagnostics_.items()[0].message,
            "report.yaml already exists; coopkit new never overwrites a file");
  std::string error;
  EXPECT_EQ(ReadFile(path, &error), "report: {title: Mon travail}\n");
}

// A report.yaml saved by someone else while the scaffold was being written
// is kept: the scaffold is renamed only onto no file.
TEST_F(ReportScaffoldTest, AReportThatAppearsMeanwhileIsKept) {
  coopkit::testing::FaultyDisk disk;
  disk.BeforeAppend(1, [&] { folder_.Write("content/report.yaml", "report: {title: Le mien}\n"); });
  bool output_failed = false;
  EXPECT_FALSE(WriteReportScaffold(folder_.Path("content"), &diagnostics_, &disk, &output_failed));
  EXPECT_FALSE(output_failed);
  ASSERT_EQ(diagnostics_.ErrorCount(), 1u) << Messages();
  EXPECT_EQ(diagnostics_.items()[0].message,
            "report.yaml already exists; coopkit new never overwrites a file");
  std::string error;
  EXPECT_EQ(ReadFile(folder_.Path("content/report.yaml"), &error), "report: {title: Le mien}\n");
  for (const auto& entry : std::filesystem::directory_iterator(folder_.Path("content")))
    EXPECT_EQ(entry.path().string().find(".tmp-"), std::string::npos) << entry.path();
}

TEST_F(ReportScaffoldTest, AFullDiskWritesNoHalfReport) {
  coopkit::testing::FaultyDisk disk;
  disk.FailAppend(1);
  bool output_failed = false;
  EXPECT_FALSE(WriteReportScaffold(folder_.Path("content"), &diagnostics_, &disk, &output_failed));
  EXPECT_TRUE(output_failed);
  EXPECT_NE(Messages().find("No space left on device"), std::string::npos) << Messages();
  EXPECT_FALSE(std::filesystem::exists(folder_.Path("content/report.yaml")));
}

TEST_F(ReportScaffoldTest, WithoutEvaluationFormTheResultsAreEmpty) {
  std::filesystem::remove(folder_.Path("content/evaluation.yaml"));
  ASSERT_TRUE(WriteReportScaffold(folder_.Path("content"), &diagnostics_)) << Messages();
  std::optional<content::ContentValue> root =
      content::YamlLoader(folder_.Path("content"), &diagnostics_).Load("report.yaml");
  ASSERT_TRUE(root) << Messages();
  EXPECT_TRUE(root->Find("report")->Find("evaluation")->Find("results")->items.empty());
}

TEST_F(ReportScaffoldTest, AMissingEventIsAnErrorAndWritesNothing) {
  std::filesystem::remove(folder_.Path("content/event.yaml"));
  EXPECT_FALSE(WriteReportScaffold(folder_.Path("content"), &diagnostics_));
  EXPECT_TRUE(diagnostics_.HasErrors());
  EXPECT_FALSE(std::filesystem::exists(folder_.Path("content/report.yaml")));
}

}  // namespace
}  // namespace coopkit::models
