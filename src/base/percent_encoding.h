// Percent-encoding (RFC 3986): each byte that may not stand as it is in an
// address written %XX, with upper-case hexadecimal digits. The two kinds of
// address coopkit writes keep different bytes.
#pragma once

#include <string>
#include <string_view>

namespace coopkit {

/// A web address as a PDF link holds it, 7-bit: non-ASCII bytes, spaces,
/// controls and the characters RFC 3986 never allows are escaped. '%' is
/// kept, so an address that is already escaped stays as it is.
std::string PercentEncodedAddress(std::string_view address);

/// A relative path as a link of a web page: each byte that is not unreserved
/// (letters, digits, '-', '.', '_', '~') or a folder separator is escaped.
std::string PercentEncodedPath(std::string_view path);

}  // namespace coopkit
