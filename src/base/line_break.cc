#include "base/line_break.h"

namespace coopkit {

size_t LineBreakAt(std::string_view text, size_t offset) {
  if (offset >= text.size()) return 0;
  if (text[offset] == '\r') return offset + 1 < text.size() && text[offset + 1] == '\n' ? 2 : 1;
  return text[offset] == '\n' ? 1 : 0;
}

size_t FindLineBreak(std::string_view text, size_t from) {
  return text.find_first_of("\r\n", from);
}

void MakeLoneCarriageReturnsLineFeeds(std::string* text) {
  for (size_t at = text->find('\r'); at != std::string::npos; at = text->find('\r', at + 1)) {
    if (at + 1 == text->size() || (*text)[at + 1] != '\n') (*text)[at] = '\n';
  }
}

}  // namespace coopkit
