// A ContentValue is one node of the user's YAML content as coopkit keeps it:
// null, a scalar string, a list or a map whose entries stay in file order.
// Every value and every key remembers where it was written, so that checks
// made long after parsing can still point at the right line and column.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"

namespace coopkit::content {

enum class ValueKind { kNull, kScalar, kList, kMap };

/// "nothing", "a text", "a list", "a map": for messages to users.
const char* ValueKindName(ValueKind kind);

struct MapEntry;

/// A line and a column of a file, counted from 1, columns in characters.
struct TextPosition {
  int line = 0;
  int column = 0;
};

struct ContentValue {
  ValueKind kind = ValueKind::kNull;
  std::string scalar;  // kScalar
  // kScalar written without quotes: only then is `true` a boolean.
  bool plain = false;
  // kScalar read through `!markdown`: the Markdown file it came from.
  std::string markdown_file;
  // kScalar read from a YAML file: where each line of `scalar` starts in
  // location.file (fewer when not known, none for texts made by coopkit).
  std::vector<TextPosition> line_starts;
  std::vector<ContentValue> items;  // kList
  std::vector<MapEntry> entries;    // kMap, in the order written
  SourceLocation location;

  static ContentValue Null(SourceLocation where = {});
  static ContentValue Scalar(std::string text, SourceLocation where = {});
  static ContentValue List(SourceLocation where = {});
  static ContentValue Map(SourceLocation where = {});
  /// An unquoted `true` or `false`, as YAML reads a boolean.
  static ContentValue Flag(bool on, SourceLocation where = {});

  bool IsNull() const { return kind == ValueKind::kNull; }
  bool IsScalar() const { return kind == ValueKind::kScalar; }
  bool IsList() const { return kind == ValueKind::kList; }
  bool IsMap() const { return kind == ValueKind::kMap; }

  /// The entry for `key` in a map, or nullptr (also when not a map).
  const MapEntry* FindEntry(std::string_view key) const;
  const ContentValue* Find(std::string_view key) const;
  ContentValue* Find(std::string_view key);
  /// Replaces the value of `key`, or appends a new entry.
  /// REQUIRES: IsMap().
  void Set(std::string key, ContentValue value, SourceLocation key_location = {});
  /// The map's keys in order; empty when not a map.
  std::vector<std::string> Keys() const;
  /// true or false for an unquoted `true` / `false` scalar, else nullopt.
  std::optional<bool> Boolean() const;
};

struct MapEntry {
  std::string key;
  SourceLocation key_location;
  ContentValue value;
};

}  // namespace coopkit::content
