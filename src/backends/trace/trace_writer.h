// A text backend: writes a laid-out document as a plain-text trace, one line
// per page, image, rectangle, cell grid, rule, text run, link and outline
// entry, coordinates rounded to 0.1 pt (after SILE's debug outputter).
// Layout tests read or compare traces instead of parsing PDFs.
//
//   page 2 419.5x595.3
//   image 51.0 56.7 317.5 211.7 "/content/photos/atelier.jpg"
//   rect 51.0 56.7 317.5 40.0 #edf5fa
//   grid 55.3 60.2 1.6 #000000 0,0+7 0,9+2 1,0+1   (cells: row,column+length)
//   line 51.0 46.7 368.5 46.7 w0.4 #6b6b6b
//   run 51.0 70.2 f0 10.0 #212121 "Le texte du run"
//   run 95.2 520.1 f3 71.3 #d9d9d9 "BROUILLON" angle 54.8   (rotated runs only)
//   link 51.0 60.0 40.0 12.0 uri "https://example.org"
//   link 51.0 60.0 317.5 13.5 page 3 y 56.7
//   outline 1 page 3 y 56.7 "Titre"
#pragma once

#include <ostream>

#include "page/page.h"

namespace coopkit::trace {

class TraceWriter {
 public:
  explicit TraceWriter(std::ostream* out) : out_(*out) {}

  void Write(const page::LaidOutDocument& document);

 private:
  void WritePage(const page::Page& page, int number);

  std::ostream& out_;
};

}  // namespace coopkit::trace
