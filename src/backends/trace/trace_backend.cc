#include "backends/trace/trace_backend.h"

#include <sstream>

#include "backends/trace/trace_writer.h"

namespace coopkit::trace {

bool TraceBackend::Write(page::LaidOutDocument document, WritableFile* out, std::string* error,
                         bool* output_failed) const {
  std::ostringstream trace;
  TraceWriter(&trace).Write(document);
  const bool written = out->Append(trace.view(), error);
  if (output_failed) *output_failed = !written;
  return written;
}

}  // namespace coopkit::trace
