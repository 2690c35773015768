// Reads the fields of one YAML map with checks, one line per field, so that
// loaders of typed content stay short:
//
//   FieldReader doc(value, "document", &diagnostics);
//   spec.title = doc.RequiredText("title");
//   spec.paper = doc.Choice("paper", {"A4", "A5"}, "A4");
//   doc.RejectUnknownKeys();
//
// A missing field is reported at the map, a wrong type at the value and an
// unknown key at the key, with a did-you-mean hint over the keys read. It
// never stops at the first problem.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "content/content_value.h"

namespace coopkit::content {

class FieldReader {
 public:
  /// `what` names the map in messages ("document", "event.format").
  FieldReader(const ContentValue& map, std::string what, DiagnosticList* diagnostics);

  /// The value of `key` when present and of `kind`; else reports and returns nullptr.
  const ContentValue* Required(std::string_view key, ValueKind kind);
  /// Like Required, but an absent or null field is no error.
  const ContentValue* Optional(std::string_view key, ValueKind kind);

  /// A non-empty text.
  std::string RequiredText(std::string_view key);
  std::string OptionalText(std::string_view key, std::string fallback = {});
  /// true or false, `fallback` when absent.
  bool OptionalBoolean(std::string_view key, bool fallback);
  /// One of `choices`, `fallback` when absent.
  std::string Choice(std::string_view key, const std::vector<std::string>& choices,
                     std::string fallback);
  /// A list whose items are all texts; the items that are.
  std::vector<const ContentValue*> RequiredTextList(std::string_view key);
  std::vector<const ContentValue*> OptionalTextList(std::string_view key);

  /// Reports each key of the map that no call above asked for.
  void RejectUnknownKeys();

  /// True when nothing was reported by this reader.
  bool ok() const { return diagnostics_->ErrorCount() == errors_before_; }

 private:
  const ContentValue* Lookup(std::string_view key, ValueKind kind, bool required);
  std::vector<const ContentValue*> TextsOf(std::string_view key, const ContentValue* list);

  const ContentValue& map_;
  std::string what_;
  DiagnosticList* diagnostics_;
  size_t errors_before_;
  std::vector<std::string> known_keys_;
};

}  // namespace coopkit::content
