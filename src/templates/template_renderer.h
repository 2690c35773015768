// Renders a document's template, a kainjow mustache file from the templates
// folder, with the document's content into Markdown. Partials `{{> cover}}`
// are read from cover.mustache in the same folder, so users can edit them
// without recompiling. `{{x}}` escapes Markdown (see markdown_escape.h);
// `{{{x}}}` inserts it as written.
//
// Beyond kainjow, which renders missing partials and variables as nothing,
// it reports: syntax errors at their line and column, a missing partial at
// the tag that includes it, and (as warnings) variables named nowhere in the
// data.
#pragma once

#include <optional>
#include <string>

#include "base/diagnostic.h"
#include "content/content_value.h"
#include "templates/rendered_text.h"

namespace coopkit::templates {

class TemplateRenderer {
 public:
  TemplateRenderer(std::string templates_dir, DiagnosticList* diagnostics);

  /// Renders `template_file` (relative to the templates folder) with `data`,
  /// a map, which it consumes. nullopt after any error; warnings do not
  /// stop it.
  std::optional<RenderedText> Render(const std::string& template_file, content::ContentValue data);

 private:
  std::string templates_dir_;
  DiagnosticList* diagnostics_;
};

}  // namespace coopkit::templates
