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

/// Where each line of a text starts, so that many positions in one file are
/// found without rescanning it from the top each time.
class LineStarts {
 public:
  explicit LineStarts(std::string_view text);
  /// Same as LocationOfLineByte, in time independent of the line number.
  SourceLocation Locate(const std::string& file, int line, int column) const;

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

/// The first malformed UTF-8 sequence or control character (other than tab,
/// line feed and carriage return: a NUL would cut a value short) in `text`.
std::optional<TextFault> FindTextFault(std::string_view text);

}  // namespace coopkit::content
