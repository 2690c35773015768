#include "content/content_set.h"

#include <algorithm>
#include <cassert>
#include <filesystem>
#include <numeric>
#include <vector>

#include "base/french_date.h"
#include "base/parallel_for.h"
#include "content/content_model.h"
#include "content/content_schema.h"
#include "content/participant_privacy.h"
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
// With a `cache`, the schema is read once for every kit.
void ValidateAgainstSchema(YamlLoader* loader, const std::string& file, const ContentValue& content,
                           ContentFileCache* cache, DiagnosticList* diagnostics) {
  std::string schema_file = SchemaPathFor(file);
  // A schema that is there in any form, a link that leads out of the
  // content folder included, is loaded, and refused by the loader if it must be.
  std::error_code ignored;
  if (!std::filesystem::exists(std::filesystem::symlink_status(
          std::filesystem::path(loader->content_dir()) / schema_file, ignored))) {
    diagnostics->Warning({content.location.file, 1, 1}, "not checked: no schema describes " + file,
                         "add " + schema_file + ", shaped like " + file +
                             " with a type at each leaf (see the other files of schemas/)");
    return;
  }
  if (!cache) {
    if (std::optional<ContentSchema> schema = ContentSchema::Load(loader, schema_file, diagnostics))
      schema->Validate(content, diagnostics);
    return;
  }
  std::shared_ptr<const LoadedSchema> read =
      cache->schemas.Get(loader->content_dir() + "\n" + schema_file, [&] {
        LoadedSchema loaded;
        YamlLoader own(loader->content_dir(), &loaded.problems);
        loaded.schema = ContentSchema::Load(&own, schema_file, &loaded.problems);
        return loaded;
      });
  for (const Diagnostic& d : read->problems.items()) diagnostics->Add(d);
  if (read->schema) read->schema->Validate(content, diagnostics);
}

}  // namespace

bool CheckContentFile(YamlLoader* loader, const std::string& name, const ContentValue& root,
                      DiagnosticList* diagnostics, ContentFileCache* cache) {
  if (!root.IsNull() && !root.IsMap()) {
    diagnostics->Error(root.location, "a content file should be a map of named values, not " +
                                          std::string(ValueKindName(root.kind)));
    return false;
  }
  const size_t errors_before = diagnostics->ErrorCount();
  ValidateAgainstSchema(loader, name, root, cache, diagnostics);
  return diagnostics->ErrorCount() == errors_before;
}

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

namespace {

// Reads `name` of `manifest` and checks it against the kit's schema for its
// name; a file read from elsewhere is read in its own folder.
LoadedContentFile ReadContentFile(const KitManifest& manifest, const std::string& name,
                                  ContentFileCache* cache) {
  LoadedContentFile file;
  YamlLoader loader(manifest.content_dir, &file.problems);
  const std::filesystem::path elsewhere = manifest.PathOf(name);
  file.root = manifest.files_elsewhere.count(name)
                  ? YamlLoader(elsewhere.parent_path().string(), &file.problems)
                        .Load(elsewhere.filename().string())
                  : loader.Load(name);
  file.checked = file.root && CheckContentFile(&loader, name, *file.root, &file.problems, cache);
  return file;
}

}  // namespace

ContentFiles ContentFiles::Load(const KitManifest& manifest,
                                const std::vector<const DocumentSpec*>& documents,
                                DiagnosticList* diagnostics, ContentFileCache* cache) {
  ContentFiles files;
  for (const DocumentSpec* document : documents) {
    for (const std::string& name : document->content_files) {
      auto [file, added] = files.files_.try_emplace(name);
      if (added) files.order_.push_back(name);
      ++file->second.users;
    }
  }
  // Parsing YAML is slow: the files are read in parallel, largest first so
  // that the longest one starts at once (on the calling thread, whose memory
  // the rest of the build reuses), and their problems are reported in the
  // order the files were first named.
  std::vector<size_t> largest_first(files.order_.size());
  std::vector<uintmax_t> sizes;
  for (const std::string& name : files.order_) {
    std::error_code unreadable;  // reported when the file is read
    uintmax_t size = std::filesystem::file_size(manifest.PathOf(name), unreadable);
    sizes.push_back(unreadable ? 0 : size);
  }
  std::iota(largest_first.begin(), largest_first.end(), 0);
  std::stable_sort(largest_first.begin(), largest_first.end(),
                   [&](size_t a, size_t b) { return sizes[a] > sizes[b]; });
  std::vector<DiagnosticList> problems(files.order_.size());
  ParallelFor(files.order_.size(), [&](size_t k, size_t) {
    const size_t i = largest_first[k];
    const std::string& name = files.order_[i];
    File& file = files.files_.at(name);
    // The content folder's own files are the same for every kit of a run;
    // one read from elsewhere is a kit's own.
    if (cache && !manifest.files_elsewhere.count(name)) {
      std::shared_ptr<const LoadedContentFile> shared =
          cache->files.Get(manifest.content_dir + "\n" + name,
                           [&] { return ReadContentFile(manifest, name, cache); });
      file.root = shared->root;
      file.checked = shared->checked;
      problems[i] = shared->problems;
    } else {
      LoadedContentFile read = ReadContentFile(manifest, name, cache);
      file.root = std::move(read.root);
      file.checked = read.checked;
      problems[i] = std::move(read.problems);
    }
  });
  for (const DiagnosticList& found : problems) diagnostics->Append(found);
  return files;
}

