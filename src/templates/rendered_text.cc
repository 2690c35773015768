#include "templates/rendered_text.h"

#include <algorithm>
#include <charconv>
#include <optional>
#include <utility>

#include "base/line_break.h"
#include "base/utf8.h"

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

// A mark's body: "file:line" for a template line, "file:line:column" for
// a line of a Markdown file, "v" and the same for a line of a YAML value,
// kEndOfValue after a value.
constexpr std::string_view kEndOfValue = "-";
constexpr char kInValue = 'v';

void AppendMark(std::string* out, std::string_view body) {
  *out += kMarkOpen;
  *out += body;
  *out += kMarkClose;
}

std::string MarkBody(size_t file_index, int line, int column = 0, bool in_value = false) {
  std::string body = (in_value ? std::string(1, kInValue) : std::string()) +
                     std::to_string(file_index) + ':' + std::to_string(line);
  if (column > 0) body += ':' + std::to_string(column);
  return body;
}

struct LineMark {
  bool end_of_value = false;
  bool in_value = false;
  size_t file = 0;
  int line = 0;
  int column = 0;  // 0 for a template line
};

// The mark between a pair of noncharacters; nullopt for any other text,
// which came from the content or the template itself.
std::optional<LineMark> ReadLineMark(std::string_view body) {
  if (body == kEndOfValue) return LineMark{.end_of_value = true};
  LineMark mark;
  if (body.starts_with(kInValue)) {
    mark.in_value = true;
    body.remove_prefix(1);
  }
  const char* end = body.data() + body.size();
  auto [file_end, file_error] = std::from_chars(body.data(), end, mark.file);
  if (file_error != std::errc() || file_end == end || *file_end != ':') return std::nullopt;
  auto [line_end, line_error] = std::from_chars(file_end + 1, end, mark.line);
  if (line_error != std::errc()) return std::nullopt;
  if (line_end != end && *line_end == ':') {
    auto [column_end, column_error] = std::from_chars(line_end + 1, end, mark.column);
    if (column_error != std::errc() || mark.column <= 0) return std::nullopt;
    line_end = column_end;
  }
  if (line_end != end || (mark.in_value && mark.column == 0)) return std::nullopt;
  return mark;
}

// The end of the line starting at `start` (its break excluded) and the
// start of the next.
std::pair<size_t, size_t> LineAt(std::string_view text, size_t start) {
  size_t end = FindLineBreak(text, start);
  if (end == std::string_view::npos) return {text.size(), text.size()};
  return {end, end + LineBreakAt(text, end)};
}

}  // namespace

SourceLocation RenderedText::OriginOfLine(int line) const {
  if (line < 1 || line > static_cast<int>(line_origins.size())) return {};
  return line_origins[line - 1];
}

SourceLocation RenderedText::OriginOf(int line, int column) const {
  auto after = std::upper_bound(pieces.begin(), pieces.end(), std::pair(line, std::max(column, 1)),
                                [](const std::pair<int, int>& at, const Piece& piece) {
                                  return at < std::pair(piece.line, piece.column);
                                });
  if (after == pieces.begin() || std::prev(after)->line != line) {
    SourceLocation origin = OriginOfLine(line);
    origin.column = 0;
    return origin;
  }
  const Piece& piece = *std::prev(after);
  const bool exact = piece.origin_column > 0 && column > 0;
  return {piece.file < files.size() ? files[piece.file] : std::string(), piece.origin_line,
          exact ? piece.origin_column + column - piece.column : 0};
}

std::string InsertLineMarks(std::string_view text, const std::vector<MustacheTag>& tags,
                            size_t file_index) {
  std::string out;
  out.reserve(text.size() * 2);
  int line = 1;
  for (size_t start = 0; start < text.size(); ++line) {
    auto [end, next] = LineAt(text, start);
    if (std::optional<size_t> mark = MarkPosition(text, start, end, tags)) {
      out.append(text.substr(start, *mark - start));
      AppendMark(&out, MarkBody(file_index, line));
      out.append(text.substr(*mark, next - *mark));
    } else {
      out.append(text.substr(start, next - start));
    }
    start = next;
  }
  return out;
}

std::string MarkContentText(std::string_view text, size_t file_index,
                            std::span<const content::TextPosition> line_starts) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  int line = 1;
  for (size_t start = 0; start < text.size(); ++line) {
    content::TextPosition at = line_starts.empty() ? content::TextPosition{line, 1}
                               : line <= static_cast<int>(line_starts.size())
                                   ? line_starts[line - 1]
                                   : line_starts.front();
    size_t next = LineAt(text, start).second;
    AppendMark(&out, MarkBody(file_index, at.line, at.column, !line_starts.empty()));
    out.append(text.substr(start, next - start));
    start = next;
  }
  if (!text.empty()) AppendMark(&out, kEndOfValue);
  return out;
}

std::string EscapeBetweenMarks(std::string_view text,
                               std::string (*escape)(std::string_view text)) {
  std::string out;
  size_t copied = 0;  // the text before `copied` is in `out`
  for (size_t open = text.find(kMarkOpen); open != std::string_view::npos;
       open = text.find(kMarkOpen, open + kMarkOpen.size())) {
    size_t body = open + kMarkOpen.size();
    size_t close = text.find(kMarkClose, body);
    if (close == std::string_view::npos) break;
    if (!ReadLineMark(text.substr(body, close - body))) continue;
    out += escape(text.substr(copied, open - copied));
    copied = close + kMarkClose.size();
    out.append(text.substr(open, copied - open));
  }
  out += escape(text.substr(copied));
  return out;
}

RenderedText ResolveLineMarks(std::string_view rendered, const std::vector<std::string>& files) {
  RenderedText result;
  result.files = files;
  result.markdown.reserve(rendered.size());
  RenderedText::Piece origin;     // of the text being read
  RenderedText::Piece line_mark;  // the last template line
  RenderedText::Piece home;       // the last template or Markdown line
  int line_number = 1;
  for (size_t start = 0; start < rendered.size(); ++line_number) {
    size_t next = LineAt(rendered, start).second;
    std::string_view line = rendered.substr(start, next - start);
    const size_t line_start = result.markdown.size();
    RenderedText::Piece line_home = home;
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
      copied = search = close + kMarkClose.size();
      if (mark->end_of_value) {
        origin = home = line_mark;
      } else {
        origin = {.file = mark->file, .origin_line = mark->line, .origin_column = mark->column};
        if (mark->column == 0) line_mark = origin;
        if (!mark->in_value) home = origin;
      }
      origin.line = line_number;
      origin.column =
          1 + static_cast<int>(Utf8Length(std::string_view(result.markdown).substr(line_start)));
      if (origin.column == 1) line_home = home;
      std::vector<RenderedText::Piece>& pieces = result.pieces;
      if (!pieces.empty() && pieces.back().line == origin.line &&
          pieces.back().column == origin.column)
        pieces.back() = origin;  // marks side by side: the last one holds
      else
        pieces.push_back(origin);
    }
    result.markdown.append(line.substr(copied));
    result.line_origins.push_back(
        {line_home.file < files.size() ? files[line_home.file] : std::string(),
         line_home.origin_line});
    start = next;
  }
  return result;
}

}  // namespace coopkit::templates
