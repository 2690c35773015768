#include "forum_import/contribution_importer.h"

#include <filesystem>
#include <set>

#include "base/file_io.h"
#include "base/pending_file.h"
#include "forum_import/contribution_export.h"
#include "forum_import/event_content.h"
#include "forum_import/export_text.h"

namespace coopkit::forum_import {
namespace {

// How every file EventContentYaml writes begins.
constexpr std::string_view kImportHeading = "# The contribution « ";

std::string TargetOf(const std::string& export_file, const std::string& content_dir,
                     size_t export_count) {
  std::filesystem::path folder(content_dir);
  if (export_count == 1) return (folder / "event.yaml").string();
  return (folder / std::filesystem::path(export_file).stem()).string() + ".yaml";
}
}  // namespace

std::optional<std::string> ImportedEventContent(const std::string& export_file,
                                                DiagnosticList* diagnostics,
                                                MissingLabels missing) {
  std::string error;
  std::optional<std::string> bytes = ReadFile(export_file, &error);
  if (!bytes) {
    diagnostics->Error({export_file, 0, 0}, "cannot read " + export_file + ": " + error);
    return std::nullopt;
  }
  std::optional<std::string> text = DecodeExportText(*bytes, export_file, diagnostics);
  if (!text) return std::nullopt;
  std::optional<ContributionExport> contribution =
      ParseContributionExport(*text, export_file, KnownExportLabels(), diagnostics);
  if (!contribution) return std::nullopt;
  return EventContentYaml(*contribution, std::filesystem::path(export_file).filename().string(),
                          diagnostics, missing);
}

ImportOutcome ImportContributions(const std::vector<std::string>& export_files,
                                  const std::string& content_dir, bool replace,
                                  DiagnosticList* diagnostics, Disk* disk) {
  ImportOutcome outcome;
  std::set<std::string> targets;
  for (const std::string& export_file : export_files) {
    const std::string target = TargetOf(export_file, content_dir, export_files.size());
    if (!targets.insert(target).second) {
      diagnostics->Error({export_file, 0, 0},
                         "another export of this run is also named " +
                             std::filesystem::path(export_file).filename().string() +
                             ": both would be written to " + target,
                         "rename one of them");
      continue;
    }
    std::optional<std::string> yaml = ImportedEventContent(export_file, diagnostics);
    if (!yaml) continue;
    std::string error;
    std::error_code unknown;
    if (std::filesystem::exists(std::filesystem::symlink_status(target, unknown))) {
      std::optional<std::string> current = ReadFile(target, &error);
      if (!current) {
        diagnostics->Error({target, 0, 0}, "cannot read " + target + ": " + error,
                           "import writes a file there only once it could compare it");
        continue;
      }
      if (*current == *yaml) {
        outcome.unchanged.push_back(target);
        continue;
      }
      // kit.yaml, theme.yaml or a chapter: never replaced, even with --force.
      if (!current->starts_with(kImportHeading)) {
        diagnostics->Error({target, 0, 0},
                           target + " was not written by coopkit import: it is kept",
                           "move it away first, or import with --content DIR");
        continue;
      }
      if (!replace) {
        diagnostics->Error({target, 0, 0},
                           target +
                               " already exists and differs from what the export gives; "
                               "it may hold edits made by hand, so it is kept",
                           "add --force to replace it, or --content DIR to write elsewhere");
        continue;
      }
    }
    if (!disk->CreateFolders(content_dir, &error) ||
        !WriteFileAtomically(target, *yaml, &error, disk)) {
      diagnostics->Error({target, 0, 0}, "cannot write " + target + ": " + error);
      outcome.output_failed = true;
      continue;
    }
    outcome.written.push_back(target);
  }
  return outcome;
}

}  // namespace coopkit::forum_import
