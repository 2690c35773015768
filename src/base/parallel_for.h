// Runs independent pieces of work on the machine's cores: body(item, worker)
// for every item in [0, count), items handed out in order to whichever
// worker is free. The calling thread is worker 0 and always runs item 0;
// each worker is one thread, so per-thread state can be kept by worker index.
// A ParallelFor run from inside the body of another that has several
// workers runs all its items on the calling thread, as worker 0: the outer
// one already keeps the cores busy.
#pragma once

#include <cstddef>
#include <functional>

namespace coopkit {

/// How many workers ParallelFor uses for `count` items: no more than the
/// items, nor than the machine's hardware threads; at least one.
size_t ParallelWorkers(size_t count);

/// Returns once every item is done. `body` must be safe to run on several
/// threads at once for different items.
void ParallelFor(size_t count, const std::function<void(size_t item, size_t worker)>& body);

}  // namespace coopkit
