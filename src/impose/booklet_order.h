// Saddle-stitch order: which pages of a document each side of a folded
// booklet's sheets holds, two by two. A booklet of n pages takes
// ceil(n / 4) sheets printed on both sides; pages are counted up to a
// multiple of four with blank ones. Sheet s (0-based) of a booklet of N
// pages holds, on its front, pages N - 2s (left) and 2s + 1 (right), and on
// its back pages 2s + 2 (left) and N - 2s - 1 (right): printed duplex with
// « flip on short edge » and folded in the middle, the sheets nested in
// order give pages 1 to N.
#pragma once

#include <vector>

namespace coopkit::impose {

/// Where the blank pages that make up a multiple of four go.
enum class BlankPages {
  /// After the last page: it stays next to the text before it, and the
  /// booklet's back is left blank.
  kAtEnd,
  /// Before the last page, when that page is a back cover: it stays the
  /// outside of the booklet, as a print shop keeps it.
  kBeforeLastPage,
};

/// One side of a sheet: the 0-based pages on its left and right halves, or
/// kBlank for a blank half.
struct SheetSide {
  static constexpr int kBlank = -1;
  int left = kBlank;
  int right = kBlank;
  bool operator==(const SheetSide&) const = default;
};

/// The sheets a booklet of `page_count` pages takes.
int BookletSheetCount(int page_count);

/// The sides of every sheet, in print order: front of sheet 1, back of
/// sheet 1, front of sheet 2... Empty for no pages.
std::vector<SheetSide> BookletOrder(int page_count, BlankPages blanks);

}  // namespace coopkit::impose
