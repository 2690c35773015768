// Numeric character references that name no character. cmark-gfm prints
// &#0;, &#xD800; (a surrogate) and &#x110000; (past Unicode's end) as
// U+FFFD « � », and a noncharacter (&#xFFFE;) or a control character (&#7;)
// as itself, which no font has: each would be printed wrong without a word.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace coopkit::markup {

struct BadCharacterReference {
  size_t offset = 0;  // of its '&'
  std::string message;
};

/// The references in `source`, the Markdown of a text (no code span, no
/// link destination), that name no character: NUL, a surrogate, a value
/// past U+10FFFF, a noncharacter, or a control character other than tab,
/// line feed and carriage return. A reference whose '&' is escaped (\&#0;)
/// is text.
std::vector<BadCharacterReference> FindBadCharacterReferences(std::string_view source);

}  // namespace coopkit::markup
