// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include <paperlab/math/parallel.h>

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <system_error>
#include <thread>
#include <vector>

namespace paperlab::math {

int resolveThreadCount(int requested)
{
    if (requested > 0)
        return requested;
    return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

void parallelFor(int count, int threads, const std::function<void(int)> &body)
{
    if (count <= 0)
        return;
    const int workers = std::min(resolveThreadCount(threads), count);
    std::atomic<int> next{0};
    std::atomic<bool> failed{false};
    std::mutex errorMutex;
    int errorIndex = count;
    std::exception_ptr error;

    const auto work = [&] {
        for (;;) {
            if (failed.load(std::memory_order_relaxed))
                return;
            const int i = next.fetch_add(1, std::memory_order_relaxed);
            if (i >= count)
                return;
            try {
                body(i);
            } catch (...) {
                const std::lock_guard<std::mutex> lock(errorMutex);
                if (i < errorIndex) {
                    errorIndex = i;
                    error = std::current_exception();
                }
                failed.store(true, std::memory_order_relaxed);
            }
        }
    };

    std::vector<std::thread> pool;
    pool.reserve(size_t(workers - 1));
    for (int t = 1; t < workers; ++t) {
        try {
            pool.emplace_back(work);
        } catch (const std::system_error &) {
            break; // no more threads available: the ones running share the work
        }
    }
    work();
    for (std::thread &t : pool)
        t.join();
    if (error)
        std::rethrow_exception(error);
}

} // namespace paperlab::math
