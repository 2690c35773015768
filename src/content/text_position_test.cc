#include "content/text_position.h"

#include <gtest/gtest.h>

#include <sstream>

namespace coopkit::content {
namespace {

TEST(TextPositionTest, OffsetToLineAndCharacterColumn) {
  std::string text = "ab\nçé x\n";
  SourceLocation at_x = LocationOfOffset("f", text, text.find('x'));
  EXPECT_EQ(at_x.line, 2);
  EXPECT_EQ(at_x.column, 4);
  EXPECT_EQ(LocationOfOffset("f", text, 0).line, 1);
  EXPECT_EQ(LocationOfOffset("f", text, 0).column, 1);
  EXPECT_EQ(LocationOfOffset("f", text, 2).line, 1);  // the newline itself
  EXPECT_EQ(LocationOfOffset("f", text, 3).line, 2);
}

TEST(TextPositionTest, LineAndByteColumn) {
  std::string text = "a\nçé x\n";
  SourceLocation at_x = LocationOfLineByte("f", text, 1, 5);
  EXPECT_EQ(at_x.line, 2);
  EXPECT_EQ(at_x.column, 4);
}

TEST(TextPositionTest, WhereALinesTextStarts) {
  const std::string text = "a\n  \t- çé\n\nfin";
  EXPECT_EQ(OffsetOfLine(text, 2), 2u);
  EXPECT_EQ(OffsetOfLine(text, 9), text.size()) << "past the end";
  SourceLocation item = LocationOfLineText("f", text, 2);
  EXPECT_EQ(item.line, 2);
  EXPECT_EQ(item.column, 4) << "after the spaces and the tab";
  EXPECT_EQ(LocationOfLineText("f", text, 1).column, 1);
  EXPECT_EQ(LocationOfLineText("f", text, 3).line, 3) << "a blank line";
  EXPECT_EQ(LocationOfLineText("f", text, 3).column, 1);
}

TEST(TextPositionTest, LineStartsAgreeWithTheScanningFunctions) {
  const std::string text = "a: 1\nécole: « deux »\n\n  - trois\nfin";
  LineStarts lines(text);
  std::istringstream in(text);
  std::string content;
  for (int line = 0; std::getline(in, content); ++line) {
    for (int column = 0; column <= static_cast<int>(content.size()); ++column) {
      SourceLocation expected = LocationOfLineByte("f.yaml", text, line, column);
      SourceLocation actual = lines.Locate("f.yaml", line, column);
      EXPECT_EQ(actual.line, expected.line) << line << ":" << column;
      EXPECT_EQ(actual.column, expected.column) << line << ":" << column;
    }
  }
}

TEST(TextPositionTest, FindsMalformedUtf8ButAcceptsReplacementCharacter) {
  EXPECT_EQ(FindInvalidUtf8("ok \xEF\xBF\xBD fine"), std::string::npos);
  EXPECT_EQ(FindInvalidUtf8("ok \xC3"), 3u);
}

TEST(TextPositionTest, TextFaultIsTheFirstControlCharacterOrMalformedSequence) {
  EXPECT_FALSE(FindTextFault("tab\there\r\nline\n"));
  std::string with_nul("ab\0c", 4);
  std::optional<TextFault> nul = FindTextFault(with_nul);
  ASSERT_TRUE(nul);
  EXPECT_EQ(nul->offset, 2u);
  EXPECT_EQ(nul->message, "control character U+0000 (NUL) in the text");
  std::optional<TextFault> bell = FindTextFault("é\a");
  ASSERT_TRUE(bell);
  EXPECT_EQ(bell->offset, 2u);
  EXPECT_EQ(bell->message, "control character U+0007 (BEL) in the text");
  std::optional<TextFault> malformed = FindTextFault("\xC3 then \x01");
  ASSERT_TRUE(malformed);
  EXPECT_EQ(malformed->offset, 0u);
  EXPECT_EQ(malformed->message, "invalid UTF-8");
}

TEST(TextPositionTest, DeleteAndC1ControlsAreControlCharactersToo) {
  EXPECT_FALSE(FindTextFault("« déjà » \u00A0 \u00A9 \u0100"));
  std::optional<TextFault> next_line = FindTextFault("ligne\n\u00E9\xC2\x85");
  ASSERT_TRUE(next_line);
  EXPECT_EQ(next_line->offset, 8u);
  EXPECT_EQ(next_line->message, "control character U+0085 (NEL) in the text");
  std::optional<TextFault> c1 = FindTextFault("x\xC2\x9Fy");
  ASSERT_TRUE(c1);
  EXPECT_EQ(c1->message, "control character U+009F in the text");
  std::optional<TextFault> del = FindTextFault("x\x7F");
  ASSERT_TRUE(del);
  EXPECT_EQ(del->message, "control character U+007F (DEL) in the text");
}

TEST(TextPositionTest, NoncharactersAreNotText) {
  EXPECT_FALSE(FindTextFault("\uFFFD \uFDCF \uFDF0 \uFFFC \U0001FFFD"));
  const std::pair<std::string, std::string> cases[] = {
      {"a\xEF\xBF\xBE", "U+FFFE"},      {"a\xEF\xBF\xBF", "U+FFFF"},
      {"a\xEF\xB7\x90", "U+FDD0"},      {"a\xEF\xB7\xAF", "U+FDEF"},
      {"a\xF0\x9F\xBF\xBE", "U+1FFFE"}, {"a\xF4\x8F\xBF\xBF", "U+10FFFF"}};
  for (const auto& [text, code] : cases) {
    std::optional<TextFault> fault = FindTextFault(text);
    ASSERT_TRUE(fault) << code;
    EXPECT_EQ(fault->offset, 1u) << code;
    EXPECT_EQ(fault->message, code + " (not a character) in the text");
  }
}

TEST(TextPositionTest, CrLfAndALoneCrEachEndALine) {
  for (const char* text : {"a\rb\rc x", "a\r\nb\r\nc x", "a\rb\r\nc x", "a\nb\rc x"}) {
    const std::string_view view = text;
    SourceLocation at_x = LocationOfOffset("f", view, view.find('x'));
    EXPECT_EQ(at_x.line, 3) << view;
    EXPECT_EQ(at_x.column, 3) << view;
    SourceLocation at_x_from_line = LineStarts(view).Locate("f", 2, 2);
    EXPECT_EQ(at_x_from_line.line, 3) << view;
    EXPECT_EQ(at_x_from_line.column, 3) << view;
    EXPECT_EQ(LocationOfLineByte("f", view, 2, 2).column, 3) << view;
    EXPECT_EQ(LineStarts(view).LocateOffset("f", view.find('x')).line, 3) << view;
  }
  // The LF of a CR LF is still on its line.
  EXPECT_EQ(LocationOfOffset("f", "ab\r\nc", 3).line, 1);
}

}  // namespace
}  // namespace coopkit::content
