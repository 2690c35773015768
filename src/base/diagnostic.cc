#include "base/diagnostic.h"

#include <algorithm>
#include <set>

namespace coopkit {

std::string FormatDiagnostic(const Diagnostic& d) {
  std::string out = d.location.file.empty() ? "coopkit" : d.location.file;
  if (d.location.line > 0) {
    out += ':' + std::to_string(d.location.line);
    if (d.location.column > 0) out += ':' + std::to_string(d.location.column);
  }
  out += d.severity == Severity::kError ? ": error: " : ": warning: ";
  out += d.message;
  if (!d.hint.empty()) out += "\n  hint: " + d.hint;
  return out;
}

void DiagnosticList::Error(SourceLocation where, std::string message, std::string hint) {
  items_.push_back({Severity::kError, std::move(where), std::move(message), std::move(hint)});
}

void DiagnosticList::Warning(SourceLocation where, std::string message, std::string hint) {
  items_.push_back({Severity::kWarning, std::move(where), std::move(message), std::move(hint)});
}

void DiagnosticList::Append(const DiagnosticList& other) {
  std::set<std::string> known;
  for (const Diagnostic& d : items_) known.insert(FormatDiagnostic(d));
  for (const Diagnostic& d : other.items_) {
    if (known.insert(FormatDiagnostic(d)).second) items_.push_back(d);
  }
}

void DiagnosticList::TreatWarningsAsErrors(const std::string& why) {
  for (Diagnostic& d : items_) {
    if (d.severity != Severity::kWarning) continue;
    d.severity = Severity::kError;
    const std::string note = "a warning, made an error by " + why;
    d.hint = d.hint.empty() ? note : d.hint + "; " + note;
  }
}

bool DiagnosticList::HasErrors() const { return ErrorCount() > 0; }

size_t DiagnosticList::ErrorCount() const {
  return std::count_if(items_.begin(), items_.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::kError; });
}

size_t DiagnosticList::WarningCount() const { return items_.size() - ErrorCount(); }

void DiagnosticList::Print(std::ostream& out) const { out << FormatDiagnostics(*this); }

std::string FormatDiagnostics(const DiagnosticList& list) {
  std::string all;
  for (const Diagnostic& d : list.items()) all += FormatDiagnostic(d) + '\n';
  return all;
}

}  // namespace coopkit
