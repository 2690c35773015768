#include "markup/markdown_reader.h"

#include <cmark-gfm.h>

#include <cassert>
#include <optional>

#include "base/spelling_hint.h"
#include "base/utf8.h"
#include "base/web_address.h"
#include "markup/character_references.h"
#include "markup/french_typography.h"
#include "markup/markdown_reader_internals.h"
#include "markup/note_resolver.h"

namespace coopkit::markup {

namespace {

constexpr const char* kRoles[] = {"index", "badge"};

// `<!-- ... -->` alone, as cmark gives an HTML block or inline (with the
// line end of a block).
bool IsHtmlComment(const char* html) {
  std::string_view text = html ? html : "";
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.remove_suffix(1);
  return text.starts_with("<!--") && text.ends_with("-->") && text.find("-->") == text.size() - 3;
}

constexpr size_t kMaxHeadingLength = 500;  // characters, about ten lines

// cmark-gfm 0.29 reads some inline markup in time quadratic in its count
// within a paragraph: link brackets ('![[]()' 100,000 times took minutes)
// and the '<' of raw HTML and comments ('<!--' repeated, CVE-2023-22484).
// Real paragraphs hold a handful; this many of each parse in milliseconds.
constexpr int kMaxMarksPerParagraph = 1000;

// Whether `line` starts a block of its own, whose inlines cmark reads apart:
// a list item, a table row, a heading, a quote.
bool StartsABlock(std::string_view line) {
  const size_t first = line.find_first_not_of(" \t");
  if (first == line.npos) return false;
  const char c = line[first];
  if (c == '|' || c == '#' || c == '>') return true;
  if ((c == '-' || c == '*' || c == '+') && first + 1 < line.size() &&
      (line[first + 1] == ' ' || line[first + 1] == '\t'))
    return true;
  size_t digits = first;
  while (digits < line.size() && line[digits] >= '0' && line[digits] <= '9') ++digits;
  return digits > first && digits < line.size() && (line[digits] == '.' || line[digits] == ')');
}

// Whether `line` opens or closes a fenced code block (``` or ~~~).
bool IsFenceLine(std::string_view line) {
  const size_t first = line.find_first_not_of(" \t>");
  return first != line.npos &&
         (line.substr(first).starts_with("```") || line.substr(first).starts_with("~~~"));
}

// The offset of the '[' or '<' that passes kMaxMarksPerParagraph in one
// block (lines up to a blank one, or to one that starts another block), if
// any, and which it is. Escaped marks are text; fenced code is not read.
std::optional<size_t> FindMarkPastTheLimit(std::string_view text) {
  bool in_fence = false;
  int brackets = 0, angles = 0;
  for (size_t start = 0; start < text.size();) {
    size_t end = text.find('\n', start);
    if (end == text.npos) end = text.size();
    const std::string_view line = text.substr(start, end - start);
    if (IsFenceLine(line)) in_fence = !in_fence;
    if (line.find_first_not_of(" \t\r") == line.npos || StartsABlock(line) || in_fence)
      brackets = angles = 0;
    for (size_t at = 0; !in_fence && at < line.size(); ++at) {
      if (line[at] == '\\') {
        ++at;  // \[ and \< are text
      } else if ((line[at] == '[' && ++brackets > kMaxMarksPerParagraph) ||
                 (line[at] == '<' && ++angles > kMaxMarksPerParagraph)) {
        return start + at;
      }
    }
    start = end + 1;
  }
  return std::nullopt;
}

// The lines of a text, found once: a long document has a directive every
// few lines, and looking each one's fence line up from the top would make
// reading it quadratic.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text) : text_(text) {}

  /// Line `number` (1-based), without its newline.
  std::string_view At(int number) {
    if (starts_.empty()) {
      starts_.push_back(0);
      for (size_t at = text_.find('\n'); at != text_.npos; at = text_.find('\n', at + 1))
        starts_.push_back(at + 1);
    }
    if (number < 1 || static_cast<size_t>(number) > starts_.size()) return {};
    size_t start = starts_[number - 1];
    return text_.substr(start, text_.find('\n', start) - start);
  }

