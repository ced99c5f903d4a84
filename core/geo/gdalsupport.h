// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// GDAL plumbing shared by the import: one-time driver registration, capture of the errors GDAL
// raises while a file is read (so that they reach the report instead of stderr), and
// thread-local configuration options that last for one read.

#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

class OGRSpatialReference;

namespace pz::geo::detail {

void ensureGdalRegistered();

// The CRS as WKT2 (2019), the form the plan projection takes; empty for none.
QString wktOf(const OGRSpatialReference *srs);

// Collects GDAL's errors and warnings on this thread while it lives.
class GdalErrorCapture
{
public:
    GdalErrorCapture();
    ~GdalErrorCapture();
    GdalErrorCapture(const GdalErrorCapture &) = delete;
    GdalErrorCapture &operator=(const GdalErrorCapture &) = delete;

    bool failed() const { return !failures.isEmpty(); }
    QStringList failures;  // CE_Failure and CE_Fatal messages
    QStringList warnings;  // CE_Warning messages
};

// Sets GDAL configuration options for this thread; restores the previous values on destruction.
class ScopedConfigOptions
{
public:
    explicit ScopedConfigOptions(const std::vector<std::pair<QByteArray, QByteArray>> &options);
    ~ScopedConfigOptions();
    ScopedConfigOptions(const ScopedConfigOptions &) = delete;
    ScopedConfigOptions &operator=(const ScopedConfigOptions &) = delete;

private:
    std::vector<std::pair<QByteArray, QByteArray>> m_previous;
    std::vector<bool> m_wasSet;
};

} // namespace pz::geo::detail
