// Turns a laid-out document into PDF (or PDF/A-1b) bytes with libharu: embedded TrueType
// fonts in UTF-8, PNG (transparency kept) and JPEG images, each file embedded
// once, shapes and text, links, nested bookmarks, metadata and the document
// language. It draws what layout decided and decides nothing.
//
// Built like leveldb's table builder: the first libharu error is kept, every
// later step is skipped, and Write() reports that error instead of bytes.
// libharu is never allowed to abort the process, and font files are checked
// before libharu reads them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "backends/backend.h"
#include "base/writable_file.h"
#include "page/page.h"

namespace coopkit::pdf {

/// The sRGB colour profile a PDF/A file embeds (Debian's icc-profiles-free,
/// under the zlib licence).
inline constexpr const char* kSrgbProfile = "/usr/share/color/icc/sRGB.icc";

struct PdfOptions {
  /// Seconds since 1970 (UTC) written as the creation and modification date,
  /// for byte-identical rebuilds; the current time when absent.
  std::optional<int64_t> source_date_epoch;
  bool compress = true;
  /// Written in the Creator field as "coopkit <version>".
  std::string version;
  /// PDF/A-1b: XMP metadata, an sRGB output intent, images flattened onto
  /// white (no transparency), printable links and an /ID derived from the
  /// pages drawn, so that rebuilds stay byte-identical.
  bool pdfa = false;
  std::string srgb_profile = kSrgbProfile;  // read when `pdfa`
};

class PdfWriter : public backends::Backend {
 public:
  explicit PdfWriter(PdfOptions options) : options_(std::move(options)) {}

  /// Fills `pdf_bytes` with the whole file and returns true, or returns false
  /// with `error` set (a font file that is not usable TrueType, an image
  /// file that is missing or damaged, a missing colour profile for PDF/A,
  /// a libharu failure).
  /// Each page's drawings are let go once libharu has them.
  /// REQUIRES: runs use FontIds within document.font_files and internal
  /// links and bookmarks point at existing pages.
  bool Write(page::LaidOutDocument document, std::string* pdf_bytes, std::string* error) const;

  /// As Write(), but the bytes go to `out` as libharu makes them, so that a
  /// long document's file is never all in memory. On failure `out` may hold
  /// part of a file; `output_failed` (when given) tells whether `out` itself
  /// failed (a full disk) rather than the document.
  bool Write(page::LaidOutDocument document, WritableFile* out, std::string* error,
             bool* output_failed = nullptr) const override;

 private:
  PdfOptions options_;
};

}  // namespace coopkit::pdf
