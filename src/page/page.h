// What layout hands to a backend: finished pages of positioned text, shapes
// and links, plus the bookmarks and metadata. Backends (PDF, text trace) only
// draw this; they make no layout decisions.
//
// Coordinates are PDF points with the origin at the page's TOP-LEFT corner and
// y growing downwards; a text run's y is its baseline. Backends convert.
#pragma once

#include <string>
#include <vector>

#include "document/document_info.h"
#include "page/color.h"
#include "page/font_id.h"

namespace coopkit::page {

struct GlyphRun {
  float x = 0, y = 0;  // start of the baseline
  FontId font = 0;
  float size = 10;
  Color color;
  std::string text;  // UTF-8
  float angle = 0;   // degrees, counter-clockwise about (x, y)
};

struct FilledRect {
  float x = 0, y = 0, width = 0, height = 0;  // y is the top edge
  Color color;
};

struct StrokedLine {
  float x1 = 0, y1 = 0, x2 = 0, y2 = 0;
  float width = 0.5f;
  Color color;
};

/// Cells of a square grid filled in one colour, drawn as one shape: a QR
/// code's dark modules. Backends draw it in cell units, so that a code costs
/// a few bytes per run of cells rather than a rectangle in page coordinates.
struct CellGrid {
  struct Run {
    int row = 0, column = 0, length = 1;  // `length` cells from (row, column) rightwards
    bool operator==(const Run&) const = default;
  };
  float x = 0, y = 0;  // top-left corner of cell (0, 0)
  float cell = 1;      // side of one cell
  Color color;
  std::vector<Run> runs;
};

/// A clickable area: to a web address, or to a place in the same document.
struct LinkArea {
  float x = 0, y = 0, width = 0, height = 0;
  std::string uri;       // non-empty for external links
  int target_page = -1;  // 0-based; used when uri is empty
  float target_y = 0;
};

/// A PNG or JPEG file drawn into a box (aspect ratio already kept by layout).
struct PlacedImage {
  float x = 0, y = 0, width = 0, height = 0;  // y is the top edge
  std::string path;
  /// The file's EXIF orientation (base/image_info.h): how its stored pixels
  /// turn to fill the box upright. The box is the picture as seen.
  int orientation = 1;
  int pixel_width = 0;  // of the picture as seen; 0 when not known
};

struct Page {
  float width = 0, height = 0;  // the sheet (MediaBox)
  /// For a print shop (layout/print_marks.h): the finished page's edges lie
  /// `trim_inset` inside the sheet's (TrimBox), and what is printed may run
  /// `bleed` past them (BleedBox). Both 0 for a page printed as it is.
  float trim_inset = 0;
  float bleed = 0;
  // Drawn in this order: images, rectangles, grids, lines, then text on top.
  std::vector<PlacedImage> images;
  std::vector<FilledRect> rects;
  std::vector<CellGrid> grids;
  std::vector<StrokedLine> lines;
  std::vector<GlyphRun> runs;
  std::vector<LinkArea> links;
};

struct OutlineEntry {
  std::string title;
  int level = 1;  // 1..3; nested under the previous entry of a lower level
  int page = 0;   // 0-based
  float y = 0;
};

struct LaidOutDocument {
  doc::DocumentInfo info;
  std::vector<std::string> font_files;  // TrueType files, indexed by FontId
  std::vector<Page> pages;
  std::vector<OutlineEntry> outline;
};

}  // namespace coopkit::page
