// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <algorithm>
#include <exception>
#include <functional>
#include <thread>
#include <vector>

namespace paperlab::papers::diffusionmemorization {

/// The number of worker threads for independent runs: the hardware concurrency, at most
/// `cap` (architecture §7.5: parallelise across runs, Eigen stays single-threaded).
inline int runThreads(int cap = 2)
{
    const int hw = int(std::thread::hardware_concurrency());
    return std::clamp(hw, 1, std::max(cap, 1));
}

/// Calls job(i) for i in [0, count) on up to `threads` threads and waits for all of them.
/// Each job must touch only its own state, so results do not depend on the scheduling.
/// The first exception thrown by a job is rethrown here after every thread has joined.
inline void parallelFor(int count, int threads, const std::function<void(int)> &job)
{
    if (count <= 0)
        return;
    threads = std::clamp(threads, 1, count);
    if (threads == 1) {
        for (int i = 0; i < count; ++i)
            job(i);
        return;
    }
    std::vector<std::exception_ptr> errors(static_cast<size_t>(threads));
    std::vector<std::thread> pool;
    for (int w = 0; w < threads; ++w) {
        pool.emplace_back([&, w] {
            try {
                for (int i = w; i < count; i += threads)
                    job(i);
            } catch (...) {
                errors[size_t(w)] = std::current_exception();
            }
        });
    }
    for (std::thread &t : pool)
        t.join();
    for (const std::exception_ptr &e : errors) {
        if (e)
            std::rethrow_exception(e);
    }
}

} // namespace paperlab::papers::diffusionmemorization
