// The Markdown a template rendered, with the place each piece of it came
// from, so that later stages can name a file, line and column in their
// errors.
//
// How: before rendering, each template line that can reach the output gets an
// invisible mark before its first output (two Unicode noncharacters around
// "file:line"), and each line of a content value gets one before its text
// ("file:line:column", where that line starts in the YAML or Markdown file),
// the value one more at its end ("-": the template's text again). After
// rendering, the marks give each piece of each output line its origin and are
// all removed. Lines that kainjow drops (standalone section tags) carry no
// mark; output lines without one keep the origin of the line before.
// The columns inside a template line are not known (the values inserted in
// it shift them); inside a content line they are, but for the backslashes
// that escaping `{{x}}` adds.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "content/content_value.h"
#include "templates/mustache_tags.h"

namespace coopkit::templates {

struct RenderedText {
  /// From `column` (characters, from 1) of output line `line` on, the text
  /// came from line `origin_line` of files[file], at `origin_column` of it
  /// (0 for a template line).
  struct Piece {
    int line = 0;
    int column = 0;
    size_t file = 0;
    int origin_line = 0;
    int origin_column = 0;
  };

  std::string markdown;
  /// [i] is the template or Markdown file and line (no column) that line
  /// i + 1 starts in; the lines of a YAML value belong to the template line
  /// that inserts the value.
  std::vector<SourceLocation> line_origins;
  std::vector<Piece> pieces;  // in the order of the text
  /// Every template, partial and content file the text was made from (a
  /// YAML file as soon as one of its values is in the data), whether or not
  /// a line of it reached the output.
  std::vector<std::string> files;

  /// line_origins[line - 1]; an empty location when out of range.
  SourceLocation OriginOfLine(int line) const;
  /// The place of `line`:`column` of markdown in the file it came from;
  /// column 0 in a template line, or when `column` is 0.
  SourceLocation OriginOf(int line, int column) const;
};

/// `text` (the template numbered `file_index`, with its `tags`) with a mark
/// at the start of each line that can reach the output.
std::string InsertLineMarks(std::string_view text, const std::vector<MustacheTag>& tags,
                            size_t file_index);

/// `text`, a value read from the content file numbered `file_index`, with a
/// mark at the start of each line and one at its end: its output lines then
/// name that file and the place of their own line in it. `line_starts[i]` is
/// where line i + 1 starts, the lines past them at the first; with none, the
/// text is the whole file.
std::string MarkContentText(std::string_view text, size_t file_index,
                            std::span<const content::TextPosition> line_starts);

/// `text`, a value holding marks, with `escape` applied to the text between
/// them; each piece is escaped as if it started a line, as a mark does.
std::string EscapeBetweenMarks(std::string_view text, std::string (*escape)(std::string_view text));

/// Reads and removes the marks of `rendered`; `files` are the template (and
/// content) paths by index.
RenderedText ResolveLineMarks(std::string_view rendered, const std::vector<std::string>& files);

}  // namespace coopkit::templates
