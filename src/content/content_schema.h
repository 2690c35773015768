// A ContentSchema describes the shape of one content file, so that a kit's
// author can have a new content file checked without recompiling coopkit.
// The content file `X.yaml` is checked against `schemas/X.yaml` in the
// content folder when that file exists.
//
// A schema is a YAML file shaped like the content it describes, with a type
// name at every leaf:
//
//   guide:
//     title: text
//     subtitle: text?          # `?` after a type: the key may be left out
//     updated: date
//     sections:                # a list written with one item: every item
//       - title: text          #   has this shape
//         body: markdown
//     tags?: [text]            # `key?:` makes a map or list key optional
//     paper: "one of: A4, A5"  # quoted, because of the colon
//
// Types: text, markdown (a `!markdown` file or plain text), date (ISO
// YYYY-MM-DD), url (http:// or https://), email, number (12, -3.5), boolean
// (true or false), `one of: a, b, c` and any (anything, unchecked). A text
// leaf must not be empty; a key written with no value counts as absent.
// A TODO mark (a text starting with "TODO", see todo_mark.h) is accepted
// for every type of leaf, so that a scaffold with its blanks still checks.
// A list written with several items accepts each of them as an item shape;
// they must differ in kind (a type, a list, a map), e.g. `[text, {group:
// text}]` takes texts and maps. Inside `{...}` or `[...]`, yaml-cpp rejects
// a `?` before a comma or bracket: write "text?" in quotes there.
//
// Validation reports every problem at once, each where it is: an unknown key
// at the key (with a did-you-mean hint over the schema's keys), a missing key
// at its map, a wrong kind or a bad value at the value. A malformed schema is
// reported at its own lines and checks nothing.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "content/content_value.h"
#include "content/yaml_loader.h"

namespace coopkit::content {

enum class LeafType { kText, kMarkdown, kDate, kUrl, kEmail, kNumber, kBoolean, kChoice, kAny };

struct SchemaField;

struct SchemaNode {
  enum class Shape { kLeaf, kList, kMap };
  Shape shape = Shape::kLeaf;
  LeafType leaf = LeafType::kAny;    // kLeaf
  std::vector<std::string> choices;  // kLeaf of kChoice
  std::vector<SchemaNode> items;     // kList: the item shapes, one per kind
  std::vector<SchemaField> fields;   // kMap, in schema order
  SourceLocation location;           // in the schema file
};

struct SchemaField {
  std::string key;
  bool optional = false;
  SchemaNode value;
};

class ContentSchema {
 public:
  /// Reads a schema from its parsed file; nullopt after any error in it.
  static std::optional<ContentSchema> Read(const ContentValue& schema, DiagnosticList* diagnostics);
  /// Reads a schema written in `text`, naming it `name` in messages.
  static std::optional<ContentSchema> Parse(std::string_view text, const std::string& name,
                                            DiagnosticList* diagnostics);
  /// Loads and reads `relative_path` from the loader's content folder.
  static std::optional<ContentSchema> Load(YamlLoader* loader, const std::string& relative_path,
                                           DiagnosticList* diagnostics);

  /// Reports every way `content` differs from the schema. An empty file
  /// (null) is checked as an empty map.
  void Validate(const ContentValue& content, DiagnosticList* diagnostics) const;

  /// Checks only what the schema names, as a model checks the shape its
  /// code relies on (content_model.h): keys the schema does not know, at any
  /// depth, and the top-level keys `content` lacks are no problem.
  void ValidateShape(const ContentValue& content, DiagnosticList* diagnostics) const;

  const SchemaNode& root() const { return root_; }

 private:
  explicit ContentSchema(SchemaNode root) : root_(std::move(root)) {}

  SchemaNode root_;
};

/// Where the schema of `content_file` lives, relative to the content folder.
std::string SchemaPathFor(const std::string& content_file);

}  // namespace coopkit::content
