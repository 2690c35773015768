#include "kit/kit_builder.h"

#include <algorithm>
#include <cassert>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <set>

#include "backends/pdf/pdf_writer.h"
#include "backends/trace/trace_backend.h"
#include "base/file_io.h"
#include "base/line_break.h"
#include "base/parallel_for.h"
#include "base/pending_file.h"
#include "base/spelling_hint.h"
#include "base/string_file.h"
#include "base/utf8.h"
#include "content/content_set.h"
#include "content/kit_manifest.h"
#include "content/text_position.h"
#include "content/todo_mark.h"
#include "content/yaml_loader.h"
#include "impose/booklet_imposition.h"
#include "kit/first_page_thumbnail.h"
#include "kit/image_resolver.h"
#include "kit/index_page_writer.h"
#include "kit/print_resolution.h"
#include "kit/theme_loader.h"
#include "layout/flow/page_composer.h"
#include "layout/inline/optimal_line_breaker.h"
#include "layout/print_marks.h"
#include "markup/markdown_reader.h"
#include "models/kit_models.h"
#include "templates/template_renderer.h"

namespace coopkit::kit {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

struct Outcome {
  DiagnosticList diagnostics;
  std::optional<RenderedDocument> rendered;
  std::optional<DocumentReport> up_to_date;  // not rendered: its file is as the manifest says
  bool output_failed = false;
};

// The build manifest in `out_dir`; empty when there is none yet.
BuildManifest ReadManifest(const std::string& out_dir) {
  std::string error;
  std::optional<std::string> text =
      ReadFile((fs::path(out_dir) / BuildManifest::kFileName).string(), &error);
  return text ? BuildManifest::Parse(*text) : BuildManifest();
}

// `path` as the build manifest names it: relative to the current folder when
// inside it (images are found by their absolute path), so that a manifest
// restored into another checkout of the kit still applies.
std::string PathInManifest(const std::string& path) {
  std::error_code ec;
  fs::path current = fs::current_path(ec);
  fs::path absolute(path);
  if (ec || !absolute.is_absolute()) return path;
  fs::path relative = absolute.lexically_relative(current);
  return relative.empty() || *relative.begin() == ".." ? path : relative.string();
}

// What the build manifest compares besides the files a document read: the
// tool's version, the options, and what no document may print (a
// participant withdrawing consent, or a privacy check that finds more,
// rebuilds every document, each checked again). Fields one a line; the
// folders, since the manifest names files by path.
std::string KitSettings(const KitOptions& options,
                        const std::vector<content::ParticipantSecret>& secrets) {
  std::string settings =
      std::string("coopkit ") + COOPKIT_VERSION + "\ndraft " + (options.draft ? "1" : "0") +
      "\nprint marks " + (options.print_marks ? "1" : "0") + "\ncontent " + options.content_dir +
      "\ntemplates " + options.templates_dir + "\nfonts " + options.fonts_dir + "\ntheme " +
      options.theme_file + "\nprivacy check " + std::to_string(kPrivacyCheckRevision) + "\nsecrets";
  std::set<std::string> texts;
  for (const content::ParticipantSecret& secret : secrets) texts.insert(secret.text);
  for (const std::string& text : texts) settings += " " + HashOf(text);
  if (options.booklet) settings += "\nbooklets";  // last, so that earlier manifests still hold
  return settings;
}

std::string DocumentSettings(const std::string& kit_settings, const content::DocumentSpec& spec) {
  return HashOf(kit_settings + "\nformat " + content::FormatName(spec.format));
}

// The report of a document found up to date, from what its last build recorded.
DocumentReport UpToDateReport(const content::DocumentSpec& spec, const ManifestEntry& entry,
                              const std::string& out_dir) {
  return {.name = spec.name,
          .title = spec.title,
          .output_path = (fs::path(out_dir) / entry.output).string(),
          .pages = entry.pages,
          .bytes = entry.bytes,
          .rebuilt = false,
          .warnings = entry.warnings};
}

std::string LineOf(const std::string& text, int line) {
  size_t begin = 0;
  for (int i = 1; i < line && begin != std::string::npos; ++i) {
    begin = text.find('\n', begin);
    if (begin != std::string::npos) ++begin;
  }
  if (begin == std::string::npos) return {};
  return text.substr(begin, text.find('\n', begin) - begin);
}

// Markup and layout report lines of the rendered Markdown, named `rendered_name`
// (or unnamed); users need the place in the content file or the template line
// that produced them. In a template line, the column still holds when that
// line came out as written (no tag on it); else it is where the line's text
// starts. Other diagnostics are already at the content's own place.
void AddWithTemplateOrigins(const DiagnosticList& markup, const templates::RenderedText& rendered,
                            const std::string& rendered_name, DiagnosticList* diagnostics) {
  for (Diagnostic d : markup.items()) {
    SourceLocation origin = rendered.OriginOf(d.location.line, d.location.column);
    bool in_rendered = d.location.file.empty() || d.location.file == rendered_name;
    if (in_rendered && !origin.file.empty() && origin.column == 0) {
      std::string error;
      auto template_text = ReadFile(origin.file, &error);
      if (template_text) {
        RemoveByteOrderMark(&*template_text);
        MakeLoneCarriageReturnsLineFeeds(&*template_text);  // as the renderer read it
      }
      bool literal = template_text && LineOf(*template_text, origin.line) ==
                                          LineOf(rendered.markdown, d.location.line);
      if (literal) origin.column = d.location.column;
      if (origin.column == 0 && template_text)
        origin.column =
            content::LocationOfLineText(origin.file, *template_text, origin.line).column;
    }
    if (in_rendered && !origin.file.empty()) d.location = origin;
    diagnostics->Add(std::move(d));
  }
}

constexpr const char* kDraftMark = "BROUILLON";

// What a TODO mark's warning says of it: its first line, unless that holds a
// secret (« TODO orthographe ? Sam Secret », « TODO: remercier Sam Secret »):
// messages end up in build reports and CI logs.
std::string TodoMarkMessage(const content::TodoMark& mark, const PrivacyGuard& privacy) {
  const content::ParticipantSecret* held = privacy.SecretIn(mark.text);
  if (!held) return "still to fill in: " + mark.text;
  const SourceLocation& listed = held->listed_at;
  if (listed.file == mark.location.file && listed.line == mark.location.line &&
      listed.column == mark.location.column)
    return "still to fill in: a participant's name";
  return held->is_email ? "still to fill in (its text holds a participant's e-mail address)"
                        : "still to fill in (its text names a participant who did not consent "
                          "to be named)";
}

// Lists the TODO marks left in the selected documents' content, each once:
// `coopkit check` and a draft build warn, a final build refuses them.
// Returns the files whose marks were refused.
std::set<std::string> ReportTodoMarks(const content::ContentFiles& files, const KitOptions& options,
                                      const std::vector<const content::DocumentSpec*>& selected,
                                      const PrivacyGuard& privacy, DiagnosticList* diagnostics) {
  std::set<std::string> refused;
  // A mark may stay in the files that only draft documents read.
  std::set<std::string> final_files, files_in_order;
  std::vector<std::string> order;
  for (const content::DocumentSpec* spec : selected) {
    for (const std::string& file : spec->content_files) {
      if (!spec->draft) final_files.insert(file);
      if (files_in_order.insert(file).second) order.push_back(file);
    }
  }
  for (const std::string& file : order) {
    const bool final = final_files.count(file) > 0;
    for (const content::TodoMark& mark : files.TodoMarksOf(file)) {
      std::string message = TodoMarkMessage(mark, privacy);
      if (options.write && !options.draft && final) {
        refused.insert(file);
        diagnostics->Error(mark.location, message,
                           "fill it in, or build a draft marked « BROUILLON » with --draft "
                           "(or `draft: true` for its documents in kit.yaml)");
      } else {
        diagnostics->Warning(mark.location, message);
      }
    }
  }
  return refused;
}

// The secrets of every participants list of the kit, not only of the
// documents being built: a name without consent must not be printed by the
// guide because only the report lists it.
std::vector<content::ParticipantSecret> KitSecrets(
    const content::KitManifest& manifest, const std::vector<const content::DocumentSpec*>& selected,
    const content::ContentFiles& files, content::ContentFileCache* cache,
    DiagnosticList* diagnostics) {
  std::vector<content::ParticipantSecret> secrets = files.ParticipantSecrets();
  // The other documents' files, but those already read for the selected ones.
  std::set<std::string> read;
  for (const content::DocumentSpec* spec : selected)
    read.insert(spec->content_files.begin(), spec->content_files.end());
  std::vector<content::DocumentSpec> unread;
  auto add_unread = [&](const content::DocumentSpec& spec) {
    content::DocumentSpec files_left;
    for (const std::string& file : spec.content_files)
      if (!read.count(file)) files_left.content_files.push_back(file);
    if (!files_left.content_files.empty()) unread.push_back(std::move(files_left));
  };
  for (const content::DocumentSpec& spec : manifest.documents) {
    if (std::find(selected.begin(), selected.end(), &spec) == selected.end()) add_unread(spec);
  }
  // Forum documents read the programme, which only a batch writes.
  for (const content::DocumentSpec& spec : manifest.out_of_scope) {
    if (spec.scope != content::DocumentScope::kForum) add_unread(spec);
  }
  if (unread.empty()) return secrets;
  std::vector<const content::DocumentSpec*> others;
  for (const content::DocumentSpec& spec : unread) others.push_back(&spec);
  DiagnosticList problems;  // the other documents' own: reported when they are built
  std::vector<content::ParticipantSecret> more =
      content::ContentFiles::Load(manifest, others, &problems, cache).ParticipantSecrets();
  secrets.insert(secrets.end(), more.begin(), more.end());
  if (problems.HasErrors())
    diagnostics->Warning({manifest.file, 0, 0},
                         "the content of documents not built has errors: participants listed there "
                         "are not checked against what is printed",
                         "build the whole kit (without --only) to check them");
  return secrets;
}

std::vector<const content::DocumentSpec*> SelectDocuments(const content::KitManifest& manifest,
                                                          const std::vector<std::string>& only,
                                                          DiagnosticList* diagnostics,
                                                          bool* unknown_document) {
  std::vector<const content::DocumentSpec*> selected;
  std::vector<std::string> names;
  for (const auto& spec : manifest.documents) names.push_back(spec.name);
  auto named = [](const std::vector<content::DocumentSpec>& specs, const std::string& name) {
    return std::find_if(specs.begin(), specs.end(),
                        [&](const content::DocumentSpec& spec) { return spec.name == name; });
  };
  for (const std::string& name : only) {
    auto off = named(manifest.switched_off, name);
    auto other_run = named(manifest.out_of_scope, name);
    if (off != manifest.switched_off.end()) {
      diagnostics->Error(off->location, "--only names '" + name + "', which is switched off",
                         "remove its `enabled: false` to build it");
      *unknown_document = true;
    } else if (other_run != manifest.out_of_scope.end()) {
      const bool forum = other_run->scope == content::DocumentScope::kForum;
      diagnostics->Error(other_run->location,
                         "--only names '" + name + "', which " +
                             (forum ? "only `build --batch` builds (scope: forum)"
                                    : "is this workshop's own: `build --batch` does not build it "
                                      "for each contribution (scope: workshop)"),
                         forum ? "build the forum with `coopkit build --batch DIR`"
                               : "build it with `coopkit build`, without --batch");
      *unknown_document = true;
    } else if (std::find(names.begin(), names.end(), name) == names.end()) {
      diagnostics->Error({manifest.file, 0, 0},
                         "--only names '" + name + "', which is not a document of the kit",
                         DidYouMean(name, names));
      *unknown_document = true;
    }
  }
  for (const auto& spec : manifest.documents) {
    if (only.empty() || std::find(only.begin(), only.end(), spec.name) != only.end())
      selected.push_back(&spec);
  }
  return selected;
}

// Removes the temporary files that runs killed before they could clean up
// left beside each output of the kit (every document's file and picture,
// index.html, the build manifest), whichever documents this build renders.
void RemoveAbandonedOutputs(const content::KitManifest& manifest, const std::string& out_dir,
                            Disk* disk) {
  std::vector<std::string> outputs{kIndexPageFileName, BuildManifest::kFileName};
  for (const content::DocumentSpec& spec : manifest.documents) {
    outputs.push_back(spec.output);
    outputs.push_back(content::BookletOutput(spec.output));
  }
  for (const std::string& output : outputs)
    PendingFile::RemoveAbandoned(disk, (fs::path(out_dir) / output).string());
  PendingFile::RemoveAbandonedIn(disk, (fs::path(out_dir) / kThumbnailFolder).string());
}

// Whether `spec` is also written as a booklet: its own `booklet: true`, or
// `--booklet` for a document of A5 portrait pages; never with print marks,
// whose pages are larger than half a sheet (a print shop imposes its own).
bool WantsBooklet(const content::DocumentSpec& spec, const KitOptions& options) {
  if (options.print_marks || spec.print_marks) return false;
  return spec.booklet || (options.booklet && spec.paper == content::Paper::kA5 &&
                          spec.orientation == content::Orientation::kPortrait);
}

// The paper a booklet is printed on: A4 landscape.
impose::SheetSize BookletSheet() {
  layout::Theme a4;
  ApplyPaper(content::Paper::kA4, content::Orientation::kLandscape, &a4);
  return {a4.page.width, a4.page.height};
}

// The writer of a document's format (kit.yaml's `format:`).
std::unique_ptr<backends::Backend> BackendFor(const content::DocumentSpec& spec,
                                              const KitOptions& options) {
  switch (spec.format) {
    case content::OutputFormat::kPdf:
      return std::make_unique<pdf::PdfWriter>(pdf::PdfOptions{
          .source_date_epoch = options.source_date_epoch,
          .version = COOPKIT_VERSION,
          .pdfa = spec.pdfa,
      });
    case content::OutputFormat::kTrace:
      return std::make_unique<trace::TraceBackend>();
  }
  assert(false && "a format without a backend");
  return nullptr;
}

// Gives `diagnostics` what reading a cached file reported.
void Replay(const DiagnosticList& problems, DiagnosticList* diagnostics) {
  for (const Diagnostic& d : problems.items()) diagnostics->Add(d);
}

// kit.yaml, read once for every kit sharing `cache` (when there is one).
std::optional<content::KitManifest> ReadKitManifest(const KitOptions& options,
                                                    content::ContentFileCache* cache,
                                                    DiagnosticList* diagnostics) {
  if (!cache)
    return content::LoadKitManifest(options.content_dir, options.templates_dir, diagnostics);
  std::shared_ptr<const content::LoadedKitManifest> read =
      cache->manifests.Get(options.content_dir + "\n" + options.templates_dir, [&] {
        content::LoadedKitManifest loaded;
        loaded.manifest =
            content::LoadKitManifest(options.content_dir, options.templates_dir, &loaded.problems);
        return loaded;
      });
  Replay(read->problems, diagnostics);
  return read->manifest;
}

// The theme file `name` of `dir`, read once for every kit sharing `cache`
// (when there is one).
std::optional<content::ContentValue> ReadTheme(const std::string& dir, const std::string& name,
                                               content::ContentFileCache* cache,
                                               DiagnosticList* diagnostics) {
  if (!cache) return content::YamlLoader(dir, diagnostics).Load(name);
  std::shared_ptr<const content::LoadedContentFile> read =
      cache->themes.Get(dir + "\n" + name, [&] {
        content::LoadedContentFile loaded;
        loaded.root = content::YamlLoader(dir, &loaded.problems).Load(name);
        return loaded;
      });
  Replay(read->problems, diagnostics);
  return read->root;
}

}  // namespace

