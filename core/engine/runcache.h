// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a cache kept between runs must do around a run: note what the run uses, and afterwards
// drop what it did not use, so that memory follows the current park. A run that did not complete
// (cancelled, or stopped by an error before every stage ran) drops nothing: the stages it did not
// reach would otherwise lose what the next run needs.

namespace pz {

class RunCache
{
public:
    virtual ~RunCache() = default;
    virtual void beginRun() = 0;
    virtual void endRun(bool completed) = 0;
    virtual void clear() = 0;
};

} // namespace pz
