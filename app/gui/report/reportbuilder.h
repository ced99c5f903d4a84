// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Assembles a client report: the list of sections (allSections(), one line per section), the
// report's language (its translator and locale installed around each step, independent of the
// interface language), and the PDF written atomically (QSaveFile: a failed or abandoned report
// leaves no file and an existing one intact).
//
// Painting uses QCustomPlot and QGraphicsView, which live on the GUI thread, so the builder
// renders on the calling (GUI) thread one section per renderNext() call: the GUI runs the
// simulation off the UI thread first and then calls renderNext() from its event loop with a
// progress dialog; the CLI calls write().

#include "report/reportsection.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <memory>
#include <vector>

class QTranslator;

namespace pz {

class ReportDocument;

class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(pz::ReportBuilder)
public:
    // Every section in report order. A new section is one class and one line here.
    static std::vector<std::unique_ptr<ReportSection>> allSections();
    static QStringList sectionKeys();
    static QStringList languages() { return {QStringLiteral("en"), QStringLiteral("zh_CN")}; }
    // The section keys of a comma-separated list, or an error naming the unknown key.
    static bool parseSections(const QString &list, QStringList *keys, QString *error);
    // The font every text of the report uses (WenQuanYi Micro Hei: its CJK text extracts right).
    static QString fontFamily() { return QStringLiteral("WenQuanYi Micro Hei"); }

    ReportBuilder(ReportInput input, ReportOptions options);
    ~ReportBuilder();

    // Opens path for writing; false with a message naming the file when it cannot be written.
    bool begin(const QString &path, QString *error);
    int sectionCount() const { return int(m_sections.size()); }
    int sectionsDone() const { return m_next; }
    // Renders the next section; false when there is none left.
    bool renderNext();
    // Ends the PDF and commits the file; false with a message when that fails.
    bool finish(QString *error);
    int pageCount() const;

    // begin(), every section, finish().
    static bool write(ReportInput input, ReportOptions options, const QString &path, QString *error);

private:
    class LanguageScope;

    ReportInput m_input;
    ReportOptions m_options;
    std::vector<std::unique_ptr<ReportSection>> m_sections;
    std::unique_ptr<QTranslator> m_translator;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<ReportDocument> m_document;
    QString m_path;
    int m_next = 0;
};

} // namespace pz
