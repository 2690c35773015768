// The visual choices of a document: paper, margins, colours, fonts, sizes and
// spacing. Plain data with sensible defaults; the kit stage fills it from a
// theme YAML file, layout only reads it. Lengths are PDF points (1/72 in).
#pragma once

#include <string>

#include "base/diagnostic.h"
#include "fonts/font_families.h"
#include "page/color.h"

namespace coopkit::layout {

struct PageGeometry {
  float width = 419.53f;  // A5 portrait
  float height = 595.28f;
  float margin_top = 56.7f;     // 20 mm
  float margin_bottom = 62.4f;  // 22 mm
  float margin_inner = 51.0f;   // 18 mm
  float margin_outer = 51.0f;
  float bleed = 8.5f;  // 3 mm printed past the trim, with print marks
  float ContentWidth() const { return width - margin_inner - margin_outer; }
  float ContentHeight() const { return height - margin_top - margin_bottom; }
};

/// How tables look: a grid of thin rules, a tinted header row in bold, and
/// optional zebra stripes on the body rows.
struct TableTheme {
  float font_size = 0;        // 0: the body size
  float cell_padding = 4.0f;  // around the content of each cell
  float border_width = 0.5f;
  page::Color border{0.55f, 0.60f, 0.65f};
  page::Color header_background{0.05f, 0.27f, 0.40f};
  page::Color header_text{1.0f, 1.0f, 1.0f};
  page::Color zebra_background{0.94f, 0.95f, 0.96f};
  float min_column_width = 62.36f;  // 22 mm: narrower columns are split across pages
};

/// Where the cover's band, accent stripe, accent mark and texts stand.
struct CoverGeometry {
  float band_fraction = 0.56f;  // the band's height, of the page height
  float stripe_height = 4;      // the accent stripe along the band's lower edge
  float band_padding = 30;      // between the subtitle and the band's lower edge
  float title_gap = 8;          // between title and subtitle
  float mark_width = 48;        // the accent mark over the title
  float mark_height = 3;
  float mark_gap = 12;  // between the mark and the title
  float date_gap = 22;  // between the stripe and the date line
  float body_gap = 24;  // between the date line and the room of the cover's blocks
};

/// The words layout prints of its own, in the document's language.
struct InterfaceWords {
  std::string table_of_contents = "Sommaire";         // the title of a {toc} without one
  std::string continued = "(suite)";                  // after a table's caption, on its next pages
  std::string page_number = "page {page} / {pages}";  // in the footer
};

struct Theme {
  PageGeometry page;
  TableTheme table;
  CoverGeometry cover;  // not read from theme.yaml

  fonts::FontFamilies fonts;
  SourceLocation fonts_location;  // the theme's `fonts:`, for messages; empty when not set

  float body_size = 10.0f;
  float line_height = 1.35f;  // times the font size
  float heading_sizes[3] = {17.0f, 13.0f, 11.0f};
  float small_size = 8.0f;  // running header, footer, notes
  float code_size = 8.5f;
  float cover_title_size = 26.0f;

  float paragraph_spacing = 5.0f;  // after each paragraph
  float heading_space_before[3] = {18.0f, 14.0f, 10.0f};
  float heading_space_after[3] = {8.0f, 6.0f, 4.0f};
  float list_indent = 14.0f;
  float callout_padding = 8.0f;
  // Finer choices, not read from theme.yaml.
  float heading_line_height = 1.2f;       // times the heading size
  float cover_title_line_height = 1.15f;  // times the cover title size
  float code_line_height = 1.3f;          // times the code size
  float writing_line_gap = 22.7f;         // between lines to write on: 8 mm, handwriting's
  float list_item_spacing = 0.5f;         // between list items, of the paragraph spacing
  float list_marker_gap = 0.4f;           // between a list marker and its text, of the list indent
  float quote_rule_width = 1.5f;          // the rule left of a quote
  float break_rule_width = 0.6f;          // a thematic break (---)
  float break_rule_length = 0.3f;         // of the text width
  float writing_line_width = 0.4f;        // a line to write on, as wide as the text
  float code_padding = 0.75f;             // around a code block, of the callout padding
  float cover_date_scale = 1.1f;          // the cover's date line, of the body size
  float callout_rule_width = 3;           // the rule left of a callout
  float toc_number_width = 2.5f;  // room for a page number in the table of contents, in body sizes
  float toc_entry_spacing = 2;    // between entries of the table of contents
  float column_gap = 1.5f;        // between columns, of the list indent
  float badge_scale = 0.8f;       // a badge's text, of the surrounding text size
  float qr_side = 62.36f;         // a QR code's side when not given: 22 mm, quiet zone included
  float qr_aside_gap = 1.0f;      // beside a floated QR code, of the list indent
  float index_entry_spacing = 1;  // between entries of the index
  float cell_paragraph_spacing =
      0.5f;                      // between paragraphs of a table cell, of the paragraph spacing
  float header_raise = 16;       // the running header's baseline above the top margin
  float header_rule_raise = 10;  // the header's rule above the top margin
  float header_rule_width = 0.4f;
  float footer_drop = 26;                      // the footer's baseline below the bottom margin
  page::Color watermark{0.85f, 0.85f, 0.85f};  // a document's watermark across each page
  float watermark_span = 0.7f;                 // the watermark's length, of the page's diagonal

  page::Color text{0.13f, 0.13f, 0.13f};
  page::Color heading{0.05f, 0.27f, 0.40f};
  page::Color accent{0.80f, 0.38f, 0.12f};
  page::Color muted{0.42f, 0.42f, 0.42f};
  page::Color link{0.05f, 0.35f, 0.60f};
  page::Color callout_background{0.93f, 0.96f, 0.98f};
  page::Color callout_rule{0.05f, 0.27f, 0.40f};
  page::Color cover_background{0.05f, 0.27f, 0.40f};
  page::Color cover_text{1.0f, 1.0f, 1.0f};
  page::Color chart_bar{0.23f, 0.49f, 0.65f};
  page::Color chart_axis{0.42f, 0.42f, 0.42f};        // axis, ticks and their numbers
  page::Color badge_background{0.87f, 0.92f, 0.95f};  // small labels in the text ({badge})
  page::Color badge_text{0.05f, 0.27f, 0.40f};

  InterfaceWords words;

  bool justify = true;
  bool hyphenate = true;
  std::string hyphenation_dictionary = "/usr/share/hyphen/hyph_fr.dic";
  SourceLocation hyphenation_location;  // where the theme names it; empty when not set
};

}  // namespace coopkit::layout
