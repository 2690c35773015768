#include "forum_import/export_text.h"

#include <gtest/gtest.h>

namespace coopkit::forum_import {
namespace {

std::optional<std::string> Decode(const std::string& bytes, DiagnosticList* diagnostics) {
  return DecodeExportText(bytes, "export.txt", diagnostics);
}

TEST(ExportTextTest, Utf8WithLineFeedsIsKeptAsItIs) {
  DiagnosticList diagnostics;
  const std::string text = "Coopérer\n\nVille\u00a0: Poitiers\n";
  EXPECT_EQ(Decode(text, &diagnostics), text);
  EXPECT_TRUE(diagnostics.empty());
}

TEST(ExportTextTest, CrlfAndLoneCarriageReturnsBecomeLineFeeds) {
  DiagnosticList diagnostics;
  EXPECT_EQ(Decode("a\r\nb\rc\r\n\r\nd", &diagnostics), "a\nb\nc\n\nd");
  EXPECT_TRUE(diagnostics.empty());
}

TEST(ExportTextTest, TheByteOrderMarkIsDropped) {
  DiagnosticList diagnostics;
  EXPECT_EQ(Decode("\xEF\xBB\xBFTitre\r\n", &diagnostics), "Titre\n");
}

TEST(ExportTextTest, Latin1IsConvertedWithAWarningAtItsFirstByte) {
  DiagnosticList diagnostics;
  // « Coopérer », « Ville : Poitiers » with a no-break space and « € », as
  // Windows-1252 writes them.
  std::optional<std::string> text = Decode("Coop\xE9rer\nVille\xA0: Poitiers \x80\n", &diagnostics);
  EXPECT_EQ(text, "Coopérer\nVille\u00a0: Poitiers €\n");
  ASSERT_EQ(diagnostics.items().size(), 1u);
  EXPECT_EQ(FormatDiagnostic(diagnostics.items()[0])
                .rfind("export.txt:1:5: warning: this file is not UTF-8", 0),
            0u);
}

TEST(ExportTextTest, ControlCharactersAreErrorsAtTheirPlace) {
  DiagnosticList diagnostics;
  EXPECT_FALSE(Decode("Titre\nVille : Poi\x01tiers\n", &diagnostics));
  ASSERT_TRUE(diagnostics.HasErrors());
  EXPECT_EQ(diagnostics.items()[0].location.line, 2);
  EXPECT_EQ(diagnostics.items()[0].location.column, 12);
}

TEST(ExportTextTest, Utf16IsRefusedWithWhatToDo) {
  for (const std::string& bytes : {std::string("\xFF\xFET\0i\0", 6), std::string("T\0i\0", 4)}) {
    DiagnosticList diagnostics;
    EXPECT_FALSE(Decode(bytes, &diagnostics));
    ASSERT_TRUE(diagnostics.HasErrors());
    EXPECT_EQ(diagnostics.items()[0].message, "this file is UTF-16 text, not UTF-8");
  }
}

TEST(ExportTextTest, MixedEncodingsAreAnErrorRatherThanScrambledAccents) {
  DiagnosticList diagnostics;
  EXPECT_FALSE(Decode("Coopérer\nVille : Poiti\xE8rs\n", &diagnostics));
  ASSERT_TRUE(diagnostics.HasErrors());
  EXPECT_EQ(diagnostics.items()[0].location.line, 2);
  EXPECT_EQ(diagnostics.items()[0].location.column, 14);
}

TEST(ExportTextTest, ABinaryFileIsRefused) {
  DiagnosticList diagnostics;
  EXPECT_FALSE(Decode(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), &diagnostics));
  EXPECT_TRUE(diagnostics.HasErrors());
}

}  // namespace
}  // namespace coopkit::forum_import
