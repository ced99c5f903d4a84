// SPDX-License-Identifier: GPL-3.0-or-later
// The report's page flow read back with poppler-utils: A4 pages; text printed at its point size
// (the high-dpi trap would make it many times larger); a long table continues over pages with
// its header repeated on each and every row once; page numbers in the footer.

#include "report/reportbuilder.h"
#include "report/reportdocument.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pz;

namespace {

QString run(const QString &tool, const QStringList &args)
{
    QProcess p;
    p.start(QStandardPaths::findExecutable(tool), args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Writes a PDF through ReportDocument; fill adds the content.
bool writePdf(const QString &path, const std::function<void(ReportDocument &)> &fill)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    ReportDocument doc(&file, QStringLiteral("Test"), QStringLiteral("Footer title"), QFont(ReportBuilder::fontFamily()));
    if (!doc.isActive())
        return false;
    fill(doc);
    return doc.finish();
}

} // namespace

class TestReportDocument : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        for (const char *name : {"pdftotext", "pdfinfo"})
            if (QStandardPaths::findExecutable(QLatin1String(name)).isEmpty())
                QSKIP("poppler-utils are not installed");
    }

    void textAtItsPointSize_data()
    {
        QTest::addColumn<double>("pointSize");
        QTest::newRow("8 pt") << 8.0;
        QTest::newRow("12 pt") << 12.0;
        QTest::newRow("24 pt") << 24.0;
    }
    void textAtItsPointSize()
    {
        QFETCH(double, pointSize);
        const QString path = m_dir.filePath(QStringLiteral("size.pdf"));
        QVERIFY(writePdf(path, [&](ReportDocument &doc) {
            doc.paragraph(QStringLiteral("Calibration"), pointSize);
        }));
        QVERIFY(run(QStringLiteral("pdfinfo"), {path}).contains(QLatin1String("595 x 842 pts (A4)")));
        const QString bbox = run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), path, QStringLiteral("-")});
        const QRegularExpression word(
            QStringLiteral("yMin=\"([0-9.]+)\" xMax=\"[0-9.]+\" yMax=\"([0-9.]+)\">Calibration<"));
        const QRegularExpressionMatch m = word.match(bbox);
        QVERIFY2(m.hasMatch(), qPrintable(bbox));
        // The word's box is the font's ascent + descent: a little more than its size in points.
        const double height = m.captured(2).toDouble() - m.captured(1).toDouble();
        QVERIFY2(height > pointSize * 0.9 && height < pointSize * 1.6, qPrintable(QString::number(height)));
    }

    void longTableContinuesUnderItsHeader()
    {
        const QString path = m_dir.filePath(QStringLiteral("table.pdf"));
        constexpr int kRows = 150;
        QVERIFY(writePdf(path, [&](ReportDocument &doc) {
            doc.heading(QStringLiteral("Long table"));
            ReportTable t;
            t.header = {QStringLiteral("Colname"), QStringLiteral("Colvalue")};
            t.rightAligned = {false, true};
            for (int i = 1; i <= kRows; ++i)
                t.rows.push_back({QStringLiteral("row%1x").arg(i), QString::number(i * 10)});
            doc.table(t);
        }));
        const QString info = run(QStringLiteral("pdfinfo"), {path});
        const int pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
        QVERIFY2(pages >= 3, qPrintable(info));
        int rows = 0;
        for (int page = 1; page <= pages; ++page) {
            const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                                                   QString::number(page), path, QStringLiteral("-")});
            QVERIFY2(text.contains(QLatin1String("Colname")) && text.contains(QLatin1String("Colvalue")),
                     qPrintable(QStringLiteral("page %1 has no header").arg(page)));
            QVERIFY(text.contains(QStringLiteral("Page %1").arg(page)));
            QVERIFY(text.contains(QLatin1String("Footer title")));
            rows += int(text.count(QRegularExpression(QStringLiteral("row\\d+x"))));
        }
        QCOMPARE(rows, kRows);
        const QString all = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        for (int i : {1, 75, kRows})
            QCOMPARE(all.count(QStringLiteral("row%1x").arg(i)), 1);
    }
};

QTEST_MAIN(TestReportDocument)
#include "tst_reportdocument.moc"
