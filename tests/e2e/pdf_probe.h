// What the end-to-end tests read back from a PDF with the real tools:
// words with their boxes (pdftotext -bbox), page text (pdftotext), metadata
// (pdfinfo), fonts (pdffonts), and the outline and annotations (qpdf --json).
#pragma once

#include <map>
#include <string>
#include <vector>

namespace coopkit::testing {

struct WordBox {
  std::string text;
  double x_min, y_min, x_max, y_max;  // points, origin top-left
};

struct PageWords {
  double width = 0, height = 0;
  std::vector<WordBox> words;
};

struct Bookmark {
  std::string title;
  int level = 1;
  int page = 0;  // 1-based
};

struct LinkAnnotation {
  int page = 0;         // 1-based
  std::string uri;      // external links
  int target_page = 0;  // 1-based, internal links
};

struct DecodedCode {
  int page = 0;  // 1-based
  std::string text;
};

/// The printable area: a word outside it is drawn in the margins.
struct PageMargins {
  double top = 0, bottom = 0, inner = 0, outer = 0;  // points
};

class PdfProbe {
 public:
  explicit PdfProbe(std::string path) : path_(std::move(path)) {}

  std::vector<PageWords> Words() const;
  /// pdftotext of one page (1-based), or of the whole file when page is 0.
  std::string Text(int page = 0) const;
  std::map<std::string, std::string> Info() const;
  /// One entry per font: name -> embedded?
  std::vector<std::pair<std::string, bool>> Fonts() const;
  std::vector<Bookmark> Bookmarks() const;
  std::vector<LinkAnnotation> Links() const;
  /// The catalog's /Lang, empty if none.
  std::string Language() const;
  int QpdfCheck(std::string* output) const;
  /// Every QR code a phone would read from the printed pages `first` to
  /// `last` (1-based; 0 for the document's first or last page): each page
  /// rendered at `dpi` (pdftoppm) and scanned (zbarimg), in page order.
  std::vector<DecodedCode> QrCodes(int dpi, int first = 0, int last = 0) const;

 private:
  std::string path_;
};

/// Collapses every run of white space (including U+00A0 and U+202F) to one
/// ASCII space and joins words hyphenated across lines, so that text from
/// pdftotext compares with the content it came from.
std::string NormalizeText(const std::string& text);

/// "page N: word" for each word that is not inside the margins, the running
/// header and footer excepted: they may sit in the top and bottom margins,
/// but not in their outer two thirds.
std::vector<std::string> WordsOutsideMargins(const std::vector<PageWords>& pages,
                                             const PageMargins& margins);

}  // namespace coopkit::testing
