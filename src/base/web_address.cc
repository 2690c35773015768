#include "base/web_address.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "base/percent_decoding.h"
#include "base/utf8.h"

namespace coopkit {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsSpace(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }

bool IsDottedName(std::string_view name) {
  return !name.empty() && name.front() != '.' && name.back() != '.' &&
         name.find('.') != std::string_view::npos && name.find("..") == std::string_view::npos;
}

bool IsInvisible(char32_t cp) {
  return u_charType(static_cast<UChar32>(cp)) == U_FORMAT_CHAR ||
         u_hasBinaryProperty(static_cast<UChar32>(cp), UCHAR_DEFAULT_IGNORABLE_CODE_POINT);
}

bool IsStray(char32_t cp) {
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || u_isUWhiteSpace(static_cast<UChar32>(cp)) ||
         IsInvisible(cp) || IsNoncharacter(cp) || cp == kReplacementCharacter;
}

// « U+200B ZERO WIDTH SPACE », « U+0009 » for a character without a name.
std::string NameOf(char32_t cp) {
  char code[16];
  std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(cp));
  char name[128];
  UErrorCode status = U_ZERO_ERROR;
  int32_t length =
      u_charName(static_cast<UChar32>(cp), U_UNICODE_CHAR_NAME, name, sizeof name, &status);
  return std::string(code) + (U_SUCCESS(status) && length > 0 ? " " + std::string(name) : "");
}

// The last characters of `text`, enough to find a place in an address.
std::string Tail(std::string_view text) {
  constexpr size_t kShown = 40;  // bytes
  if (text.size() <= kShown) return std::string(text);
  size_t start = text.size() - kShown;
  while (start < text.size() && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) ++start;
  return "…" + std::string(text.substr(start));
}

std::string Lowercase(std::string_view text) {
  std::string lowered(text);
  for (char& c : lowered) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lowered;
}

// A scheme is a letter, then letters, digits, '+', '-' or '.', then ':'.
std::string_view SchemeOf(std::string_view target) {
  size_t colon = target.find(':');
  if (colon == std::string_view::npos || colon == 0 ||
      !std::isalpha(static_cast<unsigned char>(target[0])))
    return {};
  std::string_view scheme = target.substr(0, colon);
  bool valid = std::all_of(scheme.begin(), scheme.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.';
  });
  return valid ? scheme : std::string_view();
}

// +33 5 49 00 00 00 written as tel:+33549000000, or with '-', '.', '(' and ')'.
bool IsPhoneNumber(std::string_view number) {
  if (number.starts_with('+')) number.remove_prefix(1);
  return std::count_if(number.begin(), number.end(), IsDigit) >= 2 &&
         std::all_of(number.begin(), number.end(), [](char c) {
           return IsDigit(c) || c == '-' || c == '.' || c == '(' || c == ')';
         });
}

constexpr const char* kLinkHint =
    "a link in a PDF may open a web page (https://...), write an e-mail (mailto:...) or call a "
    "number (tel:...)";

// Sites whose every address is served over https; with or without « www. ».
constexpr std::string_view kHostsServingHttps[] = {
    "associations.gouv.fr",
    "data.gouv.fr",
    "economie.gouv.fr",
    "github.com",
    "impots.gouv.fr",
    "insee.fr",
    "legifrance.gouv.fr",
    "openstreetmap.org",
    "service-public.fr",
    "travail-emploi.gouv.fr",
    "urssaf.fr",
    "youtube.com",
};
// Domains whose every subdomain is served over https: browsers refuse plain
// http there (HSTS preloaded with its subdomains).
constexpr std::string_view kDomainsServingHttps[] = {"app", "dev", "page", "wikipedia.org"};

bool ServesHttps(std::string_view host) {
  const std::string name = Lowercase(host);
  const std::string_view bare = std::string_view(name).substr(name.starts_with("www.") ? 4 : 0);
  if (std::find(std::begin(kHostsServingHttps), std::end(kHostsServingHttps), bare) !=
      std::end(kHostsServingHttps))
    return true;
  return std::any_of(std::begin(kDomainsServingHttps), std::end(kDomainsServingHttps),
                     [&name](std::string_view domain) {
                       return name.ends_with(domain) && name.size() > domain.size() &&
                              name[name.size() - domain.size() - 1] == '.';
                     });
}

}  // namespace

