#include "content/content_set.h"

#include <gtest/gtest.h>

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
  std::optional<ContentValue> Load(std::vector<std::string> files) {
    document_.content_files = std::move(files);
    return LoadContentSet(manifest_, document_, &diagnostics_);
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
  const Diagnostic& d = diagnostics_.items()[0];
  EXPECT_EQ(d.location.file, folder_.Path("content/b.yaml"));
  EXPECT_EQ(d.location.line, 2);
  EXPECT_NE(d.hint.find(folder_.Path("content/a.yaml") + ":1:1"), std::string::npos) << d.hint;
}

TEST_F(ContentSetTest, ReservedKeysAndEventAreChecked) {
  folder_.Write("content/a.yaml", "kit: x\nevent:\n  title: T\n");
  EXPECT_FALSE(Load({"a.yaml"}));
  std::string all;
  for (const Diagnostic& d : diagnostics_.items()) all += FormatDiagnostic(d) + "\n";
  EXPECT_NE(all.find("'kit' is reserved"), std::string::npos) << all;
  EXPECT_NE(all.find("missing field 'city' in event"), std::string::npos) << all;
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

}  // namespace
}  // namespace coopkit::content
