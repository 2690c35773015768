#include "base/file_kind.h"

#include <sys/stat.h>

namespace coopkit {

std::optional<std::string> NotARegularFile(unsigned mode) {
  const char* kind = nullptr;
  if (S_ISREG(mode)) return std::nullopt;
  if (S_ISDIR(mode))
    kind = "a folder";
  else if (S_ISFIFO(mode))
    kind = "a named pipe";
  else if (S_ISSOCK(mode))
    kind = "a socket";
  else if (S_ISCHR(mode) || S_ISBLK(mode))
    kind = "a device";
  else
    kind = "a link";
  return std::string("it is not a regular file but ") + kind;
}

}  // namespace coopkit
