#include "base/file_io.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "base/pending_file.h"

namespace coopkit {

std::optional<std::string> ReadFile(const std::string& path, std::string* error) {
  FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) {
    *error = std::strerror(errno);
    return std::nullopt;
  }
  std::string bytes;
  // Sized once from the file's length (fonts are read whole, and are large);
  // a file that grows meanwhile is still read to its end.
  struct stat status {};
  if (fstat(fileno(f), &status) == 0 && status.st_size > 0)
    bytes.reserve(static_cast<size_t>(status.st_size));
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
  std::optional<PendingFile> file = PendingFile::Create(path, error);
  if (!file) return false;
  int fd = open(file->temporary_path().c_str(), O_WRONLY | O_TRUNC);
  size_t written = 0;
  while (fd >= 0 && written < bytes.size()) {
    ssize_t n = write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      break;
    }
    written += static_cast<size_t>(n);
  }
  bool ok = fd >= 0 && written == bytes.size();
  if (fd >= 0) ok = close(fd) == 0 && ok;
  if (!ok) {
    *error = std::string("cannot write ") + path + ": " + std::strerror(errno);
    return false;
  }
  return file->Commit(error);
}

}  // namespace coopkit
