#include "kit/kit_builder.h"

#include <chrono>
#include <filesystem>
#include <map>
#include <memory>
#include <tuple>

#include "base/file_io.h"
#include "base/spelling_hint.h"
#include "content/content_set.h"
#include "content/kit_manifest.h"
#include "content/yaml_loader.h"
#include "kit/theme_loader.h"
#include "layout/font_locator.h"
#include "layout/hyphenator.h"
#include "layout/optimal_line_breaker.h"
#include "layout/page_composer.h"
#include "layout/theme_font_set.h"
#include "markup/markdown_reader.h"
#include "pdf/pdf_writer.h"
#include "templates/template_renderer.h"

namespace coopkit::kit {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

struct RenderedDocument {
  DocumentReport report;
  std::string pdf;
};

// Fonts and hyphenation patterns are loaded once per run and shared by the
// documents that use the same ones.
class LayoutResources {
 public:
  LayoutResources(const std::string& fonts_dir, DiagnosticList* diagnostics)
      : locator_(fonts_dir, diagnostics) {}

  const layout::ThemeFontSet* Fonts(const layout::Theme& theme, const SourceLocation& where,
                                    DiagnosticList* diagnostics) {
    auto key = std::make_tuple(theme.body_font.name, theme.heading_font.name, theme.mono_font.name);
    auto it = font_sets_.find(key);
    if (it == font_sets_.end())
      it = font_sets_.emplace(key, layout::ThemeFontSet::Load(theme, locator_, where, diagnostics))
               .first;
    return it->second.get();
  }

  const layout::Hyphenator* Hyphenation(const layout::Theme& theme, const SourceLocation& where,
                                        DiagnosticList* diagnostics) {
    if (!theme.hyphenate) return nullptr;
    auto it = hyphenators_.find(theme.hyphenation_dictionary);
    if (it == hyphenators_.end())
      it = hyphenators_
               .emplace(theme.hyphenation_dictionary,
                        layout::Hyphenator::Load(theme.hyphenation_dictionary, where, diagnostics))
               .first;
    return it->second.get();
  }

 private:
  layout::FontLocator locator_;
  std::map<std::tuple<std::string, std::string, std::string>, std::unique_ptr<layout::ThemeFontSet>>
      font_sets_;
  std::map<std::string, std::unique_ptr<layout::Hyphenator>> hyphenators_;
};

std::string LineOf(const std::string& text, int line) {
  size_t begin = 0;
  for (int i = 1; i < line && begin != std::string::npos; ++i) {
    begin = text.find('\n', begin);
    if (begin != std::string::npos) ++begin;
  }
  if (begin == std::string::npos) return {};
  return text.substr(begin, text.find('\n', begin) - begin);
}

// Markup and layout report lines of the rendered Markdown; users need the template
// line that produced them. The column still holds when that template line
// came out as written (no tag on it).
void AddWithTemplateOrigins(const DiagnosticList& markup, const templates::RenderedText& rendered,
                            DiagnosticList* diagnostics) {
  for (Diagnostic d : markup.items()) {
    SourceLocation origin = rendered.OriginOfLine(d.location.line);
    if (!origin.file.empty()) {
      std::string error;
      auto template_text = ReadFile(origin.file, &error);
      bool literal = template_text && LineOf(*template_text, origin.line) ==
                                          LineOf(rendered.markdown, d.location.line);
      d.location = {origin.file, origin.line, literal ? d.location.column : 0};
    }
    diagnostics->Add(std::move(d));
  }
}

std::vector<const content::DocumentSpec*> SelectDocuments(const content::KitManifest& manifest,
                                                          const std::vector<std::string>& only,
                                                          DiagnosticList* diagnostics) {
  std::vector<const content::DocumentSpec*> selected;
  std::vector<std::string> names;
  for (const auto& spec : manifest.documents) names.push_back(spec.name);
  for (const std::string& name : only) {
    if (std::find(names.begin(), names.end(), name) == names.end())
      diagnostics->Error({manifest.file, 0, 0}, "--only names '" + name + "', which is not a document of the kit",
                         DidYouMean(name, names));
  }
  for (const auto& spec : manifest.documents) {
    if (only.empty() || std::find(only.begin(), only.end(), spec.name) != only.end())
      selected.push_back(&spec);
  }
  return selected;
}

}  // namespace

KitBuilder::KitBuilder(KitOptions options) : options_(std::move(options)) {}

