#include "content/web_address.h"

#include <algorithm>
#include <cctype>

namespace coopkit::content {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsSpace(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }

bool IsDottedName(std::string_view name) {
  return !name.empty() && name.front() != '.' && name.back() != '.' &&
         name.find('.') != std::string_view::npos && name.find("..") == std::string_view::npos;
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

}  // namespace coopkit::content