std::optional<ContentValue> ContentFiles::Take(const std::string& name) {
  std::lock_guard<std::mutex> lock(*taking_);
  auto it = files_.find(name);
  if (it == files_.end() || !it->second.checked) return std::nullopt;
  File& file = it->second;
  assert(file.users > 0 && file.root);
  if (--file.users > 0) return *file.root;
  std::optional<ContentValue> last = std::move(file.root);
  file.root.reset();
  return last;
}

std::set<std::string> ContentFiles::FailedFiles() const {
  std::set<std::string> failed;
  for (const auto& [name, file] : files_)
    if (!file.checked) failed.insert(name);
  return failed;
}

template <typename Item>
std::vector<Item> ContentFiles::FromEachFile(std::vector<Item> (*find)(const ContentValue&)) const {
  std::vector<Item> items;
  for (const std::string& name : order_) {
    const File& file = files_.at(name);
    if (!file.root) continue;
    std::vector<Item> found = find(*file.root);
    items.insert(items.end(), found.begin(), found.end());
  }
  return items;
}

std::vector<TodoMark> ContentFiles::TodoMarks() const { return FromEachFile(&FindTodoMarks); }

std::vector<TodoMark> ContentFiles::TodoMarksOf(const std::string& file) const {
  auto found = files_.find(file);
  if (found == files_.end() || !found->second.root) return {};
  return FindTodoMarks(*found->second.root);
}

std::vector<ParticipantSecret> ContentFiles::ParticipantSecrets() const {
  return FromEachFile(&ListParticipantSecrets);
}

std::optional<ContentValue> LoadContentSet(const KitManifest& manifest,
                                           const DocumentSpec& document,
                                           const ContentModels& models,
                                           DiagnosticList* diagnostics) {
  ContentFiles files = ContentFiles::Load(manifest, {&document}, diagnostics);
  return LoadContentSet(manifest, document, &files, models, diagnostics);
}

std::optional<ContentValue> LoadContentSet(const KitManifest& manifest,
                                           const DocumentSpec& document, ContentFiles* files,
                                           const ContentModels& models,
                                           DiagnosticList* diagnostics) {
  size_t errors_before = diagnostics->ErrorCount();
  bool complete = true;
  ContentValue merged = ContentValue::Map(document.location);
  for (const std::string& file : document.content_files) {
    std::optional<ContentValue> root = files->Take(file);
    if (!root) {
      complete = false;  // reported when the file was read
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
  std::vector<const ContentModel*> used;
  for (const ContentModel* model : models) {
    const std::vector<std::string_view> keys = model->keys();
    if (std::any_of(keys.begin(), keys.end(),
                    [&](std::string_view key) { return merged.Find(std::string(key)); }))
      used.push_back(model);
  }
  for (const ContentModel* model : used) {
    DiagnosticList misshapen;
    for (const ContentSchema* shape : model->shapes()) shape->ValidateShape(merged, &misshapen);
    diagnostics->Append(misshapen);  // the same problems as the kit's own schema are said once
    if (!misshapen.HasErrors()) model->Check(&merged, diagnostics);
  }
  ProtectParticipants(&merged);
  if (!complete || diagnostics->ErrorCount() > errors_before) return std::nullopt;

  merged.Set("kit", manifest.kit);
  merged.Set("document", DocumentValue(document));
  AddFrenchDates(&merged);
  for (const ContentModel* model : used) model->Finish(&merged);
  return merged;
}

}  // namespace coopkit::content