 private:
  std::string_view text_;
  std::vector<size_t> starts_;  // filled on first use
};

// Whether the closing fence of `code_block`, a fenced code block, is its own
// last line. cmark ends a fence left open at the end of the text, or of the
// list or quote around it, and a directive nested in a fence as long as its
// own steals its closing fence: then its text runs on past where it was
// meant to end.
bool FenceIsClosed(cmark_node* code_block, LineIndex* lines) {
  int length = 0, offset = 0;
  char fence_char = 0;
  cmark_node_get_fenced(code_block, &length, &offset, &fence_char);
  const int first = cmark_node_get_start_line(code_block);
  const int last = cmark_node_get_end_line(code_block);
  std::string_view literal = cmark_node_get_literal(code_block);
  // The opening line, the literal's lines, the closing line.
  if (last - first + 1 != static_cast<int>(std::count(literal.begin(), literal.end(), '\n')) + 2)
    return false;
  // The last line: only the markers of the quotes around, then the fence.
  std::string_view line = Trim(lines->At(last));
  size_t fence = line.find_first_not_of(" \t>");
  if (fence == line.npos || line.find_first_not_of(fence_char, fence) != line.npos ||
      static_cast<int>(line.size() - fence) < length)
    return false;
  // Unless that line starts a block of its own, which ended this one.
  for (cmark_node* up = code_block; up; up = cmark_node_parent(up)) {
    if (cmark_node* after = cmark_node_next(up)) return cmark_node_get_start_line(after) != last;
  }
  return true;
}

// The line `node` ends on. cmark-gfm 0.29 gives an HTML block closed by its
// marker the line before, and its text has every line.
int LastLineOf(cmark_node* node) {
  if (cmark_node_get_type(node) != CMARK_NODE_HTML_BLOCK) return cmark_node_get_end_line(node);
  std::string_view literal = cmark_node_get_literal(node);
  int newlines = static_cast<int>(std::count(literal.begin(), literal.end(), '\n'));
  return cmark_node_get_start_line(node) + newlines - (literal.ends_with('\n') ? 1 : 0);
}

// The HTML blocks that CommonMark ends at a closing marker rather than at
// a blank line, by how they start (lowercase).
struct ClosedHtmlBlock {
  std::string_view opener;
  std::string_view closer;
  const char* what;
  bool is_tag;  // the opener is a tag name, followed by a space, '>' or the line end
};
constexpr ClosedHtmlBlock kClosedHtmlBlocks[] = {
    {"<!--", "-->", "HTML comment", false},        {"<![cdata[", "]]>", "CDATA section", false},
    {"<?", "?>", "processing instruction", false}, {"<script", "</script>", "<script> block", true},
    {"<pre", "</pre>", "<pre> block", true},       {"<style", "</style>", "<style> block", true},
    {"<!", ">", "HTML declaration", false},
};

std::string Lowercase(std::string_view text) {
  std::string lowered(text);
  for (char& c : lowered) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lowered;
}

// The kind of `lowered`, an HTML block's text, when a closing marker ends it.
const ClosedHtmlBlock* KindOfClosedHtmlBlock(std::string_view lowered) {
  lowered.remove_prefix(std::min(lowered.find_first_not_of(' '), lowered.size()));
  for (const ClosedHtmlBlock& kind : kClosedHtmlBlocks) {
    if (!lowered.starts_with(kind.opener)) continue;
    if (!kind.is_tag || lowered.size() == kind.opener.size() ||
        std::string_view(" \t\r\n>").find(lowered[kind.opener.size()]) != std::string_view::npos)
      return &kind;
  }
  return nullptr;
}

// cmark-gfm 0.29 places an autolink on a paragraph's later lines too far
// right; its text, one column past its '<', is placed right.
int LinkStartColumn(cmark_node* link) {
  const int column = cmark_node_get_start_column(link);
  cmark_node* text = cmark_node_first_child(link);
  if (text && cmark_node_get_start_line(text) == cmark_node_get_start_line(link) &&
      cmark_node_get_start_column(text) <= column)
    return cmark_node_get_start_column(text) - 1;
  return column;
}

BlockEnding EndingOf(cmark_node* node, LineIndex* lines) {
  switch (cmark_node_get_type(node)) {
    case CMARK_NODE_CODE_BLOCK: {
      int length = 0, offset = 0;
      char character = '`';
      cmark_node_get_fenced(node, &length, &offset, &character);
      if (length == 0) return {"indented code block", "leave a blank line after it"};
      bool directive = std::string_view(cmark_node_get_fence_info(node)).starts_with('{');
      return {directive ? "directive" : "code block",
              "close the fence with " + std::string(length, character) + " on a line of its own",
              FenceIsClosed(node, lines)};
    }
    case CMARK_NODE_HTML_BLOCK: {
      std::string lowered = Lowercase(cmark_node_get_literal(node));
      const ClosedHtmlBlock* kind = KindOfClosedHtmlBlock(lowered);
      if (!kind) return {"HTML block", "leave a blank line after it"};
      return {kind->what, "close it with " + std::string(kind->closer),
              lowered.find(kind->closer, kind->opener.size()) != std::string::npos};
    }
    case CMARK_NODE_HEADING:
      return {"heading", "leave a blank line after it", true, false};
    default:
      return {"paragraph", "leave a blank line after it", true, false};
  }
}

}  // namespace

