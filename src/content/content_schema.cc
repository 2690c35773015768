#include "content/content_schema.h"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "base/french_date.h"
#include "base/spelling_hint.h"
#include "base/web_address.h"
#include "content/todo_mark.h"

namespace coopkit::content {
namespace {

constexpr std::string_view kChoicePrefix = "one of:";

struct LeafTypeName {
  const char* name;
  LeafType type;
};

constexpr LeafTypeName kLeafTypeNames[] = {
    {"text", LeafType::kText},       {"markdown", LeafType::kMarkdown},
    {"date", LeafType::kDate},       {"url", LeafType::kUrl},
    {"email", LeafType::kEmail},     {"number", LeafType::kNumber},
    {"boolean", LeafType::kBoolean}, {"any", LeafType::kAny},
};

std::string_view Trimmed(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return text;
}

std::string JoinedChoices(const std::vector<std::string>& choices) {
  std::string listed;
  for (const std::string& c : choices) listed += (listed.empty() ? "" : ", ") + c;
  return listed;
}

// The kind of content value a schema node takes; kNull for `any`, which
// takes every kind.
ValueKind KindTaken(const SchemaNode& node) {
  switch (node.shape) {
    case SchemaNode::Shape::kList:
      return ValueKind::kList;
    case SchemaNode::Shape::kMap:
      return ValueKind::kMap;
    case SchemaNode::Shape::kLeaf:
      return node.leaf == LeafType::kAny ? ValueKind::kNull : ValueKind::kScalar;
  }
  return ValueKind::kNull;
}

// "a date", "a list", "one of A4, A5": what a node expects, for messages.
std::string Expected(const SchemaNode& node) {
  switch (node.shape) {
    case SchemaNode::Shape::kList:
      return "a list";
    case SchemaNode::Shape::kMap:
      return "a map";
    case SchemaNode::Shape::kLeaf:
      break;
  }
  switch (node.leaf) {
    case LeafType::kDate:
      return "a date";
    case LeafType::kUrl:
      return "a web address";
    case LeafType::kEmail:
      return "an e-mail address";
    case LeafType::kNumber:
      return "a number";
    case LeafType::kBoolean:
      return "true or false";
    case LeafType::kChoice:
      return "one of " + JoinedChoices(node.choices);
    case LeafType::kText:
    case LeafType::kMarkdown:
    case LeafType::kAny:
      return "a text";
  }
  return "?";
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool IsNumber(std::string_view text) {
  if (!text.empty() && (text.front() == '-' || text.front() == '+')) text.remove_prefix(1);
  size_t point = text.find('.');
  std::string_view whole = text.substr(0, point);
  std::string_view fraction = point == std::string_view::npos ? "0" : text.substr(point + 1);
  auto digits = [](std::string_view part) {
    return !part.empty() && std::all_of(part.begin(), part.end(), IsDigit);
  };
  return digits(whole) && digits(fraction);
}

// Turns a parsed schema file into SchemaNodes, reporting every mistake in it.
class SchemaReader {
 public:
  explicit SchemaReader(DiagnosticList* diagnostics) : diagnostics_(diagnostics) {}

  // `optional` is set when a leaf type ends in `?`; only map keys use it.
  SchemaNode ReadNode(const ContentValue& value, bool* optional) {
    SchemaNode node;
    node.location = value.location;
    switch (value.kind) {
      case ValueKind::kNull:
        diagnostics_->Error(value.location, "the schema gives no type here", "write e.g. text");
        break;
      case ValueKind::kScalar:
        ReadLeaf(value, &node, optional);
        break;
      case ValueKind::kList:
        node.shape = SchemaNode::Shape::kList;
        ReadItemShapes(value, &node);
        break;
      case ValueKind::kMap:
        node.shape = SchemaNode::Shape::kMap;
        ReadFields(value, &node);
        break;
    }
    return node;
  }

 private:
  void ReadLeaf(const ContentValue& value, SchemaNode* node, bool* optional) {
    std::string_view type = Trimmed(value.scalar);
    *optional = type.ends_with('?');
    if (*optional) type = Trimmed(type.substr(0, type.size() - 1));
    if (type.starts_with(kChoicePrefix)) {
      node->leaf = LeafType::kChoice;
      ReadChoices(type.substr(kChoicePrefix.size()), value.location, node);
      return;
    }
    for (const LeafTypeName& known : kLeafTypeNames) {
      if (type == known.name) {
        node->leaf = known.type;
        return;
      }
    }
    std::vector<std::string> names;
    for (const LeafTypeName& known : kLeafTypeNames) names.emplace_back(known.name);
    std::string hint = DidYouMean(type, names);
    if (hint.empty()) hint = "types: " + JoinedChoices(names) + ", \"one of: a, b, c\"";
    diagnostics_->Error(value.location, "unknown type '" + std::string(type) + "' in schema", hint);
  }

  void ReadChoices(std::string_view listed, const SourceLocation& where, SchemaNode* node) {
    while (true) {
      size_t comma = listed.find(',');
      std::string_view choice = Trimmed(listed.substr(0, comma));
      if (choice.empty()) {
        diagnostics_->Error(where, "empty choice in 'one of'", "write e.g. \"one of: A4, A5\"");
        return;
      }
      node->choices.emplace_back(choice);
      if (comma == std::string_view::npos) return;
      listed.remove_prefix(comma + 1);
    }
  }

  void ReadItemShapes(const ContentValue& list, SchemaNode* node) {
    if (list.items.empty()) {
      diagnostics_->Error(list.location, "an empty list in a schema says nothing of its items",
                          "write the shape of an item, e.g. [text]");
    }
    for (const ContentValue& item : list.items) {
      bool optional = false;
      SchemaNode shape = ReadNode(item, &optional);
      if (optional) {
        diagnostics_->Error(item.location, "a list item cannot be optional",
                            "'?' marks an optional map key");
      }
      if (list.items.size() > 1 && KindTaken(shape) == ValueKind::kNull) {
        diagnostics_->Error(item.location, "'any' takes every item: it cannot share a list",
                            "write [any] for a list of anything");
      } else if (std::any_of(node->items.begin(), node->items.end(), [&](const SchemaNode& n) {
                   return KindTaken(n) == KindTaken(shape);
                 })) {
        diagnostics_->Error(item.location,
                            "the item shapes of a list must differ in kind (a type, a list, a map)",
                            "a list written with one item describes every item");
      }
      node->items.push_back(std::move(shape));
    }
  }

  void ReadFields(const ContentValue& map, SchemaNode* node) {
    for (const MapEntry& entry : map.entries) {
      SchemaField field;
      field.key = entry.key;
      field.optional = field.key.ends_with('?');
      if (field.optional) field.key.pop_back();
      if (field.key.empty()) {
        diagnostics_->Error(entry.key_location, "a schema key needs a name before '?'");
        continue;
      }
      if (std::any_of(node->fields.begin(), node->fields.end(),
                      [&](const SchemaField& f) { return f.key == field.key; })) {
        diagnostics_->Error(entry.key_location, "key '" + field.key + "' is described twice");
        continue;
      }
      bool optional_leaf = false;
      field.value = ReadNode(entry.value, &optional_leaf);
      field.optional = field.optional || optional_leaf;
      node->fields.push_back(std::move(field));
    }
  }

  DiagnosticList* diagnostics_;
};

std::string Joined(const std::string& path, const std::string& key) {
  return path.empty() ? key : path + "." + key;
}

// Compares content with a schema, reporting every difference.
class Validator {
 public:
  explicit Validator(DiagnosticList* diagnostics, bool report_unknown_keys = true)
      : diagnostics_(diagnostics), report_unknown_keys_(report_unknown_keys) {}

  // The value of a key the schema knows, `path` naming its map.
  void CheckEntry(const SchemaField& field, const MapEntry& entry, const std::string& path) {
    if (!entry.value.IsNull()) {
      Check(field.value, entry.value, Joined(path, entry.key));
    } else if (!field.optional) {
      diagnostics_->Error(entry.key_location, Joined(path, entry.key) + " has no value",
                          "expected " + Expected(field.value));
    }
  }

  // `path` names the value in messages: "guide.sections[].title".
  void Check(const SchemaNode& node, const ContentValue& value, const std::string& path) {
    ValueKind wanted = KindTaken(node);
    if (wanted != ValueKind::kNull && value.kind != wanted) {
      WrongKind(value, path, Expected(node));
      return;
    }
    switch (node.shape) {
      case SchemaNode::Shape::kLeaf:
        CheckLeaf(node, value, path);
        break;
      case SchemaNode::Shape::kList:
        for (const ContentValue& item : value.items) CheckItem(node, item, path + "[]");
        break;
      case SchemaNode::Shape::kMap:
        CheckMap(node, value, path);
        break;
    }
  }

 private:
  void WrongKind(const ContentValue& value, const std::string& path, const std::string& expected) {
    diagnostics_->Error(value.location, Named(path) + " should be " + expected + ", not " +
                                            ValueKindName(value.kind));
  }

  static std::string Named(const std::string& path) { return path.empty() ? "the file" : path; }

  void CheckItem(const SchemaNode& list, const ContentValue& item, const std::string& path) {
    std::string expected;
    for (const SchemaNode& shape : list.items) {
      ValueKind taken = KindTaken(shape);
      if (taken == ValueKind::kNull || taken == item.kind) {
        Check(shape, item, path);
        return;
      }
      expected += (expected.empty() ? "" : " or ") + Expected(shape);
    }
    WrongKind(item, path, expected);
  }

  void CheckMap(const SchemaNode& node, const ContentValue& map, const std::string& path) {
    std::vector<std::string> keys;
    for (const SchemaField& field : node.fields) keys.push_back(field.key);
    for (const MapEntry& entry : map.entries) {
      auto field = std::find_if(node.fields.begin(), node.fields.end(),
                                [&](const SchemaField& f) { return f.key == entry.key; });
      if (field == node.fields.end()) {
        if (!report_unknown_keys_) continue;
        std::string hint = DidYouMean(entry.key, keys);
        if (hint.empty()) hint = "known keys: " + JoinedChoices(keys);
        diagnostics_->Error(entry.key_location, "unknown key '" + entry.key + "'" + In(path), hint);
      } else {
        CheckEntry(*field, entry, path);
      }
    }
    for (const SchemaField& field : node.fields) {
      if (!field.optional && !map.FindEntry(field.key)) {
        diagnostics_->Error(map.location, "missing key '" + field.key + "'" + In(path));
      }
    }
  }

  static std::string In(const std::string& path) { return path.empty() ? "" : " in " + path; }

  void CheckLeaf(const SchemaNode& node, const ContentValue& value, const std::string& path) {
    // A TODO mark stands in for any value until someone fills it in.
    if (node.leaf == LeafType::kAny || IsTodoMark(value)) return;
    const std::string& text = value.scalar;
    if (text.empty()) {
      diagnostics_->Error(value.location, Named(path) + " is empty");
      return;
    }
    std::string problem;
    std::string hint;
    switch (node.leaf) {
      case LeafType::kDate:
        if (!ParseIsoDate(text)) {
          problem = "is not a valid date";
          hint = "write it as YYYY-MM-DD, e.g. 2026-11-26";
        }
        break;
      case LeafType::kUrl:
        if (std::optional<AddressProblem> address = WebAddressProblem(text)) {
          problem = address->message;
          hint = address->hint;
        } else if (std::optional<AddressProblem> plain = UnencryptedAddressProblem(text)) {
          diagnostics_->Warning(value.location, Named(path) + ": '" + text + "' " + plain->message,
                                plain->hint);
        }
        break;
      case LeafType::kEmail:
        if (!IsEmailAddress(text)) {
          problem = "is not an e-mail address";
          hint = "write it as name@example.org";
        }
        break;
      case LeafType::kNumber:
        if (!IsNumber(text)) {
          problem = "is not a number";
          hint = "write digits with a point for decimals, e.g. 12 or 3.5";
        }
        break;
      case LeafType::kBoolean:
        if (!value.Boolean()) {
          problem = "is not true or false";
          hint = "write true or false, without quotes";
        }
        break;
      case LeafType::kChoice:
        if (std::find(node.choices.begin(), node.choices.end(), text) == node.choices.end()) {
          problem = "is not one of " + JoinedChoices(node.choices);
          hint = DidYouMean(text, node.choices);
        }
        break;
      case LeafType::kText:
      case LeafType::kMarkdown:
      case LeafType::kAny:
        break;
    }
    if (!problem.empty()) {
      diagnostics_->Error(value.location, Named(path) + ": '" + text + "' " + problem, hint);
    }
  }

  DiagnosticList* diagnostics_;
  bool report_unknown_keys_;
};

}  // namespace

std::optional<ContentSchema> ContentSchema::Read(const ContentValue& schema,
                                                 DiagnosticList* diagnostics) {
  size_t errors_before = diagnostics->ErrorCount();
  bool optional = false;
  SchemaNode root = SchemaReader(diagnostics).ReadNode(schema, &optional);
  if (optional) diagnostics->Error(schema.location, "a whole file cannot be optional");
  if (diagnostics->ErrorCount() > errors_before) return std::nullopt;
  return ContentSchema(std::move(root));
}

std::optional<ContentSchema> ContentSchema::Parse(std::string_view text, const std::string& name,
                                                  DiagnosticList* diagnostics) {
  std::optional<ContentValue> schema = YamlLoader(".", diagnostics).Parse(text, name);
  if (!schema) return std::nullopt;
  return Read(*schema, diagnostics);
}

std::optional<ContentSchema> ContentSchema::Load(YamlLoader* loader,
                                                 const std::string& relative_path,
                                                 DiagnosticList* diagnostics) {
  std::optional<ContentValue> schema = loader->Load(relative_path);
  if (!schema) return std::nullopt;
  return Read(*schema, diagnostics);
}

void ContentSchema::Validate(const ContentValue& content, DiagnosticList* diagnostics) const {
  Validator validator(diagnostics);
  if (content.IsNull() && root_.shape == SchemaNode::Shape::kMap) {
    validator.Check(root_, ContentValue::Map(content.location), "");
  } else {
    validator.Check(root_, content, "");
  }
}

void ContentSchema::ValidateShape(const ContentValue& content, DiagnosticList* diagnostics) const {
  if (root_.shape != SchemaNode::Shape::kMap) return;
  Validator validator(diagnostics, /*report_unknown_keys=*/false);
  for (const SchemaField& field : root_.fields) {
    if (const MapEntry* entry = content.FindEntry(field.key))
      validator.CheckEntry(field, *entry, "");
  }
}

std::string SchemaPathFor(const std::string& content_file) {
  // A table is described in YAML, as the content it becomes.
  if (content_file.ends_with(".csv"))
    return "schemas/" + content_file.substr(0, content_file.size() - 4) + ".yaml";
  return "schemas/" + content_file;
}

}  // namespace coopkit::content
