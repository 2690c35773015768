// Plain advice for the YAML syntax errors people make most: an unquoted
// « : » inside a value, a tab in the indentation, a quote, [ or { that is
// never closed. yaml-cpp names these by the rule it tripped on (« illegal map
// value »), often at the end of the file; the text around its mark shows the
// cause, and the advice is given only when it does so for certain.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace coopkit::content {

/// What to tell the user instead of yaml-cpp's message, and where.
struct YamlSyntaxAdvice {
  size_t offset = 0;  // bytes from the start of the text
  std::string message;
  std::string hint;
};

/// Advice for the error `message` that yaml-cpp reported at byte `offset`
/// of `text`; nullopt when its cause is not certain (keep yaml-cpp's).
std::optional<YamlSyntaxAdvice> AdviseOnYamlError(std::string_view text, std::string_view message,
                                                  size_t offset);

/// Advice when the quoted text starting at byte `offset` never closes:
/// yaml-cpp then takes the rest of the file as its value, without error.
std::optional<YamlSyntaxAdvice> AdviseOnUnclosedQuote(std::string_view text, size_t offset);

}  // namespace coopkit::content
