// The text trace (TraceWriter) as an output format: `format: trace` in
// kit.yaml writes a document's trace instead of its PDF, to compare layouts
// between two versions of a kit or of coopkit with `diff`.
#pragma once

#include "backends/backend.h"

namespace coopkit::trace {

class TraceBackend : public backends::Backend {
 public:
  bool Write(page::LaidOutDocument document, WritableFile* out, std::string* error,
             bool* output_failed = nullptr) const override;
};

}  // namespace coopkit::trace
