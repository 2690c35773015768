#include "markup/markdown_reader.h"

#include <cctype>
#include <cmark-gfm.h>

#include <cassert>
#include <charconv>
#include <map>
#include <memory>
#include <vector>

#include "base/spelling_hint.h"
#include "markup/french_typography.h"

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
  std::string_view body;  // the Markdown after the options
  Origin body_origin;
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
constexpr int kMinColumns = 2;
constexpr int kMaxColumns = 4;

std::string_view Trim(std::string_view text) {
  size_t first = text.find_first_not_of(" \t\r\n");
  if (first == text.npos) return {};
  size_t last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

// Line `number` (1-based) of `text`, without its newline.
std::string_view LineAt(std::string_view text, int number) {
  size_t start = 0;
  for (int line = 1; line < number && start != text.npos; ++line) {
    start = text.find('\n', start);
    if (start != text.npos) ++start;
  }
  if (start == text.npos) return {};
  return text.substr(start, text.find('\n', start) - start);
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
  std::vector<OptionSpec> options;
  void (MarkdownReader::*build)(const Directive&, doc::Node* parent);
};

// Every directive coopkit knows. A new one is a row here and a Build method.
const MarkdownReader::DirectiveSpec MarkdownReader::kDirectives[] = {
    {"toc", false, false, {{"title"}}, &MarkdownReader::BuildTableOfContents},
    {"pagebreak", false, false, {}, &MarkdownReader::BuildPageBreak},
    {"callout", true, true, {{"title"}}, &MarkdownReader::BuildCallout},
    {"columns", true, true, {}, &MarkdownReader::BuildColumns},
    {"cover",
     false,
     true,
     {{"title"}, {"subtitle"}, {"organisation"}, {"author"}, {"date"}, {"place"}},
     &MarkdownReader::BuildCover},
    {"document",
     false,
     false,
     {{"title", OptionText::kProse, &doc::DocumentInfo::title},
      {"author", OptionText::kProse, &doc::DocumentInfo::author},
      {"subject", OptionText::kProse, &doc::DocumentInfo::subject},
      {"keywords", OptionText::kProse, &doc::DocumentInfo::keywords},
      {"language", OptionText::kWord, &doc::DocumentInfo::language},
      {"header-left", OptionText::kProse, &doc::DocumentInfo::header_left},
      {"header-right", OptionText::kProse, &doc::DocumentInfo::header_right},
      {"footer-left", OptionText::kProse, &doc::DocumentInfo::footer_left}},
     &MarkdownReader::BuildDocumentInfo},
};

MarkdownReader::MarkdownReader(DiagnosticList* diagnostics, MarkdownOptions options)
    : diagnostics_(diagnostics), options_(options) {
  assert(diagnostics_);
}

doc::Document MarkdownReader::Read(std::string_view markdown, const std::string& source_name) {
  doc::Document document;
  source_name_ = source_name;
  document_ = &document;
  ReadBlocks(markdown, Origin{}, document.root.get());
  if (options_.french_typography) FrenchTypography().ApplyToTree(document.root.get());
  document_ = nullptr;
  return document;
}

void MarkdownReader::ReadBlocks(std::string_view markdown, const Origin& origin,
                                doc::Node* parent) {
  std::unique_ptr<cmark_node, decltype(&cmark_node_free)> root(
      cmark_parse_document(markdown.data(), markdown.size(), CMARK_OPT_VALIDATE_UTF8),
      &cmark_node_free);
  std::unique_ptr<cmark_iter, decltype(&cmark_iter_free)> iter(cmark_iter_new(root.get()),
                                                               &cmark_iter_free);
  std::vector<doc::Node*> open = {parent};
  for (cmark_event_type event = cmark_iter_next(iter.get()); event != CMARK_EVENT_DONE;
       event = cmark_iter_next(iter.get())) {
    cmark_node* node = cmark_iter_get_node(iter.get());
    cmark_node_type type = cmark_node_get_type(node);
    if (event == CMARK_EVENT_EXIT) {
      if (type != CMARK_NODE_DOCUMENT) open.pop_back();
      continue;
    }
    // Leaves only ever ENTER; every other node below is pushed here and
    // popped at its EXIT.
    doc::Node* top = open.back();
    Origin at = origin.At(cmark_node_get_start_line(node), cmark_node_get_start_column(node));
    SourceLocation where{source_name_, at.line, at.column};
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
          ReadDirective(LineAt(markdown, fence_line), info, literal, origin.At(fence_line, 1),
                        origin.At(fence_line + 1, cmark_node_get_start_column(node)), top);
        } else {
          if (literal.ends_with('\n')) literal.remove_suffix(1);
          AppendBlock(top, NodeKind::kCodeBlock, at.line)->text = literal;
        }
        break;
      }
      case CMARK_NODE_HTML_BLOCK:
      case CMARK_NODE_HTML_INLINE:
        diagnostics_->Warning(where, "raw HTML is not supported; it is left out",
                              "write it in Markdown or use a directive");
        break;
      case CMARK_NODE_IMAGE:
        diagnostics_->Warning(where, "images are not supported; this one is left out");
        cmark_iter_reset(iter.get(), node, CMARK_EVENT_EXIT);
        break;
      case CMARK_NODE_TEXT:
        AppendText(top, cmark_node_get_literal(node));
        break;
      case CMARK_NODE_CODE:
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

void MarkdownReader::ReadDirective(std::string_view fence_line, std::string_view info,
                                   std::string_view literal, const Origin& fence_origin,
                                   const Origin& literal_origin, doc::Node* parent) {
  size_t brace = fence_line.find('{');
  Origin name_at = fence_origin.At(1, static_cast<int>(brace) + 2);
  Directive directive;
  directive.where = {source_name_, name_at.line, name_at.column};
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
    if (text[i] == '\\' && i + 1 < text.size() && std::ispunct(static_cast<unsigned char>(text[i + 1])))
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
    } else {
      directive->options[option->name] =
          option->text == OptionText::kProse ? Prose(value) : value;
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
  ReadBlocks(directive.body, directive.body_origin, callout);
}

void MarkdownReader::BuildColumns(const Directive& directive, doc::Node* parent) {
  int count = kMinColumns;
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
  doc::Node* columns = AppendDirectiveNode(NodeKind::kColumns, directive, parent);
  columns->attributes["count"] = std::to_string(count);
  ReadBlocks(directive.body, directive.body_origin, columns);
}

void MarkdownReader::BuildCover(const Directive& directive, doc::Node* parent) {
  ReadBlocks(directive.body, directive.body_origin,
             AppendDirectiveNode(NodeKind::kCover, directive, parent));
}

void MarkdownReader::BuildDocumentInfo(const Directive& directive, doc::Node*) {
  for (const OptionSpec& option : directive.spec->options) {
    auto value = directive.options.find(option.name);
    if (value != directive.options.end()) document_->info.*option.info_field = value->second;
  }
}

}  // namespace coopkit::markup