MarkdownReader::MarkdownReader(DiagnosticList* diagnostics, MarkdownOptions options)
    : diagnostics_(diagnostics), options_(options) {
  assert(diagnostics_);
}

doc::Document MarkdownReader::Read(std::string_view markdown, const std::string& source_name,
                                   std::span<const SourceLocation> line_origins) {
  doc::Document document;
  source_name_ = source_name;
  line_origins_ = line_origins;
  document_ = &document;
  reported_too_deep_ = false;
  if (std::optional<size_t> mark = FindMarkPastTheLimit(markdown)) {
    ReportTooManyMarks(markdown, *mark);
    document_ = nullptr;
    return document;
  }
  ReadBlocks(markdown, Origin{}, document.root.get(), 0);
  NoteResolver(diagnostics_, source_name_).Resolve(document.root.get());
  if (options_.french_typography) FrenchTypography().ApplyToTree(document.root.get());
  document_ = nullptr;
  return document;
}

void MarkdownReader::ReadBlocks(std::string_view markdown, const Origin& origin, doc::Node* parent,
                                int depth) {
  std::unique_ptr<cmark_node, decltype(&cmark_node_free)> root(
      cmark_parse_document(markdown.data(), markdown.size(), CMARK_OPT_VALIDATE_UTF8),
      &cmark_node_free);
  std::unique_ptr<cmark_iter, decltype(&cmark_iter_free)> iter(cmark_iter_new(root.get()),
                                                               &cmark_iter_free);
  std::vector<doc::Node*> open = {parent};
  LineIndex lines(markdown);
  // cmark counts columns in bytes, messages in characters.
  auto located = [&](int line, int byte_column) {
    const std::string_view before = lines.At(line).substr(0, std::max(byte_column - 1, 0));
    const Origin at = origin.At(line, 1 + static_cast<int>(Utf8Length(before)));
    return SourceLocation{source_name_, at.line, at.column};
  };
  // cmark reads a reference to no character (&#0;) as U+FFFD, without a word.
  auto check_references = [&](cmark_node* text) {
    const int first = cmark_node_get_start_line(text), last = cmark_node_get_end_line(text);
    for (int line = std::max(first, 1); line <= last; ++line) {
      const std::string_view source = lines.At(line);
      const size_t begin = line == first ? cmark_node_get_start_column(text) - 1 : 0;
      const size_t end = std::min<size_t>(
          line == last ? cmark_node_get_end_column(text) : source.size(), source.size());
      if (begin >= end) continue;
      for (const BadCharacterReference& bad :
           FindBadCharacterReferences(source.substr(begin, end - begin)))
        diagnostics_->Error(located(line, static_cast<int>(begin + bad.offset) + 1), bad.message,
                            "write the character meant, or leave the reference out");
    }
  };
  for (cmark_event_type event = cmark_iter_next(iter.get()); event != CMARK_EVENT_DONE;
       event = cmark_iter_next(iter.get())) {
    cmark_node* node = cmark_iter_get_node(iter.get());
    cmark_node_type type = cmark_node_get_type(node);
    if (event == CMARK_EVENT_EXIT) {
      if (type == CMARK_NODE_HEADING) CheckHeadingLength(*open.back(), NodeOrigin(node, origin));
      if (type != CMARK_NODE_DOCUMENT) open.pop_back();
      continue;
    }
    // Leaves only ever ENTER; every other node below is pushed here and
    // popped at its EXIT.
    doc::Node* top = open.back();
    Origin at = NodeOrigin(node, origin);
    SourceLocation where{source_name_, at.line, at.column};
    const int top_depth = depth + static_cast<int>(open.size()) - 1;
    if (type != CMARK_NODE_DOCUMENT && !CheckDepth(top_depth + 1, where)) {
      cmark_iter_reset(iter.get(), node, CMARK_EVENT_EXIT);  // its EXIT does not come
      continue;
    }
    switch (type) {
      case CMARK_NODE_DOCUMENT:
        break;
      case CMARK_NODE_PARAGRAPH:
        CheckBlockEnds(node, EndingOf(node, &lines), origin, where);
        open.push_back(AppendBlock(top, NodeKind::kParagraph, at.line, at.column));
        break;
      case CMARK_NODE_HEADING: {
        int level = cmark_node_get_heading_level(node);
        if (level > 3) {
          diagnostics_->Warning(where,
                                "heading level " + std::to_string(level) + " is not supported",
                                "coopkit lays out levels 1 to 3; this one is laid out as level 3");
          level = 3;
        }
        CheckBlockEnds(node, EndingOf(node, &lines), origin, where);
        open.push_back(AppendBlock(top, NodeKind::kHeading, at.line, at.column));
        open.back()->level = level;
        break;
      }
      case CMARK_NODE_LIST:
        if (cmark_node_get_list_type(node) == CMARK_ORDERED_LIST) {
          open.push_back(AppendBlock(top, NodeKind::kOrderedList, at.line, at.column));
          open.back()->start = cmark_node_get_list_start(node);
        } else {
          open.push_back(AppendBlock(top, NodeKind::kBulletList, at.line, at.column));
        }
        break;
      case CMARK_NODE_ITEM:
        open.push_back(AppendBlock(top, NodeKind::kListItem, at.line, at.column));
        break;
      case CMARK_NODE_BLOCK_QUOTE:
        open.push_back(AppendBlock(top, NodeKind::kBlockQuote, at.line, at.column));
        break;
      case CMARK_NODE_THEMATIC_BREAK:
        AppendBlock(top, NodeKind::kThematicBreak, at.line, at.column);
        break;
      case CMARK_NODE_CODE_BLOCK: {
        std::string_view info = cmark_node_get_fence_info(node);
        std::string_view literal = cmark_node_get_literal(node);
        BlockEnding ending = EndingOf(node, &lines);
        if (info.starts_with('{')) {
          int fence_line = cmark_node_get_start_line(node);
          Fence fence{where, 0, '`'};
          int offset = 0;
          cmark_node_get_fenced(node, &fence.length, &offset, &fence.character);
          if (!ending.closed) {
            ReportUnclosedFence(fence);
            break;
          }
          if (!CheckBlockEnds(node, ending, origin, where)) break;
          enclosing_fences_.push_back(fence);
          ReadDirective(lines.At(fence_line), info, literal, origin.At(fence_line, 1),
                        origin.At(fence_line + 1, cmark_node_get_start_column(node)), top,
                        top_depth);
          enclosing_fences_.pop_back();
        } else {
          if (!CheckBlockEnds(node, ending, origin, where)) break;
          if (literal.ends_with('\n')) literal.remove_suffix(1);
          AppendBlock(top, NodeKind::kCodeBlock, at.line, at.column)->text = literal;
        }
        break;
      }
      case CMARK_NODE_HTML_BLOCK:
        if (!CheckBlockEnds(node, EndingOf(node, &lines), origin, where)) break;
        [[fallthrough]];
      case CMARK_NODE_HTML_INLINE:
        // A comment (a note to the next editor) is left out as meant.
        if (!IsHtmlComment(cmark_node_get_literal(node)))
          diagnostics_->Warning(where, "raw HTML is not supported; it is left out",
                                "write it in Markdown or use a directive");
        break;
      case CMARK_NODE_IMAGE:
        diagnostics_->Warning(where, "Markdown images are not supported; this one is left out",
                              "use the image directive: ```{image} photos/atelier.jpg");
        cmark_iter_reset(iter.get(), node, CMARK_EVENT_EXIT);
        break;
      case CMARK_NODE_TEXT:
        check_references(node);
        AppendText(top, cmark_node_get_literal(node));
        break;
      case CMARK_NODE_CODE:
        if (!ReadRole(cmark_node_get_literal(node), where, top))
          top->Append(NodeKind::kCode)->text = cmark_node_get_literal(node);
        break;
      case CMARK_NODE_SOFTBREAK:
        top->Append(NodeKind::kSoftBreak);
        break;
      case CMARK_NODE_LINEBREAK:
        top->Append(NodeKind::kLineBreak);
        break;
      case CMARK_NODE_EMPH:
        open.push_back(top->Append(NodeKind::kEmphasis));
        break;
      case CMARK_NODE_STRONG:
        open.push_back(top->Append(NodeKind::kStrong));
        break;
      case CMARK_NODE_LINK: {
        std::string url = cmark_node_get_url(node);
        if (std::optional<AddressProblem> problem = LinkTargetProblem(url)) {
          diagnostics_->Error(located(cmark_node_get_start_line(node), LinkStartColumn(node)),
                              "the link's address '" + url + "' " + problem->message,
                              problem->hint);
          url.clear();  // its text stays, as text
        } else if (std::optional<AddressProblem> plain = UnencryptedAddressProblem(url)) {
          diagnostics_->Warning(located(cmark_node_get_start_line(node), LinkStartColumn(node)),
                                "the link's address '" + url + "' " + plain->message, plain->hint);
        }
        open.push_back(top->Append(NodeKind::kLink));
        open.back()->url = std::move(url);
        break;
      }
      default:
        // Custom nodes, footnotes and extension nodes such as GFM tables only
        // exist when their option or extension is enabled, and none is.
        assert(false && "cmark node of an option or extension that is not enabled");
    }
  }
}

