#include "content/text_position.h"

#include <algorithm>
#include <cstdio>

#include "base/line_break.h"
#include "base/utf8.h"

namespace coopkit::content {

namespace {

// The start of the line after the break at or after `from`, or npos.
size_t NextLineStart(std::string_view text, size_t from) {
  size_t at = FindLineBreak(text, from);
  return at == std::string_view::npos ? at : at + LineBreakAt(text, at);
}

}  // namespace

SourceLocation LocationOfOffset(const std::string& file, std::string_view text, size_t offset) {
  offset = std::min(offset, text.size());
  int line = 1;
  size_t line_start = 0;
  for (size_t next = NextLineStart(text, 0); next != std::string_view::npos && next <= offset;
       next = NextLineStart(text, next)) {
    ++line;
    line_start = next;
  }
  int column = 1 + static_cast<int>(Utf8Length(text.substr(line_start, offset - line_start)));
  return {file, line, column};
}

size_t OffsetOfLine(std::string_view text, int line) {
  size_t offset = 0;
  for (int l = 1; l < line && offset != std::string_view::npos; ++l)
    offset = NextLineStart(text, offset);
  return offset == std::string_view::npos ? text.size() : offset;
}

SourceLocation LocationOfLineByte(const std::string& file, std::string_view text, int line,
                                  int column) {
  return LocationOfOffset(file, text, OffsetOfLine(text, line + 1) + std::max(column, 0));
}

SourceLocation LocationOfLineText(const std::string& file, std::string_view text, int line) {
  size_t offset = OffsetOfLine(text, line);
  while (offset < text.size() && (text[offset] == ' ' || text[offset] == '\t')) ++offset;
  return LocationOfOffset(file, text, offset);
}

LineStarts::LineStarts(std::string_view text) : text_(text) {
  starts_.push_back(0);
  for (size_t next = NextLineStart(text, 0); next != std::string_view::npos;
       next = NextLineStart(text, next))
    starts_.push_back(next);
}

SourceLocation LineStarts::Locate(const std::string& file, int line, int column) const {
  if (line < 0 || static_cast<size_t>(line) >= starts_.size())
    return LocationOfOffset(file, text_, text_.size());
  size_t start = starts_[line];
  size_t end = std::min(text_.size(), start + std::max(column, 0));
  return {file, line + 1, 1 + static_cast<int>(Utf8Length(text_.substr(start, end - start)))};
}

SourceLocation LineStarts::LocateOffset(const std::string& file, size_t offset) const {
  offset = std::min(offset, text_.size());
  auto after = std::upper_bound(starts_.begin(), starts_.end(), offset);
  const int line = static_cast<int>(after - starts_.begin()) - 1;
  return Locate(file, line, static_cast<int>(offset - starts_[line]));
}

size_t FindInvalidUtf8(std::string_view text) {
  for (size_t pos = 0; pos < text.size();) {
    size_t start = pos;
    // A well-formed U+FFFD takes three bytes; a malformed sequence decodes
    // to it too but advances by one.
    if (DecodeUtf8(text, &pos) == kReplacementCharacter && pos - start == 1) return start;
  }
  return std::string_view::npos;
}

size_t FindNonTextCharacter(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) return i;
    // U+0080 to U+009F: 0xC2 is always a lead byte, and these its only followers.
    if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) <= 0x9F &&
        static_cast<unsigned char>(text[i + 1]) >= 0x80)
      return i;
    // Noncharacters take three bytes from 0xEF, or four from 0xF0 to 0xF4.
    if (c == 0xEF || (c >= 0xF0 && c <= 0xF4)) {
      size_t end = i;
      if (IsNoncharacter(DecodeUtf8(text, &end))) return i;
    }
  }
  return std::string_view::npos;
}

std::string NonTextCharacterAt(std::string_view text, size_t offset) {
  size_t end = offset;
  const char32_t decoded = DecodeUtf8(text, &end);
  char code[16];
  std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(decoded));
  if (IsNoncharacter(decoded)) return std::string(code) + " (not a character)";
  const auto c = static_cast<unsigned char>(text[offset]);
  const unsigned code_point = c == 0xC2 ? static_cast<unsigned char>(text[offset + 1]) : c;
  std::snprintf(code, sizeof code, "U+%04X", code_point);
  const char* name = code_point == 0x00   ? " (NUL)"
                     : code_point == 0x07 ? " (BEL)"
                     : code_point == 0x1B ? " (ESC)"
                     : code_point == 0x7F ? " (DEL)"
                     : code_point == 0x85 ? " (NEL)"
                                          : "";
  return std::string("control character ") + code + name;
}

std::optional<TextFault> FindTextFault(std::string_view text) {
  size_t control = std::min(FindNonTextCharacter(text), text.size());
  size_t malformed = FindInvalidUtf8(text.substr(0, control));
  if (malformed != std::string_view::npos)
    return TextFault{malformed, "invalid UTF-8", "save the file as UTF-8"};
  if (control == text.size()) return std::nullopt;
  return TextFault{control, NonTextCharacterAt(text, control) + " in the text",
                   kControlCharacterHint};
}

}  // namespace coopkit::content
