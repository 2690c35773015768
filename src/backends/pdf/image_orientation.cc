#include "backends/pdf/image_orientation.h"

namespace coopkit::pdf {

ImageMatrix OrientedImageMatrix(int orientation, float x, float y, float width, float height) {
  const float w = width, h = height;
  switch (orientation) {
    case 2:  // mirrored left-right
      return {-w, 0, 0, h, x + w, y};
    case 3:  // half turn
      return {-w, 0, 0, -h, x + w, y + h};
    case 4:  // mirrored top-bottom
      return {w, 0, 0, -h, x, y + h};
    case 5:  // mirrored along the main diagonal: the first row becomes the left column
      return {0, -h, -w, 0, x + w, y + h};
    case 6:  // a quarter turn clockwise: the first row becomes the right column
      return {0, -h, w, 0, x, y + h};
    case 7:  // mirrored along the other diagonal: the first row becomes the right column, upwards
      return {0, h, w, 0, x, y};
    case 8:  // a quarter turn anticlockwise: the first row becomes the left column, upwards
      return {0, h, -w, 0, x + w, y};
    default:
      return {w, 0, 0, h, x, y};
  }
}

}  // namespace coopkit::pdf
