// The XMP metadata packet of a PDF/A-1b file: the document information
// fields again, as XMP properties (PDF/A requires both to agree), and the
// pdfaid part and conformance. libharu's own packet is not used: it writes
// its fields without XML escaping (a title with « & » or « < » makes the
// packet unreadable) and a /SubType key where PDF wants /Subtype.
#pragma once

#include <cstdint>
#include <string>

namespace coopkit::pdf {

/// The document information fields as written in the PDF's Info
/// dictionary (UTF-8); an empty one is left out.
struct XmpFields {
  std::string title;
  std::string author;
  std::string subject;
  std::string keywords;
  std::string creator_tool;
  std::string producer;
  int64_t date = 0;  // seconds since 1970 (UTC): creation and modification
};

/// The whole packet, from <?xpacket begin to end='r'?>, declaring PDF/A-1b.
std::string PdfaXmpPacket(const XmpFields& fields);

}  // namespace coopkit::pdf
