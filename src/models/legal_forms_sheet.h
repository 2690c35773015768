// The rules of the comparison sheet's `legal_forms` map that its schema
// (content/schemas/legal-forms.yaml) cannot express, and the two views of
// its facts that the template walks. Content is written form by form:
//
//   forms:
//     - id: scic
//       facts:
//         objet: {text: "Production de biens…", sources: [cerema-scic]}
//
// A mustache template cannot look a fact up by criterion, so each criterion
// gets `cells` (its fact in every form, in form order: one table row when
// criteria are rows) and each form gets `cells` (its facts in criterion
// order: one row when forms are rows).
#pragma once

#include "base/diagnostic.h"
#include "content/content_value.h"

namespace coopkit::models {

/// Reports a form that lacks a declared criterion (at its `facts`), a fact
/// for an undeclared criterion or citing an undeclared source (with a
/// did-you-mean hint), a fact without text or sources, and an id declared
/// twice. Values of the wrong kind are left to the schema.
void CheckLegalFormsSheet(const content::ContentValue& sheet, DiagnosticList* diagnostics);

/// Adds the `cells` lists described above.
/// REQUIRES: CheckLegalFormsSheet reported no error.
void AddLegalFormsCells(content::ContentValue* sheet);

}  // namespace coopkit::models