bool IsWebAddress(std::string_view text) {
  if (std::any_of(text.begin(), text.end(), IsSpace)) return false;
  for (std::string_view scheme : {"https://", "http://"}) {
    if (!text.starts_with(scheme)) continue;
    std::string_view rest = text.substr(scheme.size());
    std::string_view host = rest.substr(0, rest.find_first_of(":/?#"));
    bool host_ok = IsDottedName(host) && std::all_of(host.begin(), host.end(), [](char c) {
                     return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' ||
                            static_cast<unsigned char>(c) >= 0x80;
                   });
    std::string_view after = rest.substr(host.size());
    if (after.starts_with(':')) {
      std::string_view port = after.substr(1, after.find_first_of("/?#") - 1);
      if (port.empty() || !std::all_of(port.begin(), port.end(), IsDigit)) return false;
    }
    return host_ok;
  }
  return false;
}

bool IsEmailAddress(std::string_view text) {
  if (std::any_of(text.begin(), text.end(), IsSpace)) return false;
  size_t at = text.find('@');
  if (at == 0 || at == std::string_view::npos || text.find('@', at + 1) != std::string_view::npos)
    return false;
  return IsDottedName(text.substr(at + 1));
}

std::optional<AddressProblem> FindStrayCharacter(std::string_view address) {
  for (size_t at = 0; at < address.size();) {
    const size_t start = at;
    const char32_t cp = DecodeUtf8(address, &at);
    if (cp == kReplacementCharacter && at - start == 1)
      return AddressProblem{
          "holds a byte that is not UTF-8, after '" + Tail(address.substr(0, start)) + "'",
          "save the file as UTF-8"};
    if (!IsStray(cp)) continue;
    std::string what = NameOf(cp);
    if (IsInvisible(cp)) what += ", an invisible character,";
    std::string where =
        start == 0 ? "at its start" : "after '" + Tail(address.substr(0, start)) + "'";
    return AddressProblem{"holds " + what + " " + where,
                          cp == ' ' ? "an address has no space: remove it, or write it as %20"
                                    : "retype the address there: a character that does not show, "
                                      "often pasted with it, breaks the link"};
  }
  return std::nullopt;
}

std::optional<AddressProblem> WebAddressProblem(std::string_view text) {
  if (std::optional<AddressProblem> stray = FindStrayCharacter(text)) return stray;
  if (IsWebAddress(text)) return std::nullopt;
  return AddressProblem{"is not a web address",
                        "write the full address, e.g. https://example.org/page"};
}

std::optional<AddressProblem> LinkTargetProblem(std::string_view target) {
  if (target.empty())
    return AddressProblem{"is empty",
                          "write the address the link opens, e.g. "
                          "[texte](https://example.org/page)"};
  if (std::optional<AddressProblem> stray = FindStrayCharacter(target)) return stray;
  const std::string scheme = Lowercase(SchemeOf(target));
  const std::string_view rest = target.substr(std::min(target.size(), scheme.size() + 1));
  if (scheme == "http" || scheme == "https") return WebAddressProblem(target);
  if (scheme == "mailto") {
    if (IsEmailAddress(PercentDecoded(rest.substr(0, rest.find('?'))))) return std::nullopt;
    return AddressProblem{"is not an e-mail address", "write it as mailto:name@example.org"};
  }
  if (scheme == "tel") {
    if (IsPhoneNumber(rest)) return std::nullopt;
    return AddressProblem{"is not a phone number",
                          "write it as tel:+33549000000, digits without spaces"};
  }
  if (!scheme.empty())
    return AddressProblem{"uses the '" + scheme + ":' scheme, which a link in a PDF may not open",
                          kLinkHint};
  if (target.starts_with('#'))
    return AddressProblem{"is a place in the document, which coopkit does not link to",
                          "name the part instead (« voir la partie 2 »): the table of contents "
                          "gives its page"};
  if (target.starts_with("www."))
    return AddressProblem{"is not a web address", "write it whole: https://" + std::string(target)};
  return AddressProblem{"is a file path, which does not open from a PDF", kLinkHint};
}

std::optional<AddressProblem> UnencryptedAddressProblem(std::string_view address) {
  constexpr std::string_view kHttp = "http://";
  if (!address.starts_with(kHttp) || !IsWebAddress(address)) return std::nullopt;
  const std::string_view rest = address.substr(kHttp.size());
  const std::string_view host = rest.substr(0, rest.find_first_of(":/?#"));
  if (rest.substr(host.size()).starts_with(':') || !ServesHttps(host)) return std::nullopt;
  return AddressProblem{"is not encrypted",
                        "write https://" + std::string(rest) + ": this site serves it encrypted"};
}

}  // namespace coopkit
