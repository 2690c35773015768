#include "base/parallel_for.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace coopkit {

size_t ParallelWorkers(size_t count) {
  const size_t cores = std::max(1u, std::thread::hardware_concurrency());
  return std::max<size_t>(1, std::min(count, cores));
}

namespace {
thread_local bool inside_parallel_for = false;
}  // namespace

void ParallelFor(size_t count, const std::function<void(size_t item, size_t worker)>& body) {
  if (inside_parallel_for || ParallelWorkers(count) == 1) {
    for (size_t item = 0; item < count; ++item) body(item, 0);
    return;
  }
  std::atomic<size_t> next{0};
  auto work = [&](size_t worker, size_t item) {
    inside_parallel_for = true;
    for (; item < count; item = next++) body(item, worker);
    inside_parallel_for = false;
  };
  const size_t first = next++;  // taken before any thread starts: the caller's
  std::vector<std::thread> threads;
  for (size_t worker = 1; worker < ParallelWorkers(count); ++worker)
    threads.emplace_back([&work, &next, worker] { work(worker, next++); });
  work(0, first);
  for (std::thread& thread : threads) thread.join();
}
}  // namespace coopkit
