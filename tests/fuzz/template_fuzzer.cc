// Fuzzes a template as the kit renders it: TemplateRenderer (kainjow,
// partials, Markdown escaping, line origins) beside the shipped partials.
// The input is the template, then optionally a NUL byte and the YAML data to
// render it with; without it (or when it is no map) the shipped guide's data.
#include <cstdlib>
#include <string>

#include "base/line_break.h"
#include "content/content_set.h"
#include "content/kit_manifest.h"
#include "content/yaml_loader.h"
#include "models/kit_models.h"
#include "templates/template_renderer.h"
#include "tests/fuzz/fuzz_support.h"

namespace {

using namespace coopkit;

// The data the kit gives the shipped guide's template.
content::ContentValue GuideData() {
  DiagnosticList diagnostics;
  std::optional<content::KitManifest> manifest = content::LoadKitManifest(
      fuzz::ShippedPath("content"), fuzz::ShippedPath("templates"), &diagnostics);
  if (manifest) {
    for (const content::DocumentSpec& document : manifest->documents) {
      if (document.name != "guide") continue;
      if (auto data =
              content::LoadContentSet(*manifest, document, models::KitModels(), &diagnostics))
        return *data;
    }
  }
  std::abort();  // the shipped kit is broken: nothing to fuzz with
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const fuzz::WorkFolder folder({"templates"});
  static const content::ContentValue guide_data = GuideData();
  std::string_view input = fuzz::AsText(data, size);
  size_t nul = input.find('\0');
  std::string template_text(input.substr(0, nul));
  folder.Write("templates/fuzz.mustache", template_text);

  DiagnosticList diagnostics;
  content::ContentValue values = guide_data;
  if (nul != std::string_view::npos) {
    std::optional<content::ContentValue> parsed =
        content::YamlLoader(folder.Path("."), &diagnostics)
            .Parse(input.substr(nul + 1), "data.yaml");
    if (parsed && parsed->IsMap()) values = std::move(*parsed);
  }
  std::optional<templates::RenderedText> rendered =
      templates::TemplateRenderer(folder.Path("templates"), &diagnostics)
          .Render("fuzz.mustache", std::move(values));
  // Without a tag, the template is its own output, but for a leading byte
  // order mark, which is dropped, and lone CRs, read as LFs: the line marks
  // coopkit adds must come out exactly as they went in. (A template may
  // forge a whole mark, U+FDD0 "file:line" U+FDD1, which is read as one.)
  std::string expected = template_text;
  if (expected.starts_with("\xEF\xBB\xBF")) expected.erase(0, 3);
  MakeLoneCarriageReturnsLineFeeds(&expected);
  if (rendered && template_text.find("{{") == std::string::npos &&
      template_text.find("\uFDD1") == std::string::npos && rendered->markdown != expected)
    std::abort();
  return 0;
}
