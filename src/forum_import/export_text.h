// The text of a forum export as the site or a volunteer's editor saved it,
// made into what the export parser reads: UTF-8 without a byte order mark,
// lines ending with "\n". Exports saved as Windows-1252 (Latin-1) by an old
// spreadsheet or mail client are converted, with a warning.
#pragma once

#include <optional>
#include <string>

#include "base/diagnostic.h"

namespace coopkit::forum_import {

/// `bytes` as UTF-8 with "\n" line ends (CRLF and lone CR become "\n"), its
/// byte order mark dropped. Bytes that are not UTF-8 are read as
/// Windows-1252, with a warning at the first such byte, unless UTF-8 accents
/// come before it (mixed encodings are an error there). UTF-16, a control
/// character, a file that is no text or one over 16 MB is an error (nullopt).
std::optional<std::string> DecodeExportText(const std::string& bytes, const std::string& file,
                                            DiagnosticList* diagnostics);

}  // namespace coopkit::forum_import
