// A file being written, sequentially, from start to end.
#pragma once

#include <string>
#include <string_view>

namespace coopkit {

class WritableFile {
 public:
  virtual ~WritableFile() = default;

  /// Appends `bytes`; false with `error` set to the reason (« No space left
  /// on device ») when they could not all be written.
  virtual bool Append(std::string_view bytes, std::string* error) = 0;

  /// Flushes the file to stable storage and closes it; false with `error`
  /// set to the reason when its bytes may not all be on disk. Nothing may be appended
  /// afterwards.
  virtual bool Close(std::string* error) = 0;
};

}  // namespace coopkit