// A fence as long as the one around it closes that one instead of its own:
// the mistake is then the outer fence's, left open further up.
void MarkdownReader::ReportUnclosedFence(const Fence& fence) {
  const Fence* open = &fence;
  std::string runs_on;
  if (!enclosing_fences_.empty() && enclosing_fences_.back().character == fence.character &&
      enclosing_fences_.back().length <= fence.length) {
    open = &enclosing_fences_.back();
    runs_on = "; as it is, it takes the closing fence of a directive further down";
  }
  diagnostics_->Error(open->where, "this directive's fence is never closed",
                      "close it with " + std::string(open->length, open->character) +
                          " on a line of its own" + runs_on);
}

bool MarkdownReader::CheckBlockEnds(cmark_node* node, const BlockEnding& ending,
                                    const Origin& origin, const SourceLocation& where) {
  if (!ending.closed) {
    diagnostics_->Error(where, "this " + ending.what + " is never closed", ending.how_to_close);
    return false;
  }
  auto file_of = [&](int text_line) -> const SourceLocation* {
    size_t line = origin.At(text_line, 1).line;
    return line >= 1 && line <= line_origins_.size() ? &line_origins_[line - 1] : nullptr;
  };
  const SourceLocation* start = file_of(cmark_node_get_start_line(node));
  const SourceLocation* end = file_of(LastLineOf(node));
  if (!start || !end || start->file == end->file) return true;
  const std::string message = "this " + ending.what +
                              " is never closed in this file: it runs on into " + end->file + ":" +
                              std::to_string(end->line);
  const std::string hint = ending.how_to_close + ", before the end of this file";
  if (!ending.swallows) {
    diagnostics_->Warning(where, message, hint);  // printed, only joined to the next text
    return true;
  }
  diagnostics_->Error(where, message, hint);
  return false;
}

