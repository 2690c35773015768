#include "backends/pdf/xmp_packet.h"

#include <gtest/gtest.h>

namespace coopkit::pdf {
namespace {

TEST(XmpPacketTest, DeclaresPdfaOneBAndRepeatsTheInfoFields) {
  const std::string xmp = PdfaXmpPacket({.title = "Coopérer",
                                         .author = "Collectif",
                                         .creator_tool = "coopkit 1.0",
                                         .producer = "Haru",
                                         .date = 1709294400});
  EXPECT_NE(xmp.find("<pdfaid:part>1</pdfaid:part>"), std::string::npos) << xmp;
  EXPECT_NE(xmp.find("<pdfaid:conformance>B</pdfaid:conformance>"), std::string::npos);
  EXPECT_NE(xmp.find("<rdf:li xml:lang=\"x-default\">Coopérer</rdf:li>"), std::string::npos);
  EXPECT_NE(xmp.find("<dc:creator><rdf:Seq><rdf:li>Collectif</rdf:li>"), std::string::npos);
  EXPECT_NE(xmp.find("<xmp:CreateDate>2024-03-01T12:00:00+00:00</xmp:CreateDate>"),
            std::string::npos);
  EXPECT_NE(xmp.find("<xmp:ModifyDate>2024-03-01T12:00:00+00:00</xmp:ModifyDate>"),
            std::string::npos);
  EXPECT_NE(xmp.find("<pdf:Producer>Haru</pdf:Producer>"), std::string::npos);
  EXPECT_TRUE(xmp.starts_with("<?xpacket begin=\"\xEF\xBB\xBF\""));
  EXPECT_TRUE(xmp.ends_with("<?xpacket end=\"r\"?>"));
}

TEST(XmpPacketTest, EscapesMarkupAndLeavesOutEmptyFields) {
  const std::string xmp = PdfaXmpPacket({.title = "R&D <atelier> « l'été »"});
  EXPECT_NE(xmp.find(">R&amp;D &lt;atelier&gt; « l&apos;été »<"), std::string::npos) << xmp;
  EXPECT_EQ(xmp.find("dc:creator"), std::string::npos);
  EXPECT_EQ(xmp.find("dc:description"), std::string::npos);
  EXPECT_EQ(xmp.find("pdf:Keywords"), std::string::npos);
}

}  // namespace
}  // namespace coopkit::pdf
