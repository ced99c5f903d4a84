// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/uifont.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QLocale>

namespace pz {

namespace {

QFontDatabase::WritingSystem writingSystemOf(const QLocale &locale)
{
    if (locale.language() != QLocale::Chinese)
        return QFontDatabase::Any;
    const bool traditional = locale.script() == QLocale::TraditionalChineseScript
                             || locale.territory() == QLocale::Taiwan || locale.territory() == QLocale::HongKong;
    return traditional ? QFontDatabase::TraditionalChinese : QFontDatabase::SimplifiedChinese;
}

} // namespace

bool useFontForLanguage(const QLocale &locale)
{
    const QFontDatabase::WritingSystem system = writingSystemOf(locale);
    if (system == QFontDatabase::Any)
        return false;
    QFont font = QApplication::font();
    if (QFontDatabase::writingSystems(font.family()).contains(system))
        return false;
    const QStringList preferred = {
        QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans CJK TC"), QStringLiteral("WenQuanYi Micro Hei"),
        QStringLiteral("Source Han Sans SC"), QStringLiteral("Source Han Sans CN"), QStringLiteral("Microsoft YaHei"),
        QStringLiteral("PingFang SC")};
    const QStringList installed = QFontDatabase::families(system);
    for (const QString &family : preferred) {
        if (installed.contains(family)) {
            font.setFamily(family);
            QApplication::setFont(font);
            return true;
        }
    }
    return false;
}

} // namespace pz
