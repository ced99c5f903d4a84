// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/crstransform.h"

#include <QCoreApplication>

#include <proj.h>

#include <cmath>

namespace pz::geo {

struct CrsTransform::Impl {
    PJ_CONTEXT *context = nullptr;
    PJ *transform = nullptr;
    ~Impl()
    {
        if (transform)
            proj_destroy(transform);
        if (context)
            proj_context_destroy(context);
    }
};

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pz::geo", text);
}

QString lastProjError(PJ_CONTEXT *context)
{
    const int code = proj_context_errno(context);
    return code ? QString::fromUtf8(proj_context_errno_string(context, code)) : tr("unknown PROJ error");
}

QString cannotTransform(const QString &sourceCrs, PJ_CONTEXT *context)
{
    return tr("cannot transform from \"%1\": %2").arg(sourceCrs.left(80).simplified(), lastProjError(context));
}

std::optional<XY> run(PJ *transform, PJ_DIRECTION direction, XY p)
{
    PJ_COORD c = proj_coord(p.x, p.y, 0.0, 0.0);
    proj_errno_reset(transform);
    c = proj_trans(transform, direction, c);
    if (proj_errno(transform) != 0 || !std::isfinite(c.xy.x) || !std::isfinite(c.xy.y)
        || c.xy.x == HUGE_VAL || c.xy.y == HUGE_VAL)
        return std::nullopt;
    return XY{c.xy.x, c.xy.y};
}

} // namespace

CrsTransform::CrsTransform(std::unique_ptr<Impl> impl) : d(std::move(impl)) {}
CrsTransform::CrsTransform(CrsTransform &&) noexcept = default;
CrsTransform &CrsTransform::operator=(CrsTransform &&) noexcept = default;
CrsTransform::~CrsTransform() = default;

std::optional<CrsTransform> CrsTransform::create(const QString &sourceCrs, const QString &targetCrs,
                                                  QString *error)
{
    auto impl = std::make_unique<Impl>();
    impl->context = proj_context_create();
    proj_log_level(impl->context, PJ_LOG_NONE);
    PJ *raw = proj_create_crs_to_crs(impl->context, sourceCrs.toUtf8().constData(),
                                     targetCrs.toUtf8().constData(), nullptr);
    if (!raw) {
        if (error)
            *error = cannotTransform(sourceCrs, impl->context);
        return std::nullopt;
    }
    impl->transform = proj_normalize_for_visualization(impl->context, raw);
    proj_destroy(raw);
    if (!impl->transform) {
        if (error)
            *error = cannotTransform(sourceCrs, impl->context);
        return std::nullopt;
    }
    return CrsTransform(std::move(impl));
}

std::optional<XY> CrsTransform::forward(XY p) const
{
    return run(d->transform, PJ_FWD, p);
}

std::optional<XY> CrsTransform::inverse(XY p) const
{
    return run(d->transform, PJ_INV, p);
}

} // namespace pz::geo
