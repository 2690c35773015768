// A Diagnostic is one message about the user's input, tied to a place in a
// file: "file:line:column: error: message" with an optional hint. Every stage
// reports user mistakes through a DiagnosticList so that one run can report
// all of them, not only the first.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace coopkit {

struct SourceLocation {
  std::string file;
  int line = 0;    // 1-based; 0 when unknown.
  int column = 0;  // 1-based; 0 when unknown.
};

enum class Severity { kError, kWarning };

struct Diagnostic {
  Severity severity = Severity::kError;
  SourceLocation location;
  std::string message;
  std::string hint;  // e.g. "did you mean 'title'?"; empty when none.
};

/// Formats as "file:line:column: error: message", then "  hint: ..." if any.
std::string FormatDiagnostic(const Diagnostic& d);

class DiagnosticList {
 public:
  void Error(SourceLocation where, std::string message, std::string hint = {});
  void Warning(SourceLocation where, std::string message, std::string hint = {});
  void Add(Diagnostic d) { items_.push_back(std::move(d)); }
  /// Adds `other`'s diagnostics, except those this list already has (a
  /// template shared by two documents reports its problem once).
  void Append(const DiagnosticList& other);

  /// Makes every warning so far an error, its hint saying that `why` (an
  /// option such as --strict) asked for it.
  void TreatWarningsAsErrors(const std::string& why);

  bool HasErrors() const;
  size_t ErrorCount() const;
  size_t WarningCount() const;
  const std::vector<Diagnostic>& items() const { return items_; }
  bool empty() const { return items_.empty(); }

  /// Writes every diagnostic, one per line, in the order they were added.
  void Print(std::ostream& out) const;

 private:
  std::vector<Diagnostic> items_;
};

/// Every diagnostic of `list` formatted, one a line, in the order reported.
std::string FormatDiagnostics(const DiagnosticList& list);

}  // namespace coopkit
