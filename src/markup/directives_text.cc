// Directives of text: {callout}, {notes} and {writing-lines}.
#include <charconv>

#include "base/spelling_hint.h"
#include "markup/markdown_reader_internals.h"

namespace coopkit::markup {

namespace {

struct CalloutKind {
  const char* name;       // as written after {callout}
  const char* node_kind;  // the kCallout node's `kind` attribute
};

constexpr CalloutKind kCalloutKinds[] = {
    {"note", "note"}, {"tip", "tip"}, {"vigilance", "warning"}, {"warning", "warning"}};

constexpr int kMaxWritingLines = 30;

}  // namespace

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

}  // namespace coopkit::markup
