// The layout stage's entry point: turns a document tree into finished pages.
//
//   1. build   the tree becomes blocks (BlockBuilder);
//   2. paginate  each run of blocks between page breaks is split page after
//      page (the Flowable protocol, see block.h); a cover takes a page alone;
//   3. draw    every page's blocks, recording where headings land;
//   4. resolve   the table of contents' page numbers, now that every heading
//      has its page, and the running header and footer (« page n / N »).
#pragma once

#include "base/diagnostic.h"
#include "document/node.h"
#include "fonts/font_set.h"
#include "layout/inline/first_fit_line_breaker.h"
#include "layout/inline/line_breaker.h"
#include "layout/theme.h"
#include "page/page.h"

namespace coopkit::layout {

class Hyphenator;

class PageComposer {
 public:
  /// `breaker` chooses line breaks; null for first-fit. It must outlive the
  /// composer.
  explicit PageComposer(const LineBreaker* breaker = nullptr);

  /// `hyphenator` may be null (no hyphenation). Problems in the document
  /// (unknown callout kind, a block taller than a page) are added to
  /// `diagnostics`.
  page::LaidOutDocument Compose(const doc::Document& document, const Theme& theme,
                                const fonts::FontSet& fonts, const Hyphenator* hyphenator,
                                DiagnosticList* diagnostics) const;

 private:
  FirstFitLineBreaker first_fit_;
  const LineBreaker* breaker_;
};

}  // namespace coopkit::layout
