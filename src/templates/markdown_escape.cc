#include "templates/markdown_escape.h"

namespace coopkit::templates {
namespace {

constexpr std::string_view kInlineSpecials = "\\`*_[]<>#|!~&";
constexpr std::string_view kLineStartMarkers = "-+=:";

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::string EscapeMarkdown(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  bool at_line_start = true;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (at_line_start && c == ' ') {
      out += c;
      continue;
    }
    if (at_line_start && IsDigit(c)) {
      // "12." or "12)" opens an ordered list: escape its punctuation.
      size_t end = i;
      while (end < text.size() && IsDigit(text[end])) ++end;
      out.append(text.substr(i, end - i));
      i = end - 1;
      if (end < text.size() && (text[end] == '.' || text[end] == ')')) {
        out += '\\';
        out += text[end];
        i = end;
      }
      at_line_start = false;
      continue;
    }
    if (kInlineSpecials.find(c) != std::string_view::npos ||
        (at_line_start && kLineStartMarkers.find(c) != std::string_view::npos)) {
      out += '\\';
    }
    out += c;
    at_line_start = c == '\n';
  }
  return out;
}

}  // namespace coopkit::templates
