#include "forum/forum_batch.h"

#include <chrono>
#include <filesystem>

#include "base/file_io.h"
#include "base/parallel_for.h"
#include "base/text_collator.h"
#include "content/content_set.h"
#include "content/kit_manifest.h"
#include "content/yaml_loader.h"
#include "forum/contribution_folder.h"
#include "forum/programme_content.h"
#include "forum/programme_entry.h"
#include "forum_import/contribution_importer.h"
#include "kit/index_page_writer.h"

namespace coopkit::forum {
namespace fs = std::filesystem;
using content::DocumentScope;

struct ForumBatch::Contribution {
  ContributionFile file;
  size_t position = 0;  // in the folder's list, which the shards share out
  /// Its event content's text; empty when it could not be read or imported.
  std::string event_text;
  DiagnosticList reading;  // the import's or the read's problems
  bool readable = false;
  /// Where its kit reads its event: the file itself, or the imported copy.
  std::string event_file;
};

size_t BatchResult::FailedKits() const {
  size_t failed = 0;
  for (const ContributionKit& kit : kits) failed += kit.failed ? 1 : 0;
  return failed;
}

namespace {

bool HasScope(const content::KitManifest& manifest, DocumentScope scope) {
  for (const content::DocumentSpec& spec : manifest.documents)
    if (spec.scope == scope) return true;
  return false;
}

// Splits --only into the names of contribution and of forum documents;
// false after a usage error (a name of no document the batch builds).
bool SplitOnly(const content::KitManifest& manifest, const std::vector<std::string>& only,
               std::vector<std::string>* kit_only, std::vector<std::string>* forum_only,
               DiagnosticList* diagnostics) {
  bool usable = true;
  for (const std::string& name : only) {
    auto spec = std::find_if(manifest.documents.begin(), manifest.documents.end(),
                             [&](const content::DocumentSpec& d) { return d.name == name; });
    if (spec != manifest.documents.end() && spec->scope == DocumentScope::kContribution) {
      kit_only->push_back(name);
    } else if (spec != manifest.documents.end() && spec->scope == DocumentScope::kForum) {
      forum_only->push_back(name);
    } else {
      usable = false;
      diagnostics->Error(
          spec != manifest.documents.end() ? spec->location : SourceLocation{manifest.file, 0, 0},
          "--only names '" + name + "', which `build --batch` does not build",
          spec != manifest.documents.end()
              ? "it is this workshop's own (scope: workshop): build it with `coopkit build`"
              : "a batch builds the documents of scope: contribution and scope: forum");
    }
  }
  return usable;
}

// The forum's page links to each published contribution's kit, in the
// French order of their titles; the others are in no forum document.
std::vector<kit::IndexLink> KitLinksOf(const std::vector<ProgrammeEntry>& entries) {
  std::vector<const ProgrammeEntry*> published;
  std::vector<std::string> titles;
  for (const ProgrammeEntry& entry : entries) {
    if (!entry.published) continue;
    published.push_back(&entry);
    titles.push_back(entry.title);
  }
  std::vector<kit::IndexLink> links;
  for (size_t i : TextCollator().Order(titles))
    links.push_back({published[i]->title, published[i]->organisation,
                     published[i]->slug + "/" + kit::kIndexPageFileName});
  return links;
}

// forum.yaml's `forum.name`, the forum's page heading; empty when it has
// none (the forum's documents report what is wrong with the file).
std::string ForumName(const std::string& content_dir) {
  DiagnosticList ignored;
  std::optional<content::ContentValue> root =
      content::YamlLoader(content_dir, &ignored).Load(kForumContentFile);
  const content::ContentValue* forum = root ? root->Find("forum") : nullptr;
  const content::ContentValue* name = forum ? forum->Find("name") : nullptr;
  return name && name->IsScalar() ? name->scalar : std::string();
}

double MillisecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
      .count();
}

}  // namespace

