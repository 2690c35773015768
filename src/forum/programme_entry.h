// What the forum's programme prints of one contribution: its title,
// organisation, city and region, themes, format and partners, read from its
// event content (schemas/event.yaml) as the contribution's kit reads it.
#pragma once

#include <optional>
#include <string>

#include "content/content_value.h"

namespace coopkit::forum {

struct ProgrammeEntry {
  std::string slug;  // its kit's folder in out/
  std::string title;
  std::string organisation;  // « Centre de Ressources… (CRGE) »
  std::string city;
  std::string region;  // the event's `region:`, else from its postcode; empty if unknown
  /// The programme's chapter it is printed in: its first group of themes
  /// other than « Autres », else its first theme; empty for none.
  std::string chapter;
  std::string themes;  // every theme, « Innovation sociale, Gouvernance… »
  std::string format;  // its kind, and its duration in brackets
  std::string partners;
  /// True when its authors agreed to its publication (« Je donne mon accord
  /// … : Oui »); a contribution that does not say is not published.
  bool published = false;
};

/// The entry of the contribution whose event content, checked against its
/// schema, is `root` (the file's top-level map).
ProgrammeEntry ProgrammeEntryOf(const std::string& slug, const content::ContentValue& root);

}  // namespace coopkit::forum
