// Fuzzes a table saved from a spreadsheet (content/csv_table.h), as the kit
// reads it. Whatever the input, a table read has one record per line that
// holds anything, each cell placed inside the text, and never more cells
// than the first line names columns.
#include <algorithm>
#include <cstdlib>

#include "content/csv_table.h"
#include "tests/fuzz/fuzz_support.h"

using namespace coopkit;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text = fuzz::AsText(data, size);
  DiagnosticList diagnostics;
  std::optional<content::ContentValue> table =
      content::ParseCsvTable(text, "participants.csv", "participants", &diagnostics);
  if (!table) {
    if (!diagnostics.HasErrors()) std::abort();  // refused, and said why
    return 0;
  }
  const content::ContentValue* records = table->Find("participants");
  if (!records || !records->IsList()) std::abort();
  const int lines = 1 + static_cast<int>(std::count(text.begin(), text.end(), '\n'));
  for (const content::ContentValue& record : records->items) {
    for (const content::MapEntry& cell : record.entries) {
      if (cell.value.location.line < 2 || cell.value.location.line > lines) std::abort();
      if (cell.value.location.column < 1) std::abort();
      if (cell.value.scalar.empty()) std::abort();  // empty cells are left out
    }
  }
  return 0;
}