KitBuilder::KitBuilder(KitOptions options, Disk* disk)
    : options_(std::move(options)), disk_(disk) {}

KitResult KitBuilder::Build(DiagnosticList* diagnostics) {
  KitResult result;
  // What the kits sharing resources read alike is read once for all of them.
  content::ContentFileCache* cache = shared_ ? shared_->content_files() : nullptr;
  std::optional<content::KitManifest> manifest = ReadKitManifest(options_, cache, diagnostics);
  if (!manifest) return result;
  manifest->files_elsewhere = options_.content_elsewhere;
  for (const content::DocumentSpec& spec : manifest->switched_off)
    result.switched_off.push_back(spec.name);
  // std::stable_partition, not std::ranges's, which clang 14 cannot compile
  // with this libstdc++.
  const auto other_scope = std::stable_partition(
      manifest->documents.begin(), manifest->documents.end(),
      [&](const content::DocumentSpec& spec) { return options_.scopes.count(spec.scope) > 0; });
  manifest->out_of_scope.assign(std::make_move_iterator(other_scope),
                                std::make_move_iterator(manifest->documents.end()));
  manifest->documents.erase(other_scope, manifest->documents.end());
  for (const content::DocumentSpec& spec : manifest->out_of_scope)
    result.out_of_scope.push_back(spec.name);
  std::vector<const content::DocumentSpec*> selected =
      SelectDocuments(*manifest, options_.only, diagnostics, &result.unknown_document);
  if (diagnostics->HasErrors()) return result;
  // Each content file is read and checked once, whatever uses it. A file's
  // mistakes fail the documents that read it; any other mistake before the
  // documents are rendered fails them all.
  DiagnosticList file_problems;
  content::ContentFiles files =
      content::ContentFiles::Load(*manifest, selected, &file_problems, cache);
  const std::set<std::string> failed_files = files.FailedFiles();
  diagnostics->Append(file_problems);
  std::vector<content::ParticipantSecret> secrets =
      KitSecrets(*manifest, selected, files, cache, diagnostics);
  const std::string kit_settings = KitSettings(options_, secrets);
  const PrivacyGuard privacy(std::move(secrets));
  DiagnosticList todo_problems;
  // A TODO mark fails the final documents that read its file, not the drafts.
  const std::set<std::string> unfinished_files =
      ReportTodoMarks(files, options_, selected, privacy, &todo_problems);
  diagnostics->Append(todo_problems);
  const size_t file_errors = file_problems.ErrorCount() + todo_problems.ErrorCount();
  privacy.CheckKitPage(*manifest, diagnostics);

  // The kit's theme, onto which each document's paper and overrides apply.
  layout::Theme kit_theme;
  SourceLocation theme_location{manifest->file, 0, 0};
  std::string theme_dir = options_.content_dir, theme_name = manifest->theme_file;
  if (!options_.theme_file.empty()) {
    fs::path theme_path(options_.theme_file);
    theme_dir = theme_path.has_parent_path() ? theme_path.parent_path().string() : ".";
    theme_name = theme_path.filename().string();
  }
  std::optional<content::ContentValue> theme_source;
  if (!theme_name.empty()) {
    theme_source = ReadTheme(theme_dir, theme_name, cache, diagnostics);
    if (theme_source) {
      ApplyTheme(*theme_source, &kit_theme, diagnostics);
      theme_location = theme_source->location;
    }
  }

  // The output folder is made once, so that a folder that cannot be is one
  // error, not one per document; the documents are then only checked, so
  // that their own mistakes are reported too.
  bool write = options_.write;
  if (std::string error; write && !disk_->CreateFolders(options_.out_dir, &error)) {
    diagnostics->Error({options_.out_dir, 0, 0}, error);
    result.output_failed = true;
    write = false;
  }
  if (write) RemoveAbandonedOutputs(*manifest, options_.out_dir, disk_);

  // Documents are rendered in parallel, each worker with its own fonts and
  // hyphenation caches, leased from the resources the run shares;
  // diagnostics are merged in document order.
  std::optional<KitResources> own_resources;
  KitResources* shared =
      shared_ ? shared_ : &own_resources.emplace(options_.fonts_dir, diagnostics);
  std::vector<std::string> kit_files{manifest->file};
  if (!theme_location.file.empty() && theme_location.file != manifest->file)
    kit_files.push_back(theme_location.file);
  const Inputs inputs{&*manifest,
                      &files,
                      &kit_theme,
                      theme_location,
                      theme_source ? &*theme_source : nullptr,
                      &privacy,
                      write,
                      std::move(kit_files),
                      kit_settings,
                      shared->hasher()};
  // Only a build that writes reads the manifest; one that cannot write (the
  // output folder cannot be made) checks everything.
  const BuildManifest previous =
      write && !options_.force ? ReadManifest(options_.out_dir) : BuildManifest();
  std::vector<Outcome> outcomes(selected.size());
  std::vector<std::optional<KitResources::Lease>> leases(ParallelWorkers(selected.size()));
  ParallelFor(selected.size(), [&](size_t i, size_t worker) {
    if (on_start_) {
      std::lock_guard<std::mutex> lock(progress_);
      on_start_(selected[i]->name, i, selected.size());
    }
    Outcome& outcome = outcomes[i];
    const ManifestEntry* last = previous.Find(selected[i]->name);
    if (last && IsUpToDate(*last, DocumentSettings(kit_settings, *selected[i]), options_.out_dir,
                           shared->hasher())) {
      outcome.up_to_date = UpToDateReport(*selected[i], *last, options_.out_dir);
      for (const Diagnostic& warning : last->warnings) outcome.diagnostics.Add(warning);
      return;
    }
    if (!leases[worker]) leases[worker].emplace(shared->Borrow());
    outcome.rendered = Render(*selected[i], inputs, leases[worker]->get(), &outcome.diagnostics,
                              &outcome.output_failed);
    if (outcome.rendered) {
      // Replayed while the document is not rebuilt. The picture's warning is
      // not: the index page tries again to make a missing picture, and warns
      // only if it still cannot.
      outcome.rendered->made_from.warnings = outcome.diagnostics.items();
      RenderThumbnail(*selected[i], &*outcome.rendered, &outcome.diagnostics);
      outcome.rendered->report.warnings = outcome.diagnostics.items();
    }
  });

  // Each document succeeds or fails on its own, unless the kit itself has a
  // mistake (kit.yaml, the theme, the fonts, the kit's page) or an output
  // could not be written: then nothing is.
  const bool kit_failed = diagnostics->ErrorCount() > file_errors ||
                          (options_.strict && diagnostics->WarningCount() > 0);
  std::vector<RenderedDocument> rendered_documents;
  std::vector<ManifestEntry> written;
  for (size_t i = 0; i < outcomes.size(); ++i) {
    Outcome& outcome = outcomes[i];
    if (options_.strict) outcome.diagnostics.TreatWarningsAsErrors("--strict");
    diagnostics->Append(outcome.diagnostics);
    result.output_failed = result.output_failed || outcome.output_failed;
    const std::vector<std::string>& read = selected[i]->content_files;
    // Not made, and without an error of its own: a mistake it shares with
    // others (a missing font) was reported once, by another document.
    const bool final = !selected[i]->draft;
    const bool failed =
        outcome.diagnostics.HasErrors() || (!outcome.rendered && !outcome.up_to_date) ||
        std::any_of(read.begin(), read.end(), [&](const std::string& file) {
          return failed_files.count(file) || (final && unfinished_files.count(file));
        });
    if (failed) {
      result.failed.push_back(selected[i]->name);
      continue;  // dropped, its temporary file is removed: its last PDF stays
    }
    if (outcome.up_to_date) result.documents.push_back(std::move(*outcome.up_to_date));
    if (outcome.rendered) rendered_documents.push_back(std::move(*outcome.rendered));
  }

  if (options_.strict) diagnostics->TreatWarningsAsErrors("--strict");
  if (kit_failed || result.output_failed || result.failed.size() == selected.size()) {
    result.documents.clear();
    return result;
  }
  std::map<std::string, std::string> thumbnails;
  for (RenderedDocument& d : rendered_documents) {
    if (!d.file) continue;
    written.push_back(d.made_from);
    thumbnails[d.report.name] = std::move(d.thumbnail);
  }
  size_t replaced_before = result.documents.size();
  ReplaceOutputs(std::move(rendered_documents), &result, diagnostics);
  // Only the files actually replaced are recorded; the others rebuild next time.
  written.resize(std::min(written.size(), result.documents.size() - replaced_before));
  if (write) {
    const BuildManifest built = SaveManifest(previous, written, *manifest, diagnostics);
    if (!result.output_failed) {
      const IndexPageInputs index{
          .kit = &*manifest,
          .built = &built,
          .out_dir = options_.out_dir,
          .thumbnails = std::move(thumbnails),
          .render_thumbnail = render_thumbnail_,
          .sources_url = options_.sources_url,
          .kits = options_.index_links,
          .title = options_.index_title,
          .built_at = options_.source_date_epoch.value_or(std::time(nullptr))};
      result.output_failed = !WriteIndexPage(index, disk_, diagnostics);
    }
  }
  // In kit order, whether rebuilt or not.
  auto rank = [&](const DocumentReport& d) {
    return std::find_if(selected.begin(), selected.end(),
                        [&](const content::DocumentSpec* spec) { return spec->name == d.name; }) -
           selected.begin();
  };
  std::stable_sort(
      result.documents.begin(), result.documents.end(),
      [&](const DocumentReport& a, const DocumentReport& b) { return rank(a) < rank(b); });
  return result;
}

