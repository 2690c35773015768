#include "templates/rendered_text.h"

#include <algorithm>
#include <charconv>
#include <optional>

namespace coopkit::templates {
namespace {

constexpr std::string_view kMarkOpen = "\uFDD0";
constexpr std::string_view kMarkClose = "\uFDD1";

bool IsSectionTag(const MustacheTag& tag) {
  return tag.kind == TagKind::kSection || tag.kind == TagKind::kInverted ||
         tag.kind == TagKind::kClose;
}

bool ProducesOutput(const MustacheTag& tag) {
  return tag.kind == TagKind::kVariable || tag.kind == TagKind::kUnescaped ||
         tag.kind == TagKind::kPartial;
}

// Where the mark of the line [start, end) goes: before its first output, so
// that it sits inside the same sections as the line's text. nullopt when the
// line starts inside a tag, or when kainjow may drop it as standalone (section
// tags and no literal text), since a mark would keep it.
std::optional<size_t> MarkPosition(std::string_view text, size_t start, size_t end,
                                   const std::vector<MustacheTag>& tags) {
  constexpr std::string_view kBlank = " \t\r";
  bool has_section_tag = false;
  bool has_literal_text = false;
  std::optional<size_t> first_output;
  size_t cursor = start;
  auto scan_literal = [&](size_t until) {
    size_t found = text.substr(0, until).find_first_not_of(kBlank, cursor);
    if (found != std::string_view::npos && found < until) {
      has_literal_text = true;
      if (!first_output) first_output = found;
    }
  };
  for (const MustacheTag& tag : tags) {
    if (tag.end <= start) continue;
    if (tag.begin >= end) break;
    if (tag.begin < start) return std::nullopt;
    scan_literal(tag.begin);
    has_section_tag |= IsSectionTag(tag);
    if (ProducesOutput(tag) && !first_output) first_output = tag.begin;
    cursor = std::min(tag.end, end);
  }
  scan_literal(end);
  if (has_section_tag && !has_literal_text) return std::nullopt;
  return first_output.value_or(start);
}

void AppendMark(std::string* out, size_t file_index, int line) {
  *out += kMarkOpen;
  *out += std::to_string(file_index) + ':' + std::to_string(line);
  *out += kMarkClose;
}

struct LineMark {
  size_t file = 0;
  int line = 0;
};

// The "file:line" between a mark's noncharacters; nullopt for any other
// text, which came from the content or the template itself.
std::optional<LineMark> ReadLineMark(std::string_view body) {
  const char* end = body.data() + body.size();
  LineMark mark;
  auto [file_end, file_error] = std::from_chars(body.data(), end, mark.file);
  if (file_error != std::errc() || file_end == end || *file_end != ':') return std::nullopt;
  auto [line_end, line_error] = std::from_chars(file_end + 1, end, mark.line);
  if (line_error != std::errc() || line_end != end) return std::nullopt;
  return mark;
}

}  // namespace

SourceLocation RenderedText::OriginOfLine(int line) const {
  if (line < 1 || line > static_cast<int>(line_origins.size())) return {};
  return line_origins[line - 1];
}

std::string InsertLineMarks(std::string_view text, const std::vector<MustacheTag>& tags,
                            size_t file_index) {
  std::string out;
  out.reserve(text.size() * 2);
  int line = 1;
  for (size_t start = 0; start < text.size(); ++line) {
    size_t newline = text.find('\n', start);
    size_t end = newline == std::string_view::npos ? text.size() : newline;
    size_t next = newline == std::string_view::npos ? text.size() : newline + 1;
    if (std::optional<size_t> mark = MarkPosition(text, start, end, tags)) {
      out.append(text.substr(start, *mark - start));
      AppendMark(&out, file_index, line);
      out.append(text.substr(*mark, next - *mark));
    } else {
      out.append(text.substr(start, next - start));
    }
    start = next;
  }
  return out;
}

std::string MarkEveryLine(std::string_view text, size_t file_index) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  int line = 1;
  for (size_t start = 0; start < text.size(); ++line) {
    size_t newline = text.find('\n', start);
    size_t next = newline == std::string_view::npos ? text.size() : newline + 1;
    AppendMark(&out, file_index, line);
    out.append(text.substr(start, next - start));
    start = next;
  }
  return out;
}

RenderedText ResolveLineMarks(std::string_view rendered, const std::vector<std::string>& files) {
  RenderedText result;
  result.files = files;
  result.markdown.reserve(rendered.size());
  SourceLocation origin{files.empty() ? std::string() : files.front()};
  for (size_t start = 0; start < rendered.size();) {
    size_t newline = rendered.find('\n', start);
    size_t next = newline == std::string_view::npos ? rendered.size() : newline + 1;
    std::string_view line = rendered.substr(start, next - start);
    size_t copied = 0;  // the line's text before `copied` is in the markdown
    size_t search = 0;
    size_t close = 0;  // the first U+FDD1 after the last one read
    size_t open;
    while ((open = line.find(kMarkOpen, search)) != std::string_view::npos) {
      size_t body = open + kMarkOpen.size();
      if (close < body) close = line.find(kMarkClose, body);
      if (close == std::string_view::npos) break;  // no mark ends on this line
      std::optional<LineMark> mark = ReadLineMark(line.substr(body, close - body));
      search = body;
      if (!mark) continue;  // a noncharacter of the content's own, kept as text
      result.markdown.append(line.substr(copied, open - copied));
      origin.file = mark->file < files.size() ? files[mark->file] : std::string();
      origin.line = mark->line;
      copied = search = close + kMarkClose.size();
    }
    result.markdown.append(line.substr(copied));
    result.line_origins.push_back(origin);
    start = next;
  }
  return result;
}

}  // namespace coopkit::templates
