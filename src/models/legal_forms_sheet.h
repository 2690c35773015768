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

#include <string>

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

/// How the sheet uses its paper. On A4, the synopsis is on the facing pages
/// `synopsis_pages` lists and each card has a page in two columns; an A3
/// page, twice as large, holds every form side by side, and two cards in
/// three columns (a measure the eye can follow on the wider page).
struct SheetLayout {
  bool synopsis_on_one_page = false;
  int cards_per_page = 1;  // at least 1
  int card_columns = 2;
};

/// The layout for a document printed on `paper` (kit.yaml's `paper:`, as
/// `document.paper` gives it).
SheetLayout SheetLayoutFor(const std::string& paper);

/// Adds the views the templates walk:
///   forms[].cells        its facts in criterion order: {criterion, summary,
///                        text, sources}
///   forms[].new_page     whether its card starts a page
///   card_columns         the columns a card is set in
///   groups[].forms       the forms of each group, in form order
///   synopsis             one item a page: {first, last, forms: [{short}],
///                        rows: [{label, cells: [{summary}]}]}, for the
///                        criteria not marked `synopsis: false`; its pages
///                        are those of `synopsis_pages`, or one page with
///                        their forms in that order
/// REQUIRES: CheckLegalFormsSheet reported no error.
void AddLegalFormsViews(content::ContentValue* sheet, const SheetLayout& layout);

}  // namespace coopkit::models
