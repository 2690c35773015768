#include "content/field_reader.h"

#include <algorithm>

#include "base/spelling_hint.h"

namespace coopkit::content {
namespace {

std::string Quoted(std::string_view key) {
  std::string quoted = "'";
  quoted.append(key);
  quoted += '\'';
  return quoted;
}

}  // namespace

FieldReader::FieldReader(const ContentValue& map, std::string what, DiagnosticList* diagnostics)
    : map_(map),
      what_(std::move(what)),
      diagnostics_(diagnostics),
      errors_before_(diagnostics->ErrorCount()) {
  if (!map_.IsMap()) {
    diagnostics_->Error(map_.location, what_ + " should be a map, not " + ValueKindName(map_.kind));
  }
}

const ContentValue* FieldReader::Lookup(std::string_view key, ValueKind kind, bool required) {
  known_keys_.emplace_back(key);
  if (!map_.IsMap()) return nullptr;
  const MapEntry* entry = map_.FindEntry(key);
  if (!entry || entry->value.IsNull()) {
    if (required) {
      diagnostics_->Error(entry ? entry->key_location : map_.location,
                          std::string("missing field ") + Quoted(key) + " in " + what_);
    }
    return nullptr;
  }
  if (entry->value.kind != kind) {
    diagnostics_->Error(entry->value.location, Quoted(key) + " should be " + ValueKindName(kind) +
                                                   ", not " + ValueKindName(entry->value.kind));
    return nullptr;
  }
  return &entry->value;
}

const ContentValue* FieldReader::Required(std::string_view key, ValueKind kind) {
  return Lookup(key, kind, true);
}

const ContentValue* FieldReader::Optional(std::string_view key, ValueKind kind) {
  return Lookup(key, kind, false);
}

std::string FieldReader::RequiredText(std::string_view key) {
  const ContentValue* value = Required(key, ValueKind::kScalar);
  if (!value) return {};
  if (value->scalar.empty()) diagnostics_->Error(value->location, Quoted(key) + " is empty");
  return value->scalar;
}

std::string FieldReader::OptionalText(std::string_view key, std::string fallback) {
  const ContentValue* value = Optional(key, ValueKind::kScalar);
  return value ? value->scalar : fallback;
}

bool FieldReader::OptionalBoolean(std::string_view key, bool fallback) {
  const ContentValue* value = Optional(key, ValueKind::kScalar);
  if (!value) return fallback;
  if (std::optional<bool> boolean = value->Boolean()) return *boolean;
  diagnostics_->Error(value->location,
                      Quoted(key) + " is " + Quoted(value->scalar) + "; expected true or false");
  return fallback;
}

std::string FieldReader::Choice(std::string_view key, const std::vector<std::string>& choices,
                                std::string fallback) {
  const ContentValue* value = Optional(key, ValueKind::kScalar);
  if (!value) return fallback;
  if (std::find(choices.begin(), choices.end(), value->scalar) != choices.end())
    return value->scalar;
  std::string listed;
  for (const std::string& c : choices) listed += (listed.empty() ? "" : ", ") + c;
  std::string hint = DidYouMean(value->scalar, choices);
  diagnostics_->Error(value->location,
                      Quoted(key) + " is " + Quoted(value->scalar) + "; expected one of " + listed,
                      hint);
  return fallback;
}

std::vector<const ContentValue*> FieldReader::RequiredTextList(std::string_view key) {
  return TextsOf(key, Required(key, ValueKind::kList));
}

std::vector<const ContentValue*> FieldReader::OptionalTextList(std::string_view key) {
  return TextsOf(key, Optional(key, ValueKind::kList));
}

std::vector<const ContentValue*> FieldReader::TextsOf(std::string_view key,
                                                      const ContentValue* list) {
  std::vector<const ContentValue*> texts;
  if (!list) return texts;
  for (const ContentValue& item : list->items) {
    if (item.IsScalar()) {
      texts.push_back(&item);
    } else {
      diagnostics_->Error(item.location, std::string("each item of ") + Quoted(key) +
                                             " should be a text, not " + ValueKindName(item.kind));
    }
  }
  return texts;
}

void FieldReader::RejectUnknownKeys() {
  for (const MapEntry& entry : map_.entries) {
    if (std::find(known_keys_.begin(), known_keys_.end(), entry.key) != known_keys_.end()) continue;
    std::string hint = DidYouMean(entry.key, known_keys_);
    if (hint.empty()) {
      hint = "known keys:";
      for (const std::string& k : known_keys_) hint += " " + k;
    }
    diagnostics_->Error(entry.key_location, "unknown key '" + entry.key + "' in " + what_, hint);
  }
}

}  // namespace coopkit::content
