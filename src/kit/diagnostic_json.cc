#include "kit/diagnostic_json.h"

namespace coopkit::kit {

nlohmann::json DiagnosticToJson(const Diagnostic& diagnostic) {
  return {{"severity", diagnostic.severity == Severity::kError ? "error" : "warning"},
          {"file", diagnostic.location.file},
          {"line", diagnostic.location.line},
          {"column", diagnostic.location.column},
          {"message", diagnostic.message},
          {"hint", diagnostic.hint}};
}

nlohmann::json DiagnosticsToJson(const std::vector<Diagnostic>& diagnostics) {
  nlohmann::json list = nlohmann::json::array();
  for (const Diagnostic& d : diagnostics) list.push_back(DiagnosticToJson(d));
  return list;
}

std::optional<Diagnostic> DiagnosticFromJson(const nlohmann::json& json) {
  auto text = [&](const char* key) {
    return json.is_object() && json.contains(key) && json[key].is_string();
  };
  auto number = [&](const char* key) {
    return json.is_object() && json.contains(key) && json[key].is_number_integer();
  };
  if (!text("severity") || !text("file") || !number("line") || !number("column") ||
      !text("message") || !text("hint"))
    return std::nullopt;
  const std::string& severity = json["severity"].get_ref<const std::string&>();
  if (severity != "error" && severity != "warning") return std::nullopt;
  return Diagnostic{
      severity == "error" ? Severity::kError : Severity::kWarning,
      {json["file"].get<std::string>(), json["line"].get<int>(), json["column"].get<int>()},
      json["message"].get<std::string>(),
      json["hint"].get<std::string>()};
}

}  // namespace coopkit::kit
