#include "backends/pdf/font_subsetter.h"

#include <hb-subset.h>

#include <memory>

namespace coopkit::pdf {
namespace {

template <auto destroy>
struct HbDeleter {
  template <typename T>
  void operator()(T* object) const {
    destroy(object);
  }
};
using BlobPtr = std::unique_ptr<hb_blob_t, HbDeleter<hb_blob_destroy>>;
using FacePtr = std::unique_ptr<hb_face_t, HbDeleter<hb_face_destroy>>;
using SubsetInputPtr = std::unique_ptr<hb_subset_input_t, HbDeleter<hb_subset_input_destroy>>;

}  // namespace

std::optional<std::string> SubsetTrueType(std::string_view font_bytes,
                                          const std::vector<char32_t>& code_points,
                                          std::string* error) {
  // READONLY: HarfBuzz only reads the caller's bytes, which outlive the blob.
  BlobPtr blob(hb_blob_create_or_fail(font_bytes.data(), static_cast<unsigned>(font_bytes.size()),
                                      HB_MEMORY_MODE_READONLY, nullptr, nullptr));
  if (!blob) {
    *error = "HarfBuzz cannot read the font (too large?)";
    return std::nullopt;
  }
  FacePtr face(hb_face_create(blob.get(), 0));
  // HarfBuzz reads anything that is not a font as an empty face.
  if (hb_face_get_glyph_count(face.get()) == 0) {
    *error = "HarfBuzz finds no glyphs in the font";
    return std::nullopt;
  }
  SubsetInputPtr input(hb_subset_input_create_or_fail());
  if (!input) {
    *error = "HarfBuzz is out of memory";
    return std::nullopt;
  }
  hb_set_t* unicodes = hb_subset_input_unicode_set(input.get());
  for (char32_t code_point : code_points) hb_set_add(unicodes, code_point);
  FacePtr subset(hb_subset_or_fail(face.get(), input.get()));
  if (!subset) {
    *error = "HarfBuzz cannot subset the font";
    return std::nullopt;
  }
  BlobPtr subset_blob(hb_face_reference_blob(subset.get()));
  unsigned length = 0;
  const char* data = hb_blob_get_data(subset_blob.get(), &length);
  if (length == 0) {
    *error = "HarfBuzz made an empty subset";
    return std::nullopt;
  }
  return std::string(data, length);
}

}  // namespace coopkit::pdf
