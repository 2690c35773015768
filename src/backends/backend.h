// What every output format implements: it draws a laid-out document into a
// file and decides nothing about layout. The kit picks one per document from
// kit.yaml's `format:` (backends/pdf for PDF, backends/trace for a text trace
// of every drawing, which layout reference tests compare).
#pragma once

#include <string>

#include "base/writable_file.h"
#include "page/page.h"

namespace coopkit::backends {

class Backend {
 public:
  virtual ~Backend() = default;

  /// Writes `document` to `out` and returns true, or returns false with
  /// `error` set to a sentence about the document (a damaged font or image)
  /// or about `out` (a full disk); `output_failed`, when given, tells which.
  /// On failure `out` may hold part of a file.
  virtual bool Write(page::LaidOutDocument document, WritableFile* out, std::string* error,
                     bool* output_failed = nullptr) const = 0;
};

}  // namespace coopkit::backends
