// Turns a byte offset in a text into the line and column a user sees: lines
// and columns count from 1 and columns count characters, not UTF-8 bytes.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"

namespace coopkit::content {

/// The location of byte `offset` in `text`, which is the content of `file`.
SourceLocation LocationOfOffset(const std::string& file, std::string_view text, size_t offset);

/// The location of the byte at 0-based `line` and 0-based byte `column`.
SourceLocation LocationOfLineByte(const std::string& file, std::string_view text, int line,
                                  int column);

/// The byte offset where 1-based `line` of `text` starts; its size past the end.
size_t OffsetOfLine(std::string_view text, int line);

/// The location of the first character of 1-based `line` that is neither a
/// space nor a tab: where the line's text starts, when the place of
/// something on it is lost.
SourceLocation LocationOfLineText(const std::string& file, std::string_view text, int line);

/// Where each line of a text starts, so that many positions in one file are
/// found without rescanning it from the top each time.
class LineStarts {
 public:
  explicit LineStarts(std::string_view text);
  /// Same as LocationOfLineByte, in time independent of the line number.
  SourceLocation Locate(const std::string& file, int line, int column) const;
  /// Same as LocationOfOffset, in time logarithmic in the number of lines.
  SourceLocation LocateOffset(const std::string& file, size_t offset) const;

 private:
  std::string_view text_;
  std::vector<size_t> starts_;  // byte offset of each line
};

/// The byte offset of the first malformed UTF-8 sequence, or npos.
size_t FindInvalidUtf8(std::string_view text);

/// Why a user's text file cannot be read as text: where and what.
struct TextFault {
  size_t offset = 0;  // bytes from the start
  std::string message;
  std::string hint;
};

/// The byte offset of the first control character or noncharacter in
/// `text`, or npos: C0 (other than tab, line feed and carriage return), DEL,
/// C1 (U+0080 to U+009F), or one of base/utf8.h's IsNoncharacter (U+FFFE,
/// U+FDD0...). None can be printed; a NUL would cut a value short.
size_t FindNonTextCharacter(std::string_view text);

/// « control character U+0085 (NEL) » or « U+FFFE (not a character) », for
/// the one at `offset` of `text`.
std::string NonTextCharacterAt(std::string_view text, size_t offset);

inline constexpr const char* kControlCharacterHint =
    "remove it: it is invisible in most editors and no font can print it";

/// The first malformed UTF-8 sequence, control character or noncharacter
/// in `text`.
std::optional<TextFault> FindTextFault(std::string_view text);

}  // namespace coopkit::content
