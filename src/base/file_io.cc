#include "base/file_io.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "base/file_kind.h"
#include "base/pending_file.h"

namespace coopkit {

std::optional<std::string> ReadFile(const std::string& path, std::string* error) {
  // Without blocking: opening a named pipe would wait for a writer.
  int fd = open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    *error = std::strerror(errno);
    return std::nullopt;
  }
  struct stat status {};
  std::optional<std::string> special;
  if (fstat(fd, &status) != 0 || (special = NotARegularFile(status.st_mode))) {
    *error = special ? *special : std::strerror(errno);
    close(fd);
    return std::nullopt;
  }
  std::string bytes;
  // Sized once from the file's length (fonts are read whole, and are large);
  // a file that grows meanwhile is still read to its end.
  if (status.st_size > 0) bytes.reserve(static_cast<size_t>(status.st_size));
  char buffer[65536];
  while (true) {
    ssize_t n = read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      *error = std::strerror(errno);
      close(fd);
      return std::nullopt;
    }
    if (n == 0) break;
    bytes.append(buffer, static_cast<size_t>(n));
  }
  close(fd);
  return bytes;
}

bool WriteFileAtomically(const std::string& path, const std::string& bytes, std::string* error,
                         Disk* disk) {
  std::unique_ptr<PendingFile> file = PendingFile::Create(disk, path, error);
  return file && file->Append(bytes, error) && file->Commit(error);
}

}  // namespace coopkit
