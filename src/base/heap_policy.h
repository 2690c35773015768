// How the process's heap treats freed memory. A build allocates and frees
// many buffers of a few hundred kilobytes (fonts, glyph maps, page streams).
// glibc's defaults map each from the kernel afresh and give it back when it is
// freed; the page faults that follow cost about a quarter of a short build's
// time on a virtual machine. The batch policy keeps freed memory in the heap,
// where the next buffer reuses it.
#pragma once

namespace coopkit {

/// Blocks under 32 MB come from the heap, and the heap is given back to the
/// system only when 64 MB lie free at its top. Call once, before the work
/// starts; the peak memory of a build does not change.
void UseBatchHeapPolicy();

}  // namespace coopkit