ForumBatch::ForumBatch(BatchOptions options, Disk* disk)
    : options_(std::move(options)), disk_(disk) {}

BatchResult ForumBatch::Build(DiagnosticList* diagnostics) {
  BatchResult result;
  // kit.yaml first: a mistake there is one error, not one per kit.
  const std::optional<content::KitManifest> manifest =
      content::LoadKitManifest(options_.kit.content_dir, options_.kit.templates_dir, diagnostics);
  if (!manifest) return result;
  std::vector<std::string> kit_only, forum_only;
  if (!SplitOnly(*manifest, options_.kit.only, &kit_only, &forum_only, diagnostics)) {
    result.usage_error = true;
    return result;
  }
  const bool only = !options_.kit.only.empty();
  const bool builds_kits =
      only ? !kit_only.empty() : HasScope(*manifest, DocumentScope::kContribution);
  const bool builds_forum =
      options_.shard.index == 1 &&
      (only ? !forum_only.empty() : HasScope(*manifest, DocumentScope::kForum));
  if (!builds_kits && !builds_forum && options_.shard.index == 1) {
    diagnostics->Error({manifest->file, 0, 0},
                       "the kit has no document for `build --batch` to build",
                       "mark a contribution's documents `scope: contribution` (the default) and "
                       "the programme `scope: forum`");
    return result;
  }

  const size_t errors_before = diagnostics->ErrorCount();
  std::vector<Contribution> contributions;
  for (ContributionFile& file : ListContributionFiles(options_.folder, diagnostics))
    contributions.push_back({.file = std::move(file), .position = contributions.size()});
  result.refused_files = diagnostics->ErrorCount() - errors_before;

  // Every contribution's event, read or imported: the shard's for their
  // kits, every shard's for the programme.
  ParallelFor(contributions.size(), [&](size_t i, size_t) {
    Contribution& c = contributions[i];
    if (!builds_forum && !options_.shard.Holds(c.position)) return;
    std::optional<std::string> text;
    if (c.file.is_export) {
      text = forum_import::ImportedEventContent(c.file.path, &c.reading,
                                                forum_import::MissingLabels::kError);
    } else if (std::string error; !(text = ReadFile(c.file.path, &error))) {
      c.reading.Error({c.file.path, 0, 0}, "cannot read " + c.file.path + ": " + error);
    }
    c.readable = text.has_value() && !c.reading.HasErrors();
    if (c.readable) c.event_text = std::move(*text);
    c.event_file = c.file.is_export
                       ? (fs::path(options_.kit.out_dir) / c.file.slug / kEventContentFile).string()
                       : c.file.path;
  });

  // Fonts, hyphenation patterns and the content folder's files, loaded once
  // for every kit.
  kit::KitResources resources(options_.kit.fonts_dir, diagnostics);
  std::vector<const Contribution*> shard;
  for (const Contribution& c : contributions)
    if (builds_kits && options_.shard.Holds(c.position)) shard.push_back(&c);
  std::vector<DiagnosticList> kit_diagnostics(shard.size());
  result.kits.resize(shard.size());
  size_t done = 0;
  ParallelFor(shard.size(), [&](size_t i, size_t) {
    result.kits[i] = BuildKit(*shard[i], kit_only, &resources, &kit_diagnostics[i]);
    if (on_kit_done_) {
      std::lock_guard<std::mutex> lock(progress_);
      on_kit_done_(result.kits[i], ++done, shard.size());
    }
  });
  for (size_t i = 0; i < shard.size(); ++i) {
    diagnostics->Append(kit_diagnostics[i]);
    result.output_failed = result.output_failed || result.kits[i].result.output_failed;
  }
  if (builds_forum) BuildForum(contributions, forum_only, &resources, &result, diagnostics);
  return result;
}

