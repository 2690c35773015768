#include "document/table_column.h"

#include <charconv>

#include "base/length.h"

namespace coopkit::doc {
namespace {

constexpr std::string_view kFractionSuffix = "fr";
constexpr std::string_view kAlignNames[] = {"left", "center", "right"};
constexpr TableColumn::Align kAligns[] = {TableColumn::Align::kLeft, TableColumn::Align::kCenter,
                                          TableColumn::Align::kRight};

}  // namespace

std::optional<TableColumn> ParseColumnWidth(std::string_view word) {
  TableColumn column;
  if (word == "auto") return column;
  if (word.ends_with(kFractionSuffix)) {
    std::string_view number = word.substr(0, word.size() - kFractionSuffix.size());
    float share = 0;
    auto [end, error] = std::from_chars(number.data(), number.data() + number.size(), share);
    if (error != std::errc() || end != number.data() + number.size() || !(share > 0) ||
        share > kMaxFraction) {
      return std::nullopt;
    }
    column.sizing = TableColumn::Sizing::kFraction;
    column.amount = share;
    return column;
  }
  std::optional<float> length = ParseLength(word);
  if (!length || *length <= 0) return std::nullopt;
  column.sizing = TableColumn::Sizing::kFixed;
  column.amount = *length;
  return column;
}

std::optional<TableColumn::Align> ParseColumnAlign(std::string_view word) {
  for (size_t i = 0; i < std::size(kAlignNames); ++i) {
    if (word == kAlignNames[i]) return kAligns[i];
  }
  return std::nullopt;
}

std::vector<std::string> ColumnAlignNames() {
  return {std::begin(kAlignNames), std::end(kAlignNames)};
}

std::vector<std::string_view> OptionWords(std::string_view value) {
  std::vector<std::string_view> words;
  size_t pos = 0;
  while (true) {
    size_t begin = value.find_first_not_of(" \t", pos);
    if (begin == value.npos) break;
    size_t end = value.find_first_of(" \t", begin);
    if (end == value.npos) end = value.size();
    words.push_back(value.substr(begin, end - begin));
    pos = end;
  }
  return words;
}

std::vector<TableColumn> TableColumns(const Node& table, size_t count) {
  std::vector<TableColumn> columns(count);
  // The words are views into these copies, which must outlive them.
  const std::string written_widths = table.Attribute("widths");
  const std::string written_aligns = table.Attribute("align");
  std::vector<std::string_view> widths = OptionWords(written_widths);
  std::vector<std::string_view> aligns = OptionWords(written_aligns);
  for (size_t i = 0; i < count; ++i) {
    if (i < widths.size()) {
      if (auto width = ParseColumnWidth(widths[i])) columns[i] = *width;
    }
    if (i < aligns.size()) {
      if (auto align = ParseColumnAlign(aligns[i])) columns[i].align = *align;
    }
  }
  return columns;
}

}  // namespace coopkit::doc
