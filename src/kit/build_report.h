// The machine-readable account of one build (`coopkit build --report
// FILE.json`): every document with its pages, bytes and whether it was
// rebuilt, the documents that failed, and every error and warning with its
// place. CI jobs make their summary from it (`coopkit summary FILE.json`).
#pragma once

#include <optional>
#include <string>

#include "base/diagnostic.h"
#include "kit/kit_builder.h"

namespace coopkit::kit {

/// The report of a build that ended with `exit_code`, as JSON text.
std::string BuildReportJson(const KitResult& result, const DiagnosticList& diagnostics,
                            int exit_code);

/// The report in `json` as a Markdown summary (a table of the documents, then
/// the errors and warnings), for $GITHUB_STEP_SUMMARY or a job's log;
/// nullopt with `error` set when `json` is not a build report.
std::optional<std::string> SummaryOfReport(const std::string& json, std::string* error);

/// "203 kB", "1.2 MB": a file size as the build prints it.
std::string SizeText(size_t bytes);

}  // namespace coopkit::kit