BuildManifest KitBuilder::SaveManifest(BuildManifest manifest,
                                       const std::vector<ManifestEntry>& written,
                                       const content::KitManifest& kit,
                                       DiagnosticList* diagnostics) const {
  if (options_.force) manifest = ReadManifest(options_.out_dir);  // keeps the others' entries
  for (const ManifestEntry& entry : written) manifest.Put(entry);
  std::vector<std::string> names;
  for (const content::DocumentSpec& spec : kit.documents) names.push_back(spec.name);
  manifest.KeepOnly(names);
  const std::string path = (fs::path(options_.out_dir) / BuildManifest::kFileName).string();
  std::string json = manifest.ToJson(), error;
  if (ReadFile(path, &error) != json && !WriteFileAtomically(path, json, &error, disk_))
    diagnostics->Warning({path, 0, 0}, error,
                         "the PDFs are in place; the next build renders every document again");
  return manifest;
}

void KitBuilder::ReplaceOutputs(std::vector<RenderedDocument> rendered, KitResult* result,
                                DiagnosticList* diagnostics) const {
  std::set<std::string> folders;
  for (size_t i = 0; i < rendered.size(); ++i) {
    RenderedDocument& d = rendered[i];
    std::string error;
    // The booklet first: a failure then leaves the document as it was.
    if (d.file &&
        ((d.booklet_file && !d.booklet_file->Commit(&error)) || !d.file->Commit(&error))) {
      result->output_failed = true;
      for (size_t j = i; j < rendered.size(); ++j)
        result->not_replaced.push_back(rendered[j].report.output_path);
      auto joined = [](const auto& items, auto path_of) {
        std::string list;
        for (const auto& item : items) list += (list.empty() ? "" : ", ") + path_of(item);
        return list;
      };
      std::string replaced =
          joined(result->documents, [](const DocumentReport& d) { return d.output_path; });
      std::string kept = joined(result->not_replaced, [](const std::string& path) { return path; });
      diagnostics->Error({d.report.output_path, 0, 0}, error,
                         replaced.empty()
                             ? "no file was replaced"
                             : "replaced: " + replaced + "; kept as they were: " + kept);
      return;  // the files left are removed with `rendered`
    }
    if (d.file) folders.insert(fs::path(d.report.output_path).parent_path().string());
    result->documents.push_back(std::move(d.report));
  }
  for (const std::string& folder : folders) {
    std::string error;
    if (!disk_->SyncFolder(folder.empty() ? "." : folder, &error))
      diagnostics->Warning({folder, 0, 0}, error,
                           "the files are in place but may not survive a power cut");
  }
}

