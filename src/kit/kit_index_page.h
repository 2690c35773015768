// The kit as a small static web page, out/index.html: what a scheduled build
// publishes. One card per document (its first page, page count, size and a
// download link), the kit's title and date, when it was built and where its
// sources are; in a forum's page, a link to each contribution's kit. French, one file with its
// style inside, readable on a phone.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "base/french_date.h"

namespace coopkit::kit {

struct IndexCard {
  std::string title;
  std::string href;            // the document's file, relative to the page
  std::string format = "PDF";  // what the file is, for its readers
  int pages = 0;
  size_t bytes = 0;
  /// The picture of its first page, relative to the page, shown at half its
  /// size in pixels; empty when none.
  std::string thumbnail_href;
  int thumbnail_width = 0;  // pixels
  int thumbnail_height = 0;
};

/// A link the page lists after its documents: in a forum's page, each
/// published contribution's own kit page.
struct IndexLink {
  std::string title;
  std::string detail;  // what follows the title: its organisation
  std::string href;    // relative to the page
};

struct KitIndex {
  std::string title;
  std::optional<CalendarDate> updated;  // kit.yaml's `updated:`
  CalendarDate built;
  std::string version;      // coopkit's
  std::string sources_url;  // where the kit's sources are; empty when unknown
  std::vector<IndexCard> cards;
  std::vector<IndexLink> kits;  // listed under « Les kits des contributions »
};

/// The page's HTML5, with French typography in every text taken from the kit.
std::string KitIndexHtml(const KitIndex& index);

}  // namespace coopkit::kit
