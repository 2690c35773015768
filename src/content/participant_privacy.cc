#include "content/participant_privacy.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "content/todo_mark.h"

namespace coopkit::content {
namespace {

// A non-empty text that is not a TODO mark, or nullptr.
const ContentValue* Filled(const ContentValue& person, std::string_view key) {
  const ContentValue* value = person.Find(key);
  return value && value->IsScalar() && !value->scalar.empty() && !IsTodoMark(*value) ? value
                                                                                     : nullptr;
}

// The name a TODO mark still holds after its note: « TODO orthographe ? Sam
// Secret » is Sam Secret, whose spelling is to check. Empty for a blank.
std::string NameInTodoMark(const ContentValue& name) {
  if (name.scalar == kParticipantNameBlank) return {};
  std::string_view rest = std::string_view(name.scalar).substr(std::string_view("TODO").size());
  auto has_letters = [](std::string_view text) {  // non-ASCII counts as letters
    return std::any_of(text.begin(), text.end(), [](char c) {
      return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
    });
  };
  for (size_t cut; (cut = rest.find_last_of(":?!)]")) != std::string_view::npos;) {
    if (has_letters(rest.substr(cut + 1))) {
      rest = rest.substr(cut + 1);
      break;
    }
    rest = rest.substr(0, cut);
  }
  const size_t begin = rest.find_first_not_of(" \t\n"), end = rest.find_last_not_of(" \t\n");
  return begin == std::string_view::npos ? std::string()
                                         : std::string(rest.substr(begin, end - begin + 1));
}

bool Consents(const ContentValue& person) {
  const ContentValue* consent = person.Find("consent");
  return consent && consent->Boolean() == true;
}

const ContentValue* ParticipantsList(const ContentValue& root) {
  const ContentValue* report = root.Find("report");
  const ContentValue* listed = report && report->IsMap() ? report->Find("participants") : nullptr;
  return listed && listed->IsList() ? listed : nullptr;
}

}  // namespace

std::vector<ParticipantSecret> ListParticipantSecrets(const ContentValue& root) {
  std::vector<ParticipantSecret> secrets;
  const ContentValue* listed = root.IsMap() ? ParticipantsList(root) : nullptr;
  if (!listed) return secrets;
  for (const ContentValue& person : listed->items) {
    if (const ContentValue* email = Filled(person, "email"))
      secrets.push_back({email->scalar, email->location, true});
    if (Consents(person)) continue;
    if (const ContentValue* name = Filled(person, "name")) {
      secrets.push_back({name->scalar, name->location, false});
    } else if (const ContentValue* marked = person.Find("name"); marked && IsTodoMark(*marked)) {
      if (std::string written = NameInTodoMark(*marked); !written.empty())
        secrets.push_back({std::move(written), marked->location, false});
    }
  }
  return secrets;
}

void ProtectParticipants(ContentValue* data) {
  ContentValue* report = data->Find("report");
  if (!report || !report->IsMap()) return;
  auto listed = std::find_if(report->entries.begin(), report->entries.end(),
                             [](const MapEntry& e) { return e.key == "participants"; });
  SourceLocation where = listed != report->entries.end() ? listed->key_location : report->location;
  ContentValue named = ContentValue::List(where);
  size_t count = 0;
  if (listed != report->entries.end() && listed->value.IsList()) {
    for (const ContentValue& person : listed->value.items) {
      ++count;
      const ContentValue* name = Filled(person, "name");
      if (!name || !Consents(person)) continue;
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
}

}  // namespace coopkit::content
