#include "markup/markdown_reader.h"

#include <cmark-gfm.h>

#include <algorithm>
#include <cassert>
#include <cctype>
#include <charconv>
#include <map>
#include <memory>
#include <vector>

#include "base/length.h"
#include "base/spelling_hint.h"
#include "base/utf8.h"
#include "document/table_column.h"
#include "markup/chart_reader.h"
#include "markup/french_typography.h"
#include "markup/note_resolver.h"

namespace coopkit::markup {

using doc::NodeKind;

// Where the text being read starts in the source file: a directive's body is
// read on its own, and its line 1 is somewhere down the file.
struct MarkdownReader::Origin {
  int line = 1;
  int column = 1;

  /// The source position of `text_line`:`text_column` in the text being read.
  Origin At(int text_line, int text_column) const {
    return {line + text_line - 1, column + text_column - 1};
  }
};

struct MarkdownReader::Directive {
  const DirectiveSpec* spec = nullptr;
  std::string argument;
  SourceLocation where;           // the directive's name
  SourceLocation argument_where;  // its argument, or its name when there is none
  std::map<std::string, std::string> options;
  std::map<std::string, SourceLocation> option_where;  // each option's key
  std::string_view body;                               // the Markdown after the options
  Origin body_origin;
  int depth = 0;  // of the directive's node, see doc::kMaxDepth

