#include "content/content_set.h"

#include <algorithm>
#include <filesystem>
#include <vector>

#include "base/french_date.h"
#include "content/content_schema.h"
#include "content/event_info.h"
#include "content/folder_path.h"
#include "content/yaml_loader.h"

namespace coopkit::content {
namespace {

constexpr const char* kReservedKeys[] = {"kit", "document"};

std::string Where(const SourceLocation& l) {
  return l.file + ":" + std::to_string(l.line) + ":" + std::to_string(l.column);
}

ContentValue DocumentValue(const DocumentSpec& spec) {
  ContentValue doc = ContentValue::Map(spec.location);
  doc.Set("name", ContentValue::Scalar(spec.name, spec.location));
  doc.Set("title", ContentValue::Scalar(spec.title, spec.location));
  doc.Set("template", ContentValue::Scalar(spec.template_file, spec.location));
  doc.Set("output", ContentValue::Scalar(spec.output, spec.location));
  doc.Set("paper", ContentValue::Scalar(PaperName(spec.paper), spec.location));
  doc.Set("orientation", ContentValue::Scalar(OrientationName(spec.orientation), spec.location));
  return doc;
}

// Checks `content`, loaded from `file`, against its schema when there is one.
void ValidateAgainstSchema(YamlLoader* loader, const std::string& file,
                           const ContentValue& content, DiagnosticList* diagnostics) {
  std::string schema_file = SchemaPathFor(file);
  std::string problem;
  std::optional<std::string> path = PathInsideFolder(loader->content_dir(), schema_file, &problem);
  if (!path || !std::filesystem::exists(*path)) return;
  if (std::optional<ContentSchema> schema = ContentSchema::Load(loader, schema_file, diagnostics))
    schema->Validate(content, diagnostics);
}

}  // namespace

void AddFrenchDates(ContentValue* value) {
  for (ContentValue& item : value->items) AddFrenchDates(&item);
  for (MapEntry& entry : value->entries) AddFrenchDates(&entry.value);
  std::vector<MapEntry> added;
  for (const MapEntry& entry : value->entries) {
    if (!entry.value.IsScalar() || value->Find(entry.key + "_fr")) continue;
    if (std::optional<CalendarDate> date = ParseIsoDate(entry.value.scalar)) {
      const SourceLocation& where = entry.value.location;
      added.push_back(
          {entry.key + "_fr", where, ContentValue::Scalar(FormatFrenchDate(*date), where)});
    }
  }
  for (MapEntry& entry : added)
    value->Set(std::move(entry.key), std::move(entry.value), entry.key_location);
}

std::optional<ContentValue> LoadContentSet(const KitManifest& manifest,
                                           const DocumentSpec& document,
                                           DiagnosticList* diagnostics) {
  size_t errors_before = diagnostics->ErrorCount();
  YamlLoader loader(manifest.content_dir, diagnostics);
  ContentValue merged = ContentValue::Map(document.location);
  for (const std::string& file : document.content_files) {
    std::optional<ContentValue> root = loader.Load(file);
    if (!root) continue;
    if (!root->IsNull() && !root->IsMap()) {
      diagnostics->Error(root->location, "a content file should be a map of named values, not " +
                                             std::string(ValueKindName(root->kind)));
      continue;
    }
    ValidateAgainstSchema(&loader, file, *root, diagnostics);
    for (MapEntry& entry : root->entries) {
      if (std::find(std::begin(kReservedKeys), std::end(kReservedKeys), entry.key) !=
          std::end(kReservedKeys)) {
        diagnostics->Error(entry.key_location,
                           "'" + entry.key + "' is reserved for the kit manifest's values",
                           "rename this key");
      } else if (const MapEntry* first = merged.FindEntry(entry.key)) {
        diagnostics->Error(entry.key_location,
                           "'" + entry.key + "' is defined in two content files",
                           "also defined at " + Where(first->key_location));
      } else {
        merged.entries.push_back(std::move(entry));
      }
    }
  }
  if (const ContentValue* event = merged.Find("event")) CheckEventRules(*event, diagnostics);
  if (diagnostics->ErrorCount() > errors_before) return std::nullopt;

  merged.Set("kit", manifest.kit);
  merged.Set("document", DocumentValue(document));
  AddFrenchDates(&merged);
  return merged;
}

}  // namespace coopkit::content
