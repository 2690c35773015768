// The fonts and hyphenation patterns a run of the kit needs, loaded on first
// use and shared by every document that asks for the same ones. Not
// thread-safe: each rendering thread has its own. Kept from one kit to the
// next (KitResources), each kit still gets the problems of their loading.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <tuple>

#include "base/diagnostic.h"
#include "fonts/family_font_set.h"
#include "fonts/font_locator.h"
#include "layout/inline/hyphenator.h"
#include "layout/theme.h"

namespace coopkit::kit {

class LayoutResources {
 public:
  /// REQUIRES: `locator` outlives this object.
  explicit LayoutResources(const fonts::FontLocator* locator) : locator_(locator) {}

  /// The theme's faces; null when one is missing (reported at the theme's
  /// `fonts:`, or at `where` when the theme names none).
  const fonts::FamilyFontSet* Fonts(const layout::Theme& theme, const SourceLocation& where,
                                    DiagnosticList* diagnostics);

  /// The theme's hyphenation patterns; null when hyphenation is off or the
  /// dictionary cannot be read (reported where the theme names it, or at
  /// `where`).
  const layout::Hyphenator* Hyphenation(const layout::Theme& theme, const SourceLocation& where,
                                        DiagnosticList* diagnostics);

  /// Makes the next request for each thing already loaded report again what
  /// its loading reported: another kit's documents are asking.
  void ReportLoadingAgain();

 private:
  template <typename Resource>
  struct Loaded {
    std::unique_ptr<Resource> resource;  // null when it could not be loaded
    DiagnosticList loading;              // what loading it reported
    bool reported = true;                // to the current kit
  };

  /// The resource of `key` in `loaded`, made by `load` the first time.
  template <typename Key, typename Resource, typename Load>
  static const Resource* Find(std::map<Key, Loaded<Resource>>* loaded, const Key& key,
                              const Load& load, DiagnosticList* diagnostics);

  const fonts::FontLocator* locator_;
  std::map<std::tuple<std::string, std::string, std::string>, Loaded<fonts::FamilyFontSet>>
      font_sets_;
  std::map<std::string, Loaded<layout::Hyphenator>> hyphenators_;
};

}  // namespace coopkit::kit
