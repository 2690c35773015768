// Writes the output folder's index.html (kit/kit_index_page.h) and the
// pictures of each document's first page in thumbnails/, for the documents
// the build manifest says the folder holds. Each file is written atomically,
// and only when its bytes change, so that an unchanged kit rewrites nothing.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "base/disk.h"
#include "content/kit_manifest.h"
#include "kit/build_manifest.h"
#include "kit/first_page_thumbnail.h"
#include "kit/kit_index_page.h"

namespace coopkit::kit {

struct IndexPageInputs {
  const content::KitManifest* kit = nullptr;
  const BuildManifest* built = nullptr;  // what the output folder holds
  std::string out_dir;
  /// First pages already rendered (PNG), by document name: those just built,
  /// empty for one whose build could not render it. The others' are kept, or
  /// rendered from their PDF when missing.
  std::map<std::string, std::string> thumbnails;
  ThumbnailRenderer render_thumbnail = FirstPageThumbnail;  // for the missing ones
  std::string sources_url;                                  // empty: no link
  std::vector<IndexLink> kits;  // the contributions' kits a forum's page links to
  std::string title;            // the page's heading; empty for the kit's title
  int64_t built_at = 0;         // seconds since 1970, UTC
};

/// The kit's page, in the output folder.
inline constexpr const char* kIndexPageFileName = "index.html";

/// The folder of the pictures, in the output folder.
inline constexpr const char* kThumbnailFolder = "thumbnails";

/// The path, relative to the output folder, of the picture of the first
/// page of the document written to `output` whose bytes have the
/// fingerprint `output_hash`: a new PDF has a new picture (never an old one
/// left by a run that stopped before writing it, nor one a browser cached).
std::string ThumbnailPath(const std::string& output, const std::string& output_hash);

/// Renders a document's first page for its card, scaled to this many pixels
/// on its longer side (twice the size it is shown at, for sharp screens).
inline constexpr int kThumbnailPixels = 480;

/// Writes index.html and the thumbnails. A file that cannot be written is an
/// error (returns false); a PDF whose first page cannot be rendered gets a
/// card without picture and a warning.
bool WriteIndexPage(const IndexPageInputs& inputs, Disk* disk, DiagnosticList* diagnostics);

}  // namespace coopkit::kit
