// The kit manifest, content/kit.yaml: the kit's title and theme and the list
// of documents to build, each with its template, content files, output file
// and paper. Loading checks everything it can before any document is built:
// names, enum values, uniqueness and that every referenced file exists.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "content/content_value.h"

namespace coopkit::content {

enum class Paper { kA4, kA5, kA3, kLetter };
enum class Orientation { kPortrait, kLandscape };
/// The file a document is written as: its backend (src/backends).
enum class OutputFormat { kPdf, kTrace };

/// "A4", "A5", "A3", "Letter": as written in kit.yaml.
const char* PaperName(Paper paper);
/// "pdf", "trace": as written in kit.yaml.
const char* FormatName(OutputFormat format);
/// The file a booklet of a document written as `output` is written as:
/// guide.pdf → guide-livret.pdf.
std::string BookletOutput(const std::string& output);
/// "portrait", "landscape".
const char* OrientationName(Orientation orientation);

/// Which runs build a document (kit.yaml's `scope:`).
enum class DocumentScope {
  /// A contribution's handout: built by `build`, and by `build --batch` once
  /// for each contribution of the forum, from that contribution's event.
  kContribution,
  /// This workshop's own (its guide, its report): built by `build` only.
  kWorkshop,
  /// The forum's (its programme): built by `build --batch` only, once, from
  /// every contribution whose authors agreed to publication.
  kForum,
};
/// "contribution", "workshop", "forum".
const char* ScopeName(DocumentScope scope);

/// The content file `build --batch` writes for forum documents: the
/// programme of every published contribution. It is not in the content folder.
inline constexpr const char* kProgrammeContentFile = "programme.yaml";

struct DocumentSpec {
  std::string name;  // [a-z0-9-]+, unique in the kit
  std::string title;
  std::string template_file;               // relative to the templates folder
  std::vector<std::string> content_files;  // relative to the content folder
  OutputFormat format = OutputFormat::kPdf;
  std::string output;  // file name in the output folder, ends in .pdf (.trace for a trace)
  Paper paper = Paper::kA4;
  Orientation orientation = Orientation::kPortrait;
  ContentValue theme_overrides;  // a map of theme keys, or null when none
  /// `draft: true`: built with its TODO marks as warnings and « BROUILLON »
  /// on every page, as `build --draft` does for every document.
  bool draft = false;
  /// `booklet: true`: also written imposed as a booklet (NAME-livret.pdf
  /// beside NAME.pdf), as `build --booklet` does for every A5 document.
  /// Only an A5 portrait document can be: its pages go two-up on A4.
  bool booklet = false;
  /// `pdfa: true`: written as PDF/A-1b, for archiving (a PDF only).
  bool pdfa = false;
  /// `print_marks: true`: built for a print shop, with a bleed and crop
  /// marks, as `build --print-marks` does for every document.
  bool print_marks = false;
  DocumentScope scope = DocumentScope::kContribution;
  SourceLocation location;  // the document's entry in kit.yaml
};

struct KitManifest {
  std::string content_dir;
  std::string templates_dir;
  std::string file;  // the manifest's own path, for messages
  std::string title;
  std::string theme_file;  // relative to the content folder; empty for the default theme
  ContentValue kit;        // the `kit:` map as written, for templates
  std::vector<DocumentSpec> documents;
  /// The documents written `enabled: false`: neither built nor checked.
  std::vector<DocumentSpec> switched_off;
  /// The documents of scopes this run does not build (set by the builder).
  std::vector<DocumentSpec> out_of_scope;
  /// Content files this run reads from elsewhere than the content folder
  /// (a batch's contribution event), by their name in kit.yaml.
  std::map<std::string, std::string> files_elsewhere;

  /// Where the content file `name` (as kit.yaml writes it) is read from.
  std::string PathOf(const std::string& name) const;
};

/// Loads `content_dir`/kit.yaml; templates are looked up in `templates_dir`.
/// nullopt after any error, all of them in `diagnostics`.
std::optional<KitManifest> LoadKitManifest(const std::string& content_dir,
                                           const std::string& templates_dir,
                                           DiagnosticList* diagnostics);

}  // namespace coopkit::content
