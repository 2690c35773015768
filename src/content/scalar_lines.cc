#include "content/scalar_lines.h"

#include <algorithm>

#include "base/line_break.h"

namespace coopkit::content {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

size_t SkipBlanks(std::string_view s, size_t p) {
  while (p < s.size() && IsBlank(s[p])) ++p;
  return p;
}

// The start of the line after the one holding `p`, or s.size().
size_t NextLine(std::string_view s, size_t p) {
  while (p < s.size() && !LineBreakAt(s, p)) ++p;
  return p + LineBreakAt(s, p);
}

size_t LeadingSpaces(std::string_view s, size_t p) {
  size_t q = p;
  while (q < s.size() && s[q] == ' ') ++q;
  return q - p;
}

// Whether the line starting at `p` holds nothing but blanks.
bool IsBlankLine(std::string_view s, size_t p) {
  p = SkipBlanks(s, p);
  return p >= s.size() || LineBreakAt(s, p);
}

std::vector<std::string_view> LinesOf(std::string_view value) {
  std::vector<std::string_view> lines;
  for (size_t start = 0; start < value.size();) {
    size_t newline = value.find('\n', start);
    size_t end = newline == std::string_view::npos ? value.size() : newline;
    lines.push_back(value.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

// A literal or folded block scalar whose header is at `p`. The indentation
// is not parsed from the header: it is what the first line with text has
// beyond the value's own first line with text.
void ReadBlockScalar(std::string_view s, size_t p, const std::vector<std::string_view>& lines,
                     std::vector<size_t>* offsets) {
  const bool folded = s[p] == '>';
  p = NextLine(s, p);
  auto first_text = std::find_if(lines.begin(), lines.end(), [](std::string_view line) {
    return line.find_first_not_of(' ') != std::string_view::npos;
  });
  size_t text_line = p;
  while (text_line < s.size() && IsBlankLine(s, text_line)) text_line = NextLine(s, text_line);
  if (first_text == lines.end() || text_line >= s.size()) return;
  const size_t value_spaces = first_text->find_first_not_of(' ');
  const size_t source_spaces = LeadingSpaces(s, text_line);
  if (source_spaces < value_spaces) return;
  const size_t indent = source_spaces - value_spaces;
  auto content = [&](size_t line) { return line + std::min(indent, LeadingSpaces(s, line)); };

  if (!folded) {  // one line of text per line of the source
    for (; p < s.size() && offsets->size() < lines.size(); p = NextLine(s, p))
      offsets->push_back(content(p));
    return;
  }
  // Folding: a break between two lines of text becomes a space, and each
  // empty line between them a line feed; around a more indented line
  // (« spaced »), every break is kept.
  bool seen_text = false, last_spaced = false;
  size_t empty_lines = 0;
  for (; p < s.size() && offsets->size() < lines.size(); p = NextLine(s, p)) {
    if (IsBlankLine(s, p)) {
      ++empty_lines;
      continue;
    }
    if (LeadingSpaces(s, p) < indent) return;  // the block has ended
    const size_t at = content(p);
    const bool spaced = IsBlank(s[at]);
    size_t breaks = empty_lines + (seen_text && (spaced || last_spaced) ? 1 : 0);
    if (!seen_text) breaks = empty_lines + 1;  // the first line of text starts a line
    // Empty lines of the value get the place of the text that follows them.
    for (size_t i = 0; i < breaks && offsets->size() < lines.size(); ++i) offsets->push_back(at);
    seen_text = true;
    last_spaced = spaced;
    empty_lines = 0;
  }
}

// A plain or quoted scalar starting at `p`: its lines fold as in a folded
// block, and in double quotes `\n` breaks a line and `\` joins two.
void ReadFlowScalar(std::string_view s, size_t p, size_t line_count, std::vector<size_t>* offsets) {
  const char quote = s[p] == '"' || s[p] == '\'' ? s[p] : 0;
  if (quote) ++p;
  offsets->push_back(p);
  while (p < s.size() && offsets->size() < line_count) {
    const char c = s[p];
    if (quote && c == quote) {
      if (quote == '\'' && p + 1 < s.size() && s[p + 1] == '\'') {
        p += 2;
        continue;
      }
      return;
    }
    if (quote == '"' && c == '\\' && p + 1 < s.size()) {
      const char escape = s[p + 1];
      if (escape == 'n') {
        p += 2;
        offsets->push_back(p);
      } else if (size_t length = LineBreakAt(s, p + 1)) {
        p = SkipBlanks(s, p + 1 + length);  // an escaped line break joins the lines
      } else {
        p += escape == 'x' ? 4 : escape == 'u' ? 6 : escape == 'U' ? 10 : 2;
      }
      continue;
    }
    size_t after_blanks = SkipBlanks(s, p);
    size_t length = LineBreakAt(s, after_blanks);
    if (!length) {
      p = std::max(p + 1, after_blanks);
      continue;
    }
    // A line break: once alone it folds into a space, else each empty line
    // after it makes a line feed.
    p = after_blanks + length;
    size_t empty_lines = 0;
    for (p = SkipBlanks(s, p); (length = LineBreakAt(s, p)); p = SkipBlanks(s, p + length))
      ++empty_lines;
    for (size_t i = 0; i < empty_lines && offsets->size() < line_count; ++i) offsets->push_back(p);
  }
}

}  // namespace

std::vector<size_t> ScalarLineOffsets(std::string_view source, size_t node_offset,
                                      std::string_view value) {
  std::vector<size_t> offsets;
  const std::vector<std::string_view> lines = LinesOf(value);
  size_t p = node_offset;
  // Node properties: an anchor (&name) and a tag (!name), in either order.
  while (p < source.size() && (source[p] == '&' || source[p] == '!')) {
    while (p < source.size() && !IsBlank(source[p]) && !LineBreakAt(source, p)) ++p;
    while (p < source.size() && (IsBlank(source[p]) || LineBreakAt(source, p))) ++p;
  }
  if (lines.empty() || p >= source.size() || source[p] == '*') return offsets;
  if (source[p] == '|' || source[p] == '>')
    ReadBlockScalar(source, p, lines, &offsets);
  else
    ReadFlowScalar(source, p, lines.size(), &offsets);
  // A line of text must start where it was found (or at an escape that
  // makes its first character); past the first that does not, none is known.
  for (size_t i = 0; i < offsets.size(); ++i) {
    const std::string_view line = lines[i];
    const size_t at = offsets[i];
    if (!line.empty() && (at >= source.size() || (source[at] != line[0] && source[at] != '\\'))) {
      offsets.resize(i);
      break;
    }
  }
  return offsets;
}

}  // namespace coopkit::content
