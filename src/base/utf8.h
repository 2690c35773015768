// UTF-8 decoding and encoding for the code points coopkit measures and draws.
#pragma once

#include <string>
#include <string_view>

namespace coopkit {

inline constexpr char32_t kReplacementCharacter = 0xFFFD;

/// Decodes the code point starting at `*pos` and advances `*pos` past it.
/// Malformed sequences decode as U+FFFD and advance one byte.
char32_t DecodeUtf8(std::string_view text, size_t* pos);

void AppendUtf8(std::string* out, char32_t cp);

/// "U+1D538 𝔸" for messages: the code, then the character when it is
/// visible (not a space or a control character).
std::string DescribeCodePoint(char32_t cp);

/// True for the 66 code points Unicode keeps out of text for good
/// (U+FDD0 to U+FDEF, and the last two of every plane: U+FFFE, U+FFFF,
/// U+1FFFE...): no font has them and no keyboard types them.
constexpr bool IsNoncharacter(char32_t cp) {
  return (cp >= 0xFDD0 && cp <= 0xFDEF) || ((cp & 0xFFFE) == 0xFFFE && cp <= 0x10FFFF);
}

/// Number of code points in `text`.
size_t Utf8Length(std::string_view text);

/// True when `text` is well-formed UTF-8.
bool IsValidUtf8(std::string_view text);

/// Removes the byte order mark (U+FEFF) that some editors write at the start
/// of a UTF-8 file; it is no character of the text.
void RemoveByteOrderMark(std::string* text);

}  // namespace coopkit
