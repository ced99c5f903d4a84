// SPDX-License-Identifier: GPL-3.0-or-later
#include "about/aboutdialog.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace pz {

namespace {

const QString kThirdPartyPath = QStringLiteral(":/app/THIRD-PARTY.md");
const QString kIconPath = QStringLiteral(":/app/parkzero.svg");

// Opens http(s) links in the browser; the list's links into the source tree lead nowhere here.
void openExternal(const QUrl &url)
{
    if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        QDesktopServices::openUrl(url);
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About ParkZero"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(kIconPath).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    auto *summary = new QLabel(this);
    summary->setWordWrap(true);
    summary->setOpenExternalLinks(true);
    summary->setTextInteractionFlags(Qt::TextBrowserInteraction);
    summary->setText(
        tr("<h3>ParkZero %1</h3>"
           "<p>Design zero-carbon industrial parks: lay out buildings, ground and rooftop PV, "
           "batteries and green space on a site plan, and see the park's hourly energy balance, "
           "PV yield and carbon intensity.</p>")
            .arg(QCoreApplication::applicationVersion())
        + tr("<p>ParkZero is free software: you can redistribute it and/or modify it under the terms "
             "of the GNU General Public License, version 3 or (at your option) any later version "
             "(GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY. See <a href=\"%1\">%1</a>.</p>")
              .arg(QStringLiteral("https://www.gnu.org/licenses/gpl-3.0.html")));
    auto *header = new QHBoxLayout;
    header->addWidget(icon);
    header->addWidget(summary, 1);

    m_thirdParty = new QTextBrowser(this);
    m_thirdParty->setOpenLinks(false);
    connect(m_thirdParty, &QTextBrowser::anchorClicked, this, openExternal);
    QFile file(kThirdPartyPath);
    if (file.open(QIODevice::ReadOnly))
        m_thirdParty->setMarkdown(QString::fromUtf8(file.readAll()));
    else
        m_thirdParty->setPlainText(tr("The list of third-party software could not be read."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_thirdParty, 1);
    layout->addWidget(buttons);
    resize(820, 620);
}

} // namespace pz
