// Why a path that should be a regular file is not one, for the messages of
// what reads input and what replaces output: reading a named pipe would wait
// for a writer forever, and replacing a device (/dev/full) or a folder by a
// file is never what was meant.
#pragma once

#include <optional>
#include <string>

namespace coopkit {

/// « it is not a regular file but a named pipe » (a folder, a device, a
/// socket) for the file status `mode`; nullopt for a regular file.
std::optional<std::string> NotARegularFile(unsigned mode);

}  // namespace coopkit
