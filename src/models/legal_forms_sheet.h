// The comparison of legal forms (`legal_forms:`, content/legal-forms.yaml):
// the rules its schema (content/schemas/legal-forms.yaml) cannot express,
// and the views of its facts that the sheet's and the guide's templates walk.
// Content is written form by form, each fact once:
//
//   criteria: [{id: objet, label: Objet}, {id: reference, label: …, synopsis: false}]
//   groups:   [{id: employer, title: Employer ensemble}]
//   synopsis_pages: [[ge, scic], [gie, ptce]]
//   forms:
//     - id: scic
//       group: employer
//       facts:
//         objet: {summary: "Biens et services d'intérêt collectif",
//                 text: "Production ou fourniture de biens…", sources: [cerema-scic]}
//
// The `summary` is what the synopsis prints (kMaxSummaryWords at most); the
// `text`, with its sources, is what the form's card and the guide print. So
// the sheet and the guide state every fact from the same words.
#pragma once

#include "base/diagnostic.h"
#include "content/content_schema.h"
#include "content/content_value.h"

namespace coopkit::models {

/// The most words a synopsis cell may hold: one glance, key figures first.
inline constexpr int kMaxSummaryWords = 20;

/// What the code below relies on, checked first whatever schema the kit has
/// (a kit may edit, rename or drop content/schemas/legal-forms.yaml): the
/// lists of criteria and forms, their ids and labels, the groups' ids.
const content::ContentSchema& LegalFormsShape();

/// Reports a form that lacks a declared criterion (at its `facts`), a fact
/// for an undeclared criterion or citing an undeclared source (with a
/// did-you-mean hint), a fact without text, summary or sources, a summary
/// over kMaxSummaryWords, a form in an undeclared group, on no synopsis page
/// or on two, and an id declared twice; warns about a source no fact cites.
/// Values of the wrong kind are LegalFormsShape()'s and the schema's to report.
void CheckLegalFormsSheet(const content::ContentValue& sheet, DiagnosticList* diagnostics);

/// Adds the views the templates walk:
///   forms[].cells        its facts in criterion order: {criterion, summary,
///                        text, sources}
///   groups[].forms       the forms of each group, in form order
///   synopsis             one item a page: {first, last, forms: [{short}],
///                        rows: [{label, cells: [{summary}]}]}, for the
///                        criteria not marked `synopsis: false`
/// REQUIRES: CheckLegalFormsSheet reported no error.
void AddLegalFormsViews(content::ContentValue* sheet);

}  // namespace coopkit::models
