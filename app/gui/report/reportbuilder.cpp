// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportbuilder.h"

#include "report/reportdocument.h"
#include "report/reportsections.h"
#include "resourceinit.h"

#include <QDir>
#include <QFileInfo>
#include <QTranslator>

namespace pz {

// The report's translator and locale, installed for the duration of one step (so that the
// interface keeps its own language between steps).
class ReportBuilder::LanguageScope
{
public:
    LanguageScope(QTranslator *translator, const QLocale &locale) : m_translator(translator)
    {
        if (m_translator)
            QCoreApplication::installTranslator(m_translator);
        QLocale::setDefault(locale);
    }
    ~LanguageScope()
    {
        if (m_translator)
            QCoreApplication::removeTranslator(m_translator);
        QLocale::setDefault(m_previous);
    }
    LanguageScope(const LanguageScope &) = delete;
    LanguageScope &operator=(const LanguageScope &) = delete;

private:
    QTranslator *m_translator;
    QLocale m_previous;
};

namespace {

QLocale reportLocale(const QString &language)
{
    if (language == QLatin1String("zh_CN"))
        return QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

// parkzero_<language>.qm from the installed data folder, else the resources (as app/main.cpp).
std::unique_ptr<QTranslator> loadTranslator(const QString &language)
{
    ensureResources();
    auto translator = std::make_unique<QTranslator>();
    const QString name = QStringLiteral("parkzero_") + language;
    const QString installed = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/parkzero/translations");
    if (translator->load(name, installed) || translator->load(name, QStringLiteral(":/i18n")))
        return translator;
    return nullptr;
}

} // namespace

std::vector<std::unique_ptr<ReportSection>> ReportBuilder::allSections()
{
    std::vector<std::unique_ptr<ReportSection>> s;
    s.push_back(std::make_unique<CoverSection>());
    s.push_back(std::make_unique<SummarySection>());
    s.push_back(std::make_unique<PlanSection>());
    s.push_back(std::make_unique<CapacitiesSection>());
    s.push_back(std::make_unique<EnergySection>());
    s.push_back(std::make_unique<PvObjectsSection>());
    s.push_back(std::make_unique<WindSection>());
    s.push_back(std::make_unique<HeatSection>());
    s.push_back(std::make_unique<CarbonSection>());
    s.push_back(std::make_unique<MatchingSection>());
    s.push_back(std::make_unique<EconomicsSection>());
    s.push_back(std::make_unique<ComparisonSection>());
    s.push_back(std::make_unique<AssumptionsSection>());
    return s;
}

QStringList ReportBuilder::sectionKeys()
{
    QStringList keys;
    for (const auto &s : allSections())
        keys << s->key();
    return keys;
}

bool ReportBuilder::parseSections(const QString &list, QStringList *keys, QString *error)
{
    const QStringList known = sectionKeys();
    keys->clear();
    for (const QString &part : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString key = part.trimmed();
        if (!known.contains(key)) {
            *error = tr("unknown section \"%1\" (known: %2)").arg(key, known.join(QLatin1String(", ")));
            return false;
        }
        if (!keys->contains(key))
            keys->append(key);
    }
    if (keys->isEmpty()) {
        *error = tr("no section given (known: %1)").arg(known.join(QLatin1String(", ")));
        return false;
    }
    return true;
}

ReportBuilder::ReportBuilder(ReportInput input, ReportOptions options)
    : m_input(std::move(input)), m_options(std::move(options))
{
    if (!languages().contains(m_options.language))
        m_options.language = QStringLiteral("en");
    for (auto &section : allSections())
        if ((m_options.sections.isEmpty() || m_options.sections.contains(section->key())) &&
            section->appliesTo(m_input))
            m_sections.push_back(std::move(section));
    m_translator = loadTranslator(m_options.language);
}

ReportBuilder::~ReportBuilder()
{
    // An unfinished report leaves no file: the QSaveFile is discarded, not committed.
    m_document.reset();
    if (m_file)
        m_file->cancelWriting();
}

bool ReportBuilder::begin(const QString &path, QString *error)
{
    m_path = path;
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        *error = tr("%1: cannot write: %2").arg(QDir::toNativeSeparators(path), m_file->errorString());
        m_file.reset();
        return false;
    }
    const LanguageScope scope(m_translator.get(), reportLocale(m_options.language));
    const QString title = tr("%1 — zero-carbon park report").arg(m_input.projectFileName);
    m_document = std::make_unique<ReportDocument>(m_file.get(), title,
                                                  tr("ParkZero report · %1").arg(m_input.projectFileName),
                                                  QFont(fontFamily()));
    if (!m_document->isActive()) {
        *error = tr("%1: cannot start the PDF").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

bool ReportBuilder::renderNext()
{
    if (!m_document || m_next >= sectionCount())
        return false;
    const QLocale locale = reportLocale(m_options.language);
    const LanguageScope scope(m_translator.get(), locale);
    const ReportContext context{m_input, m_options, locale, QFont(fontFamily())};
    // Every section after the cover starts on a new page only when the cover was printed.
    if (m_next > 0 && m_sections[size_t(m_next) - 1]->key() == QLatin1String("cover"))
        m_document->newPage();
    m_sections[size_t(m_next)]->render(*m_document, context);
    ++m_next;
    return true;
}

bool ReportBuilder::finish(QString *error)
{
    if (!m_document || !m_document->finish()) {
        *error = tr("%1: the PDF could not be completed").arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    m_document.reset();
    if (!m_file->commit()) {
        *error = tr("%1: cannot write: %2").arg(QDir::toNativeSeparators(m_path), m_file->errorString());
        m_file.reset();
        return false;
    }
    m_file.reset();
    return true;
}

int ReportBuilder::pageCount() const
{
    return m_document ? m_document->pageNumber() : 0;
}

bool ReportBuilder::write(ReportInput input, ReportOptions options, const QString &path, QString *error)
{
    ReportBuilder builder(std::move(input), std::move(options));
    if (!builder.begin(path, error))
        return false;
    while (builder.renderNext()) {
    }
    return builder.finish(error);
}

} // namespace pz
