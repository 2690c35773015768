#include "content/yaml_syntax_advice.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <sstream>
#include <vector>

namespace coopkit::content {
namespace {

constexpr std::string_view kNotPlainStart = "\"'[]{}|>&*!%@`#,?";

// What the parser has open when it stops: each collection's mark and
// whether it is written in flow style ([…] or {…}), and the last text read.
class OpenCollections : public YAML::EventHandler {
 public:
  struct Open {
    YAML::Mark mark;
    bool flow = false;
    bool sequence = false;
  };

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                const std::string&) override {
    last_scalar = mark;
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value style) override {
    open.push_back({mark, style == YAML::EmitterStyle::Flow, true});
  }
  void OnSequenceEnd() override { open.pop_back(); }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value style) override {
    open.push_back({mark, style == YAML::EmitterStyle::Flow, false});
  }
  void OnMapEnd() override { open.pop_back(); }

  bool InFlow() const { return !open.empty() && open.back().flow; }

  std::vector<Open> open;
  std::optional<YAML::Mark> last_scalar;
};

// Reads `text` again through events, up to the error, to learn what is open there.
OpenCollections OpenAtError(std::string_view text) {
  OpenCollections collections;
  std::istringstream in{std::string(text)};
  try {
    YAML::Parser parser(in);
    parser.HandleNextDocument(collections);
  } catch (const YAML::Exception&) {
  }
  return collections;
}

size_t OffsetOf(std::string_view text, const YAML::Mark& mark) {
  size_t line_start = 0;
  for (int line = 0; line < mark.line && line_start != std::string_view::npos; ++line) {
    line_start = text.find('\n', line_start);
    if (line_start != std::string_view::npos) ++line_start;
  }
  if (line_start == std::string_view::npos) return text.size();
  return std::min(text.size(), line_start + static_cast<size_t>(mark.column));
}

// The line of `text` holding byte `offset`, without its line break.
struct Line {
  size_t start = 0;
  std::string_view text;
};

Line LineAt(std::string_view text, size_t offset) {
  size_t start = offset == 0 ? 0 : text.rfind('\n', offset - 1);
  start = start == std::string_view::npos || offset == 0 ? 0 : start + 1;
  size_t end = text.find('\n', offset);
  std::string_view line = text.substr(start, end == std::string_view::npos ? end : end - start);
  if (line.ends_with('\r')) line.remove_suffix(1);
  return {start, line};
}

std::optional<YamlSyntaxAdvice> TabInIndentation(const Line& line) {
  std::string_view indent = line.text.substr(0, line.text.find_first_not_of(" \t"));
  size_t tab = indent.find('\t');
  if (tab == std::string_view::npos) return std::nullopt;
  return YamlSyntaxAdvice{line.start + tab, "indent with spaces, not tabs",
                          "YAML allows no tab in the indentation; most editors can turn tabs "
                          "into spaces"};
}

std::string DoubleQuoted(std::string_view value) {
  std::string quoted = "\"";
  for (char c : value) {
    if (c == '"' || c == '\\') quoted += '\\';
    quoted += c;
  }
  return quoted + "\"";
}

// `key: value: more` on one line, in block style: the second « : » at
// `offset` is inside a plain value, which yaml-cpp reads as a second key.
std::optional<YamlSyntaxAdvice> ColonInValue(const Line& line, size_t offset) {
  const size_t at = offset - line.start;
  const std::string_view s = line.text;
  if (at >= s.size() || s[at] != ':' || (at + 1 < s.size() && s[at + 1] != ' ')) return {};
  size_t key = s.find_first_not_of(' ');
  while (key != std::string_view::npos && s.substr(key).starts_with("- "))
    key = s.find_first_not_of(' ', key + 2);
  if (key == std::string_view::npos || kNotPlainStart.find(s[key]) != std::string_view::npos)
    return {};
  const size_t key_colon = s.find(": ", key);
  if (key_colon == std::string_view::npos || key_colon >= at) return {};
  const size_t value = s.find_first_not_of(' ', key_colon + 1);
  if (value >= at || kNotPlainStart.find(s[value]) != std::string_view::npos) return {};
  if (s.substr(key, at - key).find(" #") != std::string_view::npos) return {};
  size_t end = s.find(" #", at);
  end = s.find_last_not_of(' ', end == std::string_view::npos ? s.size() - 1 : end);
  const std::string quoted = DoubleQuoted(s.substr(value, end + 1 - value));
  const size_t indent = s.find_first_not_of(' ');
  return YamlSyntaxAdvice{offset, "a value holding ': ' must be quoted: " + quoted,
                          "write " + std::string(s.substr(indent, value - indent)) + quoted};
}

// Where the quoted text opening at `offset` closes, or npos.
size_t QuoteEnd(std::string_view text, size_t offset) {
  const char quote = text[offset];
  for (size_t i = offset + 1; i < text.size(); ++i) {
    if (quote == '"' && text[i] == '\\')
      ++i;
    else if (text[i] == quote && quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'')
      ++i;
    else if (text[i] == quote)
      return i;
  }
  return std::string_view::npos;
}

