#include "kit/build_report.h"

#include <cstdio>
#include <nlohmann/json.hpp>

#include "kit/diagnostic_json.h"

namespace coopkit::kit {
namespace {

using nlohmann::json;

constexpr int kFormatVersion = 1;

// Text safe in a Markdown table cell: no column break, no line break.
std::string Cell(const std::string& text) {
  std::string cell;
  for (char c : text) {
    if (c == '|')
      cell += "\\|";
    else if (c == '\n')
      cell += ' ';
    else
      cell += c;
  }
  return cell;
}

std::string Place(const Diagnostic& d) {
  std::string place = d.location.file;
  if (d.location.line > 0) place += ":" + std::to_string(d.location.line);
  if (d.location.column > 0) place += ":" + std::to_string(d.location.column);
  return place;
}

}  // namespace

std::string SizeText(size_t bytes) {
  char buffer[32];
  if (bytes >= 1024 * 1024)
    std::snprintf(buffer, sizeof buffer, "%.1f MB", bytes / (1024.0 * 1024.0));
  else
    std::snprintf(buffer, sizeof buffer, "%zu kB", (bytes + 1023) / 1024);
  return buffer;
}

std::string BuildReportJson(const KitResult& result, const DiagnosticList& diagnostics,
                            int exit_code) {
  json documents = json::array();
  for (const DocumentReport& d : result.documents) {
    documents.push_back({{"name", d.name},
                         {"title", d.title},
                         {"output", d.output_path},
                         {"pages", d.pages},
                         {"bytes", d.bytes},
                         {"rebuilt", d.rebuilt},
                         {"milliseconds", d.rebuilt ? d.milliseconds : 0.0},
                         {"warnings", DiagnosticsToJson(d.warnings)}});
  }
  json root = {{"coopkit_build_report", kFormatVersion},
               {"version", COOPKIT_VERSION},
               {"status", exit_code == 0 ? "ok" : "failed"},
               {"exit_code", exit_code},
               {"documents", documents},
               {"failed", result.failed},
               {"not_replaced", result.not_replaced},
               {"errors", diagnostics.ErrorCount()},
               {"warnings", diagnostics.WarningCount()},
               {"diagnostics", DiagnosticsToJson(diagnostics.items())}};
  return root.dump(2) + "\n";
}

std::optional<std::string> SummaryOfReport(const std::string& text, std::string* error) {
  json root = json::parse(text, nullptr, /*allow_exceptions=*/false);
  auto version = root.is_object() ? root.find("coopkit_build_report") : root.end();
  if (!root.is_object() || version == root.end() || *version != kFormatVersion) {
    *error = "is not a build report of this version of coopkit (written by build --report)";
    return std::nullopt;
  }
  try {
    std::string summary;
    const bool ok = root.at("status") == "ok";
    const size_t errors = root.at("errors").get<size_t>();
    const size_t warnings = root.at("warnings").get<size_t>();
    summary +=
        ok ? "## Kit built\n\n" : "## Kit not built: " + std::to_string(errors) + " error(s)\n\n";
    const json& documents = root.at("documents");
    if (!documents.empty()) {
      int rebuilt = 0;
      summary += "| Document | Pages | Size | Build |\n|---|---:|---:|---|\n";
      for (const json& d : documents) {
        bool was_rebuilt = d.at("rebuilt").get<bool>();
        rebuilt += was_rebuilt;
        char time[32];
        std::snprintf(time, sizeof time, "rebuilt (%.0f ms)", d.at("milliseconds").get<double>());
        summary += "| " + Cell(d.at("title").get<std::string>()) + " (`" +
                   Cell(d.at("output").get<std::string>()) + "`) | " +
                   std::to_string(d.at("pages").get<int>()) + " | " +
                   SizeText(d.at("bytes").get<size_t>()) + " | " +
                   (was_rebuilt ? time : "unchanged") + " |\n";
      }
      summary +=
          "\n" + std::to_string(rebuilt) + " of " + std::to_string(documents.size()) +
          " document(s) rebuilt" +
          (static_cast<size_t>(rebuilt) < documents.size() ? "; the others' inputs had not changed"
                                                           : "") +
          ".\n\n";
    }
    for (const json& name : root.at("failed"))
      summary += "- failed: " + name.get<std::string>() + "\n";
    if (errors + warnings > 0) {
      summary += "\n### " + std::to_string(errors) + " error(s), " + std::to_string(warnings) +
                 " warning(s)\n\n";
      for (const json& item : root.at("diagnostics")) {
        std::optional<Diagnostic> d = DiagnosticFromJson(item);
        if (!d) continue;
        summary += std::string("- **") + (d->severity == Severity::kError ? "error" : "warning") +
                   "** `" + Place(*d) + "`: " + Cell(d->message) +
                   (d->hint.empty() ? "" : " (" + Cell(d->hint) + ")") + "\n";
      }
    }
    return summary;
  } catch (const json::exception& e) {
    *error = std::string("is a damaged build report: ") + e.what();
    return std::nullopt;
  }
}

}  // namespace coopkit::kit
