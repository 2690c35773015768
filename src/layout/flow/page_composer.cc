#include "layout/flow/page_composer.h"

#include <memory>
#include <unordered_map>
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

using TopLevelBlock = BlockBuilder::TopLevelBlock;

// Which of the run's blocks `rest` starts with, whole or the part of it that
// an earlier page left: a split leaves at most that part before the blocks
// still whole.
size_t FirstBlockOf(const BlockStack& rest,
                    const std::unordered_map<const Block*, size_t>& index_of, size_t count) {
  for (size_t i = 0; i < rest.size(); ++i) {
    auto found = index_of.find(rest.child(i).get());
    if (found != index_of.end()) return found->second - i;
  }
  return count - 1;
}

/// Splits `run` (the blocks between page breaks) into pages of the frame.
void PaginateFlow(const std::vector<TopLevelBlock>& run, const PageGeometry& geometry,
                  DiagnosticList* diagnostics, std::vector<PagePlan>* plans) {
  if (run.empty()) return;
  const float width = geometry.ContentWidth();
  const float height = geometry.ContentHeight();
  std::vector<BlockPtr> blocks;
  std::unordered_map<const Block*, size_t> index_of;
  for (const TopLevelBlock& block : run) {
    index_of.emplace(block.block.get(), blocks.size());
    blocks.push_back(block.block);
  }
  auto rest = std::make_shared<const BlockStack>(std::move(blocks));
  while (rest) {
    BlockSplit split = rest->SplitForcingProgress(width, height);
    if (split.head->Wrap(width) > height + kFitTolerance) {
      diagnostics->Warning(run[FirstBlockOf(*rest, index_of, run.size())].origin,
                           "this block is taller than the page: on page " +
                               std::to_string(plans->size() + 1) +
                               ", it runs into the bottom margin",
                           "split it, or make it shorter");
    }
    plans->push_back({std::move(split.head), false});
    // The rest of a stack is a stack.
    rest = std::static_pointer_cast<const BlockStack>(split.rest);
  }
}

std::vector<PagePlan> Paginate(const std::vector<TopLevelBlock>& blocks,
                               const PageGeometry& geometry, DiagnosticList* diagnostics) {
  std::vector<PagePlan> plans;
  std::vector<TopLevelBlock> flow;
  for (const TopLevelBlock& block : blocks) {
    switch (block.block->Role()) {
      case PageRole::kFlow:
        flow.push_back(block);
        break;
      case PageRole::kPageBreak:
        PaginateFlow(flow, geometry, diagnostics, &plans);
        flow.clear();
        break;
      case PageRole::kOwnPage:
        PaginateFlow(flow, geometry, diagnostics, &plans);
        flow.clear();
        if (auto cover = std::dynamic_pointer_cast<const CoverBlock>(block.block);
            cover && cover->BodyOverflows()) {
          diagnostics->Warning(block.origin, "the cover's text is too long for the cover page",
                               "only what fits is shown");
        }
        plans.push_back({block.block, true});
        break;
    }
  }
  PaginateFlow(flow, geometry, diagnostics, &plans);
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
  std::vector<BlockBuilder::TopLevelBlock> blocks = builder.Build(*document.root);

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
