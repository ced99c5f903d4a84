// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/parallelfor.h"

#include <QSemaphore>
#include <QThread>
#include <QThreadPool>
#include <algorithm>
#include <atomic>

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
    QSemaphore finished;
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
    finished.acquire(helpers);
    return helpers + 1;
}

} // namespace pz
