#include "tests/support/test_pdfs.h"

#include <cstdio>
#include <vector>

#include "base/png_pixels.h"

namespace coopkit::testing {

std::string OnePagePdf(int width, int height) {
  const std::string content =
      "1 0 0 rg 0 0 " + std::to_string(width / 2) + " " + std::to_string(height) + " re f";
  const std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + std::to_string(width) + " " +
          std::to_string(height) + "] /Contents 4 0 R >>",
      "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "\nendstream"};
  std::string pdf = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t offset : offsets) {
    char entry[21];
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
    pdf += entry;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) +
         " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

RgbImage DecodePng(const std::string& png) {
  PngPixels pixels;
  std::string error;
  if (!DecodePngPixels(png, &pixels, &error)) return {};
  RgbImage image{pixels.width, pixels.height, {}};
  if (!pixels.grey) {
    image.pixels = std::move(pixels.colour);
    return image;
  }
  for (uint8_t grey : pixels.colour) image.pixels.insert(image.pixels.end(), 3, grey);
  return image;
}

uint32_t PixelAt(const RgbImage& image, int x, int y) {
  const uint8_t* p = &image.pixels[(static_cast<size_t>(y) * image.width + x) * 3];
  return static_cast<uint32_t>(p[0]) << 16 | p[1] << 8 | p[2];
}

}  // namespace coopkit::testing
