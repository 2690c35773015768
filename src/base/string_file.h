// A WritableFile that appends to a string in memory: for output that is
// checked and dropped (`coopkit check`), and for tests.
#pragma once

#include <string>
#include <string_view>

#include "base/writable_file.h"

namespace coopkit {

class StringFile : public WritableFile {
 public:
  explicit StringFile(std::string* bytes) : bytes_(bytes) {}

  bool Append(std::string_view bytes, std::string*) override {
    bytes_->append(bytes);
    return true;
  }
  bool Close(std::string*) override { return true; }

 private:
  std::string* bytes_;
};

}  // namespace coopkit
