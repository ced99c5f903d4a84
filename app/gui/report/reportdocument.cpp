// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QPageLayout>
#include <QPageSize>
#include <QTextDocument>
#include <qcustomplot.h>

#include <numeric>

namespace pz {

namespace {

constexpr double kCellPadPt = 4.0;
constexpr double kParagraphGapPt = 6.0;
const QColor kRuleColour(0x9e, 0xa7, 0xad);
const QColor kHeaderFill(0xe4, 0xec, 0xf0);
const QColor kShadeFill(0xf5, 0xf7, 0xf8);
const QColor kEmphasisFill(0xd9, 0xf0, 0xe3);
const QColor kAccent(0x1b, 0x5e, 0x7a);

} // namespace

ReportDocument::ReportDocument(QIODevice *device, const QString &documentTitle, const QString &footerTitle,
                               const QFont &font)
    : m_writer(device), m_font(font), m_footerTitle(footerTitle)
{
    m_writer.setResolution(72);  // one unit = one point (see the header)
    m_writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    m_writer.setTitle(documentTitle);
    m_writer.setCreator(QStringLiteral("ParkZero"));
    m_painter = std::make_unique<QCPPainter>(&m_writer);
    if (!m_painter->isActive())
        return;
    m_painter->setRenderHint(QPainter::Antialiasing);
    m_painter->setRenderHint(QPainter::TextAntialiasing);
    m_y = contentRect().top();
    drawFooter();
}

ReportDocument::~ReportDocument()
{
    if (m_painter && m_painter->isActive())
        m_painter->end();
}

bool ReportDocument::isActive() const
{
    return m_painter && m_painter->isActive();
}

QFont ReportDocument::font(double pointSize, bool bold) const
{
    QFont f = m_font;
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

QRectF ReportDocument::contentRect() const
{
    const QSizeF page = m_writer.pageLayout().fullRectPoints().size();
    return QRectF(kMarginPt, kMarginPt, page.width() - 2 * kMarginPt, page.height() - 2 * kMarginPt - kFooterPt);
}

void ReportDocument::newPage()
{
    m_writer.newPage();
    ++m_page;
    m_y = contentRect().top();
    drawFooter();
}

void ReportDocument::ensureSpace(double heightPt)
{
    if (remaining() < heightPt && m_y > contentRect().top())
        newPage();
}

void ReportDocument::skip(double heightPt)
{
    m_y += heightPt;
}

void ReportDocument::drawFooter()
{
    const QRectF content = contentRect();
    const double top = content.bottom() + kFooterPt * 0.45;
    m_painter->save();
    m_painter->setPen(QPen(kRuleColour, 0.5));
    m_painter->drawLine(QPointF(content.left(), top), QPointF(content.right(), top));
    m_painter->setFont(font(7.5));
    m_painter->setPen(QColor(0x50, 0x5a, 0x60));
    const QRectF text(content.left(), top + 3, content.width(), kFooterPt);
    m_painter->drawText(text, Qt::AlignLeft | Qt::AlignTop, m_footerTitle);
    m_painter->drawText(text, Qt::AlignRight | Qt::AlignTop, tr("Page %1").arg(m_page));
    m_painter->restore();
}

void ReportDocument::heading(const QString &text)
{
    ensureSpace(contentRect().height() / 3.0);
    if (m_y > contentRect().top())
        m_y += 10.0;
    m_painter->save();
    m_painter->setFont(font(15.0, true));
    m_painter->setPen(kAccent);
    const QRectF box(contentRect().left(), m_y, width(), 24.0);
    m_painter->drawText(box, Qt::AlignLeft | Qt::AlignVCenter, text);
    m_painter->setPen(QPen(kAccent, 1.0));
    m_painter->drawLine(QPointF(box.left(), box.bottom() + 1), QPointF(box.right(), box.bottom() + 1));
    m_painter->restore();
    m_y += 24.0 + 8.0;
}

void ReportDocument::subheading(const QString &text, double keepWithNextPt)
{
    ensureSpace(16.0 + 4.0 + keepWithNextPt);
    m_painter->save();
    m_painter->setFont(font(11.0, true));
    m_painter->setPen(QColor(0x20, 0x2a, 0x30));
    m_painter->drawText(QRectF(contentRect().left(), m_y, width(), 16.0), Qt::AlignLeft | Qt::AlignVCenter, text);
    m_painter->restore();
    m_y += 16.0 + 4.0;
}

void ReportDocument::paragraph(const QString &html, double pointSize)
{
    QTextDocument doc;
    // Laid out for the PDF writer itself, so that its font metrics are the ones that print.
    doc.documentLayout()->setPaintDevice(&m_writer);
    doc.setDefaultFont(font(pointSize));
    doc.setDocumentMargin(0);
    doc.setHtml(html);
    doc.setTextWidth(width());
    const double h = doc.size().height();
    ensureSpace(h);
    m_painter->save();
    m_painter->translate(contentRect().left(), m_y);
    doc.drawContents(m_painter.get());
    m_painter->restore();
    m_y += h + kParagraphGapPt;
}

void ReportDocument::keyValues(const std::vector<std::pair<QString, QString>> &rows)
{
    ReportTable t;
    t.widths = {0.38, 0.62};
    for (const auto &[key, value] : rows)
        t.rows.push_back({key, value});
    table(t);
}

double ReportDocument::rowHeight(const QStringList &cells, const std::vector<double> &x, bool header)
{
    m_painter->setFont(font(header ? 8.5 : 9.0, header));
    double h = 0.0;
    for (int c = 0; c < cells.size() && c + 1 < int(x.size()); ++c) {
        const QRectF box(0, 0, x[size_t(c) + 1] - x[size_t(c)] - 2 * kCellPadPt, 1.0e6);
        h = std::max(h, m_painter->boundingRect(box, Qt::TextWordWrap, cells[c]).height());
    }
    return h + 2 * kCellPadPt * 0.75;
}

double ReportDocument::drawTableRow(const ReportTable &table, const QStringList &cells, const std::vector<double> &x,
                                    bool header, bool shaded, const std::vector<bool> *emphasised)
{
    const double h = rowHeight(cells, x, header);
    const QRectF row(x.front(), m_y, x.back() - x.front(), h);
    if (header || shaded)
        m_painter->fillRect(row, header ? kHeaderFill : kShadeFill);
    m_painter->setPen(QColor(0x1e, 0x24, 0x28));
    for (int c = 0; c < cells.size() && c + 1 < int(x.size()); ++c) {
        const bool right = size_t(c) < table.rightAligned.size() && table.rightAligned[size_t(c)];
        const QRectF box(x[size_t(c)] + kCellPadPt, m_y + kCellPadPt * 0.75,
                         x[size_t(c) + 1] - x[size_t(c)] - 2 * kCellPadPt, h);
        const bool strong = emphasised && size_t(c) < emphasised->size() && (*emphasised)[size_t(c)];
        if (strong)
            m_painter->fillRect(QRectF(x[size_t(c)], m_y, x[size_t(c) + 1] - x[size_t(c)], h), kEmphasisFill);
        m_painter->setFont(font(header ? 8.5 : 9.0, header || strong));
        m_painter->drawText(box, Qt::TextWordWrap | (right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop, cells[c]);
    }
    m_painter->setPen(QPen(kRuleColour, header ? 0.8 : 0.3));
    m_painter->drawLine(row.bottomLeft(), row.bottomRight());
    m_y += h;
    return h;
}

void ReportDocument::table(const ReportTable &table)
{
    const int columns = int(std::max<qsizetype>(table.header.size(), table.rows.empty() ? 0 : table.rows.front().size()));
    if (columns == 0)
        return;
    std::vector<double> weights = table.widths;
    weights.resize(size_t(columns), weights.empty() ? 1.0 : weights.back());
    const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
    std::vector<double> x{contentRect().left()};
    for (double w : weights)
        x.push_back(x.back() + width() * w / total);

    m_painter->save();
    const bool hasHeader = !table.header.isEmpty();
    const double headerH = hasHeader ? rowHeight(table.header, x, true) : 0.0;
    const double firstH = table.rows.empty() ? 0.0 : rowHeight(table.rows.front(), x, false);
    ensureSpace(headerH + firstH);
    if (hasHeader)
        drawTableRow(table, table.header, x, true, false);
    for (size_t r = 0; r < table.rows.size(); ++r) {
        const double h = rowHeight(table.rows[r], x, false);
        if (h > remaining()) {
            // Continue on the next page under the same header.
            m_painter->restore();
            newPage();
            m_painter->save();
            if (hasHeader)
                drawTableRow(table, table.header, x, true, false);
        }
        drawTableRow(table, table.rows[r], x, false, r % 2 == 1,
                     r < table.emphasised.size() ? &table.emphasised[r] : nullptr);
    }
    m_painter->restore();
    m_y += kParagraphGapPt + 2.0;
}

void ReportDocument::figure(double heightPt, const std::function<void(QCPPainter &, const QRectF &)> &draw)
{
    heightPt = std::min(heightPt, contentRect().height());
    ensureSpace(heightPt);
    const QRectF box(contentRect().left(), m_y, width(), heightPt);
    m_painter->save();
    m_painter->setClipRect(box.adjusted(-1, -1, 1, 1));
    draw(*m_painter, box);
    m_painter->restore();
    m_y += heightPt + kParagraphGapPt;
}

bool ReportDocument::finish()
{
    return m_painter->isActive() && m_painter->end();
}

} // namespace pz
