// The directive syntax: the table of every directive, then a fence's name,
// argument and `:option: value` lines, checked against the table.
#include "base/spelling_hint.h"
#include "base/utf8.h"
#include "markup/french_typography.h"
#include "markup/markdown_reader_internals.h"

namespace coopkit::markup {

namespace {

// Options and arguments become PDF metadata, which libharu limits to 64 KiB,
// running labels and titles never split across pages: none needs more.
constexpr size_t kMaxOptionLength = 2000;  // characters

std::string TooLong(const std::string& what, size_t length) {
  return what + " is " + std::to_string(length) + " characters long, more than " +
         std::to_string(kMaxOptionLength);
}

}  // namespace

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
  doc::Node* node = AppendBlock(parent, kind, directive.where.line, directive.where.column);
  node->attributes.insert(directive.options.begin(), directive.options.end());
  return node;
}

}  // namespace coopkit::markup
