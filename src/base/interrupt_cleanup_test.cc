#include "base/interrupt_cleanup.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <fstream>

#include "tests/support/tool_runner.h"

namespace coopkit {
namespace {

namespace fs = std::filesystem;

std::string Touch(const std::string& path) {
  std::ofstream(path) << "partial";
  return path;
}

TEST(InterruptCleanupTest, TrackedFilesGoWithTheSignalForgottenOnesStay) {
  coopkit::testing::TempDir dir;
  for (int signal_number : {SIGINT, SIGTERM, SIGHUP}) {
    EXPECT_EXIT(
        {
          InterruptCleanup::Install();
          InterruptCleanup::CreateTracked([&] { return Touch(dir.File("a.tmp")); });
          std::string kept =
              InterruptCleanup::CreateTracked([&] { return Touch(dir.File("b.pdf")); });
          InterruptCleanup::Forget(kept);  // renamed into place: it is the output now
          InterruptCleanup::CreateTracked([] { return std::string(); });  // made nothing
          kill(getpid(), signal_number);
          pause();
        },
        ::testing::KilledBySignal(signal_number), "");
    EXPECT_FALSE(fs::exists(dir.File("a.tmp"))) << signal_number;
    EXPECT_TRUE(fs::exists(dir.File("b.pdf"))) << signal_number;
    fs::remove(dir.File("b.pdf"));
  }
}

}  // namespace
}  // namespace coopkit
