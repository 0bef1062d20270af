// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

// Qt and GLib are not built with ThreadSanitizer, so it cannot see the locks with which Qt's
// event queue and thread pool hand memory from one thread to another: what one thread built
// and another reads looks like a race. Where our code hands data over that way, it says so:
// markHandedOver(token) once the data is written, before it is posted, and markTakenOver(token)
// on the receiving thread before the first read, with the same token (the object posted, or
// the slot written). Both compile to nothing outside a ThreadSanitizer build.
//
// Most hand-overs are a call to run on another object's thread: postCall() marks the event it
// posts, and the receiver's event() runs it through runPostedCall(), which takes it over.

#if defined(__SANITIZE_THREAD__)
#define PAPERLAB_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define PAPERLAB_TSAN 1
#endif
#endif

#ifdef PAPERLAB_TSAN
#include <sanitizer/tsan_interface.h>
#endif

#include <paperlab/paperlabcoreexport.h>

#include <functional>

class QEvent;
class QObject;

namespace paperlab {

inline void markHandedOver([[maybe_unused]] const void *token)
{
#ifdef PAPERLAB_TSAN
    __tsan_release(const_cast<void *>(token));
#endif
}

inline void markTakenOver([[maybe_unused]] const void *token)
{
#ifdef PAPERLAB_TSAN
    __tsan_acquire(const_cast<void *>(token));
#endif
}

/// Runs `call` on `receiver`'s thread, from its event loop, in the receiver's event(), which
/// must begin with runPostedCall(). Dropped, as Qt drops posted events, if the receiver is
/// deleted first.
PAPERLAB_CORE_EXPORT void postCall(QObject *receiver, std::function<void()> call);

/// For event(): runs `e` if postCall() posted it; false for any other event.
PAPERLAB_CORE_EXPORT bool runPostedCall(QEvent *e);

} // namespace paperlab
