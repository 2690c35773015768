// The event a kit is made for (event.yaml's top-level `event:` map): title,
// date, place, organiser, partners, themes and format. Reading it checks the
// fields and their types; templates print the values from the content tree.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "base/french_date.h"
#include "content/content_value.h"

namespace coopkit::content {

struct Organisation {
  std::string name;
  std::string acronym;
  std::string status;  // legal form, e.g. « association loi 1901 »
  std::string city;
};

struct Partner {
  std::string name;
  std::string kind;  // optional
  std::string url;   // optional
};

struct EventPart {
  std::string title;
  std::string description;
};

// A theme list item is a text, or a named group of texts:
// `{group: Autres, items: [Développement]}`. A text is a group without name.
struct ThemeGroup {
  std::string group;
  std::vector<std::string> items;
};

struct EventFormat {
  std::string kind;
  std::string duration;
  std::vector<EventPart> parts;
};

struct Forum {
  std::string name;
  std::string place;  // optional
};

struct EventInfo {
  std::string title;
  std::optional<CalendarDate> date;
  std::string city;
  std::string postcode;  // five digits
  Organisation organisation;
  std::vector<Partner> partners;
  std::vector<ThemeGroup> themes;
  std::vector<std::string> scale;
  std::string state;
  EventFormat format;
  Forum forum;
  std::string presentation;            // optional, may be Markdown
  std::vector<std::string> questions;  // optional
  std::string ambitions;               // optional
};

/// Reads and checks the value of `event:`; nullopt after any error.
std::optional<EventInfo> ReadEventInfo(const ContentValue& event, DiagnosticList* diagnostics);

}  // namespace coopkit::content
