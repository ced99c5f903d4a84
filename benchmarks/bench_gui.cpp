// SPDX-License-Identifier: GPL-3.0-or-later
// The site plan with N objects on the offscreen platform: painting the whole scene, and one frame
// of a drag (a mouse move through the select tool, which previews the move outside the model,
// then a repaint of the viewport). And what a drag costs the UI thread besides: the snapshot of
// the previewed park handed to the engine, and showing a result in the results panel. Run:
//   parkzero-bench --benchmark_filter=Gui
// Frames per second of the drag are reported as the counter fps.

#include "syntheticpark.h"

#include "document/parkdocument.h"
#include "engine/simulation.h"
#include "map/mapscene.h"
#include "map/maptoolcontext.h"
#include "map/mapview.h"
#include "results/resultspanel.h"
#include "selectionmodel.h"
#include "tools/toolmanager.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QImage>
#include <QMouseEvent>
#include <QPainter>
#include <memory>

namespace {

using namespace pz;

// One application for the whole program, on the offscreen platform unless another is asked for.
void ensureApplication()
{
    if (QApplication::instance())
        return;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "parkzero-bench";
    static char *argv[] = {name, nullptr};
    new QApplication(argc, argv);
}

struct Editor {
    ParkDocument document;
    SelectionModel selection{&document};
    MapScene scene{&document, &selection};
    MapView view{&scene};
    MapToolContext context{&scene, &view};
    ToolManager tools{&context};

    explicit Editor(int n) : document(makeSyntheticPark(n))
    {
        view.setToolManager(&tools);
        view.resize(1600, 1000);
        view.show();
        QApplication::processEvents();
        view.zoomToFitSite();
        view.setSnapEnabled(false);
        view.viewport()->repaint();
    }

    // A PV field near the middle of the site (on screen at the fit zoom).
    ObjectId middleField() const
    {
        ObjectId best = 0;
        double bestDistance = 1e300;
        for (const ParkObject &o : document.park().objects())
            if (std::holds_alternative<PvArray>(o)) {
                const Point2 c = centroid(footprintOf(o));
                const double d = c.x() * c.x() + c.y() * c.y();
                if (d < bestDistance) {
                    bestDistance = d;
                    best = idOf(o);
                }
            }
        return best;
    }
};

void sendMouse(QWidget *viewport, QEvent::Type type, const QPoint &pos, Qt::MouseButton button,
               Qt::MouseButtons buttons)
{
    QMouseEvent event(type, QPointF(pos), viewport->mapToGlobal(QPointF(pos)), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(viewport, &event);
}

void BM_GuiPaintScene(benchmark::State &state)
{
    ensureApplication();
    Editor editor(int(state.range(0)));
    QImage image(editor.view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        QPainter painter(&image);
        editor.view.render(&painter);
    }
    state.counters["items"] = double(editor.view.scene()->items().size());
}
BENCHMARK(BM_GuiPaintScene)->Arg(100)->Arg(1000)->Arg(5000)->Arg(20000)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_GuiDragFrame(benchmark::State &state)
{
    ensureApplication();
    Editor editor(int(state.range(0)));
    const ObjectId dragged = editor.middleField();
    QWidget *viewport = editor.view.viewport();
    const QPoint start = editor.view.toView(centroid(footprintOf(*editor.document.park().find(dragged))));
    sendMouse(viewport, QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton);
    if (!editor.selection.isSelected(dragged)) {
        state.SkipWithError("the press did not pick the field");
        return;
    }
    int step = 0;
    for (auto _ : state) {
        ++step;
        // Back and forth over 40 px so that the object stays on screen.
        const int offset = 2 * ((step % 40) < 20 ? step % 20 : 20 - step % 20);
        sendMouse(viewport, QEvent::MouseMove, start + QPoint(offset + 6, offset / 2 + 6), Qt::NoButton,
                  Qt::LeftButton);
        viewport->repaint();
    }
    sendMouse(viewport, QEvent::MouseButtonRelease, start, Qt::LeftButton, Qt::NoButton);
    state.counters["fps"] = benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_GuiDragFrame)->Arg(100)->Arg(1000)->Arg(5000)->Arg(20000)->Unit(benchmark::kMillisecond)->UseRealTime();

// The UI thread's part of one preview step: the previewed park as LiveResults builds it (a copy
// of the document's park with the dragged object replaced).
void BM_GuiPreviewSnapshot(benchmark::State &state)
{
    const Park park = makeSyntheticPark(int(state.range(0)));
    ParkObject dragged;
    for (const ParkObject &o : park.objects())
        if (std::holds_alternative<Building>(o)) {
            dragged = translatedObject(o, 3.0, 0.0);
            break;
        }
    for (auto _ : state) {
        Park previewed = park;
        previewed.replace(dragged);
        benchmark::DoNotOptimize(previewed);
    }
}
BENCHMARK(BM_GuiPreviewSnapshot)->Arg(100)->Arg(1000)->Arg(5000)->Unit(benchmark::kMillisecond)->UseRealTime();

// Showing a new result in the results panel (cards, the visible chart, the per-object table),
// 1600 × 440 px: what the UI thread spends on each result, at most every 0.1 s during a drag.
void BM_GuiApplyResult(benchmark::State &state)
{
    ensureApplication();
    const Park park = makeSyntheticPark(int(state.range(0)));
    const SimulationResult result = simulatePark(park, {});
    ParkDocument document(park);
    SelectionModel selection(&document);
    ResultsPanel panel(&selection);
    panel.resize(1600, 440);
    panel.show();
    panel.setResult(result);
    QApplication::processEvents();
    for (auto _ : state) {
        panel.setResult(result);
        panel.repaint();
    }
    state.counters["objects"] = double(result.objects.size());
}
BENCHMARK(BM_GuiApplyResult)->Arg(100)->Arg(1000)->Arg(5000)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace
