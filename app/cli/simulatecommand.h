#pragma once
// `parkzero-cli simulate PROJECT [--weather FILE] [--json OUT|-] [--hourly OUT.csv]`:
// runs the whole park model headless and writes the results (docs/cli.md).

#include <QStringList>

int runSimulate(const QStringList &args);
