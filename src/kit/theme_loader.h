// Reads a theme (theme.yaml, or a document's `theme:` overrides in kit.yaml)
// into layout::Theme. Only the keys present change the theme, so the kit's
// theme file and then a document's overrides apply one after the other onto
// the built-in defaults.
#pragma once

#include "base/diagnostic.h"
#include "base/length.h"
#include "content/content_value.h"
#include "content/kit_manifest.h"
#include "layout/theme.h"

namespace coopkit::kit {

/// Applies the keys of `theme_map` to `theme`; problems go to `diagnostics`
/// (unknown key with a hint, bad length, bad colour).
void ApplyTheme(const content::ContentValue& theme_map, layout::Theme* theme,
                DiagnosticList* diagnostics);

/// Sets the page size from the manifest's paper and orientation.
void ApplyPaper(content::Paper paper, content::Orientation orientation, layout::Theme* theme);

/// "#RRGGBB"; nullopt when malformed.
std::optional<page::Color> ParseColor(std::string_view text);

}  // namespace coopkit::kit