std::optional<RenderedDocument> KitBuilder::Render(const content::DocumentSpec& spec,
                                                   const Inputs& inputs, LayoutResources* resources,
                                                   DiagnosticList* diagnostics,
                                                   bool* output_failed) const {
  const Clock::time_point start = Clock::now();
  std::set<std::string> read(inputs.kit_files.begin(), inputs.kit_files.end());
  for (const std::string& file : spec.content_files) read.insert(inputs.manifest->PathOf(file));
  bool ends_with_cover = false;
  std::optional<page::LaidOutDocument> pages =
      LayOut(spec, inputs, resources, &read, &ends_with_cover, diagnostics);
  if (!pages) return std::nullopt;
  std::optional<page::LaidOutDocument> booklet;
  if (inputs.write && WantsBooklet(spec, options_)) {
    Step(spec.name, "booklet");
    booklet = impose::ImposeBooklet(
        *pages, BookletSheet(),
        ends_with_cover ? impose::BlankPages::kBeforeLastPage : impose::BlankPages::kAtEnd);
  }
  read.insert(pages->font_files.begin(), pages->font_files.end());
  for (const page::Page& page : pages->pages) {
    for (const page::PlacedImage& image : page.images) read.insert(image.path);
  }

  Step(spec.name, spec.format == content::OutputFormat::kPdf ? "PDF" : "trace");
  RenderedDocument out;
  out.report.name = spec.name;
  out.report.title = spec.title;
  out.report.output_path = (fs::path(options_.out_dir) / spec.output).string();
  out.report.pages = static_cast<int>(pages->pages.size());
  std::string error;
  const std::unique_ptr<backends::Backend> backend = BackendFor(spec, options_);
  bool written = false;
  if (inputs.write) {
    // Straight to a file: a long document's PDF is never all in memory.
    const std::string& target = out.report.output_path;
    if (!disk_->CreateFolders(fs::path(target).parent_path().string(), &error) ||
        !(out.file = PendingFile::Create(disk_, target, &error))) {
      diagnostics->Error({target, 0, 0}, error);
      *output_failed = true;
      return std::nullopt;
    }
    written = backend->Write(std::move(*pages), out.file.get(), &error, output_failed) &&
              out.file->Close(&error);
    *output_failed = *output_failed || out.file->failed();
    if (written && booklet) {
      // Through the same backend, waiting beside the document to be renamed with it.
      out.report.booklet_path =
          (fs::path(options_.out_dir) / content::BookletOutput(spec.output)).string();
      out.report.booklet_sheets = static_cast<int>(booklet->pages.size() / 2);
      if (!(out.booklet_file = PendingFile::Create(disk_, out.report.booklet_path, &error))) {
        diagnostics->Error({out.report.booklet_path, 0, 0}, error);
        *output_failed = true;
        return std::nullopt;
      }
      written =
          backend->Write(std::move(*booklet), out.booklet_file.get(), &error, output_failed) &&
          out.booklet_file->Close(&error);
      *output_failed = *output_failed || out.booklet_file->failed();
      if (!written && *output_failed) {
        diagnostics->Error({out.report.booklet_path, 0, 0}, error);
        return std::nullopt;
      }
    }
    if (written) {
      // Read back for its fingerprint; a file that cannot be is rebuilt next time.
      std::string unread;
      std::optional<std::string> bytes = ReadFile(out.file->temporary_path(), &unread);
      out.report.bytes = bytes ? bytes->size() : 0;
      out.made_from = {.name = spec.name,
                       .output = spec.output,
                       .output_hash = bytes ? HashOf(*bytes) : std::string(),
                       .settings = DocumentSettings(inputs.kit_settings, spec),
                       .pages = out.report.pages,
                       .bytes = out.report.bytes};
      for (const std::string& path : read)
        out.made_from.inputs[PathInManifest(path)] = inputs.hasher->HashOfFile(path).value_or("");
      // The booklet is recorded as what the document was made with, so that
      // one removed or changed since is made again.
      if (out.booklet_file) {
        std::optional<std::string> booklet_bytes =
            ReadFile(out.booklet_file->temporary_path(), &unread);
        out.made_from.inputs[PathInManifest(out.report.booklet_path)] =
            booklet_bytes ? HashOf(*booklet_bytes) : std::string();
      }
    }
    if (!written && *output_failed) {
      diagnostics->Error({target, 0, 0}, error);
      return std::nullopt;
    }
  } else {
    std::string bytes;  // checked, then dropped
    StringFile file(&bytes);
    written = backend->Write(std::move(*pages), &file, &error);
    out.report.bytes = bytes.size();
  }
  if (!written) {
    diagnostics->Error(spec.location, "cannot produce " + spec.output + ": " + error);
    return std::nullopt;
  }
  out.report.milliseconds = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
  return out;
}

