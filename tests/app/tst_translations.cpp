// SPDX-License-Identifier: GPL-3.0-or-later
// Every user-visible string of the sources has a finished Simplified Chinese translation that
// keeps its placeholders, and the translations load at run time.
// lupdate is run on the current sources into a copy of the committed .ts file, so a string that
// was added without a translation fails here. Texts of the core (kind names, file and weather
// errors) are looked up at run time under the context lupdate filed them in.

#include "energy/gridfactors.h"
#include "energy/profilecsv.h"
#include "io/projectfile.h"
#include "model/enums.h"
#include "testsupport.h"
#include "weather/weatherreader.h"

#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct Message {
    QString context, source, translation;
    QStringList numerusForms;
    QString type;  // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{};
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.numerusForms << xml.readElementText();
            } else {
                current.translation = xml.readElementText();
            }
            messages << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

bool hasChinese(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    }
    return false;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyStringHasAFinishedChineseTranslation();
    void chineseLoadsAtRunTime();
    void translateHelpersUseAContextOfTheTsFile();
    void coreTextsAreChineseAtRunTime_data();
    void coreTextsAreChineseAtRunTime();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    QList<Message> m_messages;
    QTranslator m_zh;
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString ts = m_dir.filePath(QStringLiteral("parkzero_zh_CN.ts"));
    QVERIFY(QFile::copy(pztest::sourcePath(QStringLiteral("translations/parkzero_zh_CN.ts")), ts));
    QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setWorkingDirectory(pztest::sourcePath(QString()));
    lupdate.start(pztest::lupdatePath(), {QStringLiteral("-recursive"), QStringLiteral("core"), QStringLiteral("app"),
                                          QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                                          QStringLiteral("none"), QStringLiteral("-ts"), ts});
    QVERIFY(lupdate.waitForFinished(300000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    QString error;
    m_messages = readTs(ts, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QVERIFY(m_zh.load(QStringLiteral(":/i18n/parkzero_zh_CN.qm")));
    QVERIFY(QCoreApplication::installTranslator(&m_zh));
}

void TestTranslations::everyStringHasAFinishedChineseTranslation()
{
    const QList<Message> &messages = m_messages;
    QVERIFY(messages.size() > 100);
    QStringList problems;
    for (const Message &m : messages) {
        if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
            continue;
        const QString where = m.context + QStringLiteral(": \"") + m.source + QLatin1Char('"');
        const QStringList forms = m.numerus ? m.numerusForms : QStringList{m.translation};
        if (m.type == QLatin1String("unfinished") || forms.isEmpty() || forms.contains(QString())) {
            problems << QStringLiteral("untranslated: ") + where;
            continue;
        }
        if (m.numerus && forms.size() != 1)
            problems << QStringLiteral("Chinese has one plural form, not %1: ").arg(forms.size()) + where;
        const QSet<QString> wanted = placeholders(m.source);
        for (const QString &form : forms) {
            QSet<QString> have = placeholders(form);
            // Chinese has one plural form; %n may be written as the number itself only via %n.
            if (!have.contains(wanted))
                problems << QStringLiteral("placeholder dropped: ") + where + QStringLiteral(" → ") + form;
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 40).join(QLatin1Char('\n')) +
                                            QStringLiteral("\n(%1 problems)").arg(problems.size())));
}

void TestTranslations::chineseLoadsAtRunTime()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/parkzero_zh_CN.qm")));
    QVERIFY(!translator.isEmpty());
    QTranslator english;
    QVERIFY(english.load(QStringLiteral(":/i18n/parkzero_en.qm")));
}

// A helper like `QString tr(const char *t) { return QCoreApplication::translate("Ctx", t); }`
// is looked up under "Ctx" at run time, while lupdate files the tr("...") calls that use it under
// the enclosing namespace or class. Both must agree, or the texts stay English.
void TestTranslations::translateHelpersUseAContextOfTheTsFile()
{
    QSet<QString> contexts;
    for (const Message &m : std::as_const(m_messages))
        contexts.insert(m.context);
    // translate("Context", someVariable): the context of a helper or of QT_TRANSLATE_NOOP tables.
    static const QRegularExpression helper(QStringLiteral("translate\\(\\s*\"([^\"]+)\"\\s*,\\s*[A-Za-z_]"));
    QStringList wrong;
    int helpers = 0;
    // The GUI and the core it shows; parkzero-cli installs no translator.
    const QStringList roots = {QStringLiteral("core"), QStringLiteral("app/gui"), QStringLiteral("app/main.cpp")};
    for (const QString &root : roots) {
        QStringList files;
        const QString path = pztest::sourcePath(root);
        if (QFileInfo(path).isFile())
            files << path;
        for (QDirIterator it(path, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                             QDirIterator::Subdirectories);
             it.hasNext();)
            files << it.next();
        for (const QString &file : std::as_const(files)) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            for (auto it = helper.globalMatch(text); it.hasNext();) {
                const QString context = it.next().captured(1);
                ++helpers;
                if (!contexts.contains(context))
                    wrong << QStringLiteral("%1: context \"%2\" is not in the .ts file")
                                 .arg(QDir(pztest::sourcePath(QString())).relativeFilePath(file), context);
            }
        }
    }
    QVERIFY(helpers > 0);
    wrong.removeDuplicates();
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
}

void TestTranslations::coreTextsAreChineseAtRunTime_data()
{
    QTest::addColumn<QString>("text");
    const QString missing = m_dir.filePath(QStringLiteral("no-such-file"));
    QTest::newRow("object kind") << pz::displayName(pz::ObjectKind::Building);
    QTest::newRow("dispatch strategy") << pz::displayName(pz::DispatchStrategy::SelfConsumption);
    QTest::newRow("use type") << pz::displayName(pz::UseType::Office);
    const pz::energy::GridFactor *factor = pz::energy::findGridFactor(QStringLiteral("cn-national-2023"));
    QTest::newRow("grid factor") << (factor ? pz::energy::displayName(*factor) : QString());
    QTest::newRow("project file error") << pz::io::loadProject(missing).error;
    QTest::newRow("weather file error") << pz::weather::readWeatherFile(missing).error;
    QTest::newRow("load profile error") << pz::energy::readProfileCsv(missing).error;
}

void TestTranslations::coreTextsAreChineseAtRunTime()
{
    QFETCH(QString, text);
    QVERIFY2(hasChinese(text), qPrintable(text));
}

void TestTranslations::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_zh);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
