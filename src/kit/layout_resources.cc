#include "kit/layout_resources.h"

namespace coopkit::kit {
namespace {

// Where the theme names what is loaded, or `fallback` when it does not.
const SourceLocation& NamedAt(const SourceLocation& set, const SourceLocation& fallback) {
  return set.file.empty() ? fallback : set;
}

}  // namespace

const fonts::FamilyFontSet* LayoutResources::Fonts(const layout::Theme& theme,
                                                   const SourceLocation& where,
                                                   DiagnosticList* diagnostics) {
  auto key =
      std::make_tuple(theme.fonts.body.name, theme.fonts.heading.name, theme.fonts.mono.name);
  auto it = font_sets_.find(key);
  if (it == font_sets_.end())
    it = font_sets_
             .emplace(key,
                      fonts::FamilyFontSet::Load(theme.fonts, *locator_,
                                                 NamedAt(theme.fonts_location, where), diagnostics))
             .first;
  return it->second.get();
}

const layout::Hyphenator* LayoutResources::Hyphenation(const layout::Theme& theme,
                                                       const SourceLocation& where,
                                                       DiagnosticList* diagnostics) {
  if (!theme.hyphenate) return nullptr;
  auto it = hyphenators_.find(theme.hyphenation_dictionary);
  if (it == hyphenators_.end())
    it = hyphenators_
             .emplace(
                 theme.hyphenation_dictionary,
                 layout::Hyphenator::Load(theme.hyphenation_dictionary,
                                          NamedAt(theme.hyphenation_location, where), diagnostics))
             .first;
  return it->second.get();
}

}  // namespace coopkit::kit
