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

/// event.yaml's text for `contribution`, read from the export file named
/// `source_name` (named in the file's heading comment). Unknown labels,
/// empty values and missing labels are warnings at their place.
std::string EventContentYaml(const ContributionExport& contribution, const std::string& source_name,
                             DiagnosticList* diagnostics);

}  // namespace coopkit::forum_import
