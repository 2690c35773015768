// A contribution as the forum's site exports it (../shared/seed holds a real
// one): its title on the first line, then « Label : value » lines, the
// separator being a no-break space and a colon. Section lines without a
// colon (« Notre contribution », « Lors du Forum nous proposons »,
// « Ambitions ») group the fields after them. A value runs on over the
// lines and paragraphs that follow it until the next label or section;
// lines numbered « 1- … » under a value are its list.
//
// The parser keeps every label it reads, known or not, with its place:
// deciding what a label means is the event content's job
// (event_content.h), which reports what it does not know.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"

namespace coopkit::forum_import {

struct ContributionExport {
  struct Field {
    std::string section;  // the section line above it; empty before the first
    std::string label;
    std::string value;  // its lines, each a paragraph, separated by "\n\n"
    /// The « 1- … » lines that end the value, without their numbers
    /// (numbered lines followed by text are paragraphs of `value`).
    std::vector<std::string> numbered_items;
    SourceLocation label_location;
    SourceLocation value_location;
  };

  std::string title;
  SourceLocation title_location;
  std::vector<Field> fields;
  /// Lines of text before the first label (after the title): kept, and
  /// reported by whoever writes the content.
  std::vector<Field> loose_text;
};

/// The sections of the forum's export format, in the order the site writes
/// them.
const std::vector<std::string>& ExportSections();

/// Parses `text` (from DecodeExportText: UTF-8, "\n" line ends) of `file`.
/// `known_labels` are the labels that may also be written with a plain
/// space before their colon; any other label needs the no-break space, so
/// that a sentence « … aujourd’hui : écologie … » in a long value stays
/// text. nullopt, with an error, when the file holds no title.
std::optional<ContributionExport> ParseContributionExport(
    const std::string& text, const std::string& file, const std::vector<std::string>& known_labels,
    DiagnosticList* diagnostics);

/// `label` folded for comparison: typographic apostrophes as ', runs of
/// spaces (no-break ones included) as one space, lower case, trimmed.
std::string FoldedLabel(std::string_view label);

}  // namespace coopkit::forum_import
