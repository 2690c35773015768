#include "content/csv_table.h"

#include <array>
#include <set>
#include <vector>

namespace coopkit::content {
namespace {

struct Cell {
  std::string text;
  SourceLocation where;
};

// The separator the first line uses most, outside quotes; a comma when it
// uses none (a table of one column).
char SeparatorOf(std::string_view text) {
  std::array<size_t, 3> counts{};
  constexpr std::array<char, 3> kSeparators = {',', ';', '\t'};
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n') break;
    for (size_t i = 0; i < kSeparators.size(); ++i) counts[i] += c == kSeparators[i];
  }
  size_t best = 0;
  for (size_t i = 1; i < counts.size(); ++i)
    if (counts[i] > counts[best]) best = i;
  return kSeparators[best];
}

// Reads cells and lines, keeping the place of each cell.
class CsvReader {
 public:
  CsvReader(std::string_view text, const std::string& file, DiagnosticList* diagnostics)
      : text_(text), file_(file), separator_(SeparatorOf(text)), diagnostics_(diagnostics) {}

  /// The cells of the next line; nullopt at the end of the text or after an
  /// error that stops the reading.
  std::optional<std::vector<Cell>> NextLine() {
    if (at_ >= text_.size() || failed_) return std::nullopt;
    std::vector<Cell> cells;
    while (true) {
      Cell cell{{}, Here()};
      if (at_ < text_.size() && text_[at_] == '"') {
        if (!ReadQuoted(&cell)) return std::nullopt;
      } else {
        while (at_ < text_.size() && text_[at_] != separator_ && text_[at_] != '\n') {
          if (text_[at_] == '"') {
            diagnostics_->Error(Here(), "a quote in the middle of a cell",
                                "quote the whole cell (\"…\") and double the quotes inside it");
            failed_ = true;
            return std::nullopt;
          }
          cell.text += text_[at_++];
        }
      }
      cells.push_back(std::move(cell));
      if (at_ >= text_.size()) return cells;
      if (text_[at_] == '\n') {
        NewLine();
        return cells;
      }
      ++at_;  // the separator
    }
  }

 private:
  SourceLocation Here() const {
    int column = 1;
    for (size_t i = line_start_; i < at_; ++i)
      column += (static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80;
    return {file_, line_, column};
  }

  void NewLine() {
    ++at_;
    ++line_;
    line_start_ = at_;
  }

  // A cell in quotes, which may hold separators, doubled quotes and lines.
  bool ReadQuoted(Cell* cell) {
    const SourceLocation opened = Here();
    ++at_;
    while (true) {
      if (at_ >= text_.size()) {
        diagnostics_->Error(opened, "this quoted cell is never closed",
                            "end it with a quote (\"), before the separator or the line's end");
        failed_ = true;
        return false;
      }
      const char c = text_[at_];
      if (c == '"') {
        if (at_ + 1 < text_.size() && text_[at_ + 1] == '"') {
          cell->text += '"';
          at_ += 2;
          continue;
        }
        ++at_;
        if (at_ < text_.size() && text_[at_] != separator_ && text_[at_] != '\n') {
          diagnostics_->Error(Here(), "text after the quote that closes a cell",
                              "double the quotes inside a quoted cell (\"\")");
          failed_ = true;
          return false;
        }
        return true;
      }
      if (c == '\n') {
        cell->text += c;
        NewLine();
        continue;
      }
      cell->text += c;
      ++at_;
    }
  }

  std::string_view text_;
  const std::string& file_;
  const char separator_;
  DiagnosticList* diagnostics_;
  size_t at_ = 0;
  size_t line_start_ = 0;
  int line_ = 1;
  bool failed_ = false;
};

std::string Trimmed(const std::string& text) {
  const size_t begin = text.find_first_not_of(" \t\r");
  if (begin == std::string::npos) return {};
  return text.substr(begin, text.find_last_not_of(" \t\r") - begin + 1);
}

bool IsBlank(const std::vector<Cell>& cells) {
  for (const Cell& cell : cells)
    if (!Trimmed(cell.text).empty()) return false;
  return true;
}

}  // namespace

std::optional<ContentValue> ParseCsvTable(std::string_view text, const std::string& file,
                                          const std::string& key, DiagnosticList* diagnostics) {
  const size_t errors_before = diagnostics->ErrorCount();
  CsvReader reader(text, file, diagnostics);
  std::optional<std::vector<Cell>> header;
  while ((header = reader.NextLine()) && IsBlank(*header)) {
  }
  if (!header) {
    if (diagnostics->ErrorCount() == errors_before)
      diagnostics->Error({file, 1, 1}, "the table is empty",
                         "its first line names the columns, e.g. nom;organisation");
    return std::nullopt;
  }
  std::vector<std::string> columns;
  std::set<std::string> named;
  for (const Cell& cell : *header) {
    std::string name = Trimmed(cell.text);
    if (name.empty()) {
      diagnostics->Error(cell.where,
                         "column " + std::to_string(columns.size() + 1) + " has no name",
                         "write its name in the first line, or remove the empty column");
    } else if (!named.insert(name).second) {
      diagnostics->Error(cell.where, "column '" + name + "' is named twice",
                         "give each column its own name");
    }
    columns.push_back(std::move(name));
  }

  ContentValue records = ContentValue::List({file, 1, 1});
  size_t cells = columns.size();
  while (std::optional<std::vector<Cell>> line = reader.NextLine()) {
    if (IsBlank(*line)) continue;
    if (line->size() > columns.size()) {
      diagnostics->Error((*line)[columns.size()].where,
                         "this line has " + std::to_string(line->size()) +
                             " cells, but the first line names " + std::to_string(columns.size()) +
                             " columns",
                         "quote a cell that holds the separator (\"…\"), or name the column");
      continue;
    }
    cells += columns.size();
    if (cells > kMaxTableCells) {
      diagnostics->Error(line->front().where,
                         "the table holds more than " + std::to_string(kMaxTableCells) + " cells");
      return std::nullopt;
    }
    // An empty cell is left out, as a key a YAML file does not write: a
    // template's {{#organisation}} then prints nothing for it.
    ContentValue record = ContentValue::Map(line->front().where);
    for (size_t i = 0; i < line->size(); ++i) {
      std::string text = Trimmed((*line)[i].text);
      if (!text.empty())
        record.Set(columns[i], ContentValue::Scalar(std::move(text), (*line)[i].where),
                   (*line)[i].where);
    }
    records.items.push_back(std::move(record));
  }
  if (diagnostics->ErrorCount() > errors_before) return std::nullopt;
  ContentValue root = ContentValue::Map({file, 1, 1});
  root.Set(key, std::move(records), {file, 1, 1});
  return root;
}

}  // namespace coopkit::content
