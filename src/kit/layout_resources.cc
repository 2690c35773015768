#include "kit/layout_resources.h"

namespace coopkit::kit {
namespace {

// Where the theme names what is loaded, or `fallback` when it does not.
const SourceLocation& NamedAt(const SourceLocation& set, const SourceLocation& fallback) {
  return set.file.empty() ? fallback : set;
}

}  // namespace

template <typename Key, typename Resource, typename Load>
const Resource* LayoutResources::Find(std::map<Key, Loaded<Resource>>* loaded, const Key& key,
                                      const Load& load, DiagnosticList* diagnostics) {
  auto it = loaded->find(key);
  if (it == loaded->end()) {
    it = loaded->try_emplace(key).first;
    it->second.resource = load(&it->second.loading);
  } else if (it->second.reported) {
    return it->second.resource.get();
  }
  it->second.reported = true;
  for (const Diagnostic& d : it->second.loading.items()) diagnostics->Add(d);
  return it->second.resource.get();
}

const fonts::FamilyFontSet* LayoutResources::Fonts(const layout::Theme& theme,
                                                   const SourceLocation& where,
                                                   DiagnosticList* diagnostics) {
  return Find(
      &font_sets_,
      std::make_tuple(theme.fonts.body.name, theme.fonts.heading.name, theme.fonts.mono.name),
      [&](DiagnosticList* loading) {
        return fonts::FamilyFontSet::Load(theme.fonts, *locator_,
                                          NamedAt(theme.fonts_location, where), loading);
      },
      diagnostics);
}

const layout::Hyphenator* LayoutResources::Hyphenation(const layout::Theme& theme,
                                                       const SourceLocation& where,
                                                       DiagnosticList* diagnostics) {
  if (!theme.hyphenate) return nullptr;
  return Find(
      &hyphenators_, theme.hyphenation_dictionary,
      [&](DiagnosticList* loading) {
        return layout::Hyphenator::Load(theme.hyphenation_dictionary,
                                        NamedAt(theme.hyphenation_location, where), loading);
      },
      diagnostics);
}

void LayoutResources::ReportLoadingAgain() {
  for (auto& [key, loaded] : font_sets_) loaded.reported = false;
  for (auto& [key, loaded] : hyphenators_) loaded.reported = false;
}

}  // namespace coopkit::kit
