// The fonts and hyphenation patterns a run of the kit needs, loaded on first
// use and shared by every document that asks for the same ones. Not
// thread-safe: each rendering thread has its own.
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

 private:
  const fonts::FontLocator* locator_;
  std::map<std::tuple<std::string, std::string, std::string>, std::unique_ptr<fonts::FamilyFontSet>>
      font_sets_;
  std::map<std::string, std::unique_ptr<layout::Hyphenator>> hyphenators_;
};

}  // namespace coopkit::kit
