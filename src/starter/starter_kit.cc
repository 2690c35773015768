#include "starter/starter_kit.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "base/file_io.h"
#include "base/pending_file.h"
#include "content/yaml_loader.h"
#include "forum_import/contribution_importer.h"

namespace coopkit::starter {
namespace {

namespace fs = std::filesystem;

constexpr const char* kStarterFolder = "starter-kit";
constexpr const char* kManifestFile = "kit.yaml";
constexpr const char* kEventFile = "event.yaml";

// The content files named by the documents of the kit.yaml `manifest`, each
// of which gets the shipped kit's schema.
std::set<std::string> ContentFilesOfManifest(const content::ContentValue& manifest) {
  std::set<std::string> names;
  const content::ContentValue* documents = manifest.Find("documents");
  if (!documents || !documents->IsList()) return names;
  for (const content::ContentValue& document : documents->items) {
    const content::ContentValue* files = document.Find("content");
    if (!files || !files->IsList()) continue;
    for (const content::ContentValue& file : files->items)
      if (file.IsScalar()) names.insert(file.scalar);
  }
  return names;
}

// Appends every regular file under `dir` to `files`, named relative to `dir`.
void AddFilesOf(const fs::path& dir, std::vector<StarterFile>* files, DiagnosticList* diagnostics) {
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (!it->is_regular_file()) continue;
    std::string error;
    std::optional<std::string> text = ReadFile(it->path().string(), &error);
    if (!text) {
      diagnostics->Error({it->path().string(), 0, 0}, error);
      continue;
    }
    files->push_back({it->path().lexically_relative(dir).generic_string(), std::move(*text)});
  }
  if (ec) diagnostics->Error({dir.string(), 0, 0}, "cannot read the starter kit: " + ec.message());
}

// The value at `path` (keys) under `root`, or nullptr.
const content::ContentValue* ValueAt(const content::ContentValue& root,
                                     std::initializer_list<std::string_view> path) {
  const content::ContentValue* value = &root;
  for (std::string_view key : path)
    if (!(value = value->Find(key))) return nullptr;
  return value;
}

// The starter's article fits its example organisation, not an imported
// one: says how the covers will name it, at the line of the new kit.yaml
// to check.
void AskToCheckTheArticle(const content::ContentValue& manifest, const std::string& event_text,
                          const StarterKitOptions& options, DiagnosticList* diagnostics) {
  const content::ContentValue* article = ValueAt(manifest, {"kit", "organisation_article"});
  std::optional<content::ContentValue> event =
      content::YamlLoader(".", diagnostics).Parse(event_text, kEventFile);
  const content::ContentValue* acronym =
      event ? ValueAt(*event, {"event", "organisation", "acronym"}) : nullptr;
  if (!article || !acronym || !acronym->IsScalar()) return;
  diagnostics->Warning({(fs::path(options.folder) / kManifestFile).string(), article->location.line,
                        article->location.column},
                       "the covers will say « proposé par " + article->scalar + acronym->scalar +
                           " »: check the article before the imported organisation's name",
                       "write \"le \", \"la \" or \"les \" with their space, \"l'\" "
                       "without one, or \"\" for none");
}

void ReportExisting(const std::string& path, DiagnosticList* diagnostics) {
  diagnostics->Error({path, 0, 0}, "already exists; coopkit new kit never writes into it",
                     "give the name of a folder that does not exist yet");
}

}  // namespace

std::optional<std::vector<StarterFile>> StarterKitFiles(const StarterKitOptions& options,
                                                        DiagnosticList* diagnostics) {
  const size_t errors_before = diagnostics->ErrorCount();
  const fs::path starter_dir = fs::path(options.templates_dir) / kStarterFolder;
  if (!fs::is_directory(starter_dir)) {
    diagnostics->Error({starter_dir.string(), 0, 0}, "no starter kit here",
                       "give --templates the templates folder of coopkit, which holds it");
    return std::nullopt;
  }
  std::vector<StarterFile> files;
  AddFilesOf(starter_dir, &files, diagnostics);

  const fs::path schemas_dir =
      (fs::path(options.templates_dir) / ".." / "content" / "schemas").lexically_normal();
  std::optional<content::ContentValue> manifest =
      content::YamlLoader(starter_dir.string(), diagnostics).Load(kManifestFile);
  if (!manifest) return std::nullopt;
  for (const std::string& name : ContentFilesOfManifest(*manifest)) {
    const fs::path schema = schemas_dir / name;
    std::string error;
    std::optional<std::string> text = ReadFile(schema.string(), &error);
    if (!text) {
      diagnostics->Error({schema.string(), 0, 0}, "no schema for the starter kit's " + name,
                         "the starter takes its schemas from the content folder beside the "
                         "templates folder");
      continue;
    }
    files.push_back({"schemas/" + name, std::move(*text)});
  }

  if (!options.export_file.empty()) {
    std::optional<std::string> event =
        forum_import::ImportedEventContent(options.export_file, diagnostics);
    auto starter_event = std::find_if(files.begin(), files.end(),
                                      [](const StarterFile& f) { return f.path == kEventFile; });
    if (event && starter_event != files.end()) {
      AskToCheckTheArticle(*manifest, *event, options, diagnostics);
      starter_event->text = std::move(*event);
    }
  }
  if (diagnostics->ErrorCount() > errors_before) return std::nullopt;
  std::sort(files.begin(), files.end(),
            [](const StarterFile& a, const StarterFile& b) { return a.path < b.path; });
  return files;
}

std::optional<size_t> WriteStarterKit(const StarterKitOptions& options, DiagnosticList* diagnostics,
                                      Disk* disk, bool* output_failed) {
  std::error_code ec;
  if (fs::symlink_status(options.folder, ec).type() != fs::file_type::not_found) {
    ReportExisting(options.folder, diagnostics);
    return std::nullopt;
  }
  std::optional<std::vector<StarterFile>> files = StarterKitFiles(options, diagnostics);
  if (!files) return std::nullopt;

  // Each file is written whole beside its place, then renamed only if none
  // appeared there meanwhile: an interrupted run leaves no half-written file.
  auto fail = [&](const std::string& path, const std::string& error) {
    diagnostics->Error({path, 0, 0}, error,
                       "the kit is incomplete: remove " + options.folder + " and run again");
    if (output_failed) *output_failed = true;
    return std::nullopt;
  };
  std::string error;
  for (const StarterFile& file : *files) {
    const fs::path path = fs::path(options.folder) / file.path;
    if (!disk->CreateFolders(path.parent_path().string(), &error)) return fail(path, error);
    bool exists = false;
    std::unique_ptr<PendingFile> pending = PendingFile::Create(disk, path.string(), &error);
    if (!pending || !pending->Append(file.text, &error) || !pending->CommitNew(&exists, &error)) {
      if (!exists) return fail(path, error);
      ReportExisting(path.string(), diagnostics);
      return std::nullopt;
    }
  }
  return files->size();
}

}  // namespace coopkit::starter