void MarkdownReader::ReportTooManyMarks(std::string_view markdown, size_t mark) {
  std::string_view before = markdown.substr(0, mark);
  size_t line_start = before.rfind('\n') + 1;  // 0 on the first line
  int line = 1 + static_cast<int>(std::count(before.begin(), before.end(), '\n'));
  int column = 1 + static_cast<int>(Utf8Length(before.substr(line_start)));
  diagnostics_->Error(
      {source_name_, line, column},
      "this paragraph holds more than " + std::to_string(kMaxMarksPerParagraph) + " '" +
          markdown[mark] + "' from here on; reading it would take minutes",
      std::string("split it with blank lines, or write them as \\") + markdown[mark]);
}

MarkdownReader::Origin MarkdownReader::NodeOrigin(cmark_node* node, const Origin& origin) {
  return origin.At(cmark_node_get_start_line(node), cmark_node_get_start_column(node));
}

// A heading is a bookmark's title, which libharu limits, and is never split
// across pages: one too long to fit a page would be drawn past its foot.
void MarkdownReader::CheckHeadingLength(const doc::Node& heading, const Origin& at) {
  if (size_t length = Utf8Length(heading.PlainText()); length > kMaxHeadingLength) {
    diagnostics_->Error({source_name_, at.line, at.column},
                        "this heading is " + std::to_string(length) +
                            " characters long, more than " + std::to_string(kMaxHeadingLength),
                        "shorten it, and move the rest into the paragraph below");
  }
}

