// A table exported from a spreadsheet (LibreOffice, Excel: « Enregistrer
// sous… CSV »), as a content file: `participants.csv` becomes the content
//
//   participants:
//     - {nom: Camille Martin, organisation: AGEC & Co}   # one map per line
//
// The first line names the columns; each later line is one record, its
// cells under those names, each remembering its line and column. The
// separator is the one the first line uses most: a comma, a semicolon (what
// a French Excel writes) or a tab. Cells may be quoted ("…"), with doubled
// quotes inside and line breaks kept; blank lines are skipped. Every mistake
// is an error at its place: a quote left open (where it opened), a stray
// quote, a line with more cells than columns, a column without a name or
// named twice.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/diagnostic.h"
#include "content/content_value.h"

namespace coopkit::content {

/// At most this many cells in one table: room for a national forum's
/// participants, not for a file pasted by mistake.
inline constexpr size_t kMaxTableCells = 2'000'000;

/// `text` (UTF-8, lines ended by LF) of the table `file`, as a map holding
/// the list of its records under `key`; nullopt after errors.
std::optional<ContentValue> ParseCsvTable(std::string_view text, const std::string& file,
                                          const std::string& key, DiagnosticList* diagnostics);

}  // namespace coopkit::content
