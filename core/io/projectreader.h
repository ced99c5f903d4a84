// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads the JSON of a project file into a Park, collecting every problem with its JSON path
// ("objects[3].height: must be > 0 (got -5)"). Type and structure errors are its own; ranges
// and geometry come from Validation, so the reader accepts exactly what the model accepts.
// A park is returned only when there is no problem at all.

#include "model/project.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <optional>
#include <vector>

namespace pz::io {

class Fields;

class ProjectReader
{
    Q_DECLARE_TR_FUNCTIONS(ProjectReader)
public:
    // fileName starts every problem line.
    explicit ProjectReader(const QString &fileName);

    // The project: a file of format 5 or later as written, an older one as its only scenario.
    std::optional<Project> read(const QByteArray &json);
    // "<file>: <path>: <reason>" lines, in the order found.
    const QStringList &problems() const { return m_problems; }

    // A problem at a JSON path ("objects[2].tilt"), or about the whole file when path is empty.
    void fail(const QString &path, const QString &reason);
    int problemCount() const { return int(m_problems.size()); }
    // The file's format_version; a key added in a later version fails at its path.
    int version() const { return m_version; }
    void requireVersion(const QString &path, int addedIn);

    // "a string", "a number", … for "expected X, got Y" messages.
    static QString typeName(const QJsonValue &value);
    // 1-based line and column (in characters) of a byte offset into UTF-8 text.
    static std::pair<int, int> lineAndColumn(const QByteArray &text, qint64 offset);

private:
    // The top-level JSON object, or nothing (a problem reported) when the text is not one.
    std::optional<QJsonObject> parseTopObject(const QByteArray &json);
    // Appends the objects read; false when any object has a problem or a duplicate id.
    bool readObjects(const QJsonArray &array, std::vector<ParkObject> &objects);
    // next_id, site and objects of one park (the top level before format 5, a scenario after).
    std::optional<Park> readPark(Fields &fields);
    std::optional<Project> readScenarios(Fields &top);
    std::optional<Scenario> readScenario(const QJsonValue &value, int index, const std::vector<Scenario> &earlier);
    // (field, reason) pairs: the id's form, the name's length, ids and names used before.
    static std::vector<std::pair<QString, QString>> scenarioProblems(const Scenario &scenario,
                                                                     const std::vector<Scenario> &earlier);
    std::optional<Site> readSite(const QJsonValue &value);
    std::optional<ParkObject> readObject(const QJsonValue &value, int index);

    QString m_fileName;
    QStringList m_problems;
    int m_version = 0;   // the file's format_version
    QString m_prefix;    // "scenarios[2]." while a scenario's park is read, else empty
};

} // namespace pz::io
