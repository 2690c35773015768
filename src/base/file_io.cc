#include "base/file_io.h"

#include <sys/stat.h>

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

bool WriteFileAtomically(const std::string& path, const std::string& bytes, std::string* error,
                         Disk* disk) {
  std::unique_ptr<PendingFile> file = PendingFile::Create(disk, path, error);
  return file && file->Append(bytes, error) && file->Commit(error);
}

}  // namespace coopkit