  /// Where option `name` was written, for problems with its value; the
  /// directive's name when it was not written.
  const SourceLocation& WhereOf(const std::string& name) const {
    auto it = option_where.find(name);
    return it != option_where.end() ? it->second : where;
  }
};

namespace {

// Prose options go through French typography; words are names and numbers.
enum class OptionText { kProse, kWord };

struct OptionSpec {
  const char* name;
  OptionText text = OptionText::kProse;
  std::string doc::DocumentInfo::*info_field = nullptr;  // {document} options only
};

struct CalloutKind {
  const char* name;       // as written after {callout}
  const char* node_kind;  // the kCallout node's `kind` attribute
};

constexpr CalloutKind kCalloutKinds[] = {
    {"note", "note"}, {"tip", "tip"}, {"vigilance", "warning"}, {"warning", "warning"}};
constexpr const char* kRoles[] = {"index", "badge"};

// `<!-- ... -->` alone, as cmark gives an HTML block or inline (with the
// line end of a block).
bool IsHtmlComment(const char* html) {
  std::string_view text = html ? html : "";
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.remove_suffix(1);
  return text.starts_with("<!--") && text.ends_with("-->") && text.find("-->") == text.size() - 3;
}
constexpr char kMainIndexGroup[] = "main";
constexpr int kMinColumns = 1;  // lets a template switch between one and more columns
constexpr int kMaxColumns = 4;
constexpr int kMaxWritingLines = 30;
constexpr int kDefaultColumns = 2;
// Options and arguments become PDF metadata, which libharu limits to 64 KiB,
// running labels and titles never split across pages: none needs more.
constexpr size_t kMaxOptionLength = 2000;  // characters
constexpr size_t kMaxHeadingLength = 500;  // characters, about ten lines

std::string TooLong(const std::string& what, size_t length) {
  return what + " is " + std::to_string(length) + " characters long, more than " +
         std::to_string(kMaxOptionLength);
}

std::string_view Trim(std::string_view text) {
  size_t first = text.find_first_not_of(" \t\r\n");
  if (first == text.npos) return {};
  size_t last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
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

std::vector<std::string> Names(const auto& specs) {
  std::vector<std::string> names;
  for (const auto& spec : specs) names.push_back(spec.name);
  return names;
}

void AppendText(doc::Node* parent, std::string_view text) {
  if (!parent->children.empty() && parent->children.back()->kind == NodeKind::kText) {
    parent->children.back()->text += text;
    return;
  }
  parent->Append(NodeKind::kText)->text = text;
}

doc::Node* AppendBlock(doc::Node* parent, NodeKind kind, int source_line) {
  doc::Node* node = parent->Append(kind);
  node->source_line = source_line;
  return node;
}

}  // namespace

struct MarkdownReader::DirectiveSpec {
  const char* name;
  bool takes_argument;
  bool takes_body;
  bool top_level_only;  // a part of the document itself, never inside another block
  std::vector<OptionSpec> options;
  void (MarkdownReader::*build)(const Directive&, doc::Node* parent);
};

// Every directive coopkit knows. A new one is a row here and a Build method.
const MarkdownReader::DirectiveSpec MarkdownReader::kDirectives[] = {
    {"toc", false, false, true, {{"title"}}, &MarkdownReader::BuildTableOfContents},
    {"pagebreak", false, false, false, {}, &MarkdownReader::BuildPageBreak},
    {"callout", true, true, false, {{"title"}}, &MarkdownReader::BuildCallout},
    {"columns", true, true, false, {}, &MarkdownReader::BuildColumns},
    {"chart",
     true,
     true,
     false,
     {{"title"}, {"unit"}, {"max", OptionText::kWord}},
     &MarkdownReader::BuildChart},
    {"image",
     true,
     false,
     false,
     {{"caption"}, {"width", OptionText::kWord}, {"alt"}},
     &MarkdownReader::BuildImage},
    {"notes", true, true, false, {{"level", OptionText::kWord}}, &MarkdownReader::BuildNotes},
    {"cover",
     false,
     true,
     true,
     {{"title"}, {"subtitle"}, {"organisation"}, {"author"}, {"date"}, {"place"}},
     &MarkdownReader::BuildCover},
    {"document",
     false,
     false,
     true,
     {{"title", OptionText::kProse, &doc::DocumentInfo::title},
      {"author", OptionText::kProse, &doc::DocumentInfo::author},
      {"subject", OptionText::kProse, &doc::DocumentInfo::subject},
      {"keywords", OptionText::kProse, &doc::DocumentInfo::keywords},
      {"language", OptionText::kWord, &doc::DocumentInfo::language},
      {"header-left", OptionText::kProse, &doc::DocumentInfo::header_left},
      {"header-right", OptionText::kProse, &doc::DocumentInfo::header_right},
      {"footer-left", OptionText::kProse, &doc::DocumentInfo::footer_left}},
     &MarkdownReader::BuildDocumentInfo},
    {"writing-lines", true, false, false, {}, &MarkdownReader::BuildWritingLines},
    {"qr",
     true,
     false,
     false,
     {{"size", OptionText::kWord}, {"float", OptionText::kWord}},
     &MarkdownReader::BuildQrCode},
    {"keep", false, true, false, {}, &MarkdownReader::BuildKeepTogether},
    {"index", true, false, false, {{"title"}}, &MarkdownReader::BuildIndex},
    {"list-table",
     true,
     true,
     false,
     {{"header-rows", OptionText::kWord},
      {"widths", OptionText::kWord},
      {"align", OptionText::kWord},
      {"stub-columns", OptionText::kWord},
      {"zebra", OptionText::kWord}},
     &MarkdownReader::BuildListTable},
};

MarkdownReader::MarkdownReader(DiagnosticList* diagnostics, MarkdownOptions options)
    : diagnostics_(diagnostics), options_(options) {
  assert(diagnostics_);
}

doc::Document MarkdownReader::Read(std::string_view markdown, const std::string& source_name) {
  doc::Document document;
  source_name_ = source_name;
  document_ = &document;
  reported_too_deep_ = false;
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
        open.push_back(AppendBlock(top, NodeKind::kParagraph, at.line));
        break;
      case CMARK_NODE_HEADING: {
        int level = cmark_node_get_heading_level(node);
        if (level > 3) {
          diagnostics_->Warning(where,
                                "heading level " + std::to_string(level) + " is not supported",
                                "coopkit lays out levels 1 to 3; this one is laid out as level 3");
          level = 3;
        }
        open.push_back(AppendBlock(top, NodeKind::kHeading, at.line));
        open.back()->level = level;
        break;
      }
      case CMARK_NODE_LIST:
        if (cmark_node_get_list_type(node) == CMARK_ORDERED_LIST) {
          open.push_back(AppendBlock(top, NodeKind::kOrderedList, at.line));
          open.back()->start = cmark_node_get_list_start(node);
        } else {
          open.push_back(AppendBlock(top, NodeKind::kBulletList, at.line));
        }
        break;
      case CMARK_NODE_ITEM:
        open.push_back(AppendBlock(top, NodeKind::kListItem, at.line));
        break;
      case CMARK_NODE_BLOCK_QUOTE:
        open.push_back(AppendBlock(top, NodeKind::kBlockQuote, at.line));
        break;
      case CMARK_NODE_THEMATIC_BREAK:
        AppendBlock(top, NodeKind::kThematicBreak, at.line);
        break;
      case CMARK_NODE_CODE_BLOCK: {
        std::string_view info = cmark_node_get_fence_info(node);
        std::string_view literal = cmark_node_get_literal(node);
        if (info.starts_with('{')) {
          int fence_line = cmark_node_get_start_line(node);
          Fence fence{where, 0, '`'};
          int offset = 0;
          cmark_node_get_fenced(node, &fence.length, &offset, &fence.character);
          if (!FenceIsClosed(node, &lines)) {
            ReportUnclosedFence(fence);
            break;
          }
          enclosing_fences_.push_back(fence);
          ReadDirective(lines.At(fence_line), info, literal, origin.At(fence_line, 1),
                        origin.At(fence_line + 1, cmark_node_get_start_column(node)), top,
                        top_depth);
          enclosing_fences_.pop_back();
        } else {
          if (literal.ends_with('\n')) literal.remove_suffix(1);
          AppendBlock(top, NodeKind::kCodeBlock, at.line)->text = literal;
        }
        break;
      }
      case CMARK_NODE_HTML_BLOCK:
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
      case CMARK_NODE_LINK:
        open.push_back(top->Append(NodeKind::kLink));
        open.back()->url = cmark_node_get_url(node);
        break;
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

void MarkdownReader::ReadDirective(std::string_view fence_line, std::string_view info,
                                   std::string_view literal, const Origin& fence_origin,
                                   const Origin& literal_origin, doc::Node* parent, int depth) {
  size_t brace = fence_line.find('{');
  Origin name_at = fence_origin.At(1, static_cast<int>(brace) + 2);
  Directive directive;
  directive.where = {source_name_, name_at.line, name_at.column};
  directive.depth = depth + 1;
  size_t close = info.find('}');
  if (close == info.npos) {
    diagnostics_->Error(directive.where, "directive name is not closed",
                        "write it as {name}, e.g. ```{toc}");
    return;
  }
  std::string_view name = info.substr(1, close - 1);
  for (const DirectiveSpec& spec : kDirectives) {
    if (name == spec.name) directive.spec = &spec;
  }
  if (!directive.spec) {
    diagnostics_->Error(directive.where, "unknown directive '" + std::string(name) + "'",
                        DidYouMean(name, Names(kDirectives)));
    return;
  }
  if (directive.spec->top_level_only && depth > 0) {
    diagnostics_->Error(directive.where,
                        "directive '" + std::string(name) +
                            "' is inside another block; it belongs to the document itself",
                        "move it out of the directive, list or quote around it");
    return;
  }
  directive.argument = Trim(info.substr(close + 1));
  directive.argument_where = directive.where;
  size_t argument = fence_line.find(directive.argument, brace + close);
  if (!directive.argument.empty() && argument != fence_line.npos) {
    Origin argument_at = fence_origin.At(1, static_cast<int>(argument) + 1);
    directive.argument_where = {source_name_, argument_at.line, argument_at.column};
  }
  if (!directive.spec->takes_argument && !directive.argument.empty()) {
    diagnostics_->Error(directive.argument_where,
                        "directive '" + std::string(name) + "' takes no argument");
    return;
  }
  if (size_t length = Utf8Length(directive.argument); length > kMaxOptionLength) {
    diagnostics_->Error(directive.argument_where,
                        TooLong("the argument of '" + std::string(name) + "'", length),
                        "shorten the value that fills it");
    return;
  }
  directive.body = literal;
  directive.body_origin = literal_origin;
  ReadOptions(&directive);
  std::string_view content = Trim(directive.body);
  if (!directive.spec->takes_body && !content.empty()) {
    int line = 1;
    for (char c : directive.body.substr(0, content.data() - directive.body.data()))
      line += c == '\n';
    Origin body_at = directive.body_origin.At(line, 1);
    diagnostics_->Error({source_name_, body_at.line, body_at.column},
                        "directive '" + std::string(name) + "' takes no body",
                        "options are written as ':name: value' lines");
    return;
  }
  (this->*directive.spec->build)(directive, parent);
}

namespace {

// Option values are text as in a paragraph, so the templates' Markdown
// escaping (`\*`) is undone the way CommonMark undoes it: a backslash before
// ASCII punctuation stands for that character.
std::string RemoveBackslashEscapes(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 1 < text.size() &&
        std::ispunct(static_cast<unsigned char>(text[i + 1])))
      ++i;
    out.push_back(text[i]);
  }
  return out;
}

}  // namespace

// Reads the `:name: value` lines at the top of the directive's body into its
// options, and leaves the body to the Markdown that follows them.
void MarkdownReader::ReadOptions(Directive* directive) {
  const DirectiveSpec& spec = *directive->spec;
  std::string_view& body = directive->body;
  while (body.starts_with(':')) {
    std::string_view line = body.substr(0, body.find('\n'));
    size_t close = line.find(':', 1);
    if (close == line.npos || close == 1) break;
    std::string_view key = line.substr(1, close - 1);
    if (key.find_first_of(" \t") != key.npos) break;
    std::string value = RemoveBackslashEscapes(Trim(line.substr(close + 1)));
    Origin key_at = directive->body_origin.At(1, 2);
    SourceLocation where{source_name_, key_at.line, key_at.column};
    const OptionSpec* option = nullptr;
    for (const OptionSpec& candidate : spec.options) {
      if (key == candidate.name) option = &candidate;
    }
    if (!option) {
      std::string hint = DidYouMean(key, Names(spec.options));
      if (hint.empty()) {
        hint = spec.options.empty() ? std::string("'") + spec.name + "' takes no options"
                                    : std::string("options of '") + spec.name + "':";
        for (const OptionSpec& known : spec.options) hint.append(" ").append(known.name);
      }
      diagnostics_->Error(
          where, "unknown option '" + std::string(key) + "' for directive '" + spec.name + "'",
          hint);
    } else if (directive->options.contains(option->name)) {
      diagnostics_->Error(where, "option '" + std::string(key) + "' is given twice");
    } else if (size_t length = Utf8Length(value); length > kMaxOptionLength) {
      diagnostics_->Error(where, TooLong("':" + std::string(key) + ":'", length),
                          "shorten the value that fills it");
    } else {
      directive->options[option->name] = option->text == OptionText::kProse ? Prose(value) : value;
      directive->option_where[option->name] = where;
    }
    body.remove_prefix(std::min(line.size() + 1, body.size()));
    ++directive->body_origin.line;
  }
}

std::string MarkdownReader::Prose(std::string_view text) const {
  return options_.french_typography ? FrenchTypography().ApplyToText(text) : std::string(text);
}

doc::Node* MarkdownReader::AppendDirectiveNode(NodeKind kind, const Directive& directive,
                                               doc::Node* parent) {
  doc::Node* node = AppendBlock(parent, kind, directive.where.line);
  node->attributes.insert(directive.options.begin(), directive.options.end());
  return node;
}

void MarkdownReader::BuildTableOfContents(const Directive& directive, doc::Node* parent) {
  AppendDirectiveNode(NodeKind::kTableOfContents, directive, parent);
}

void MarkdownReader::BuildPageBreak(const Directive& directive, doc::Node* parent) {
  AppendDirectiveNode(NodeKind::kPageBreak, directive, parent);
}

void MarkdownReader::BuildWritingLines(const Directive& directive, doc::Node* parent) {
  const std::string& written = directive.argument;
  int count = 0;
  auto [end, error] = std::from_chars(written.data(), written.data() + written.size(), count);
  if (error != std::errc() || end != written.data() + written.size() || count < 1 ||
      count > kMaxWritingLines) {
    diagnostics_->Error(directive.argument_where,
                        "the number of writing lines must be from 1 to " +
                            std::to_string(kMaxWritingLines) + ", not '" + written + "'",
                        "e.g. ```{writing-lines} 4");
    return;
  }
  for (int line = 0; line < count; ++line)
    AppendDirectiveNode(NodeKind::kThematicBreak, directive, parent)->attributes["style"] =
        "writing";
}

void MarkdownReader::BuildCallout(const Directive& directive, doc::Node* parent) {
  std::string_view written = directive.argument;
  if (written.empty()) written = "note";
  const CalloutKind* kind = nullptr;
  for (const CalloutKind& candidate : kCalloutKinds) {
    if (written == candidate.name) kind = &candidate;
  }
  if (!kind) {
    diagnostics_->Error(directive.argument_where,
                        "unknown callout kind '" + std::string(written) + "'",
                        DidYouMean(written, Names(kCalloutKinds)));
    return;
  }
  doc::Node* callout = AppendDirectiveNode(NodeKind::kCallout, directive, parent);
  callout->attributes["kind"] = kind->node_kind;
  ReadBlocks(directive.body, directive.body_origin, callout, directive.depth);
}

void MarkdownReader::BuildColumns(const Directive& directive, doc::Node* parent) {
  int count = kDefaultColumns;
  if (!directive.argument.empty()) {
    const std::string& written = directive.argument;
    auto [end, error] = std::from_chars(written.data(), written.data() + written.size(), count);
    if (error != std::errc() || end != written.data() + written.size() || count < kMinColumns ||
        count > kMaxColumns) {
      diagnostics_->Error(directive.argument_where,
                          "the column count must be a number from " + std::to_string(kMinColumns) +
                              " to " + std::to_string(kMaxColumns) + ", not '" + written + "'");
      return;
    }
  }
  // Balancing columns tries many heights, each splitting the body: columns
  // inside columns would multiply those tries at every level.
  if (inside_columns_) {
    diagnostics_->Error(directive.where, "columns inside columns",
                        "columns are never nested, even through a callout or a table around them");
    return;
  }
  doc::Node* columns = AppendDirectiveNode(NodeKind::kColumns, directive, parent);
  columns->attributes["count"] = std::to_string(count);
  inside_columns_ = true;
  ReadBlocks(directive.body, directive.body_origin, columns, directive.depth);
  inside_columns_ = false;
}

void MarkdownReader::BuildCover(const Directive& directive, doc::Node* parent) {
  ReadBlocks(directive.body, directive.body_origin,
             AppendDirectiveNode(NodeKind::kCover, directive, parent), directive.depth);
}

namespace {

constexpr std::string_view kNoteOpening = "[^";
constexpr char kNoteHint[] = "each note starts a line as [^label]: text";

}  // namespace

// The body is a series of definitions, `[^label]: text`, each starting a
// line and going on over the lines below it until the next one. Each is read
// as one paragraph, a child of the kNotes node with its `label`; NoteResolver
// numbers them once the whole document is read.
void MarkdownReader::BuildNotes(const Directive& directive, doc::Node* parent) {
  std::string level = directive.options.contains("level") ? directive.options.at("level") : "1";
  if (level != "1" && level != "2" && level != "3") {
    diagnostics_->Error(directive.WhereOf("level"),
                        "':level:' of the notes' title must be 1, 2 or 3, not '" + level + "'");
    return;
  }
  doc::Node* notes = AppendDirectiveNode(NodeKind::kNotes, directive, parent);
  notes->attributes["level"] = level;
  if (!directive.argument.empty()) notes->attributes["title"] = Prose(directive.argument);

  struct Definition {
    std::string label;
    size_t text_start = 0, text_end = 0;  // in the body
    Origin text_origin;
  };
  std::vector<Definition> definitions;
  std::string_view body = directive.body;
  int line = 1;
  for (size_t start = 0; start < body.size(); ++line) {
    size_t end = std::min(body.find('\n', start), body.size());
    std::string_view text = body.substr(start, end - start);
    Origin line_origin = directive.body_origin.At(line, 1);
    SourceLocation where{source_name_, line_origin.line, line_origin.column};
    if (text.starts_with(kNoteOpening)) {
      size_t close = text.find("]:");
      std::string_view label =
          close == text.npos ? std::string_view() : text.substr(2, close - kNoteOpening.size());
      if (label.empty() || label.find_first_of(" \t[") != label.npos) {
        diagnostics_->Error(where, "a note's label must be one word between [^ and ]:", kNoteHint);
        return;
      }
      size_t text_start = text.find_first_not_of(" \t", close + 2);
      if (text_start == text.npos) text_start = text.size();
      definitions.push_back({std::string(label), start + text_start, end,
                             directive.body_origin.At(line, static_cast<int>(text_start) + 1)});
    } else if (!Trim(text).empty()) {
      if (definitions.empty()) {
        diagnostics_->Error(where, "text before the first note of a {notes} directive", kNoteHint);
        return;
      }
      definitions.back().text_end = end;
    }
    start = end + 1;
  }
  for (const Definition& definition : definitions) {
    doc::Node read;
    ReadBlocks(body.substr(definition.text_start, definition.text_end - definition.text_start),
               definition.text_origin, &read, directive.depth);
    SourceLocation where{source_name_, definition.text_origin.line, 1};
    if (read.children.size() != 1 || read.children[0]->kind != NodeKind::kParagraph) {
      diagnostics_->Error(where, "note '" + definition.label + "' must be one paragraph of text",
                          read.children.empty() ? "write its text after the colon" : kNoteHint);
      continue;
    }
    doc::Node* note = notes->Append(std::move(read.children[0]));
    note->attributes["label"] = definition.label;
  }
}

// A bar chart's type is its argument; its bars are children so that the
// data stays in order with the line each came from.
void MarkdownReader::BuildChart(const Directive& directive, doc::Node* parent) {
  std::string type = directive.argument.empty() ? "bar" : directive.argument;
  if (type != "bar") {
    diagnostics_->Error(directive.argument_where, "unknown chart type '" + type + "'",
                        "coopkit draws horizontal bar charts: ```{chart} bar");
    return;
  }
  Origin first = directive.body_origin;
  auto bars = ReadChartBars(directive.body, {source_name_, first.line, first.column}, diagnostics_);
  if (!bars) return;
  if (bars->empty()) {
    diagnostics_->Error(directive.where, "the chart has no bars", kChartBarHint);
    return;
  }
  if (auto max = directive.options.find("max"); max != directive.options.end()) {
    auto number = ParseChartNumber(max->second);
    if (!number || number->second <= 0) {
      diagnostics_->Error(directive.WhereOf("max"),
                          "':max:' must be a number above zero, not '" + max->second + "'");
      return;
    }
    for (const ChartBar& bar : *bars) {
      if (bar.number > number->second) {
        diagnostics_->Error(
            {source_name_, bar.line, first.column},
            "bar '" + bar.label + "' is " + bar.value + ", beyond ':max: " + max->second + "'",
            "raise :max: or leave it out to fit the scale to the data");
        return;
      }
    }
  }
  doc::Node* chart = AppendDirectiveNode(NodeKind::kChart, directive, parent);
  chart->attributes["type"] = type;
  for (const ChartBar& bar : *bars) {
    doc::Node* child = AppendBlock(chart, NodeKind::kText, bar.line);
    child->attributes["label"] = Prose(RemoveBackslashEscapes(bar.label));
    child->attributes["value"] = bar.value;
  }
}

// The path stays as written: only the kit knows the content folder, and it
// checks and resolves the file before layout (see kit/image_resolver.h).
void MarkdownReader::BuildImage(const Directive& directive, doc::Node* parent) {
  if (directive.argument.empty()) {
    diagnostics_->Error(directive.where, "the image directive needs the image's file",
                        "write it as ```{image} photos/atelier.jpg");
    return;
  }
  if (auto width = directive.options.find("width");
      width != directive.options.end() && !ParseRelativeLength(width->second)) {
    diagnostics_->Error(directive.WhereOf("width"),
                        "':width:' must be a length such as 80mm or a share of the column "
                        "such as 60%, not '" +
                            width->second + "'");
    return;
  }
  AppendDirectiveNode(NodeKind::kImage, directive, parent)->attributes["src"] = directive.argument;
}

void MarkdownReader::BuildDocumentInfo(const Directive& directive, doc::Node*) {
  document_->info.source_line = directive.where.line;
  for (const OptionSpec& option : directive.spec->options) {
    auto value = directive.options.find(option.name);
    if (value != directive.options.end()) document_->info.*option.info_field = value->second;
  }
}

namespace {

constexpr char kListTableHint[] =
    "write each row as '* - first cell', with the row's next cells as '  - cell' under it";

}  // namespace

// The body is one bullet list of rows, each row one bullet list of cells:
// the kTable → kTableRow → kTableCell tree takes the cells' blocks as they
// are. Every mistake is reported before anything is added.
void MarkdownReader::BuildListTable(const Directive& directive, doc::Node* parent) {
  doc::Node body;
  ReadBlocks(directive.body, directive.body_origin, &body, directive.depth);
  auto at = [&](int line) { return SourceLocation{source_name_, line, 1}; };
  if (body.children.size() != 1 || body.children[0]->kind != NodeKind::kBulletList) {
    const doc::Node* stray = nullptr;
    for (const auto& child : body.children) {
      if (child->kind != NodeKind::kBulletList || child != body.children[0]) {
        stray = child.get();
        break;
      }
    }
    diagnostics_->Error(stray ? at(stray->source_line) : directive.where,
                        "the body of a list-table must be one bullet list, one item per row",
                        kListTableHint);
    return;
  }
  doc::Node& rows = *body.children[0];
  bool rows_ok = true;
  size_t columns = 0;
  int first_row_line = 0;
  for (size_t r = 0; r < rows.children.size(); ++r) {
    const doc::Node& row = *rows.children[r];
    if (row.children.size() != 1 || row.children[0]->kind != NodeKind::kBulletList) {
      diagnostics_->Error(
          at(row.source_line),
          "row " + std::to_string(r + 1) + " of the list-table is not a list of cells",
          kListTableHint);
      rows_ok = false;
      continue;
    }
    size_t cells = row.children[0]->children.size();
    if (first_row_line == 0) {
      columns = cells;
      first_row_line = row.source_line;
    } else if (cells != columns) {
      diagnostics_->Error(at(row.source_line),
                          "row " + std::to_string(r + 1) + " has " + std::to_string(cells) +
                              " cells, but the row at line " + std::to_string(first_row_line) +
                              " has " + std::to_string(columns),
                          "every row needs the same number of cells; write an empty cell as '  -'");
      rows_ok = false;
    }
  }
  if (!rows_ok) return;

  bool options_ok = TableCount(directive, "header-rows", rows.children.size(), "rows").has_value();
  options_ok &= TableCount(directive, "stub-columns", columns, "columns").has_value();
  options_ok &= CheckColumnWords(
      directive, "widths", columns,
      [](std::string_view word) { return doc::ParseColumnWidth(word).has_value(); },
      "a width is auto, a share such as 2fr, or a length such as 45mm");
  options_ok &= CheckColumnWords(
      directive, "align", columns,
      [](std::string_view word) { return doc::ParseColumnAlign(word).has_value(); },
      "an alignment is left, center or right");
  if (auto zebra = directive.options.find("zebra");
      zebra != directive.options.end() && zebra->second != "true" && zebra->second != "false") {
    diagnostics_->Error(directive.WhereOf("zebra"),
                        "':zebra:' must be true or false, not '" + zebra->second + "'");
    options_ok = false;
  }
  if (!options_ok) return;

  doc::Node* table = AppendDirectiveNode(NodeKind::kTable, directive, parent);
  if (!directive.argument.empty()) table->attributes["caption"] = Prose(directive.argument);
  size_t header_rows = std::stoul(table->Attribute("header-rows", "0"));
  for (size_t r = 0; r < rows.children.size(); ++r) {
    doc::Node& item = *rows.children[r];
    doc::Node* row = AppendBlock(table, NodeKind::kTableRow, item.source_line);
    if (r < header_rows) row->attributes["header"] = "true";
    for (auto& cell_item : item.children[0]->children) {
      doc::Node* cell = AppendBlock(row, NodeKind::kTableCell, cell_item->source_line);
      cell->children = std::move(cell_item->children);
    }
  }
}

std::optional<size_t> MarkdownReader::TableCount(const Directive& directive,
                                                 const std::string& name, size_t most,
                                                 const std::string& what) {
  auto option = directive.options.find(name);
  if (option == directive.options.end()) return 0;
  const std::string& written = option->second;
  size_t count = 0;
  auto [end, error] = std::from_chars(written.data(), written.data() + written.size(), count);
  if (error != std::errc() || end != written.data() + written.size()) {
    diagnostics_->Error(directive.WhereOf(name),
                        "':" + name + ":' must be a whole number, not '" + written + "'");
    return std::nullopt;
  }
  if (count > most) {
    diagnostics_->Error(directive.WhereOf(name), "':" + name + ":' is " + written +
                                                     ", but the table has " + std::to_string(most) +
                                                     " " + what);
    return std::nullopt;
  }
  return count;
}

bool MarkdownReader::CheckColumnWords(const Directive& directive, const std::string& name,
                                      size_t columns, bool (*valid)(std::string_view),
                                      const std::string& hint) {
  auto option = directive.options.find(name);
  if (option == directive.options.end()) return true;
  std::vector<std::string_view> words = doc::OptionWords(option->second);
  if (words.size() != columns) {
    diagnostics_->Error(directive.WhereOf(name),
                        "':" + name + ":' gives " + std::to_string(words.size()) +
                            " columns, but the table has " + std::to_string(columns),
                        "give one word per column");
    return false;
  }
  bool all_valid = true;
  for (std::string_view word : words) {
    if (valid(word)) continue;
    diagnostics_->Error(directive.WhereOf(name),
                        "':" + name + ":' has '" + std::string(word) + "', which is not valid",
                        hint);
    all_valid = false;
  }
  return all_valid;
}

namespace {

// An index group name: letters, digits, '-' and '_'.
bool IsGroupName(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
  });
}

}  // namespace

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