void KitBuilder::RenderThumbnail(const content::DocumentSpec& spec, RenderedDocument* document,
                                 DiagnosticList* diagnostics) const {
  if (!document->file || spec.format != content::OutputFormat::kPdf) return;
  const Clock::time_point start = Clock::now();
  std::string error;
  std::optional<std::string> png =
      render_thumbnail_(document->file->temporary_path(), kThumbnailPixels, &error);
  document->report.milliseconds +=
      std::chrono::duration<double, std::milli>(Clock::now() - start).count();
  if (png)
    document->thumbnail = std::move(*png);
  else
    diagnostics->Warning({document->report.output_path, 0, 0},
                         "its first page cannot be shown on the index page: " + error);
}

void KitBuilder::Step(const std::string& name, const char* step) const {
  if (!on_step_) return;
  std::lock_guard<std::mutex> lock(progress_);
  on_step_(name, step);
}

std::optional<page::LaidOutDocument> KitBuilder::LayOut(
    const content::DocumentSpec& spec, const Inputs& inputs, LayoutResources* resources,
    std::set<std::string>* read, bool* ends_with_cover, DiagnosticList* diagnostics) const {
  // Theme and fonts first: their errors are reported even when the content
  // or the template has some too.
  layout::Theme theme = *inputs.kit_theme;
  ApplyPaper(spec.paper, spec.orientation, &theme);
  ApplyTheme(spec.theme_overrides, &theme, diagnostics);
  const fonts::FamilyFontSet* fonts = resources->Fonts(theme, inputs.theme_location, diagnostics);
  const layout::Hyphenator* hyphenator =
      resources->Hyphenation(theme, inputs.theme_location, diagnostics);
  if (hyphenator) read->insert(theme.hyphenation_dictionary);

  // Each stage's input is let go once the next stage has its output, so
  // that a long document never holds all of them at once.
  std::optional<templates::RenderedText> markdown;
  PrivacyGuard::Found found;  // the secrets already reported
  for (const content::ContentValue* written : {inputs.theme_source, &spec.theme_overrides}) {
    if (written) inputs.privacy->CheckContent(*written, &found, diagnostics);
  }
  ImageMentions image_mentions;
  {
    auto data = content::LoadContentSet(*inputs.manifest, spec, inputs.files, models::KitModels(),
                                        diagnostics);
    if (!data) return std::nullopt;
    inputs.privacy->CheckContent(*data, &found, diagnostics);
    image_mentions = FindImageMentions(*data);
    templates::TemplateRenderer renderer(options_.templates_dir, diagnostics);
    markdown = renderer.Render(spec.template_file, std::move(*data));
    if (!markdown) return std::nullopt;
    read->insert(markdown->files.begin(), markdown->files.end());
  }
  DiagnosticList markup_diagnostics;
  markup::MarkdownReader reader(&markup_diagnostics);
  doc::Document document =
      reader.Read(markdown->markdown, spec.template_file, markdown->line_origins);
  if (document.info.title.empty()) document.info.title = spec.title;
  *ends_with_cover = !document.root->children.empty() &&
                     document.root->children.back()->kind == doc::NodeKind::kCover;
  inputs.privacy->CheckPrinted(document, markdown->markdown, spec.template_file, &found,
                               &markup_diagnostics);
  const ImagePlaces image_places =
      ResolveImages(document.root.get(), options_.content_dir, spec.template_file, image_mentions,
                    &markup_diagnostics);
  AddWithTemplateOrigins(markup_diagnostics, *markdown, spec.template_file, diagnostics);
  if (options_.draft || spec.draft) document.info.watermark = kDraftMark;
  if (!fonts || diagnostics->HasErrors()) return std::nullopt;

  DiagnosticList layout_diagnostics;
  const layout::OptimalLineBreaker line_breaker;
  const layout::PageComposer composer(&line_breaker);
  Step(spec.name, "layout");
  page::LaidOutDocument pages =
      composer.Compose(document, theme, *fonts, hyphenator, &layout_diagnostics);
  document.root.reset();
  WarnAboutBlurredImages(pages, image_places, &layout_diagnostics);
  if (options_.print_marks || spec.print_marks) layout::AddPrintMarks(theme.page.bleed, &pages);
  AddWithTemplateOrigins(layout_diagnostics, *markdown, spec.template_file, diagnostics);
  inputs.privacy->CheckDrawn(pages, spec.location, found, diagnostics);
  if (diagnostics->HasErrors()) return std::nullopt;
  return pages;
}

}  // namespace coopkit::kit
