// What a forum export says, written as the kit's event content
// (content/event.yaml): each label of the export mapped to its key, lists
// split on commas, « Oui »/« Non » as booleans, numbered lines as a list,
// and a comment beside each value naming the label it came from. Labels it
// does not know are kept under `other:` and reported; nothing is dropped
// and nothing is invented (what the export lacks is reported, not filled
// in).
#pragma once

#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "forum_import/contribution_export.h"

namespace coopkit::forum_import {

/// The labels of the export format that this writer maps to keys, folded
/// (FoldedLabel): ParseContributionExport accepts them with a plain space
/// before their colon too.
const std::vector<std::string>& KnownExportLabels();

/// What a label the kit needs (« Organisation porteuse », « Ville »…) is
/// when the export lacks it: a warning when the YAML is written to be
/// completed by hand (`coopkit import`), an error when a kit is built from
/// it at once (`build --batch`).
enum class MissingLabels { kWarning, kError };

/// event.yaml's text for `contribution`, read from the export file named
/// `source_name` (named in the file's heading comment). Unknown labels,
/// empty values and missing labels are warnings at their place (missing
/// labels errors with MissingLabels::kError); a missing agreement to
/// publication is always a warning.
std::string EventContentYaml(const ContributionExport& contribution, const std::string& source_name,
                             DiagnosticList* diagnostics,
                             MissingLabels missing = MissingLabels::kWarning);

}  // namespace coopkit::forum_import