KitResult KitBuilder::Build(DiagnosticList* diagnostics) {
  KitResult result;
  auto manifest = content::LoadKitManifest(options_.content_dir, options_.templates_dir, diagnostics);
  if (!manifest) return result;
  std::vector<const content::DocumentSpec*> selected =
      SelectDocuments(*manifest, options_.only, diagnostics);
  if (diagnostics->HasErrors()) return result;

  // The kit's theme, onto which each document's paper and overrides apply.
  layout::Theme kit_theme;
  SourceLocation theme_location{manifest->file, 0, 0};
  std::string theme_dir = options_.content_dir, theme_name = manifest->theme_file;
  if (!options_.theme_file.empty()) {
    fs::path theme_path(options_.theme_file);
    theme_dir = theme_path.has_parent_path() ? theme_path.parent_path().string() : ".";
    theme_name = theme_path.filename().string();
  }
  if (!theme_name.empty()) {
    content::YamlLoader loader(theme_dir, diagnostics);
    if (auto theme = loader.Load(theme_name)) {
      ApplyTheme(*theme, &kit_theme, diagnostics);
      theme_location = theme->location;
    }
  }

  LayoutResources resources(options_.fonts_dir, diagnostics);
  layout::OptimalLineBreaker line_breaker;
  layout::PageComposer composer(&line_breaker);
  pdf::PdfWriter writer({options_.source_date_epoch, true, COOPKIT_VERSION});
  std::vector<RenderedDocument> rendered_documents;

  for (size_t i = 0; i < selected.size(); ++i) {
    const content::DocumentSpec& spec = *selected[i];
    if (on_start_) on_start_(spec.name, i, selected.size());
    const Clock::time_point start = Clock::now();
    const size_t errors_before = diagnostics->ErrorCount();

    // Theme and fonts first: their errors are reported even when the
    // content or the template has some too.
    layout::Theme theme = kit_theme;
    ApplyPaper(spec.paper, spec.orientation, &theme);
    ApplyTheme(spec.theme_overrides, &theme, diagnostics);
    const layout::ThemeFontSet* fonts = resources.Fonts(theme, theme_location, diagnostics);
    const layout::Hyphenator* hyphenator =
        resources.Hyphenation(theme, theme_location, diagnostics);

    auto data = content::LoadContentSet(*manifest, spec, diagnostics);
    if (!data) continue;
    templates::TemplateRenderer renderer(options_.templates_dir, diagnostics);
    auto markdown = renderer.Render(spec.template_file, *data);
    if (!markdown) continue;
    DiagnosticList markup_diagnostics;
    markup::MarkdownReader reader(&markup_diagnostics);
    doc::Document document = reader.Read(markdown->markdown, spec.template_file);
    AddWithTemplateOrigins(markup_diagnostics, *markdown, diagnostics);
    if (document.info.title.empty()) document.info.title = spec.title;
    if (!fonts || diagnostics->ErrorCount() > errors_before) continue;

    DiagnosticList layout_diagnostics;
    layout::LaidOutDocument pages =
        composer.Compose(document, theme, *fonts, hyphenator, &layout_diagnostics);
    AddWithTemplateOrigins(layout_diagnostics, *markdown, diagnostics);
    if (diagnostics->ErrorCount() > errors_before) continue;

    RenderedDocument out;
    std::string error;
    if (!writer.Write(pages, &out.pdf, &error)) {
      diagnostics->Error({spec.location.file, spec.location.line, spec.location.column},
                         "cannot produce " + spec.output + ": " + error);
      continue;
    }
    out.report.name = spec.name;
    out.report.output_path = (fs::path(options_.out_dir) / spec.output).string();
    out.report.pages = static_cast<int>(pages.pages.size());
    out.report.bytes = out.pdf.size();
    out.report.milliseconds =
        std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    rendered_documents.push_back(std::move(out));
  }

  if (diagnostics->HasErrors()) return result;
  if (options_.write) {
    std::error_code ec;
    fs::create_directories(options_.out_dir, ec);
    for (const RenderedDocument& d : rendered_documents) {
      std::string error;
      if (!WriteFileAtomically(d.report.output_path, d.pdf, &error)) {
        diagnostics->Error({d.report.output_path, 0, 0}, error);
        result.output_failed = true;
      }
    }
  }
  for (RenderedDocument& d : rendered_documents) result.documents.push_back(std::move(d.report));
  return result;
}

}  // namespace coopkit::kit
