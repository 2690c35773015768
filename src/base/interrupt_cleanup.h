// Removes the temporary files of a run stopped by SIGINT, SIGTERM or SIGHUP
// (what Ctrl-C, a closed terminal or a CI timeout sends), then lets the
// signal end the process as it would have. The signals are taken by a thread
// of their own (sigwait), so the cleanup is ordinary code, not a handler.
//
//   int main() { InterruptCleanup::Install(); ... }   // before any thread
//   std::string path = InterruptCleanup::CreateTracked([&] { return MakeTemporaryFile(); });
//   ...  InterruptCleanup::Forget(path);   // once renamed or removed
#pragma once

#include <functional>
#include <string>

namespace coopkit {

class InterruptCleanup {
 public:
  /// Blocks those signals in the calling thread, and so in every thread it
  /// starts afterwards, and starts the thread that waits for them. Call once,
  /// first thing in main().
  static void Install();

  /// Runs `create`, which makes a file and returns its path (empty when it
  /// made none); that file is removed if the process is interrupted, until
  /// Forget(path). No interruption comes between creating and tracking.
  static std::string CreateTracked(const std::function<std::string()>& create);
  static void Forget(const std::string& path);
};

}  // namespace coopkit
