// A Diagnostic as JSON, the same in the build manifest and the build report:
// {"severity": "warning", "file": ..., "line": ..., "column": ...,
// "message": ..., "hint": ...}.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

#include "base/diagnostic.h"

namespace coopkit::kit {

nlohmann::json DiagnosticToJson(const Diagnostic& diagnostic);

/// A JSON array of `diagnostics`, each as DiagnosticToJson writes it.
nlohmann::json DiagnosticsToJson(const std::vector<Diagnostic>& diagnostics);

/// nullopt when `json` is not what DiagnosticToJson writes.
std::optional<Diagnostic> DiagnosticFromJson(const nlohmann::json& json);

}  // namespace coopkit::kit
