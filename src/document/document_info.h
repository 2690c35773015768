// What a document says about itself, apart from its text: metadata and the
// labels of its running header and footer.
#pragma once

#include <string>

namespace coopkit::doc {

/// Document-wide facts that end up in the PDF's metadata and running
/// header and footer, not in the flow of text.
struct DocumentInfo {
  std::string title;
  std::string author;
  std::string subject;
  std::string keywords;
  std::string language = "fr-FR";
  std::string header_left;  // running header labels; may be empty
  std::string header_right;
  std::string footer_left;  // the footer's right side holds « page n / N »
  std::string watermark;    // drawn across every page when set (« BROUILLON »)
  int source_line = 0;      // of the {document} directive; 0 when none
};

}  // namespace coopkit::doc