// Whether the [ or { at `open` is closed further on. Inside brackets a plain
// text holds no bracket, so counting them, past quoted texts and comments,
// is exact.
bool FlowCloses(std::string_view text, size_t open) {
  int depth = 0;
  char before = '[';  // the last character other than a space
  for (size_t i = open; i < text.size(); ++i) {
    const char c = text[i];
    const bool after_space = i > 0 && std::isspace(static_cast<unsigned char>(text[i - 1]));
    if (c == '#' && after_space) {
      i = text.find('\n', i);
      if (i == std::string_view::npos) return false;
      continue;
    }
    if ((c == '"' || c == '\'') &&
        std::string_view("[{,:").find(before) != std::string_view::npos) {
      i = QuoteEnd(text, i);
      if (i == std::string_view::npos) return false;
    } else if (c == '[' || c == '{') {
      ++depth;
    } else if ((c == ']' || c == '}') && --depth == 0) {
      return true;
    }
    if (!std::isspace(static_cast<unsigned char>(c))) before = c;
  }
  return false;
}

// Whether a line of text[from, to) that is not blank is indented no deeper
// than `indent` spaces: a quoted value may not go on there (YAML wants its
// lines inside the key's indentation), so its quote was meant to close before.
bool HasLineOutdentedTo(std::string_view text, size_t from, size_t to, size_t indent) {
  for (size_t at = text.find('\n', from); at < to; at = text.find('\n', at + 1)) {
    const size_t first = text.find_first_not_of(' ', at + 1);
    if (first < to && text[first] != '\n' && text[first] != '\r' && first - (at + 1) <= indent)
      return true;
  }
  return false;
}

// `place: "Lyon` left open takes the lines after it up to the next quote,
// and what follows that quote is where yaml-cpp stops: the quoted text
// opened on an earlier line, runs over lines at its key's indentation, and
// closed just before `offset`, on its line.
std::optional<YamlSyntaxAdvice> QuoteRunningOn(std::string_view text, const YAML::Mark& start,
                                               const Line& line, size_t offset) {
  const size_t quote = OffsetOf(text, start);
  if (quote >= line.start || (text[quote] != '"' && text[quote] != '\'')) return std::nullopt;
  const size_t end = QuoteEnd(text, quote);
  if (end == std::string_view::npos || end < line.start || end >= offset) return std::nullopt;
  const Line opening = LineAt(text, quote);
  const size_t indent = opening.text.find_first_not_of(' ');
  if (!HasLineOutdentedTo(text, quote, end, indent)) return std::nullopt;
  return YamlSyntaxAdvice{
      quote,
      std::string("this ") + text[quote] + " opens a text that runs to line " +
          std::to_string(start.line + 1 +
                         std::count(text.begin() + quote, text.begin() + end, '\n')) +
          ", where the next " + text[quote] + " closes it",
      std::string("close it on its own line: ") + text[quote] + "…" + text[quote]};
}

std::optional<YamlSyntaxAdvice> UnclosedFlow(std::string_view text, const OpenCollections& open,
                                             bool sequence) {
  if (open.last_scalar) {
    if (auto quote = AdviseOnUnclosedQuote(text, OffsetOf(text, *open.last_scalar))) return quote;
  }
  if (!open.InFlow() || open.open.back().sequence != sequence) return std::nullopt;
  const size_t at = OffsetOf(text, open.open.back().mark);
  if (at >= text.size() || text[at] != (sequence ? '[' : '{') || FlowCloses(text, at))
    return std::nullopt;
  return sequence ? YamlSyntaxAdvice{at, "this [ is never closed", "end the list with ]"}
                  : YamlSyntaxAdvice{at, "this { is never closed", "end the map with }"};
}

}  // namespace

std::optional<YamlSyntaxAdvice> AdviseOnYamlError(std::string_view text, std::string_view message,
                                                  size_t offset) {
  if (offset > text.size()) return std::nullopt;
  const bool flow_end =
      message == YAML::ErrorMsg::END_OF_SEQ_FLOW || message == YAML::ErrorMsg::END_OF_MAP_FLOW;
  const bool block_end =
      message == YAML::ErrorMsg::END_OF_MAP || message == YAML::ErrorMsg::END_OF_SEQ;
  const bool tab_or_colon = block_end || message == YAML::ErrorMsg::TAB_IN_INDENTATION ||
                            message == YAML::ErrorMsg::MAP_VALUE ||
                            message == YAML::ErrorMsg::BLOCK_ENTRY;
  if (!flow_end && !tab_or_colon) return std::nullopt;
  const OpenCollections open = OpenAtError(text);
  if (flow_end) return UnclosedFlow(text, open, message == YAML::ErrorMsg::END_OF_SEQ_FLOW);
  if (open.InFlow()) return std::nullopt;
  const Line line = LineAt(text, offset);
  if (auto tab = TabInIndentation(line)) return tab;
  if (message == YAML::ErrorMsg::MAP_VALUE) return ColonInValue(line, offset);
  if (block_end && open.last_scalar) return QuoteRunningOn(text, *open.last_scalar, line, offset);
  return std::nullopt;
}

std::optional<YamlSyntaxAdvice> AdviseOnUnclosedQuote(std::string_view text, size_t offset) {
  if (offset >= text.size() || (text[offset] != '"' && text[offset] != '\'')) return std::nullopt;
  if (QuoteEnd(text, offset) != std::string_view::npos) return std::nullopt;
  const char quote = text[offset];
  return YamlSyntaxAdvice{
      offset, std::string("this ") + quote + " is never closed",
      std::string("end the text with ") + quote +
          (quote == '"' ? " (a \" inside it is written \\\")" : " (a ' inside it is written '')")};
}

}  // namespace coopkit::content
