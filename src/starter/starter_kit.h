// `coopkit new kit DIR`: a complete, neutral kit for another organisation,
// which builds at once and says in its comments what to change. Its files
// are plain files of the repository, `<templates>/starter-kit/`, read at run
// time so that a kit's maintainers edit them as they edit templates. Its
// schemas are not copied there: they are those of the shipped kit,
// `<templates>/../content/schemas/`, one for each content file the starter's
// kit.yaml names, so that the shapes of content files have one source. With
// an export of the forum's site, its event.yaml is that export imported, as
// `coopkit import` writes it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "base/disk.h"

namespace coopkit::starter {

struct StarterKitOptions {
  std::string folder;         // the kit to make; must not exist
  std::string templates_dir;  // holds starter-kit/, beside the shipped content/
  std::string export_file;    // a forum export for event.yaml, or empty
};

/// One file of a new kit: its path inside the kit's folder, and its text.
struct StarterFile {
  std::string path;  // "guide/01-utiliser-ce-kit.md", "schemas/event.yaml"
  std::string text;
};

/// The files of the new kit, sorted by path, or nullopt after errors (a
/// missing starter folder or schema, an export that cannot be imported).
std::optional<std::vector<StarterFile>> StarterKitFiles(const StarterKitOptions& options,
                                                        DiagnosticList* diagnostics);

/// Writes the new kit into `options.folder`, which it creates. Never writes
/// into a folder or over a file that is already there: that is an error.
/// Returns the number of files written, or nullopt after errors;
/// `output_failed` (when given) is set when a file could not be written.
std::optional<size_t> WriteStarterKit(const StarterKitOptions& options, DiagnosticList* diagnostics,
                                      Disk* disk = SystemDisk(), bool* output_failed = nullptr);

}  // namespace coopkit::starter
