#include "content/participant_privacy.h"

#include <algorithm>
#include <string>
#include <vector>

#include "content/todo_mark.h"

namespace coopkit::content {
namespace {

// Something about a participant that no document may print.
struct Secret {
  std::string text;
  SourceLocation written_at;  // in the participants list
  bool is_email = false;
};

void CheckNoSecretIn(const ContentValue& value, const std::vector<Secret>& secrets,
                     DiagnosticList* diagnostics) {
  if (value.IsScalar()) {
    for (const Secret& secret : secrets) {
      if (value.scalar.find(secret.text) == std::string::npos) continue;
      std::string listed = "participant listed at " + secret.written_at.file + ":" +
                           std::to_string(secret.written_at.line);
      if (secret.is_email) {
        diagnostics->Error(value.location,
                           "this text holds a participant's e-mail address, which is never printed",
                           "remove '" + secret.text + "' (" + listed + ")");
      } else {
        diagnostics->Error(value.location,
                           "this text names " + secret.text + ", who did not consent to be named",
                           "remove the name, or record their consent (" + listed + ")");
      }
    }
  }
  for (const ContentValue& item : value.items) CheckNoSecretIn(item, secrets, diagnostics);
  for (const MapEntry& entry : value.entries) CheckNoSecretIn(entry.value, secrets, diagnostics);
}

// A non-empty text that is not a TODO mark, or nullptr.
const ContentValue* Filled(const ContentValue& person, std::string_view key) {
  const ContentValue* value = person.Find(key);
  return value && value->IsScalar() && !value->scalar.empty() && !IsTodoMark(*value) ? value
                                                                                     : nullptr;
}

}  // namespace

void ProtectParticipants(ContentValue* data, DiagnosticList* diagnostics) {
  ContentValue* report = data->Find("report");
  if (!report || !report->IsMap()) return;
  auto listed = std::find_if(report->entries.begin(), report->entries.end(),
                             [](const MapEntry& e) { return e.key == "participants"; });
  SourceLocation where = listed != report->entries.end() ? listed->key_location : report->location;
  ContentValue named = ContentValue::List(where);
  std::vector<Secret> secrets;
  size_t count = 0;
  if (listed != report->entries.end() && listed->value.IsList()) {
    for (const ContentValue& person : listed->value.items) {
      ++count;
      if (const ContentValue* email = Filled(person, "email"))
        secrets.push_back({email->scalar, email->location, true});
      const ContentValue* name = Filled(person, "name");
      if (!name) continue;
      const ContentValue* consent = person.Find("consent");
      if (!consent || consent->Boolean() != true) {
        secrets.push_back({name->scalar, name->location, false});
        continue;
      }
      ContentValue shown = ContentValue::Map(person.location);
      shown.Set("name", *name);
      if (const ContentValue* organisation = Filled(person, "organisation"))
        shown.Set("organisation", *organisation);
      named.items.push_back(std::move(shown));
    }
  }
  if (listed != report->entries.end()) report->entries.erase(listed);
  report->Set("participants_count", ContentValue::Scalar(std::to_string(count), where), where);
  report->Set("participants_named", std::move(named), where);
  CheckNoSecretIn(*data, secrets, diagnostics);
}

}  // namespace coopkit::content
