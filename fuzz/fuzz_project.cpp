// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the project file reader (io/projectfile.h: parseProject, the same code loadProject
// runs on a file's bytes). A park that loads must also save and load again to the same bytes
// (projectfile.h: save → load → save gives identical bytes).

#include "io/projectfile.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const pz::io::LoadResult loaded = pz::io::parseProject(bytes, QStringLiteral("fuzz.parkzero"));
    if (loaded.ok() != loaded.error.isEmpty()) {
        std::fprintf(stderr, "parseProject: ok() and error disagree\n");
        std::abort();
    }
    if (!loaded.ok())
        return 0;

    const QByteArray saved = pz::io::serializeProject(*loaded.project);
    const pz::io::LoadResult reloaded = pz::io::parseProject(saved, QStringLiteral("saved.parkzero"));
    if (!reloaded.ok()) {
        std::fprintf(stderr, "a loaded park does not load again after saving:\n%s\n--- saved:\n%s\n",
                     qPrintable(reloaded.error), saved.constData());
        std::abort();
    }
    if (pz::io::serializeProject(*reloaded.project) != saved) {
        std::fprintf(stderr, "save → load → save changed the bytes:\n%s\n", saved.constData());
        std::abort();
    }
    return 0;
}
