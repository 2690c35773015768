#include "layout/flow/page_composer.h"

#include <memory>
#include <vector>

#include "layout/blocks/block_stack.h"
#include "layout/blocks/cover_block.h"
#include "layout/flow/block_builder.h"
#include "layout/flow/running_elements.h"
#include "layout/inline/paragraph_setter.h"

namespace coopkit::layout {
namespace {

/// What one page will show: a cover, or a part of the flow set in the
/// page's frame (inside the margins).
struct PagePlan {
  BlockPtr body;
  bool own_page = false;
};

/// Splits `blocks` (a run between page breaks) into pages of the frame.
void PaginateFlow(std::vector<BlockPtr> blocks, const PageGeometry& geometry,
                  DiagnosticList* diagnostics, std::vector<PagePlan>* plans) {
  if (blocks.empty()) return;
  const float width = geometry.ContentWidth();
  const float height = geometry.ContentHeight();
  auto rest = std::make_shared<const BlockStack>(std::move(blocks));
  while (rest) {
    BlockSplit split = rest->SplitForcingProgress(width, height);
    if (split.head->Wrap(width) > height + kFitTolerance) {
      diagnostics->Warning({}, "page " + std::to_string(plans->size() + 1) +
                                   ": a block taller than the page runs into the bottom margin");
    }
    plans->push_back({std::move(split.head), false});
    // The rest of a stack is a stack.
    rest = std::static_pointer_cast<const BlockStack>(split.rest);
  }
}

std::vector<PagePlan> Paginate(const std::vector<BlockPtr>& blocks, const PageGeometry& geometry,
                               DiagnosticList* diagnostics) {
  std::vector<PagePlan> plans;
  std::vector<BlockPtr> flow;
  for (const BlockPtr& block : blocks) {
    switch (block->Role()) {
      case PageRole::kFlow:
        flow.push_back(block);
        break;
      case PageRole::kPageBreak:
        PaginateFlow(std::move(flow), geometry, diagnostics, &plans);
        flow.clear();
        break;
      case PageRole::kOwnPage:
        PaginateFlow(std::move(flow), geometry, diagnostics, &plans);
        flow.clear();
        if (auto cover = std::dynamic_pointer_cast<const CoverBlock>(block);
            cover && cover->BodyOverflows()) {
          diagnostics->Warning({}, "the cover's text is too long for the cover page",
                               "only what fits is shown");
        }
        plans.push_back({block, true});
        break;
    }
  }
  PaginateFlow(std::move(flow), geometry, diagnostics, &plans);
  if (plans.empty()) plans.push_back({std::make_shared<BlockStack>(std::vector<BlockPtr>{})});
  return plans;
}

}  // namespace

PageComposer::PageComposer(const LineBreaker* breaker)
    : breaker_(breaker ? breaker : &first_fit_) {}

page::LaidOutDocument PageComposer::Compose(const doc::Document& document, const Theme& theme,
                                            const fonts::FontSet& fonts,
                                            const Hyphenator* hyphenator,
                                            DiagnosticList* diagnostics) const {
  const PageGeometry& geometry = theme.page;
  ParagraphSetter setter(&fonts, theme.hyphenate ? hyphenator : nullptr, breaker_);

  // Build the blocks.
  MissingGlyphReport missing_glyphs(&fonts, diagnostics);
  BlockBuilder builder(&theme, &fonts, &setter, &missing_glyphs, diagnostics);
  std::vector<BlockPtr> blocks = builder.Build(*document.root);

  // Paginate.
  std::vector<PagePlan> plans = Paginate(blocks, geometry, diagnostics);

  // Draw each page, recording where the headings land.
  page::LaidOutDocument out;
  out.info = document.info;
  out.font_files = fonts.Files();
  out.pages.resize(plans.size());
  CrossReferences references;
  references.anchors.resize(builder.anchor_count());
  for (size_t i = 0; i < plans.size(); ++i) {
    page::Page& page = out.pages[i];
    page.width = geometry.width;
    page.height = geometry.height;
    DrawContext context{&page, static_cast<int>(i), &references};
    if (plans[i].own_page) {
      plans[i].body->Draw(context, 0, 0, geometry.width);
    } else {
      plans[i].body->Draw(context, geometry.margin_inner, geometry.margin_top,
                          geometry.ContentWidth());
    }
  }

  // Resolve page numbers: the tables of contents, then header and footer.
  for (const LateDrawing& late : references.late_drawings) {
    late.block->DrawLate(&out.pages[late.page_index], references.anchors, late.x, late.top,
                         late.width);
  }
  RunningElements running(&out.info, &theme, &fonts, &setter);
  running.CheckLabels(&missing_glyphs);
  const int count = static_cast<int>(out.pages.size());
  for (int i = 0; i < count; ++i) {
    if (!plans[i].own_page) running.Draw(&out.pages[i], i + 1, count);
    running.DrawWatermark(&out.pages[i]);
  }
  out.outline = std::move(references.outline);
  return out;
}

}  // namespace coopkit::layout
