// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/gdalsupport.h"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal.h>
#include <ogr_spatialref.h>

#include <mutex>

namespace pz::geo::detail {

namespace {

void CPL_STDCALL collect(CPLErr level, CPLErrorNum, const char *message)
{
    auto *capture = static_cast<GdalErrorCapture *>(CPLGetErrorHandlerUserData());
    if (!capture)
        return;
    const QString text = QString::fromUtf8(message).trimmed();
    if (level == CE_Failure || level == CE_Fatal)
        capture->failures << text;
    else if (level == CE_Warning && capture->warnings.size() < 20)
        capture->warnings << text;
}

} // namespace

void ensureGdalRegistered()
{
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

QString wktOf(const OGRSpatialReference *srs)
{
    if (!srs)
        return {};
    char *wkt = nullptr;
    const char *const options[] = {"FORMAT=WKT2_2019", nullptr};
    srs->exportToWkt(&wkt, options);
    const QString text = QString::fromUtf8(wkt ? wkt : "");
    CPLFree(wkt);
    return text;
}

GdalErrorCapture::GdalErrorCapture()
{
    CPLPushErrorHandlerEx(collect, this);
}

GdalErrorCapture::~GdalErrorCapture()
{
    CPLPopErrorHandler();
}

ScopedConfigOptions::ScopedConfigOptions(const std::vector<std::pair<QByteArray, QByteArray>> &options)
{
    for (const auto &[key, value] : options) {
        const char *old = CPLGetThreadLocalConfigOption(key.constData(), nullptr);
        m_previous.emplace_back(key, old ? QByteArray(old) : QByteArray());
        m_wasSet.push_back(old != nullptr);
        CPLSetThreadLocalConfigOption(key.constData(), value.constData());
    }
}

ScopedConfigOptions::~ScopedConfigOptions()
{
    for (std::size_t i = 0; i < m_previous.size(); ++i)
        CPLSetThreadLocalConfigOption(m_previous[i].first.constData(),
                                      m_wasSet[i] ? m_previous[i].second.constData() : nullptr);
}

} // namespace pz::geo::detail
