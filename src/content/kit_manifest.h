// The kit manifest, content/kit.yaml: the kit's title and theme and the list
// of documents to build, each with its template, content files, output file
// and paper. Loading checks everything it can before any document is built:
// names, enum values, uniqueness and that every referenced file exists.
#pragma once

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
/// "portrait", "landscape".
const char* OrientationName(Orientation orientation);

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
};

/// Loads `content_dir`/kit.yaml; templates are looked up in `templates_dir`.
/// nullopt after any error, all of them in `diagnostics`.
std::optional<KitManifest> LoadKitManifest(const std::string& content_dir,
                                           const std::string& templates_dir,
                                           DiagnosticList* diagnostics);

}  // namespace coopkit::content
