// The questions of the evaluation form, content/evaluation.yaml, and the
// answers to them counted in the report. One list of questions makes both
// the printed fiche d'évaluation and the report's results, so that every box
// ticked on paper has exactly one place in report.yaml:
//
//   evaluation:                          # evaluation.yaml
//     questions:
//       - {id: utilite, text: "…", type: scale,
//          scale: {min: 1, max: 5, labels: {1: Pas du tout, 5: Tout à fait}}}
//       - {id: format, text: "…", type: choice, choices: [Trop court, Adapté]}
//       - {id: idees, text: "…", type: open, lines: 4}
//
//   report:                              # report.yaml
//     evaluation:
//       results:
//         - {question: utilite, counts: {1: 0, 2: 1, 3: 4, 4: 9, 5: 6}}
//         - {question: format, counts: {Trop court: 3, Adapté: 17}}
//         - {question: idees, answers: ["…", "…"]}
//
// The schemas check keys and kinds; this checks what they cannot (unique
// ids, a scale's bounds, counts that match the question's answers) and adds
// what templates need, since mustache cannot join two lists.
#pragma once

#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "content/content_value.h"

namespace coopkit::models {

struct EvaluationQuestion {
  enum class Type { kScale, kChoice, kOpen };

  /// One box to tick: `key` is how report.yaml counts it ("4", "Adapté"),
  /// `label` how documents show it ("4", "5 – Tout à fait", "Adapté").
  struct Answer {
    std::string key;
    std::string label;
  };

  std::string id;
  std::string text;
  Type type = Type::kOpen;
  std::vector<Answer> answers;  // empty for open questions
  bool multiple = false;        // choice questions: several boxes may be ticked
  int writing_lines = 0;        // open questions: ruled lines on the form
  SourceLocation location;      // the question's map in evaluation.yaml
};

/// Reads evaluation.yaml's `evaluation:` map. Reports duplicate ids, a
/// scale without bounds or with labels outside them, a choice question
/// without choices, and options that do not fit the type. Mistyped or
/// missing fields are left to the schema; such questions are skipped.
std::vector<EvaluationQuestion> ReadEvaluationQuestions(const content::ContentValue& evaluation,
                                                        DiagnosticList* diagnostics);

/// Adds to each question map of `evaluation` what the form's template
/// needs: `number` (1, 2…), `is_scale` / `is_choice` / `is_open`,
/// `multiple`, `answers: [{key, label}]` and, for open questions,
/// `writing_lines` (how many ruled lines).
void AddQuestionViews(const std::vector<EvaluationQuestion>& questions,
                      content::ContentValue* evaluation);

/// Checks report.yaml's `evaluation.results` against the questions and adds
/// to each result what the report's template needs: `number`, `text`, the
/// `is_*` and `multiple` flags, `rows: [{label, count}]` in the form's
/// order, `total` and, for scales, `scale_max` and `average` written the
/// French way ("4,2"; "–" without answers). A count still
/// marked TODO counts as 0 (drafts render; the mark itself is reported
/// elsewhere). Warns about questions without results.
void JoinEvaluationResults(const std::vector<EvaluationQuestion>& questions,
                           content::ContentValue* report_evaluation, DiagnosticList* diagnostics);

}  // namespace coopkit::models
