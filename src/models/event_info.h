// The rules of event.yaml's `event:` map that its schema
// (content/schemas/event.yaml) cannot express. The schema checks the keys,
// their kinds and their dates; this checks what is left, so that no problem
// is reported twice.
#pragma once

#include "base/diagnostic.h"
#include "content/content_value.h"

namespace coopkit::models {

/// Reports a `postcode` that is not five digits. Absent, empty or mistyped
/// fields are left to the schema.
void CheckEventRules(const content::ContentValue& event, DiagnosticList* diagnostics);

/// Adds the views a one-line template needs, where there is something to
/// show: `partner_names` (« iesMEd, e-graine… ») beside `partners`,
/// `items_text` in each group of `themes` and `theme_names`, every theme of
/// every group, beside it. Values of other shapes are left
/// as they are.
void AddEventViews(content::ContentValue* event);

}  // namespace coopkit::models
