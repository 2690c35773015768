// What the kits of one run share: the font locator (fontconfig's list of
// faces), each rendering thread's loaded fonts and hyphenation patterns,
// the fingerprints of the files read, and the content files of the content
// folder. A single build makes its own; a batch makes one for all its kits,
// so that none of them is loaded again per kit. Thread-safe.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "base/content_hash.h"
#include "base/diagnostic.h"
#include "content/content_file_cache.h"
#include "fonts/font_locator.h"
#include "kit/layout_resources.h"

namespace coopkit::kit {

class KitResources {
 public:
  /// A thread's LayoutResources, its own until the lease ends.
  class Lease {
   public:
    Lease(KitResources* owner, std::unique_ptr<LayoutResources> resources)
        : owner_(owner), resources_(std::move(resources)) {}
    Lease(Lease&&) = default;
    Lease& operator=(Lease&&) = default;
    ~Lease();

    LayoutResources* get() const { return resources_.get(); }

   private:
    KitResources* owner_;
    std::unique_ptr<LayoutResources> resources_;
  };

  /// Fonts from `fonts_dir` (KitOptions::fonts_dir), then the system's; the
  /// folder's unusable files are reported to `diagnostics`.
  KitResources(const std::string& fonts_dir, DiagnosticList* diagnostics);

  const std::string& fonts_dir() const { return fonts_dir_; }
  const fonts::FontLocator& locator() const { return locator_; }
  FileHasher* hasher() { return &hasher_; }
  content::ContentFileCache* content_files() { return &content_files_; }

  /// LayoutResources that no other thread uses: one a previous kit used
  /// (reporting its loading problems again to the new kit), or a new one.
  Lease Borrow();

 private:
  std::string fonts_dir_;
  fonts::FontLocator locator_;
  FileHasher hasher_;
  content::ContentFileCache content_files_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<LayoutResources>> idle_;  // given back by ended leases
};

}  // namespace coopkit::kit
