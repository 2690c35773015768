#include "kit/print_resolution.h"

#include <gtest/gtest.h>

namespace coopkit::kit {
namespace {

page::LaidOutDocument OneImage(float width_points, int pixel_width, const std::string& path) {
  page::LaidOutDocument document;
  page::Page page;
  page.images.push_back({0, 0, width_points, width_points / 2, path, 1, pixel_width});
  document.pages.push_back(page);
  return document;
}

const ImagePlaces kPlaces = {
    {"/content/photos/a.jpg", {{"content/report.yaml", 109, 14}, "photos/a.jpg"}}};

TEST(PrintResolutionTest, APhotoPrintedBelow150PpiIsAWarningWhereItIsNamed) {
  DiagnosticList diagnostics;
  // 640 pixels over 6 inches: 107 ppi; 900 would make 150.
  WarnAboutBlurredImages(OneImage(6 * 72, 640, "/content/photos/a.jpg"), kPlaces, &diagnostics);
  ASSERT_EQ(diagnostics.items().size(), 1u);
  EXPECT_EQ(FormatDiagnostic(diagnostics.items()[0]),
            "content/report.yaml:109:14: warning: image 'photos/a.jpg' prints at 107 pixels per "
            "inch, fewer than the 150 paper needs: it will look blurred\n"
            "  hint: use a picture at least 900 pixels wide for this size, or print it smaller "
            "with :width:");
}

TEST(PrintResolutionTest, EnoughPixelsIsNoWarning) {
  DiagnosticList diagnostics;
  WarnAboutBlurredImages(OneImage(6 * 72, 900, "/content/photos/a.jpg"), kPlaces, &diagnostics);
  WarnAboutBlurredImages(OneImage(2 * 72, 640, "/content/photos/a.jpg"), kPlaces, &diagnostics);
  EXPECT_TRUE(diagnostics.empty()) << FormatDiagnostics(diagnostics);
}

TEST(PrintResolutionTest, APictureShownTwiceIsWarnedAboutOnceAtItsLargest) {
  page::LaidOutDocument document = OneImage(2 * 72, 640, "/content/photos/a.jpg");
  document.pages.push_back(OneImage(8 * 72, 640, "/content/photos/a.jpg").pages[0]);
  DiagnosticList diagnostics;
  WarnAboutBlurredImages(document, kPlaces, &diagnostics);
  ASSERT_EQ(diagnostics.items().size(), 1u);
  EXPECT_NE(diagnostics.items()[0].message.find("prints at 80 pixels"), std::string::npos);
}

TEST(PrintResolutionTest, UnknownPicturesAndSizesAreNotChecked) {
  DiagnosticList diagnostics;
  WarnAboutBlurredImages(OneImage(6 * 72, 0, "/content/photos/a.jpg"), kPlaces, &diagnostics);
  WarnAboutBlurredImages(OneImage(6 * 72, 10, "/elsewhere/b.png"), kPlaces, &diagnostics);
  EXPECT_TRUE(diagnostics.empty());
}

}  // namespace
}  // namespace coopkit::kit
