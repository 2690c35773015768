// Fuzzes Markdown as the kit reads a rendered template: MarkdownReader
// (cmark-gfm, directives, roles, notes, French typography), the images it
// names resolved in a copy of the shipped content, then layout into pages
// with fixed-width fonts and the text backend.
#include <sstream>

#include "backends/trace/trace_writer.h"
#include "fonts/fixed_width_font_set.h"
#include "kit/image_resolver.h"
#include "layout/flow/page_composer.h"
#include "layout/inline/optimal_line_breaker.h"
#include "markup/markdown_reader.h"
#include "tests/fuzz/fuzz_support.h"

using namespace coopkit;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const fuzz::WorkFolder folder({"content"});
  DiagnosticList diagnostics;
  doc::Document document =
      markup::MarkdownReader(&diagnostics).Read(fuzz::AsText(data, size), "fuzz.md");
  kit::ResolveImages(document.root.get(), folder.Path("content"), "fuzz.md", {}, &diagnostics);

  const fonts::FixedWidthFontSet fonts;
  const layout::OptimalLineBreaker line_breaker;
  page::LaidOutDocument pages =
      layout::PageComposer(&line_breaker)
          .Compose(document, layout::Theme(), fonts, nullptr, &diagnostics);
  std::ostringstream trace;
  trace::TraceWriter(&trace).Write(pages);
  return 0;
}
