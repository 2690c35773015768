// Line breaks as editors write them: LF (Unix), CR LF (Windows) and a lone
// CR (old Mac OS). Every line and column coopkit reports counts all three,
// as cmark does.
#pragma once

#include <string>
#include <string_view>

namespace coopkit {

/// The length of the line break at `offset` of `text`: 2 for CR LF, 1 for a
/// lone LF or CR, 0 for any other byte or past the end.
size_t LineBreakAt(std::string_view text, size_t offset);

/// The offset of the first line break at or after `from`, or npos.
size_t FindLineBreak(std::string_view text, size_t from);

/// Makes each lone CR of `text` an LF, which yaml-cpp, kainjow and coopkit's
/// own line splitting understand; byte offsets stay the same.
void MakeLoneCarriageReturnsLineFeeds(std::string* text);

}  // namespace coopkit
