#include "backends/pdf/image_orientation.h"

#include <gtest/gtest.h>

namespace coopkit::pdf {
namespace {

struct Point {
  float x, y;
};

Point Apply(const ImageMatrix& m, float u, float v) {
  return {m.a * u + m.c * v + m.e, m.b * u + m.d * v + m.f};
}

// For each orientation, where the stored picture's top-left and top-right
// corners are seen, in a box from (10, 20) to (110, 70), y up: EXIF's own
// definitions (« the 0th row is the visual right-hand side... »).
TEST(ImageOrientationTest, TheStoredTopRowIsSeenWhereExifSays) {
  struct Case {
    int orientation;
    Point top_left, top_right;
  };
  const Case cases[] = {
      {1, {10, 70}, {110, 70}},   // as stored
      {2, {110, 70}, {10, 70}},   // mirrored: the row runs right to left
      {3, {110, 20}, {10, 20}},   // upside down: the top row at the bottom
      {4, {10, 20}, {110, 20}},   // mirrored top-bottom
      {5, {10, 70}, {10, 20}},    // the top row is the left column, downwards
      {6, {110, 70}, {110, 20}},  // turned clockwise: the top row is the right column
      {7, {110, 20}, {110, 70}},  // the top row is the right column, upwards
      {8, {10, 20}, {10, 70}},    // turned anticlockwise: the top row is the left column, upwards
  };
  for (const Case& c : cases) {
    const ImageMatrix m = OrientedImageMatrix(c.orientation, 10, 20, 100, 50);
    const Point top_left = Apply(m, 0, 1), top_right = Apply(m, 1, 1);
    EXPECT_FLOAT_EQ(top_left.x, c.top_left.x) << c.orientation;
    EXPECT_FLOAT_EQ(top_left.y, c.top_left.y) << c.orientation;
    EXPECT_FLOAT_EQ(top_right.x, c.top_right.x) << c.orientation;
    EXPECT_FLOAT_EQ(top_right.y, c.top_right.y) << c.orientation;
    // Whatever the turn, the picture fills the box: its corners are the box's.
    for (float u : {0.f, 1.f}) {
      for (float v : {0.f, 1.f}) {
        const Point p = Apply(m, u, v);
        EXPECT_TRUE(p.x == 10 || p.x == 110) << c.orientation;
        EXPECT_TRUE(p.y == 20 || p.y == 70) << c.orientation;
      }
    }
  }
}

TEST(ImageOrientationTest, AnUnknownOrientationIsDrawnAsStored) {
  for (int odd : {0, 9, -1}) {
    const ImageMatrix m = OrientedImageMatrix(odd, 10, 20, 100, 50);
    EXPECT_FLOAT_EQ(m.a, 100);
    EXPECT_FLOAT_EQ(m.d, 50);
    EXPECT_FLOAT_EQ(m.e, 10);
    EXPECT_FLOAT_EQ(m.f, 20);
  }
}

}  // namespace
}  // namespace coopkit::pdf
