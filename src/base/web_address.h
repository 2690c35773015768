// Syntax checks for the web and e-mail addresses users write in content: the
// schema's `url` and `email` types, the resource directory and the links of
// the Markdown use the same rules, so an address accepted in one place is
// accepted everywhere.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace coopkit {

/// http(s)://host[:port][/path...]: a host of letters, digits, dots and
/// dashes (or non-ASCII letters) with at least one inner dot, and no space.
bool IsWebAddress(std::string_view text);

/// name@domain.tld with one @, a dotted domain and no space.
bool IsEmailAddress(std::string_view text);

/// What is wrong with an address, to follow it, quoted, in a message:
/// « holds U+200B ZERO WIDTH SPACE, an invisible character, after
/// 'https://' », « is not a web address ».
struct AddressProblem {
  std::string message;
  std::string hint;
};

/// The first character that has no place in an address, none of which
/// shows in an editor while each one breaks the link: a space, a control
/// character, an invisible one (a format or default-ignorable character:
/// zero width space, joiners, word joiner, byte order mark, soft hyphen,
/// bidi marks), a noncharacter, U+FFFD or a malformed UTF-8 sequence.
std::optional<AddressProblem> FindStrayCharacter(std::string_view address);

/// What is wrong with `text` as a web address (IsWebAddress, with no stray
/// character); nullopt when it is one.
std::optional<AddressProblem> WebAddressProblem(std::string_view text);

/// What is wrong with `target` as the target of a link in a PDF; nullopt
/// when a reader can follow it: a web address, `mailto:` and an e-mail
/// address, or `tel:` and a phone number. Any other scheme (javascript:,
/// file:, data:...), a file path and a `#place` in the document are not.
std::optional<AddressProblem> LinkTargetProblem(std::string_view target);

/// A warning for an http:// address whose site is known to serve the same
/// address over https: the address with the fix; nullopt for any other. The
/// sites known are few (hosts whose https is certain, such as those of
/// French public services and domains whose browsers refuse plain http):
/// coopkit does not go online to ask, and a site not known is not
/// suspected, so a test address such as http://localhost is never warned.
std::optional<AddressProblem> UnencryptedAddressProblem(std::string_view address);

}  // namespace coopkit
