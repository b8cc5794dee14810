#pragma once

class QThreadPool;

// Work that must not take a core from the window's thread: storing pages (StoreWriter),
// reading device list pages. On a two-core machine the sync keeps both cores busy, and the
// window stays smooth only if the scheduler lets its thread go first.
namespace BackgroundWork {

// Lowers the calling thread's scheduling priority a little (nice 5; per thread on Linux,
// where Qt's thread priorities do nothing under SCHED_OTHER). Once per thread is enough.
void lowerCurrentThreadPriority();

// A pool for that work (one thread per core); each task calls
// lowerCurrentThreadPriority() first, so its threads run at the lower priority. Qt's
// global pool keeps its normal priority for the work the window waits for (filtering
// the list, for one). Waited for when the application object goes.
QThreadPool *pool();

} // namespace BackgroundWork
