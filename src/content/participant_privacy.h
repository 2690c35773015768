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
// What must then appear nowhere — a non-consenting participant's name, a
// participant's e-mail — is listed by ListParticipantSecrets, for the kit to
// check every document's content and printed text against
// (kit/privacy_guard.h).
#pragma once

#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "content/content_value.h"

namespace coopkit::content {

/// The name `coopkit new report` writes for a participant still to list.
inline constexpr const char* kParticipantNameBlank = "TODO: prénom et nom";

/// Something about a participant that no document may print.
struct ParticipantSecret {
  std::string text;          // a name, or an e-mail address
  SourceLocation listed_at;  // in the participants list
  bool is_email = false;
};

/// The secrets of `root`'s `report.participants`, `root` being a content
/// file or a document's merged content: the name of each participant
/// without consent (`consent: true`, unquoted), everyone's e-mail address.
/// A TODO mark is no secret, but the name written after its note is
/// (« TODO orthographe ? Sam Secret » is Sam Secret), unless it is the blank
/// `coopkit new` writes. Empty when there is no such list.
std::vector<ParticipantSecret> ListParticipantSecrets(const ContentValue& root);

/// Replaces `report.participants` in `data`, a document's merged content, as
/// described above. Nothing happens when `data` has no `report` map.
void ProtectParticipants(ContentValue* data);

}  // namespace coopkit::content
