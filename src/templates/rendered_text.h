// The Markdown a template rendered, with the template line each output line
// came from, so that later stages can name a file and line in their errors.
//
// How: before rendering, each template line that can reach the output gets an
// invisible mark before its first output (two Unicode noncharacters around
// "file:line"), and so does each line of a value read from a Markdown file
// (`!markdown`); after rendering, the last mark on each output line gives its
// origin and all marks are removed. Lines that kainjow drops (standalone
// section tags) carry no mark; output lines without one (the 2nd line of a
// multi-line value) keep the origin of the line before. Approximate, but
// never wrong by more than the extent of one value.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "templates/mustache_tags.h"

namespace coopkit::templates {

struct RenderedText {
  std::string markdown;
  std::vector<SourceLocation> line_origins;  // [i] is the origin of line i + 1
  /// Every template, partial and Markdown file the text was made from,
  /// whether or not a line of it reached the output.
  std::vector<std::string> files;

  /// The template file and line that produced 1-based `line` of markdown;
  /// an empty location when out of range.
  SourceLocation OriginOfLine(int line) const;
};

/// `text` (the template numbered `file_index`, with its `tags`) with a mark
/// at the start of each line that can reach the output.
std::string InsertLineMarks(std::string_view text, const std::vector<MustacheTag>& tags,
                            size_t file_index);

/// `text`, the whole of a Markdown file numbered `file_index` inserted as a
/// value, with a mark at the start of each line: its output lines then name
/// that file and their own line in it.
std::string MarkEveryLine(std::string_view text, size_t file_index);

/// Reads and removes the marks of `rendered`; `files` are the template (and
/// Markdown) paths by index.
RenderedText ResolveLineMarks(std::string_view rendered, const std::vector<std::string>& files);

}  // namespace coopkit::templates
