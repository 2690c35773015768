// Syntax checks for the web and e-mail addresses users write in content: the
// schema's `url` and `email` types and the resource directory use the same
// rules, so an address accepted in one place is accepted everywhere.
#pragma once

#include <string_view>

namespace coopkit::content {

/// http(s)://host[:port][/path...]: a host of letters, digits, dots and
/// dashes (or non-ASCII letters) with at least one inner dot, and no space.
bool IsWebAddress(std::string_view text);

/// name@domain.tld with one @, a dotted domain and no space.
bool IsEmailAddress(std::string_view text);

}  // namespace coopkit::content
