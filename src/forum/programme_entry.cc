#include "forum/programme_entry.h"

#include "forum/french_region.h"

namespace coopkit::forum {
namespace {

using content::ContentValue;

std::string TextAt(const ContentValue* map, std::string_view key) {
  const ContentValue* value = map ? map->Find(key) : nullptr;
  return value && value->IsScalar() ? value->scalar : std::string();
}

void Join(const std::string& text, std::string* list) {
  if (text.empty()) return;
  if (!list->empty()) *list += ", ";
  *list += text;
}

}  // namespace

ProgrammeEntry ProgrammeEntryOf(const std::string& slug, const ContentValue& root) {
  const ContentValue* event = root.Find("event");
  ProgrammeEntry entry{.slug = slug, .title = TextAt(event, "title")};
  const ContentValue* organisation = event ? event->Find("organisation") : nullptr;
  entry.organisation = TextAt(organisation, "name");
  if (std::string acronym = TextAt(organisation, "acronym"); !acronym.empty())
    entry.organisation += " (" + acronym + ")";
  entry.city = TextAt(event, "city");
  entry.region = TextAt(event, "region");
  if (entry.region.empty())
    entry.region = RegionOfPostcode(TextAt(event, "postcode")).value_or(std::string());

  const ContentValue* themes = event ? event->Find("themes") : nullptr;
  std::string first_theme;
  for (const ContentValue& theme : themes ? themes->items : std::vector<ContentValue>()) {
    const std::string group = theme.IsScalar() ? theme.scalar : TextAt(&theme, "group");
    if (first_theme.empty()) first_theme = group;
    if (entry.chapter.empty() && group != "Autres") entry.chapter = group;
    if (theme.IsScalar()) Join(theme.scalar, &entry.themes);
    if (const ContentValue* items = theme.Find("items"))
      for (const ContentValue& item : items->items) Join(item.scalar, &entry.themes);
  }
  if (entry.chapter.empty()) entry.chapter = first_theme;

  const ContentValue* format = event ? event->Find("format") : nullptr;
  entry.format = TextAt(format, "kind");
  if (std::string duration = TextAt(format, "duration"); !duration.empty())
    entry.format += entry.format.empty() ? duration : " (" + duration + ")";

  const ContentValue* partners = event ? event->Find("partners") : nullptr;
  for (const ContentValue& partner : partners ? partners->items : std::vector<ContentValue>())
    Join(TextAt(&partner, "name"), &entry.partners);

  const ContentValue* consent = event ? event->Find("publication_consent") : nullptr;
  entry.published = consent && consent->Boolean().value_or(false);
  return entry;
}

}  // namespace coopkit::forum
