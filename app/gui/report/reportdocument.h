// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The pages of a client report as they are written: an A4 portrait PDF (QPdfWriter) painted by
// one QCPPainter, so that QCustomPlot charts draw straight into it as vectors. One coordinate
// system throughout: the writer's resolution is 72 dpi, so one unit is one typographic point
// and a font's point size is its size on paper (no manual scaling that would enlarge point-size
// fonts a second time; chart and plan fonts use pixel sizes, which are units as well).
// Sections add content top to bottom (headings, paragraphs, tables, figures); a block that does
// not fit starts a new page, long tables continue on the next page with their header repeated,
// and every page carries a footer with the report's title and its page number.

#include <QCoreApplication>
#include <QFont>
#include <QPdfWriter>
#include <QRectF>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QCPPainter;
class QIODevice;

namespace pz {

// A table: a header row and body rows of text; numeric columns are right-aligned.
struct ReportTable {
    QStringList header;
    std::vector<QStringList> rows;
    std::vector<double> widths;       // relative column widths (any scale); empty = equal
    std::vector<bool> rightAligned;   // per column; missing = left
    std::vector<std::vector<bool>> emphasised;   // per row and column: bold on a tint; missing = plain
};

class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(pz::ReportDocument)
public:
    static constexpr double kPointsPerMm = 72.0 / 25.4;
    static constexpr double kMarginPt = 18.0 * kPointsPerMm;
    static constexpr double kFooterPt = 22.0;
    static constexpr double kBodyPointSize = 9.5;

    // Writes to device (open for writing); footerTitle is printed on every page.
    ReportDocument(QIODevice *device, const QString &documentTitle, const QString &footerTitle,
                   const QFont &font);
    ~ReportDocument();

    bool isActive() const;
    QCPPainter *painter() const { return m_painter.get(); }
    QFont font(double pointSize = kBodyPointSize, bool bold = false) const;
    QPdfWriter &writer() { return m_writer; }

    // The printable area of the page (without the footer) and the part still free on this page.
    QRectF contentRect() const;
    double width() const { return contentRect().width(); }
    double remaining() const { return contentRect().bottom() - m_y; }
    double y() const { return m_y; }
    int pageNumber() const { return m_page; }

    void newPage();
    // Starts a new page unless heightPt still fits on this one.
    void ensureSpace(double heightPt);
    void skip(double heightPt);

    // A section title (starts on a new page when less than a third of the page is left).
    void heading(const QString &text);
    // A sub-title, on a new page unless it and the first keepWithNextPt of what follows fit
    // (pass a figure's height to keep the title with its figure).
    void subheading(const QString &text, double keepWithNextPt = 60.0);
    // Rich text (Qt's HTML subset) laid out by QTextDocument over the content width.
    void paragraph(const QString &html, double pointSize = kBodyPointSize);
    // Key/value lines in two columns.
    void keyValues(const std::vector<std::pair<QString, QString>> &rows);
    // A table; when it reaches the bottom of a page it continues on the next under its header.
    void table(const ReportTable &table);
    // A drawing of heightPt over the content width; draw paints into the given rectangle.
    void figure(double heightPt, const std::function<void(QCPPainter &, const QRectF &)> &draw);

    // Ends the document: false when the PDF could not be completed.
    bool finish();

private:
    void drawFooter();
    double drawTableRow(const ReportTable &table, const QStringList &cells, const std::vector<double> &x,
                        bool header, bool shaded, const std::vector<bool> *emphasised = nullptr);
    double rowHeight(const QStringList &cells, const std::vector<double> &x, bool header);

    QPdfWriter m_writer;
    std::unique_ptr<QCPPainter> m_painter;
    QFont m_font;
    QString m_footerTitle;
    double m_y = 0.0;
    int m_page = 1;
};

} // namespace pz
