#pragma once

class QThreadPool;

// Work that must not take a core from the window's thread: storing pages (StoreWriter),
// reading device list pages. On a two-core machine the sync keeps both cores busy, and the
// window stays smooth only if the scheduler lets its thread go first.
namespace BackgroundWork {

// Lowers the calling thread's scheduling priority a little (nice 5; per thread on Linux,
// where Qt's thread priorities do nothing under SCHED_OTHER). Once per thread is enough.
void lowerCurrentThreadPriority();

// A pool whose threads run at that lower priority (one per core). Qt's global pool keeps
// its normal priority for the work the window waits for (filtering the list, for one).
QThreadPool *pool();

} // namespace BackgroundWork
