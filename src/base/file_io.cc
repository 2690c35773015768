#include "base/file_io.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace coopkit {

std::optional<std::string> ReadFile(const std::string& path, std::string* error) {
  FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) {
    *error = std::strerror(errno);
    return std::nullopt;
  }
  std::string bytes;
  char buffer[65536];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0) bytes.append(buffer, n);
  bool failed = std::ferror(f);
  std::fclose(f);
  if (failed) {
    *error = "read error";
    return std::nullopt;
  }
  return bytes;
}

bool WriteFileAtomically(const std::string& path, const std::string& bytes, std::string* error) {
  std::string temp = path + ".tmp-XXXXXX";
  int fd = mkstemp(temp.data());
  if (fd < 0) {
    *error = std::string("cannot create a temporary file beside ") + path + ": " + std::strerror(errno);
    return false;
  }
  fchmod(fd, 0644);
  size_t written = 0;
  while (written < bytes.size()) {
    ssize_t n = write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      break;
    }
    written += static_cast<size_t>(n);
  }
  bool ok = written == bytes.size() && fsync(fd) == 0;
  ok = close(fd) == 0 && ok;
  if (ok && std::rename(temp.c_str(), path.c_str()) == 0) return true;
  *error = std::string("cannot write ") + path + ": " + std::strerror(errno);
  std::remove(temp.c_str());
  return false;
}

}  // namespace coopkit
