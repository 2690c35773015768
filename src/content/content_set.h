// The data one document's template sees: the top-level keys of the
// document's content files merged into one map, plus `kit` (the manifest's
// kit map), `document` (its name, title, paper...) and, beside every field
// holding an ISO date (`date: 2026-11-26`), the same date in French prose
// under the key with `_fr` appended (`date_fr: 26 novembre 2026`).
#pragma once

#include <optional>

#include "base/diagnostic.h"
#include "content/content_value.h"
#include "content/kit_manifest.h"

namespace coopkit::content {

/// Loads and merges `document`'s content files, checking each `X.yaml`
/// against `schemas/X.yaml` when that exists, and `event` when present.
/// nullopt after any error, all of them in `diagnostics`.
std::optional<ContentValue> LoadContentSet(const KitManifest& manifest,
                                           const DocumentSpec& document,
                                           DiagnosticList* diagnostics);

/// Adds `<key>_fr` beside each `<key>` holding a valid ISO date, at any
/// depth, unless the map already has one.
void AddFrenchDates(ContentValue* value);

}  // namespace coopkit::content
