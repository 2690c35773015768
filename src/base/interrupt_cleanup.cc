#include "base/interrupt_cleanup.h"

#include <pthread.h>
#include <unistd.h>

#include <csignal>
#include <mutex>
#include <set>
#include <thread>

namespace coopkit {
namespace {

struct TrackedFiles {
  std::mutex mutex;
  std::set<std::string> paths;
};

TrackedFiles& Tracked() {
  static TrackedFiles* files = new TrackedFiles;  // outlives every thread
  return *files;
}

sigset_t StopSignals() {
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGHUP);
  return signals;
}

[[noreturn]] void WaitAndCleanUp(sigset_t signals) {
  int signal_number = 0;
  while (sigwait(&signals, &signal_number) != 0) {
  }
  TrackedFiles& files = Tracked();
  files.mutex.lock();  // kept: no file is created or renamed from now on
  for (const std::string& path : files.paths) unlink(path.c_str());
  // Ends the process the way the signal would have, so that the caller sees
  // "killed by SIGTERM" rather than an exit code.
  std::signal(signal_number, SIG_DFL);
  sigset_t one;
  sigemptyset(&one);
  sigaddset(&one, signal_number);
  pthread_sigmask(SIG_UNBLOCK, &one, nullptr);
  raise(signal_number);
  _exit(128 + signal_number);
}

}  // namespace

void InterruptCleanup::Install() {
  sigset_t signals = StopSignals();
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  std::thread(WaitAndCleanUp, signals).detach();
}

std::string InterruptCleanup::CreateTracked(const std::function<std::string()>& create) {
  TrackedFiles& files = Tracked();
  std::lock_guard<std::mutex> lock(files.mutex);
  std::string path = create();
  if (!path.empty()) files.paths.insert(path);
  return path;
}

void InterruptCleanup::Forget(const std::string& path) {
  TrackedFiles& files = Tracked();
  std::lock_guard<std::mutex> lock(files.mutex);
  files.paths.erase(path);
}

}  // namespace coopkit
