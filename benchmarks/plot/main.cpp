// SPDX-License-Identifier: GPL-3.0-or-later
// Draws how each benchmarked cost grows with the park's size, from parkzero-bench's JSON output:
//   parkzero-bench --benchmark_filter='Engine|Gui' --benchmark_out=bench.json --benchmark_out_format=json
//   parkzero-benchplot bench.json docs/images/performance-growth.png
// One line per benchmark family (log–log: time against the number of objects N), with the
// targets as dashed lines.

#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <cstdio>
#include <qcustomplot.h>

namespace {

struct Series {
    QString label;
    QColor colour;
    Qt::PenStyle style = Qt::SolidLine;
};

// The benchmark name without its arguments' N, mapped to a legend label.
const QList<QPair<QString, Series>> &families()
{
    static const QList<QPair<QString, Series>> list = {
        {QStringLiteral("BM_EngineCold"), {QStringLiteral("Cold full computation"), QColor(0x1f, 0x4e, 0x79)}},
        {QStringLiteral("BM_EngineMoveBuilding/height_pct:50"),
         {QStringLiteral("Move a building of median height"), QColor(0x2e, 0x8b, 0x57)}},
        {QStringLiteral("BM_EngineMoveBuilding/height_pct:90"),
         {QStringLiteral("Move a building at the 90th height percentile"), QColor(0x8f, 0xbc, 0x8f)}},
        {QStringLiteral("BM_EngineMoveBuilding/height_pct:100"),
         {QStringLiteral("Move the tallest building"), QColor(0xb2, 0x22, 0x22)}},
        {QStringLiteral("BM_EngineFieldTilt"), {QStringLiteral("Change one field's tilt"), QColor(0xe6, 0x9f, 0x00)}},
        {QStringLiteral("BM_EngineBatteryCapacity"),
         {QStringLiteral("Change a battery's capacity"), QColor(0x80, 0x80, 0x80)}},
        {QStringLiteral("BM_GuiPaintScene"), {QStringLiteral("Paint the whole site plan"), QColor(0x6a, 0x3d, 0x9a), Qt::DashDotLine}},
        {QStringLiteral("BM_GuiDragFrame"), {QStringLiteral("One drag frame (move + repaint)"), QColor(0xcc, 0x79, 0xa7), Qt::DashDotLine}},
    };
    return list;
}

double toMs(double value, const QString &unit)
{
    if (unit == QLatin1String("ns"))
        return value / 1e6;
    if (unit == QLatin1String("us"))
        return value / 1e3;
    if (unit == QLatin1String("s"))
        return value * 1e3;
    return value;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: parkzero-benchplot BENCH.json OUT.png\n");
        return 2;
    }
    QFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "%s: %s\n", argv[1], qPrintable(file.errorString()));
        return 2;
    }
    // Google Benchmark writes NaN and inf for undefined statistics (e.g. the spread of a counter
    // that is always 0), which JSON does not allow.
    QByteArray data = file.readAll();
    static const QRegularExpression nonFinite(QStringLiteral(":\\s*-?(NaN|nan|inf|Infinity)\\b"));
    data = QString::fromUtf8(data).replace(nonFinite, QStringLiteral(": null")).toUtf8();
    QJsonParseError error{};
    const QJsonDocument json = QJsonDocument::fromJson(data, &error);
    if (json.isNull()) {
        std::fprintf(stderr, "%s: offset %d: %s\n", argv[1], int(error.offset), qPrintable(error.errorString()));
        return 2;
    }

    // family → N → median (or the single run's) real time in ms.
    QMap<QString, QMap<int, double>> points;
    QMap<QString, QMap<int, bool>> fromMedian;
    static const QRegularExpression nPattern(QStringLiteral("^(BM_\\w+)/(?:n:)?(\\d+)(/[^/]+:\\d+)?"));
    for (const QJsonValue &v : json.object().value(QStringLiteral("benchmarks")).toArray()) {
        const QJsonObject b = v.toObject();
        if (b.value(QStringLiteral("error_occurred")).toBool())
            continue;
        const QString aggregate = b.value(QStringLiteral("aggregate_name")).toString();
        if (!aggregate.isEmpty() && aggregate != QLatin1String("median"))
            continue;
        const QRegularExpressionMatch m = nPattern.match(b.value(QStringLiteral("run_name")).toString());
        if (!m.hasMatch())
            continue;
        const QString family = m.captured(1) + m.captured(3);
        const int n = m.captured(2).toInt();
        const bool median = aggregate == QLatin1String("median");
        if (fromMedian[family].value(n) && !median)
            continue;
        points[family][n] = toMs(b.value(QStringLiteral("real_time")).toDouble(), b.value(QStringLiteral("time_unit")).toString());
        fromMedian[family][n] = median;
    }

    QCustomPlot plot;
    plot.resize(1100, 700);
    plot.legend->setVisible(true);
    plot.legend->setFont(QFont(QStringLiteral("Sans"), 9));
    plot.axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    QSharedPointer<QCPAxisTickerLog> logTicker(new QCPAxisTickerLog);
    for (QCPAxis *axis : {plot.xAxis, plot.yAxis}) {
        axis->setScaleType(QCPAxis::stLogarithmic);
        axis->setTicker(logTicker);
        axis->setNumberFormat(QStringLiteral("gb"));
    }
    plot.xAxis->setLabel(QStringLiteral("Objects in the park, N"));
    plot.yAxis->setLabel(QStringLiteral("Time (ms, median wall time)"));
    plot.xAxis->setRange(80, 6500);
    plot.yAxis->setRange(0.1, 20000);

    for (const auto &[family, series] : families()) {
        const QMap<int, double> &values = points.value(family);
        if (values.isEmpty())
            continue;
        QCPGraph *graph = plot.addGraph();
        graph->setName(series.label);
        QPen pen(series.colour, 2.2, series.style);
        graph->setPen(pen);
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, series.colour, series.colour, 7));
        for (auto it = values.begin(); it != values.end(); ++it)
            graph->addData(it.key(), it.value());
    }
    auto target = [&](double ms, const QString &label) {
        QCPItemStraightLine *line = new QCPItemStraightLine(&plot);
        line->point1->setCoords(1, ms);
        line->point2->setCoords(10, ms);
        line->setPen(QPen(QColor(0x55, 0x55, 0x55), 1, Qt::DashLine));
        QCPItemText *text = new QCPItemText(&plot);
        text->position->setCoords(5800, ms);
        text->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
        text->setText(label);
        text->setColor(QColor(0x55, 0x55, 0x55));
    };
    target(16.0, QStringLiteral("16 ms: incremental update target (N = 1,000)"));
    target(1000.0 / 30.0, QStringLiteral("33 ms: 30 frames per second"));
    target(1000.0, QStringLiteral("1 s: cold target (N = 1,000)"));

    if (!plot.savePng(QString::fromLocal8Bit(argv[2]), 1100, 700, 1.0)) {
        std::fprintf(stderr, "%s: cannot write the image\n", argv[2]);
        return 2;
    }
    return 0;
}
