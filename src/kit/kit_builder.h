// Builds a kit: for each document of the manifest, content → template →
// Markdown → document tree → pages → PDF. A document whose inputs did not
// change since the build recorded in the output folder's build manifest
// (kit/build_manifest.h) is neither rendered nor rewritten. Each PDF is written to a
// temporary file beside its output and flushed to disk; once every one of
// them is complete, those free of errors (their own, and those of the
// content files they read) are renamed into place and the others removed;
// a mistake of the kit itself (kit.yaml, the theme, a font) or a failed
// write replaces nothing. A booklet (`booklet: true`, `--booklet`) is its
// document's pages imposed (impose/booklet_imposition.h), written beside it
// as NAME-livret.pdf the same way and renamed with it. Files go through a Disk, so that
// tests inject a full disk or a failed rename. TODO marks
// left in the selected documents' content (content/todo_mark.h) are warnings
// when checking or drafting, errors otherwise; a draft's pages are marked
// « BROUILLON ».
#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "base/content_hash.h"
#include "base/diagnostic.h"
#include "base/disk.h"
#include "base/pending_file.h"
#include "content/content_files.h"
#include "content/kit_manifest.h"
#include "kit/build_manifest.h"
#include "kit/first_page_thumbnail.h"
#include "kit/kit_options.h"
#include "kit/kit_resources.h"
#include "kit/layout_resources.h"
#include "kit/privacy_guard.h"
#include "layout/theme.h"
#include "page/page.h"

namespace coopkit::kit {

struct DocumentReport {
  std::string name;
  std::string title;
  std::string output_path;
  /// Its booklet (`booklet: true`, `--booklet`), when this build wrote one.
  std::string booklet_path;
  int booklet_sheets = 0;  // A4 sheets printed on both sides
  int pages = 0;
  size_t bytes = 0;
  double milliseconds = 0;  // time to render this document
  /// False when its inputs had not changed: its file was left as it was.
  bool rebuilt = true;
  std::vector<Diagnostic> warnings;  // its own, given again when not rebuilt
};

struct KitResult {
  /// The documents rendered or found up to date; when writing, those whose
  /// file was replaced or kept because up to date.
  std::vector<DocumentReport> documents;
  /// The documents with errors of their own, in kit order.
  std::vector<std::string> failed;
  /// When writing failed after some files were replaced, the outputs that
  /// kept their previous version.
  std::vector<std::string> not_replaced;
  bool output_failed = false;             // an error came from writing files, not from input
  bool unknown_document = false;          // --only named a document the kit does not build
  std::vector<std::string> switched_off;  // the documents written `enabled: false`
  /// The documents of scopes this run does not build (kit.yaml's `scope:`).
  std::vector<std::string> out_of_scope;
};

/// One document rendered: when writing, its PDF waits, complete and flushed,
/// in a temporary file.
struct RenderedDocument {
  DocumentReport report;
  std::unique_ptr<PendingFile> file;
  std::unique_ptr<PendingFile> booklet_file;  // its booklet, when it has one
  ManifestEntry made_from;                    // what the build manifest records of it once written
  std::string thumbnail;  // its first page as PNG, for the index page; empty when none
};

class KitBuilder {
 public:
  using StartCallback = std::function<void(const std::string& name, size_t index, size_t count)>;
  using StepCallback = std::function<void(const std::string& name, const char* step)>;

  explicit KitBuilder(KitOptions options, Disk* disk = SystemDisk());

  /// Called before each document is rendered, for progress display.
  void OnDocumentStarted(StartCallback callback) { on_start_ = std::move(callback); }
  /// Called as a document reaches each step of its rendering ("layout",
  /// "PDF"), for progress display on long documents. Callbacks are never
  /// called from two threads at once.
  void OnStep(StepCallback callback) { on_step_ = std::move(callback); }

  /// Builds with `resources`, which other kits of the run share, instead of
  /// loading its own fonts, hyphenation patterns and content folder's files.
  /// REQUIRES: `resources` is for options.fonts_dir and outlives Build().
  void ShareResources(KitResources* resources) { shared_ = resources; }

  /// Renders the first pages of the index page with `renderer` instead of
  /// FirstPageThumbnail.
  void RenderThumbnailsWith(ThumbnailRenderer renderer) { render_thumbnail_ = std::move(renderer); }

  /// Renders (and, if options.write, writes) the selected documents. Errors
  /// and warnings go to `diagnostics`; a document with errors is not
  /// written (KitResult::failed), nor any when the kit itself has one.
  KitResult Build(DiagnosticList* diagnostics);

 private:
  // What every document of a run shares, read-only.
  struct Inputs {
    const content::KitManifest* manifest;
    content::ContentFiles* files;  // taken by each document (thread-safe)
    const layout::Theme* kit_theme;
    SourceLocation theme_location;
    const content::ContentValue* theme_source;  // the kit's theme as written; null for none
    const PrivacyGuard* privacy;
    bool write;  // PDFs go to files; false when checking, or when out/ cannot be made
    std::vector<std::string> kit_files;  // read by every document: kit.yaml, the theme
    std::string kit_settings;            // what else the build manifest compares
    FileHasher* hasher;
  };

  /// Content → template → Markdown → pages → PDF for one document. Sets
  /// `output_failed` when the PDF could not be written.
  std::optional<RenderedDocument> Render(const content::DocumentSpec& spec, const Inputs& inputs,
                                         LayoutResources* resources, DiagnosticList* diagnostics,
                                         bool* output_failed) const;

  /// Renders the first page of `document`, a PDF waiting in its temporary
  /// file, for the index page; a warning when it cannot.
  void RenderThumbnail(const content::DocumentSpec& spec, RenderedDocument* document,
                       DiagnosticList* diagnostics) const;
  void Step(const std::string& name, const char* step) const;

  /// The document's pages, from its content and template; adds the files
  /// read to make them to `read`, and tells whether its last page is a
  /// cover (a back cover, which a booklet keeps outside).
  std::optional<page::LaidOutDocument> LayOut(const content::DocumentSpec& spec,
                                              const Inputs& inputs, LayoutResources* resources,
                                              std::set<std::string>* read, bool* ends_with_cover,
                                              DiagnosticList* diagnostics) const;

  /// Writes the build manifest, with `written`'s entries and only the
  /// documents of `kit`, if it changed; a failure is a warning (the next
  /// build renders everything). Returns the manifest, written or not.
  BuildManifest SaveManifest(BuildManifest manifest, const std::vector<ManifestEntry>& written,
                             const content::KitManifest& kit, DiagnosticList* diagnostics) const;

  /// Renames every rendered document's file into place, stopping at the first
  /// failure; reports what was and was not replaced.
  void ReplaceOutputs(std::vector<RenderedDocument> rendered, KitResult* result,
                      DiagnosticList* diagnostics) const;

  KitOptions options_;
  Disk* disk_;
  StartCallback on_start_;
  StepCallback on_step_;
  ThumbnailRenderer render_thumbnail_ = FirstPageThumbnail;
  KitResources* shared_ = nullptr;  // null: each Build() loads its own
  mutable std::mutex progress_;     // taken around every callback
};

}  // namespace coopkit::kit
