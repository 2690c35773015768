#include "base/diagnostic.h"

#include <gtest/gtest.h>

#include <sstream>

namespace coopkit {
namespace {

TEST(DiagnosticTest, FormatsFileLineColumnAndHint) {
  DiagnosticList list;
  list.Error({"content/event.yaml", 4, 3}, "unknown key 'tilte'", "did you mean 'title'?");
  EXPECT_EQ(FormatDiagnostic(list.items()[0]),
            "content/event.yaml:4:3: error: unknown key 'tilte'\n  hint: did you mean 'title'?");
}

TEST(DiagnosticTest, OmitsUnknownPositionParts) {
  DiagnosticList list;
  list.Warning({"templates/guide.mustache", 0, 0}, "unused");
  list.Error({"a.yaml", 7, 0}, "bad");
  EXPECT_EQ(FormatDiagnostic(list.items()[0]), "templates/guide.mustache: warning: unused");
  EXPECT_EQ(FormatDiagnostic(list.items()[1]), "a.yaml:7: error: bad");
}

TEST(DiagnosticTest, ListCountsAndPrintsEveryDiagnosticInOrder) {
  DiagnosticList list;
  EXPECT_FALSE(list.HasErrors());
  list.Warning({"a", 1, 1}, "first");
  EXPECT_FALSE(list.HasErrors());
  list.Error({"b", 2, 2}, "second");
  list.Error({"c", 3, 3}, "third");
  EXPECT_TRUE(list.HasErrors());
  EXPECT_EQ(list.ErrorCount(), 2u);
  EXPECT_EQ(list.WarningCount(), 1u);
  std::ostringstream out;
  list.Print(out);
  EXPECT_EQ(out.str(), "a:1:1: warning: first\nb:2:2: error: second\nc:3:3: error: third\n");
}

TEST(DiagnosticListTest, WarningsMadeErrorsSayWhy) {
  DiagnosticList list;
  list.Error({"a.yaml", 1, 1}, "bad");
  list.Warning({"b.yaml", 2, 3}, "odd", "look");
  list.Warning({"c.yaml", 0, 0}, "odd too");
  list.TreatWarningsAsErrors("--strict");
  EXPECT_EQ(list.ErrorCount(), 3u);
  EXPECT_EQ(list.WarningCount(), 0u);
  EXPECT_EQ(list.items()[0].hint, "");
  EXPECT_EQ(list.items()[1].hint, "look; a warning, made an error by --strict");
  EXPECT_EQ(list.items()[2].hint, "a warning, made an error by --strict");
}

TEST(DiagnosticListTest, FormatsEveryDiagnosticOneALine) {
  DiagnosticList list;
  EXPECT_EQ(FormatDiagnostics(list), "");
  list.Error({"a.yaml", 2, 5}, "bad", "try this");
  list.Warning({"b.md", 7, 0}, "odd");
  EXPECT_EQ(FormatDiagnostics(list),
            "a.yaml:2:5: error: bad\n  hint: try this\nb.md:7: warning: odd\n");
}

TEST(DiagnosticListTest, AppendingSkipsWhatTheListAlreadySays) {
  DiagnosticList kit, guide, directory;
  guide.Warning({"entry.mustache", 9, 73}, "'region' names nothing");
  directory.Warning({"entry.mustache", 9, 73}, "'region' names nothing");
  directory.Error({"resources.yaml", 4, 7}, "unknown kind");
  kit.Append(guide);
  kit.Append(directory);
  ASSERT_EQ(kit.items().size(), 2u);
  EXPECT_EQ(kit.WarningCount(), 1u);
  EXPECT_EQ(kit.ErrorCount(), 1u);
}

}  // namespace
}  // namespace coopkit
