// SPDX-License-Identifier: GPL-3.0-or-later
// Help › About: the version, the licence and the third-party list read from the resources.

#include "about/aboutdialog.h"

#include <QCoreApplication>
#include <QLabel>
#include <QTextBrowser>
#include <QtTest>

class TestAboutDialog : public QObject
{
    Q_OBJECT
private slots:
    void showsVersionLicenceAndThirdParty()
    {
        QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
        pz::AboutDialog dialog;
        QString labels;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            labels += label->text();
        QVERIFY(labels.contains(QLatin1String("ParkZero 9.8.7")));
        QVERIFY(labels.contains(QLatin1String("GPL-3.0-or-later")));

        const QString list = dialog.thirdPartyView()->toPlainText();
        QVERIFY2(list.contains(QLatin1String("QCustomPlot")), qPrintable(list.left(200)));
        QVERIFY(list.contains(QLatin1String("BSL-1.0")));
        QVERIFY(list.contains(QLatin1String("EPL-1.0")));
        // Rendered as Markdown: no table pipes or heading marks left.
        QVERIFY(!list.contains(QLatin1String("|---")));
        QVERIFY(!list.contains(QLatin1String("# Third-party")));
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
