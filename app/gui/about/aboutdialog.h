// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Help › About: ParkZero's version and licence, and the third-party software and data it uses
// (THIRD-PARTY.md from the resources, shown as Markdown).

#include <QDialog>

class QTextBrowser;

namespace pz {

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The third-party list as shown (for tests).
    QTextBrowser *thirdPartyView() const { return m_thirdParty; }

private:
    QTextBrowser *m_thirdParty;
};

} // namespace pz
