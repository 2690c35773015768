#include "base/heap_policy.h"

#include <gtest/gtest.h>
#include <malloc.h>

#include <cstdlib>
#include <cstring>

namespace coopkit {
namespace {

// A block of a few megabytes, which glibc would map on its own by default,
// comes from the heap once the policy is in use.
TEST(HeapPolicyTest, BuffersOfAFewMegabytesComeFromTheHeap) {
  UseBatchHeapPolicy();
  const size_t mapped_before = mallinfo2().hblks;
  void* buffer = std::malloc(4 * 1024 * 1024);
  ASSERT_NE(buffer, nullptr);
  std::memset(buffer, 1, 4 * 1024 * 1024);
  EXPECT_EQ(mallinfo2().hblks, mapped_before);
  std::free(buffer);
}

}  // namespace
}  // namespace coopkit
