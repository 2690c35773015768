#include "backends/pdf/xmp_packet.h"

#include <cstdio>
#include <ctime>

#include "base/markup_escape.h"

namespace coopkit::pdf {
namespace {

// 2024-03-01T12:00:00+00:00: the Info dictionary's dates are written with a
// zero offset too.
std::string XmpDate(int64_t epoch_seconds) {
  std::time_t time = static_cast<std::time_t>(epoch_seconds);
  std::tm utc{};
  gmtime_r(&time, &utc);
  char date[32];
  std::strftime(date, sizeof date, "%Y-%m-%dT%H:%M:%S+00:00", &utc);
  return date;
}

// One rdf:Description of namespace `prefix`, with the properties given
// (each already an element); empty when there is none.
std::string Description(const std::string& prefix, const std::string& uri,
                        const std::string& properties) {
  if (properties.empty()) return {};
  return "<rdf:Description rdf:about=\"\" xmlns:" + prefix + "=\"" + uri + "\">\n" + properties +
         "</rdf:Description>\n";
}

std::string Property(const std::string& name, const std::string& value,
                     const std::string& container = {}) {
  if (value.empty()) return {};
  const std::string item = EscapedMarkup(value);
  if (container.empty()) return "<" + name + ">" + item + "</" + name + ">\n";
  const std::string language = container == "Alt" ? " xml:lang=\"x-default\"" : "";
  return "<" + name + "><rdf:" + container + "><rdf:li" + language + ">" + item +
         "</rdf:li></rdf:" + container + "></" + name + ">\n";
}

}  // namespace

std::string PdfaXmpPacket(const XmpFields& fields) {
  const std::string date = XmpDate(fields.date);
  return "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
         "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
         "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n" +
         Description("dc", "http://purl.org/dc/elements/1.1/",
                     Property("dc:title", fields.title, "Alt") +
                         Property("dc:creator", fields.author, "Seq") +
                         Property("dc:description", fields.subject, "Alt")) +
         Description("xmp", "http://ns.adobe.com/xap/1.0/",
                     Property("xmp:CreatorTool", fields.creator_tool) +
                         Property("xmp:CreateDate", date) + Property("xmp:ModifyDate", date)) +
         Description("pdf", "http://ns.adobe.com/pdf/1.3/",
                     Property("pdf:Keywords", fields.keywords) +
                         Property("pdf:Producer", fields.producer)) +
         Description("pdfaid", "http://www.aiim.org/pdfa/ns/id/",
                     Property("pdfaid:part", "1") + Property("pdfaid:conformance", "B")) +
         "</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>";
}

}  // namespace coopkit::pdf
