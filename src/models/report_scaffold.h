// `coopkit new report`: the first version of content/report.yaml, written
// from what the kit already knows about the workshop. event.yaml gives the
// title, date, place (or forum.yaml), organisers, partners and one section per part of the
// agenda; evaluation.yaml gives one result per question of the evaluation
// form, so that the paper forms' answers have their place. Every place a
// person must fill in holds a TODO mark (todo_mark.h). Participants start
// without consent, and no e-mail address is asked for.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "base/disk.h"
#include "content/content_value.h"
#include "models/evaluation_question.h"

namespace coopkit::models {

/// The text of a new report.yaml. `event` is event.yaml's `event:` map and
/// `forum` forum.yaml's `forum:` map (the workshop's place, when the forum
/// gives one); what they lack becomes a TODO mark.
std::string ReportScaffold(const content::ContentValue& event, const content::ContentValue& forum,
                           const std::vector<EvaluationQuestion>& questions);

/// Writes `content_dir`/report.yaml from its event.yaml and, when there is
/// one, evaluation.yaml. Never overwrites a file: one already there is an
/// error. Returns the path written, or nullopt after errors; `output_failed`
/// (when given) is set when the file could not be written.
std::optional<std::string> WriteReportScaffold(const std::string& content_dir,
                                               DiagnosticList* diagnostics,
                                               Disk* disk = SystemDisk(),
                                               bool* output_failed = nullptr);

}  // namespace coopkit::models