void MarkdownReader::BuildQrCode(const Directive& directive, doc::Node* parent) {
  if (directive.argument.empty()) {
    diagnostics_->Error(directive.where, "the qr directive needs the text to encode",
                        "write it as ```{qr} https://www.example.org");
    return;
  }
  if (auto size = directive.options.find("size");
      size != directive.options.end() && !ParseLength(size->second)) {
    diagnostics_->Error(directive.WhereOf("size"),
                        "':size:' must be a length such as 22mm, not '" + size->second + "'");
    return;
  }
  if (auto side = directive.options.find("float");
      side != directive.options.end() && side->second != "right") {
    diagnostics_->Error(directive.WhereOf("float"),
                        "':float:' can only be 'right', not '" + side->second + "'",
                        "leave it out to put the code under the text");
    return;
  }
  AppendDirectiveNode(NodeKind::kQrCode, directive, parent)->attributes["data"] =
      directive.argument;
}

void MarkdownReader::BuildKeepTogether(const Directive& directive, doc::Node* parent) {
  ReadBlocks(directive.body, directive.body_origin,
             AppendDirectiveNode(NodeKind::kKeepTogether, directive, parent), directive.depth);
}

void MarkdownReader::BuildIndex(const Directive& directive, doc::Node* parent) {
  std::string group = directive.argument.empty() ? kMainIndexGroup : directive.argument;
  if (!IsGroupName(group)) {
    diagnostics_->Error(directive.argument_where, "'" + group + "' is not an index group name",
                        "use letters, digits, '-' and '_', e.g. ```{index} names");
    return;
  }
  AppendDirectiveNode(NodeKind::kIndex, directive, parent)->attributes["group"] = group;
}

}  // namespace coopkit::markup
