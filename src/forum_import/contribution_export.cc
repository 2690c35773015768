#include "forum_import/contribution_export.h"

#include <algorithm>
#include <cctype>

#include "content/text_position.h"

namespace coopkit::forum_import {
namespace {

constexpr std::string_view kNoBreakSpace = "\u00a0";
constexpr std::string_view kNarrowNoBreakSpace = "\u202f";

bool IsSpaceAt(std::string_view text, size_t i, size_t* length) {
  if (text[i] == ' ' || text[i] == '\t') return *length = 1, true;
  for (std::string_view space : {kNoBreakSpace, kNarrowNoBreakSpace})
    if (text.substr(i, space.size()) == space) return *length = space.size(), true;
  return false;
}

// Byte offsets of `line` without its leading and trailing spaces.
std::pair<size_t, size_t> Trimmed(std::string_view line) {
  size_t begin = 0, end = line.size(), length = 0;
  while (begin < end && IsSpaceAt(line, begin, &length)) begin += length;
  while (end > begin) {
    size_t last = end - 1;
    while (last > begin && (static_cast<unsigned char>(line[last]) & 0xC0) == 0x80) --last;
    if (!IsSpaceAt(line, last, &length) || last + length != end) break;
    end = last;
  }
  return {begin, end};
}

std::string_view TrimmedView(std::string_view line) {
  auto [begin, end] = Trimmed(line);
  return line.substr(begin, end - begin);
}

struct LabelLine {
  std::string label;
  size_t value_offset = 0;  // in the line
};

// The label and value of « Label : value » (no-break space before the
// colon), or of « Label : value » and « Label: value » for a known label.
std::optional<LabelLine> SplitLabel(std::string_view line,
                                    const std::vector<std::string>& known_labels) {
  // A label holds no colon: past the first one, this is text.
  const size_t colon = line.find(':');
  if (colon == std::string_view::npos) return std::nullopt;
  std::string_view before = line.substr(0, colon);
  bool no_break = before.ends_with(kNoBreakSpace) || before.ends_with(kNarrowNoBreakSpace);
  std::string label(TrimmedView(before));
  if (label.empty()) return std::nullopt;
  bool known =
      std::find(known_labels.begin(), known_labels.end(), FoldedLabel(label)) != known_labels.end();
  if (no_break || known) return LabelLine{label, colon + 1};
  return std::nullopt;
}

// « 1- text », « 2. text », « 3) text »: the text, or nullopt.
std::optional<size_t> NumberedItemStart(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && std::isdigit(static_cast<unsigned char>(line[i]))) ++i;
  if (i == 0 || i > 3 || i >= line.size()) return std::nullopt;
  if (line[i] != '-' && line[i] != '.' && line[i] != ')') return std::nullopt;
  ++i;
  size_t length = 0;
  if (i < line.size() && !IsSpaceAt(line, i, &length)) return std::nullopt;
  while (i < line.size() && IsSpaceAt(line, i, &length)) i += length;
  return i < line.size() ? std::optional<size_t>(i) : std::nullopt;
}

bool IsSection(std::string_view line) {
  std::string folded = FoldedLabel(line);
  for (const std::string& section : ExportSections())
    if (FoldedLabel(section) == folded) return true;
  return false;
}

}  // namespace

const std::vector<std::string>& ExportSections() {
  static const std::vector<std::string> sections = {"Notre contribution",
                                                    "Lors du Forum nous proposons", "Ambitions"};
  return sections;
}

std::string FoldedLabel(std::string_view label) {
  std::string folded;
  bool space = false;
  for (size_t i = 0; i < label.size();) {
    size_t length = 0;
    if (IsSpaceAt(label, i, &length)) {
      space = !folded.empty();
      i += length;
      continue;
    }
    if (space) folded += ' ';
    space = false;
    if (label.substr(i, 3) == "\u2019" || label.substr(i, 3) == "\u02bc") {
      folded += '\'';
      i += 3;
      continue;
    }
    folded += static_cast<char>(std::tolower(static_cast<unsigned char>(label[i])));
    ++i;
  }
  return folded;
}

std::optional<ContributionExport> ParseContributionExport(
    const std::string& text, const std::string& file, const std::vector<std::string>& known_labels,
    DiagnosticList* diagnostics) {
  content::LineStarts lines_of(text);
  ContributionExport contribution;
  std::string section;
  ContributionExport::Field* current = nullptr;
  bool has_title = false;
  int line_number = 0;
  for (size_t start = 0; start < text.size(); ++line_number) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string_view line(text.data() + start, end - start);
    start = end + 1;
    auto [begin, stop] = Trimmed(line);
    std::string_view content = line.substr(begin, stop - begin);
    auto at = [&](size_t offset_in_line) {
      return lines_of.Locate(file, line_number, static_cast<int>(offset_in_line));
    };
    if (content.empty()) continue;
    if (!has_title) {
      contribution.title = std::string(content);
      contribution.title_location = at(begin);
      has_title = true;
      continue;
    }
    if (IsSection(content)) {
      section = std::string(content);
      current = nullptr;
      continue;
    }
    if (std::optional<LabelLine> label = SplitLabel(content, known_labels)) {
      std::string_view rest = content.substr(label->value_offset);
      auto [value_begin, value_end] = Trimmed(rest);
      contribution.fields.push_back({section,
                                     label->label,
                                     std::string(rest.substr(value_begin, value_end - value_begin)),
                                     {},
                                     at(begin),
                                     at(begin + label->value_offset + value_begin)});
      current = &contribution.fields.back();
      continue;
    }
    if (current == nullptr) {
      contribution.loose_text.push_back(
          {section, "", std::string(content), {}, at(begin), at(begin)});
      current = &contribution.loose_text.back();
      continue;
    }
    // The site writes a paragraph a line, with or without a blank line.
    const SourceLocation line_place = at(begin);  // a lambda cannot capture `begin`
    auto add_paragraph = [&](std::string_view paragraph) {
      if (current->value.empty()) {
        current->value = std::string(paragraph);
        current->value_location = line_place;
      } else {
        current->value += "\n\n";
        current->value += paragraph;
      }
    };
    if (std::optional<size_t> item = NumberedItemStart(content)) {
      current->numbered_items.emplace_back(content.substr(*item));
      continue;
    }
    // Numbered lines followed by text are paragraphs of the value, in order.
    for (size_t i = 0; i < current->numbered_items.size(); ++i)
      add_paragraph(std::to_string(i + 1) + "- " + current->numbered_items[i]);
    current->numbered_items.clear();
    add_paragraph(content);
  }
  if (!has_title) {
    diagnostics->Error({file, 1, 1}, "this export is empty: its first line should be the title",
                       "export the contribution again from the forum's site");
    return std::nullopt;
  }
  return contribution;
}

}  // namespace coopkit::forum_import
