// The Markdown reader's own types and helpers, shared by the files that
// make it up: markdown_reader.cc (the cmark walk: blocks, inlines, roles,
// fences), directive_syntax.cc (the directive table, a fence's name,
// argument and options) and one file per family of directives:
// directives_structure.cc (toc, pagebreak, cover, document, keep, columns,
// index), directives_text.cc (callout, notes, writing-lines),
// directives_figures.cc (chart, image, qr), directives_tables.cc
// (list-table). Nothing outside the reader includes it.
#pragma once

#include <algorithm>
#include <cctype>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "document/node.h"
#include "markup/markdown_reader.h"

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

// What a leaf block is called in messages, and how it is closed.
struct BlockEnding {
  std::string what;
  std::string how_to_close;
  bool closed = true;  // whether it has its closing marker
  /// Whether, left open, it takes the next file's text into it (a code or
  /// HTML block hides that text); a paragraph or heading only runs on.
  bool swallows = true;
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

// Prose options go through French typography; words are names and numbers.
enum class OptionText { kProse, kWord };

struct OptionSpec {
  const char* name;
  OptionText text = OptionText::kProse;
  std::string doc::DocumentInfo::*info_field = nullptr;  // {document} options only
};

struct MarkdownReader::DirectiveSpec {
  const char* name;
  bool takes_argument;
  bool takes_body;
  bool top_level_only;  // a part of the document itself, never inside another block
  std::vector<OptionSpec> options;
  void (MarkdownReader::*build)(const Directive&, doc::Node* parent);
};

constexpr char kMainIndexGroup[] = "main";

inline std::string_view Trim(std::string_view text) {
  size_t first = text.find_first_not_of(" \t\r\n");
  if (first == text.npos) return {};
  size_t last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

std::vector<std::string> Names(const auto& specs) {
  std::vector<std::string> names;
  for (const auto& spec : specs) names.push_back(spec.name);
  return names;
}

inline void AppendText(doc::Node* parent, std::string_view text) {
  if (!parent->children.empty() && parent->children.back()->kind == NodeKind::kText) {
    parent->children.back()->text += text;
    return;
  }
  parent->Append(NodeKind::kText)->text = text;
}

inline doc::Node* AppendBlock(doc::Node* parent, NodeKind kind, int source_line,
                              int source_column) {
  doc::Node* node = parent->Append(kind);
  node->source_line = source_line;
  node->source_column = source_column;
  return node;
}

// Option values are text as in a paragraph, so the templates' Markdown
// escaping (`\*`) is undone the way CommonMark undoes it: a backslash before
// ASCII punctuation stands for that character.
std::string RemoveBackslashEscapes(std::string_view text);

// An index group name: letters, digits, '-' and '_'.
inline bool IsGroupName(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
  });
}

}  // namespace coopkit::markup
