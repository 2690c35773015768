// The data one document's template sees: the top-level keys of the
// document's content files merged into one map, plus `kit` (the manifest's
// kit map), `document` (its name, title, paper...) and, beside every field
// holding an ISO date (`date: 2026-11-26`), the same date in French prose
// under the key with `_fr` appended (`date_fr: 26 novembre 2026`).
// The document models given (content_model.h) check their parts and add the
// views their templates need, and a report's participants are reduced to
// what may be printed (participant_privacy.h) before any template sees them.
#pragma once

#include <optional>
#include <string>

#include "base/diagnostic.h"
#include "content/content_files.h"
#include "content/content_model.h"
#include "content/content_value.h"
#include "content/kit_manifest.h"
#include "content/yaml_loader.h"

namespace coopkit::content {

/// Loads and merges `document`'s content files, checking each `X.yaml`
/// against `schemas/X.yaml` when that exists, then running each of `models`
/// that owns one of the merged content's keys.
/// nullopt after any error, all of them in `diagnostics`.
std::optional<ContentValue> LoadContentSet(const KitManifest& manifest,
                                           const DocumentSpec& document,
                                           const ContentModels& models,
                                           DiagnosticList* diagnostics);

/// The same from files already read (and checked) once for the whole kit,
/// taking from `files` each file `document` names; problems of the files
/// themselves were reported when they were read.
std::optional<ContentValue> LoadContentSet(const KitManifest& manifest,
                                           const DocumentSpec& document, ContentFiles* files,
                                           const ContentModels& models,
                                           DiagnosticList* diagnostics);

/// Checks `root`, read as the content file kit.yaml names `name`: a map (or
/// empty), valid against `schemas/<name>` in `loader`'s folder when there is
/// one (a warning when not). False after errors, all in `diagnostics`.
/// With a `cache`, the schema is read once for every caller.
bool CheckContentFile(YamlLoader* loader, const std::string& name, const ContentValue& root,
                      DiagnosticList* diagnostics, ContentFileCache* cache = nullptr);

/// Adds `<key>_fr` beside each `<key>` holding a valid ISO date, at any
/// depth, unless the map already has one.
void AddFrenchDates(ContentValue* value);

}  // namespace coopkit::content
