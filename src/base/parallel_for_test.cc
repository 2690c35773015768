#include "base/parallel_for.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

namespace coopkit {
namespace {

TEST(ParallelForTest, RunsEveryItemOnceWithAValidWorkerIndex) {
  constexpr size_t kItems = 200;
  std::vector<std::atomic<int>> runs(kItems);
  const size_t workers = ParallelWorkers(kItems);
  std::atomic<bool> worker_out_of_range{false};
  ParallelFor(kItems, [&](size_t item, size_t worker) {
    ++runs[item];
    if (worker >= workers) worker_out_of_range = true;
  });
  for (size_t i = 0; i < kItems; ++i) EXPECT_EQ(runs[i], 1) << i;
  EXPECT_FALSE(worker_out_of_range);
}

TEST(ParallelForTest, EachWorkerIsOneThreadAndTheCallerRunsItemZero) {
  const std::thread::id caller = std::this_thread::get_id();
  std::mutex mutex;
  std::set<std::pair<size_t, std::thread::id>> seen;
  ParallelFor(64, [&](size_t item, size_t worker) {
    std::lock_guard<std::mutex> lock(mutex);
    seen.emplace(worker, std::this_thread::get_id());
    if (item == 0) {
      EXPECT_EQ(std::this_thread::get_id(), caller);
    }
  });
  std::set<size_t> workers;
  for (const auto& [worker, thread] : seen) {
    EXPECT_TRUE(workers.insert(worker).second) << "worker " << worker << " ran on two threads";
    if (worker == 0) {
      EXPECT_EQ(thread, caller);
    }
  }
}

// How many threads a ParallelFor of 64 items, a millisecond each, runs on.
size_t ThreadsOfSixtyFourItems() {
  std::mutex mutex;
  std::set<std::thread::id> threads;
  ParallelFor(64, [&](size_t, size_t) {
    std::lock_guard<std::mutex> lock(mutex);
    threads.insert(std::this_thread::get_id());
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  });
  return threads.size();
}

TEST(ParallelForTest, AParallelForInsideAnotherRunsOnTheCallingWorker) {
  std::atomic<int> inner_runs{0};
  std::atomic<bool> left_its_thread{false};
  ParallelFor(8, [&](size_t, size_t) {
    const std::thread::id outer = std::this_thread::get_id();
    ParallelFor(16, [&](size_t, size_t worker) {
      ++inner_runs;
      if (worker != 0 || std::this_thread::get_id() != outer) left_its_thread = true;
    });
  });
  EXPECT_EQ(inner_runs, 8 * 16);
  EXPECT_FALSE(left_its_thread);
  // One item leaves the cores to what it runs.
  size_t inner_threads = 0;
  ParallelFor(1, [&](size_t, size_t) { inner_threads = ThreadsOfSixtyFourItems(); });
  EXPECT_EQ(inner_threads > 1, ParallelWorkers(64) > 1);
  // Once the outer one has returned, the caller's own ParallelFor uses the cores again.
  EXPECT_EQ(ThreadsOfSixtyFourItems() > 1, ParallelWorkers(64) > 1);
}

TEST(ParallelForTest, WorkersNeverOutnumberItems) {
  EXPECT_EQ(ParallelWorkers(0), 1u);
  EXPECT_EQ(ParallelWorkers(1), 1u);
  EXPECT_LE(ParallelWorkers(2), 2u);
  int calls = 0;
  ParallelFor(0, [&](size_t, size_t) { ++calls; });
  EXPECT_EQ(calls, 0);
}

}  // namespace
}  // namespace coopkit
