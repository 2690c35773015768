// Participants' personal data in the report. report.yaml lists who came:
//
//   participants:
//     - {name: Camille Martin, organisation: AGEC & Co,
//        email: camille@example.org, consent: true}
//
// Without consent (`consent: true`, unquoted) a person is counted but never
// named, and an e-mail address is never printed, consent or not. So before
// any template sees the content, `participants` is replaced by what may be
// printed, and nothing else of the person survives:
//
//   participants_count: 12
//   participants_named: [{name, organisation}]   # consenting people only
//
// and every other text of the document is checked for what must not appear
// anywhere: a non-consenting participant's name or a participant's e-mail.
#pragma once

#include "base/diagnostic.h"
#include "content/content_value.h"

namespace coopkit::content {

/// Replaces `report.participants` in `data`, a document's merged content, as
/// described above, and reports each text of `data` that holds the name of
/// a participant without consent or a participant's e-mail address.
/// Nothing happens when `data` has no `report` map.
void ProtectParticipants(ContentValue* data, DiagnosticList* diagnostics);

}  // namespace coopkit::content