ContributionKit ForumBatch::BuildKit(const Contribution& contribution,
                                     const std::vector<std::string>& only,
                                     kit::KitResources* resources,
                                     DiagnosticList* diagnostics) const {
  const auto start = std::chrono::steady_clock::now();
  ContributionKit kit{.slug = contribution.file.slug, .file = contribution.file.path};
  diagnostics->Append(contribution.reading);
  const std::string out_dir = (fs::path(options_.kit.out_dir) / kit.slug).string();
  if (contribution.readable && contribution.file.is_export) {
    // The imported event is kept beside the PDFs made from it, where its
    // messages point and where its authors can read what the kit used.
    std::string error, unread;
    if (ReadFile(contribution.event_file, &unread) != contribution.event_text &&
        !(disk_->CreateFolders(out_dir, &error) &&
          WriteFileAtomically(contribution.event_file, contribution.event_text, &error, disk_))) {
      diagnostics->Error({contribution.event_file, 0, 0}, error);
      kit.result.output_failed = true;
    }
  }
  if (contribution.readable && !kit.result.output_failed) {
    kit::KitOptions options = options_.kit;
    options.out_dir = out_dir;
    options.only = only;
    options.scopes = {DocumentScope::kContribution};
    options.content_elsewhere[kEventContentFile] = contribution.event_file;
    kit::KitBuilder builder(std::move(options), disk_);
    builder.ShareResources(resources);
    kit.result = builder.Build(diagnostics);
  }
  kit.errors = diagnostics->ErrorCount();
  kit.failed = kit.errors > 0;
  kit.milliseconds = MillisecondsSince(start);
  return kit;
}

void ForumBatch::BuildForum(const std::vector<Contribution>& contributions,
                            const std::vector<std::string>& only, kit::KitResources* resources,
                            BatchResult* result, DiagnosticList* diagnostics) const {
  std::vector<ProgrammeEntry> entries;
  for (const Contribution& c : contributions) {
    if (!c.readable) continue;  // its kit, or its shard's, says why
    DiagnosticList problems;
    content::YamlLoader schemas(options_.kit.content_dir, &problems);
    std::optional<content::ContentValue> root =
        content::YamlLoader(fs::path(c.event_file).parent_path().string(), &problems)
            .Parse(c.event_text, c.event_file);
    if (!root || !content::CheckContentFile(&schemas, kEventContentFile, *root, &problems,
                                            resources->content_files())) {
      if (!options_.shard.Holds(c.position))
        diagnostics->Warning({c.file.path, 0, 0},
                             "left out of the programme: its content has errors",
                             "the shard that builds its kit reports them");
      continue;
    }
    entries.push_back(ProgrammeEntryOf(c.file.slug, *root));
    if (!entries.back().published) result->unpublished.push_back(c.file.path);
  }

  const std::string programme =
      (fs::path(options_.kit.out_dir) / content::kProgrammeContentFile).string();
  std::string error, unread;
  const std::string yaml = ProgrammeYaml(entries, options_.folder);
  if (ReadFile(programme, &unread) != yaml &&
      !(disk_->CreateFolders(options_.kit.out_dir, &error) &&
        WriteFileAtomically(programme, yaml, &error, disk_))) {
    diagnostics->Error({programme, 0, 0}, error);
    result->output_failed = result->forum_failed = true;
    return;
  }
  kit::KitOptions options = options_.kit;
  options.only = only;
  options.scopes = {DocumentScope::kForum};
  options.content_elsewhere[content::kProgrammeContentFile] = programme;
  options.index_links = KitLinksOf(entries);
  options.index_title = ForumName(options_.kit.content_dir);
  DiagnosticList own;  // a kit's errors must not stop the forum's documents
  kit::KitBuilder builder(std::move(options), disk_);
  builder.ShareResources(resources);
  result->forum = builder.Build(&own);
  result->forum_failed = own.HasErrors();
  diagnostics->Append(own);
  result->output_failed = result->output_failed || result->forum->output_failed;
}

}  // namespace coopkit::forum
