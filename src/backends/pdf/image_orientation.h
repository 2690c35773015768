// Where a picture's stored pixels go so that it is seen upright in its box:
// the PDF matrix that maps an image's unit square (its first stored row at
// the top, v = 1) onto a box of the page for each EXIF orientation, as phone
// cameras write it instead of turning the pixels. 1 is as stored; 2 and 4
// mirror left-right and top-bottom; 3 is a half turn; 6 and 8 turn a
// quarter clockwise and anticlockwise; 5 and 7 mirror along a diagonal.
#pragma once

namespace coopkit::pdf {

/// x' = a u + c v + e, y' = b u + d v + f, in PDF points (y up).
struct ImageMatrix {
  float a = 1, b = 0, c = 0, d = 1, e = 0, f = 0;
};

/// The matrix that draws an image of EXIF `orientation` into the box whose
/// lower left corner is (x, y), `width` by `height` points as seen. An
/// orientation outside 1..8 is drawn as stored.
ImageMatrix OrientedImageMatrix(int orientation, float x, float y, float width, float height);

}  // namespace coopkit::pdf
