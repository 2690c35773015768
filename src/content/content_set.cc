#include "content/content_set.h"

#include <algorithm>
#include <vector>

#include "base/french_date.h"
#include "content/event_info.h"
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
    if (root->IsNull()) continue;  // an empty file adds nothing
    if (!root->IsMap()) {
      diagnostics->Error(root->location, "a content file should be a map of named values, not " +
                                             std::string(ValueKindName(root->kind)));
      continue;
    }
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
  if (const ContentValue* event = merged.Find("event")) ReadEventInfo(*event, diagnostics);
  if (diagnostics->ErrorCount() > errors_before) return std::nullopt;

  merged.Set("kit", manifest.kit);
  merged.Set("document", DocumentValue(document));
  AddFrenchDates(&merged);
  return merged;
}

}  // namespace coopkit::content
