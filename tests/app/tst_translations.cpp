// Every user-visible string of the sources has a finished Simplified Chinese translation that
// keeps its placeholders, and the translations load at run time.
// lupdate is run on the current sources into a copy of the committed .ts file, so a string that
// was added without a translation fails here.

#include "testsupport.h"

#include <QApplication>
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

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyStringHasAFinishedChineseTranslation();
    void chineseLoadsAtRunTime();
};

void TestTranslations::everyStringHasAFinishedChineseTranslation()
{
    QTemporaryDir dir;
    const QString ts = dir.filePath(QStringLiteral("parkzero_zh_CN.ts"));
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
    const QList<Message> messages = readTs(ts, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
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

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
