#include "content/content_set.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>

#include "content/test_folder.h"
#include "content/yaml_loader.h"

namespace coopkit::content {
namespace {

class ContentSetTest : public ::testing::Test {
 protected:
  ContentSetTest() {
    manifest_.content_dir = folder_.Path("content");
    manifest_.kit = ContentValue::Map();
    manifest_.kit.Set("title", ContentValue::Scalar("Kit"));
    manifest_.kit.Set("updated", ContentValue::Scalar("2026-03-02"));
    document_.name = "guide";
    document_.title = "Guide";
    document_.paper = Paper::kA5;
  }
  std::optional<ContentValue> Load(std::vector<std::string> files, ContentModels models = {}) {
    document_.content_files = std::move(files);
    return LoadContentSet(manifest_, document_, models, &diagnostics_);
  }

  std::string Messages() const { return FormatDiagnostics(diagnostics_); }
  /// The first error: the files of these tests have no schema, which is a
  /// warning of its own.
  const Diagnostic& FirstError() const {
    for (const Diagnostic& d : diagnostics_.items())
      if (d.severity == Severity::kError) return d;
    ADD_FAILURE() << "no error in " << Messages();
    return diagnostics_.items().front();
  }

  TestFolder folder_;
  KitManifest manifest_;
  DocumentSpec document_;
  DiagnosticList diagnostics_;
};

TEST_F(ContentSetTest, MergesFilesAndAddsKitAndDocument) {
  folder_.Write("content/a.yaml", "intro: Bonjour\n");
  folder_.Write("content/b.yaml", "sessions:\n  - title: Atelier\n");
  auto data = Load({"a.yaml", "b.yaml"});
  ASSERT_TRUE(data);
  EXPECT_EQ(data->Keys(), (std::vector<std::string>{"intro", "sessions", "kit", "document"}));
  EXPECT_EQ(data->Find("kit")->Find("title")->scalar, "Kit");
  EXPECT_EQ(data->Find("document")->Find("paper")->scalar, "A5");
  EXPECT_EQ(data->Find("document")->Find("name")->scalar, "guide");
}

TEST_F(ContentSetTest, KeyDefinedInTwoFilesNamesBoth) {
  folder_.Write("content/a.yaml", "intro: un\n");
  folder_.Write("content/b.yaml", "other: x\nintro: deux\n");
  EXPECT_FALSE(Load({"a.yaml", "b.yaml"}));
  ASSERT_EQ(diagnostics_.ErrorCount(), 1u);
  const Diagnostic& d = FirstError();
  EXPECT_EQ(d.location.file, folder_.Path("content/b.yaml"));
  EXPECT_EQ(d.location.line, 2);
  EXPECT_NE(d.hint.find(folder_.Path("content/a.yaml") + ":1:1"), std::string::npos) << d.hint;
}

TEST_F(ContentSetTest, AFileNoSchemaDescribesIsAWarningAtItsFirstLine) {
  folder_.Write("content/schemas/a.yaml", "intro: text\n");
  folder_.Write("content/a.yaml", "intro: Bonjour\n");
  folder_.Write("content/b.yaml", "extra: oui\n");
  ASSERT_TRUE(Load({"a.yaml", "b.yaml"}));
  EXPECT_EQ(Messages(), folder_.Path("content/b.yaml") +
                            ":1:1: warning: not checked: no schema describes b.yaml\n"
                            "  hint: add schemas/b.yaml, shaped like b.yaml with a type at each "
                            "leaf (see the other files of schemas/)\n");
}

TEST_F(ContentSetTest, ReservedKeysAreChecked) {
  folder_.Write("content/a.yaml", "kit: x\nintro: y\n");
  EXPECT_FALSE(Load({"a.yaml"}));
  ASSERT_EQ(diagnostics_.ErrorCount(), 1u);
  EXPECT_EQ(FirstError().message, "'kit' is reserved for the kit manifest's values");
}

TEST_F(ContentSetTest, ContentFileIsValidatedAgainstItsSchema) {
  folder_.Write("content/schemas/a.yaml", "event:\n  title: text\n  city: text\n");
  folder_.Write("content/a.yaml", "event:\n  title: T\n  ctiy: Lyon\n");
  folder_.Write("content/b.yaml", "other:\n  anything: [goes]\n");
  EXPECT_FALSE(Load({"a.yaml", "b.yaml"}));
  std::string all = Messages();
  EXPECT_EQ(diagnostics_.ErrorCount(), 2u) << all;
  EXPECT_NE(all.find(folder_.Path("content/a.yaml") + ":3:3: error: unknown key 'ctiy' in event"),
            std::string::npos)
      << all;
  EXPECT_NE(all.find(folder_.Path("content/a.yaml") + ":2:3: error: missing key 'city' in event"),
            std::string::npos)
      << all;
}

TEST_F(ContentSetTest, EmptyContentFileMissesItsSchemaKeys) {
  folder_.Write("content/schemas/a.yaml", "intro: text\n");
  folder_.Write("content/a.yaml", "# nothing yet\n");
  EXPECT_FALSE(Load({"a.yaml"}));
  ASSERT_EQ(diagnostics_.ErrorCount(), 1u) << Messages();
  EXPECT_EQ(diagnostics_.items()[0].message, "missing key 'intro'");
}

TEST_F(ContentSetTest, MalformedSchemaIsReportedInTheSchemaFile) {
  folder_.Write("content/schemas/a.yaml", "intro: txet\nsessions: [\n");
  folder_.Write("content/a.yaml", "intro: Bonjour\n");
  EXPECT_FALSE(Load({"a.yaml"}));
  ASSERT_EQ(diagnostics_.ErrorCount(), 1u) << Messages();
  EXPECT_EQ(diagnostics_.items()[0].location.file, folder_.Path("content/schemas/a.yaml"));
}

TEST_F(ContentSetTest, SchemaLinkThatLeadsOutOfTheContentFolderIsRefused) {
  const std::string outside = folder_.Write("stricter/a.yaml", "intro: text\n");
  folder_.Write("content/a.yaml", "intro: Bonjour\n");
  std::filesystem::create_directories(folder_.Path("content/schemas"));
  std::filesystem::create_symlink(outside, folder_.Path("content/schemas/a.yaml"));
  EXPECT_FALSE(Load({"a.yaml"}));
  ASSERT_EQ(diagnostics_.ErrorCount(), 1u) << Messages();
  EXPECT_NE(Messages().find("'schemas/a.yaml' is a link to " + outside + ", outside the folder"),
            std::string::npos)
      << Messages();
}

TEST_F(ContentSetTest, SchemaThatIsANamedPipeIsRefusedWithoutWaiting) {
  folder_.Write("content/a.yaml", "intro: Bonjour\n");
  std::filesystem::create_directories(folder_.Path("content/schemas"));
  ASSERT_EQ(mkfifo(folder_.Path("content/schemas/a.yaml").c_str(), 0644), 0);
  EXPECT_FALSE(Load({"a.yaml"}));
  EXPECT_NE(Messages().find(folder_.Path("content/schemas/a.yaml") + ": error: cannot read " +
                            folder_.Path("content/schemas/a.yaml") +
                            ": it is not a regular file but a named pipe"),
            std::string::npos)
      << Messages();
}

// A model that records what it saw and complains about one value.
class RecordingModel : public ContentModel {
 public:
  std::vector<std::string_view> keys() const override { return {"sheet", "extra"}; }
  void Check(ContentValue* content, DiagnosticList* diagnostics) const override {
    checked_keys = content->Keys();
    const ContentValue* sheet = content->Find("sheet");
    if (sheet && sheet->scalar == "faux") diagnostics->Error(sheet->location, "the sheet is wrong");
  }
  void Finish(ContentValue* content) const override {
    const ContentValue* kit = content->Find("kit");
    finished_with_date = kit && kit->Find("updated_fr");
  }
  mutable std::vector<std::string> checked_keys;
  mutable bool finished_with_date = false;
};

TEST_F(ContentSetTest, AModelRunsOnlyForContentThatHasOneOfItsKeys) {
  folder_.Write("content/a.yaml", "intro: Bonjour\n");
  folder_.Write("content/b.yaml", "extra: oui\n");
  RecordingModel model;
  ASSERT_TRUE(Load({"a.yaml"}, {&model}));
  EXPECT_TRUE(model.checked_keys.empty());
  EXPECT_FALSE(model.finished_with_date);

  ASSERT_TRUE(Load({"a.yaml", "b.yaml"}, {&model}));
  EXPECT_EQ(model.checked_keys, (std::vector<std::string>{"intro", "extra"}));
  EXPECT_TRUE(model.finished_with_date);  // after the French dates
}

TEST_F(ContentSetTest, AModelsErrorFailsTheLoadAndSkipsFinish) {
  folder_.Write("content/a.yaml", "sheet: faux\n");
  RecordingModel model;
  EXPECT_FALSE(Load({"a.yaml"}, {&model}));
  EXPECT_FALSE(model.finished_with_date);
  ASSERT_EQ(diagnostics_.ErrorCount(), 1u);
  EXPECT_EQ(FormatDiagnostic(FirstError()),
            folder_.Path("content/a.yaml") + ":1:8: error: the sheet is wrong");
}

TEST_F(ContentSetTest, AddsFrenchDatesBesideIsoDates) {
  folder_.Write("content/a.yaml",
                "meeting:\n  date: 2026-12-01\nsessions:\n  - date: 2026-11-26\n  - date: "
                "bientôt\n");
  auto data = Load({"a.yaml"});
  ASSERT_TRUE(data);
  EXPECT_EQ(data->Find("meeting")->Find("date_fr")->scalar, "1er\u00A0décembre\u00A02026");
  const auto& sessions = data->Find("sessions")->items;
  EXPECT_EQ(sessions[0].Find("date_fr")->scalar, "26\u00A0novembre\u00A02026");
  EXPECT_EQ(sessions[1].Find("date_fr"), nullptr);
  EXPECT_EQ(data->Find("kit")->Find("updated_fr")->scalar, "2\u00A0mars\u00A02026");
}

TEST(AddFrenchDatesTest, KeepsAUserWrittenFrenchDate) {
  ContentValue map = ContentValue::Map();
  map.Set("date", ContentValue::Scalar("2026-11-26"));
  map.Set("date_fr", ContentValue::Scalar("fin novembre"));
  AddFrenchDates(&map);
  EXPECT_EQ(map.Find("date_fr")->scalar, "fin novembre");
}

TEST(ContentFilesTest, EachDocumentTakesItsFilesAndTheLastOneTakesTheTree) {
  TestFolder folder;
  for (auto [name, text] :
       {std::pair{"shared", "title: Commun\n"}, {"own", "note: Seul\n"}, {"broken", "title: [\n"}})
    folder.Write(std::string("content/") + name + ".yaml", text);
  const KitManifest manifest{.content_dir = folder.Path("content")};
  const DocumentSpec guide{.content_files = {"shared.yaml", "own.yaml"}};
  const DocumentSpec sheet{.content_files = {"shared.yaml", "broken.yaml"}};
  DiagnosticList problems;
  ContentFiles files = ContentFiles::Load(manifest, {&guide, &sheet}, &problems);
  EXPECT_EQ(problems.ErrorCount(), 1u);  // broken.yaml, reported once when read

  std::optional<ContentValue> one = files.Take("shared.yaml");
  std::optional<ContentValue> two = files.Take("shared.yaml");
  ASSERT_TRUE(one && two);
  EXPECT_EQ(one->Find("title")->scalar, "Commun");
  EXPECT_EQ(two->Find("title")->scalar, "Commun");
  std::optional<ContentValue> own = files.Take("own.yaml");
  ASSERT_TRUE(own);
  EXPECT_EQ(own->Find("note")->scalar, "Seul");
  EXPECT_FALSE(files.Take("broken.yaml"));
  EXPECT_FALSE(files.Take("unknown.yaml"));
}

TEST(ContentFilesTest, WithACacheTheContentFolderIsReadOnceAndFilesFromElsewhereEachTime) {
  TestFolder folder;
  folder.Write("content/shared.yaml", "title: Commun\n");
  folder.Write("content/broken.yaml", "title: [\n");
  folder.Write("kit-1/event.yaml", "title: Premier\n");
  KitManifest manifest{.content_dir = folder.Path("content")};
  manifest.files_elsewhere["event.yaml"] = folder.Path("kit-1/event.yaml");
  const DocumentSpec spec{.content_files = {"shared.yaml", "broken.yaml", "event.yaml"}};
  ContentFileCache cache;
  DiagnosticList first;
  ContentFiles::Load(manifest, {&spec}, &first, &cache);

  // Changed between two kits: the cache still has the content folder's
  // file as it was; the kit's own file is read again.
  folder.Write("content/shared.yaml", "title: Changé\n");
  folder.Write("kit-2/event.yaml", "title: Second\n");
  manifest.files_elsewhere["event.yaml"] = folder.Path("kit-2/event.yaml");
  DiagnosticList second;
  ContentFiles files = ContentFiles::Load(manifest, {&spec}, &second, &cache);
  EXPECT_EQ(files.Take("shared.yaml")->Find("title")->scalar, "Commun");
  EXPECT_EQ(files.Take("event.yaml")->Find("title")->scalar, "Second");
  EXPECT_FALSE(files.Take("broken.yaml"));
  // Each kit hears of the broken file, and of its own file's problems.
  EXPECT_EQ(first.ErrorCount(), 1u);
  EXPECT_EQ(second.ErrorCount(), 1u);
  ASSERT_EQ(second.items().size(), 3u) << FormatDiagnostics(second);
  EXPECT_EQ(second.items()[1].message, first.items()[1].message);
  EXPECT_NE(second.items()[2].location.file.find("kit-2"), std::string::npos);
}

}  // namespace
}  // namespace coopkit::content
