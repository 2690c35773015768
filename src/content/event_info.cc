#include "content/event_info.h"

#include <algorithm>

#include "content/field_reader.h"

namespace coopkit::content {
namespace {

std::vector<std::string> Texts(const std::vector<const ContentValue*>& values) {
  std::vector<std::string> texts;
  for (const ContentValue* v : values) texts.push_back(v->scalar);
  return texts;
}

// Calls `read` on each item of the list `key` (a list of maps).
template <typename T, typename Read>
std::vector<T> ReadMapList(FieldReader* reader, const char* key, Read read,
                           DiagnosticList* diagnostics) {
  std::vector<T> result;
  if (const ContentValue* list = reader->Required(key, ValueKind::kList)) {
    for (const ContentValue& item : list->items) {
      FieldReader fields(item, std::string("an item of '") + key + "'", diagnostics);
      result.push_back(read(fields));
      fields.RejectUnknownKeys();
    }
  }
  return result;
}

std::vector<ThemeGroup> ReadThemes(FieldReader* fields, DiagnosticList* diagnostics) {
  std::vector<ThemeGroup> themes;
  const ContentValue* list = fields->Required("themes", ValueKind::kList);
  if (!list) return themes;
  for (const ContentValue& item : list->items) {
    if (item.IsScalar()) {
      themes.push_back({"", {item.scalar}});
      continue;
    }
    FieldReader group(item, "a theme group", diagnostics);
    themes.push_back({group.RequiredText("group"), Texts(group.RequiredTextList("items"))});
    group.RejectUnknownKeys();
  }
  return themes;
}

}  // namespace

std::optional<EventInfo> ReadEventInfo(const ContentValue& event, DiagnosticList* diagnostics) {
  EventInfo info;
  FieldReader fields(event, "event", diagnostics);
  info.title = fields.RequiredText("title");
  if (const ContentValue* date = fields.Optional("date", ValueKind::kScalar)) {
    info.date = ParseIsoDate(date->scalar);
    if (!info.date) {
      diagnostics->Error(date->location, "date '" + date->scalar + "' is not a valid date",
                         "write it as YYYY-MM-DD, e.g. 2026-11-26");
    }
  }
  info.city = fields.RequiredText("city");
  if (const ContentValue* postcode = fields.Required("postcode", ValueKind::kScalar)) {
    info.postcode = postcode->scalar;
    if (info.postcode.size() != 5 || !std::all_of(info.postcode.begin(), info.postcode.end(),
                                                  [](char c) { return c >= '0' && c <= '9'; })) {
      diagnostics->Error(postcode->location, "postcode '" + info.postcode + "' is not five digits",
                         "quote a code that starts with 0: \"01000\"");
    }
  }
  if (const ContentValue* organisation = fields.Required("organisation", ValueKind::kMap)) {
    FieldReader org(*organisation, "event.organisation", diagnostics);
    info.organisation = {org.RequiredText("name"), org.RequiredText("acronym"),
                         org.RequiredText("status"), org.RequiredText("city")};
    org.RejectUnknownKeys();
  }
  info.partners = ReadMapList<Partner>(
      &fields, "partners",
      [](FieldReader& p) {
        return Partner{p.RequiredText("name"), p.OptionalText("kind"), p.OptionalText("url")};
      },
      diagnostics);
  info.themes = ReadThemes(&fields, diagnostics);
  info.scale = Texts(fields.RequiredTextList("scale"));
  info.state = fields.RequiredText("state");
  if (const ContentValue* format = fields.Required("format", ValueKind::kMap)) {
    FieldReader f(*format, "event.format", diagnostics);
    info.format.kind = f.RequiredText("kind");
    info.format.duration = f.RequiredText("duration");
    info.format.parts = ReadMapList<EventPart>(
        &f, "parts",
        [](FieldReader& part) {
          return EventPart{part.RequiredText("title"), part.RequiredText("description")};
        },
        diagnostics);
    f.RejectUnknownKeys();
  }
  if (const ContentValue* forum = fields.Required("forum", ValueKind::kMap)) {
    FieldReader f(*forum, "event.forum", diagnostics);
    info.forum = {f.RequiredText("name"), f.OptionalText("place")};
    f.RejectUnknownKeys();
  }
  info.presentation = fields.OptionalText("presentation");
  info.questions = Texts(fields.OptionalTextList("questions"));
  info.ambitions = fields.OptionalText("ambitions");
  fields.RejectUnknownKeys();
  if (!fields.ok()) return std::nullopt;
  return info;
}

}  // namespace coopkit::content
