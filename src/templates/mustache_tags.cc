#include "templates/mustache_tags.h"

namespace coopkit::templates {
namespace {

std::string_view Trim(std::string_view s) {
  size_t first = s.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

// "=<% %>=" -> "<%", "%>"; false when malformed (kainjow rejects those).
bool ParseDelimiters(std::string_view contents, std::string* open, std::string* close) {
  if (contents.size() < 5 || contents.back() != '=') return false;
  std::string_view inner = Trim(contents.substr(1, contents.size() - 2));
  size_t space = inner.find(' ');
  if (space == std::string_view::npos) return false;
  *open = std::string(inner.substr(0, space));
  *close = std::string(Trim(inner.substr(space)));
  return !open->empty() && !close->empty();
}

TagKind KindOfSigil(char sigil) {
  switch (sigil) {
    case '#':
      return TagKind::kSection;
    case '^':
      return TagKind::kInverted;
    case '/':
      return TagKind::kClose;
    case '>':
      return TagKind::kPartial;
    case '&':
      return TagKind::kUnescaped;
    case '!':
      return TagKind::kComment;
    default:
      return TagKind::kVariable;
  }
}

}  // namespace

std::vector<MustacheTag> ScanMustacheTags(std::string_view text) {
  std::vector<MustacheTag> tags;
  std::string open = "{{";
  std::string close = "}}";
  size_t pos = 0;
  while ((pos = text.find(open, pos)) != std::string_view::npos) {
    MustacheTag tag;
    tag.begin = pos;
    size_t contents_start = pos + open.size();
    // Triple braces exist only with the default delimiters.
    bool triple = open == "{{" && contents_start < text.size() && text[contents_start] == '{';
    std::string_view closing = triple ? "}}}" : std::string_view(close);
    if (triple) ++contents_start;
    size_t contents_end = text.find(closing, contents_start);
    if (contents_end == std::string_view::npos) break;
    tag.end = contents_end + closing.size();
    std::string_view contents = Trim(text.substr(contents_start, contents_end - contents_start));
    if (triple) {
      tag.kind = TagKind::kUnescaped;
      tag.name = std::string(contents);
    } else if (!contents.empty() && contents[0] == '=') {
      tag.kind = TagKind::kSetDelimiter;
      if (!ParseDelimiters(contents, &open, &close)) break;
    } else if (!contents.empty()) {
      tag.kind = KindOfSigil(contents[0]);
      tag.name = std::string(tag.kind == TagKind::kVariable ? contents : Trim(contents.substr(1)));
    }
    tags.push_back(std::move(tag));
    pos = tags.back().end;
  }
  return tags;
}

}  // namespace coopkit::templates