bool MarkdownReader::CheckDepth(int depth, const SourceLocation& where) {
  if (depth <= doc::kMaxDepth) return true;
  if (!reported_too_deep_) {
    diagnostics_->Error(where,
                        "lists, quotes, emphasis and directives are nested more than " +
                            std::to_string(doc::kMaxDepth) + " levels deep here",
                        "flatten the nesting; what lies deeper is left out");
    reported_too_deep_ = true;
  }
  return false;
}

bool MarkdownReader::ReadRole(std::string_view content, const SourceLocation& where,
                              doc::Node* parent) {
  if (parent->children.empty() || parent->children.back()->kind != NodeKind::kText) return false;
  std::string& before = parent->children.back()->text;
  size_t open = before.rfind('{');
  if (!before.ends_with('}') || open == before.npos) return false;
  std::string name = before.substr(open + 1, before.size() - open - 2);
  if (!IsGroupName(name)) return false;
  before.erase(open);
  if (before.empty()) parent->children.pop_back();

  if (name == "badge") {
    parent->Append(NodeKind::kBadge)->Append(NodeKind::kText)->text = content;
  } else if (name == "index") {
    bool invisible = content.starts_with('!');
    if (invisible) content.remove_prefix(1);
    std::string group = kMainIndexGroup;
    if (size_t colon = content.find(':');
        colon != content.npos && IsGroupName(content.substr(0, colon))) {
      group = content.substr(0, colon);
      content.remove_prefix(colon + 1);
    }
    std::string term(Trim(content));
    if (term.empty()) {
      diagnostics_->Error(where, "an index term is empty",
                          "write it as {index}`Term` or {index}`group:Term`");
      return true;
    }
    doc::Node* node = parent->Append(NodeKind::kIndexTerm);
    node->attributes["group"] = group;
    node->attributes["term"] = Prose(term);
    if (!invisible) node->Append(NodeKind::kText)->text = term;
  } else {
    diagnostics_->Error(where, "unknown role '" + name + "'",
                        DidYouMean(name, {std::begin(kRoles), std::end(kRoles)}));
    parent->Append(NodeKind::kCode)->text = content;
  }
  return true;
}

}  // namespace coopkit::markup
