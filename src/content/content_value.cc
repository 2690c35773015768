#include "content/content_value.h"

#include <cassert>

namespace coopkit::content {

const char* ValueKindName(ValueKind kind) {
  switch (kind) {
    case ValueKind::kNull:
      return "nothing";
    case ValueKind::kScalar:
      return "a text";
    case ValueKind::kList:
      return "a list";
    case ValueKind::kMap:
      return "a map";
  }
  return "?";
}

ContentValue ContentValue::Null(SourceLocation where) {
  ContentValue v;
  v.location = std::move(where);
  return v;
}

ContentValue ContentValue::Scalar(std::string text, SourceLocation where) {
  ContentValue v;
  v.kind = ValueKind::kScalar;
  v.scalar = std::move(text);
  v.location = std::move(where);
  return v;
}

ContentValue ContentValue::List(SourceLocation where) {
  ContentValue v;
  v.kind = ValueKind::kList;
  v.location = std::move(where);
  return v;
}

ContentValue ContentValue::Map(SourceLocation where) {
  ContentValue v;
  v.kind = ValueKind::kMap;
  v.location = std::move(where);
  return v;
}

ContentValue ContentValue::Flag(bool on, SourceLocation where) {
  ContentValue v = Scalar(on ? "true" : "false", std::move(where));
  v.plain = true;
  return v;
}

const MapEntry* ContentValue::FindEntry(std::string_view key) const {
  for (const MapEntry& e : entries)
    if (e.key == key) return &e;
  return nullptr;
}

const ContentValue* ContentValue::Find(std::string_view key) const {
  const MapEntry* e = FindEntry(key);
  return e ? &e->value : nullptr;
}

ContentValue* ContentValue::Find(std::string_view key) {
  for (MapEntry& e : entries)
    if (e.key == key) return &e.value;
  return nullptr;
}

void ContentValue::Set(std::string key, ContentValue value, SourceLocation key_location) {
  assert(IsMap());
  if (ContentValue* existing = Find(key)) {
    *existing = std::move(value);
    return;
  }
  entries.push_back({std::move(key), std::move(key_location), std::move(value)});
}

std::vector<std::string> ContentValue::Keys() const {
  std::vector<std::string> keys;
  for (const MapEntry& e : entries) keys.push_back(e.key);
  return keys;
}

std::optional<bool> ContentValue::Boolean() const {
  if (!IsScalar() || !plain) return std::nullopt;
  if (scalar == "true") return true;
  if (scalar == "false") return false;
  return std::nullopt;
}

}  // namespace coopkit::content
