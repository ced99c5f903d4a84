// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/parallelfor.h"

#include <QThread>
#include <QThreadPool>
#include <algorithm>
#include <atomic>
#include <semaphore>

namespace pz {

int maxParallelWorkers()
{
    return std::max(1, QThread::idealThreadCount());
}

int parallelFor(std::size_t count, const std::function<void(std::size_t, int)> &body)
{
    if (count == 0)
        return 0;
    std::atomic<std::size_t> next{0};
    auto work = [&](int worker) {
        for (std::size_t i = next++; i < count; i = next++)
            body(i, worker);
    };
    const int helpersWanted = int(std::min<std::size_t>(count, std::size_t(maxParallelWorkers()))) - 1;
    // The helpers' work happens before the caller goes on. The standard semaphore rather than
    // QSemaphore: its atomics are compiled into this file, so ThreadSanitizer sees that order
    // (QSemaphore's futex inside Qt it does not, and reported every helper's last write).
    std::counting_semaphore<> finished(0);
    int helpers = 0;
    for (; helpers < helpersWanted; ++helpers) {
        const int worker = helpers + 1;
        if (!QThreadPool::globalInstance()->tryStart([&work, &finished, worker] {
                work(worker);
                finished.release();
            }))
            break;
    }
    work(0);
    for (int i = 0; i < helpers; ++i)
        finished.acquire();
    return helpers + 1;
}

} // namespace pz
