#include "aboutdialog.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace demarche {

namespace {

// The text is HTML so that the citations keep their italics and the links open in a browser.
QString aboutHtml()
{
    return QApplication::translate(
               "AboutDialog",
               "<p>Demarche finds dated events between actors in news articles, codes them with "
               "CAMEO and PLOVER, weights them on the Goldstein scale and shows them as a "
               "timeline and an actor network.</p>"
               "<h3>Licence</h3>"
               "<p>Copyright 2026 The Demarche developers.</p>"
               "<p>This program is free software: you can redistribute it and/or modify it under "
               "the terms of the GNU General Public License as published by the Free Software "
               "Foundation, either version 3 of the License, or (at your option) any later "
               "version (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY. See "
               "<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">"
               "https://www.gnu.org/licenses/gpl-3.0.html</a>.</p>"
               "<p>Built with Qt %1 (running on Qt %2), including Qt Charts under the GPL "
               "version 3.</p>"
               "<h3>Data sources</h3>"
               "<ul>"
               "<li><b>CAMEO 1.1b3</b> event codes and names. Deborah J. Gerner, Philip A. "
               "Schrodt and &Ouml;m&uuml;r Yilmaz (2009), <i>Conflict and Mediation Event "
               "Observations (CAMEO) Codebook</i>; manual version 1.1b3 (Schrodt, 2012), as "
               "distributed by the GDELT Project.</li>"
               "<li><b>Goldstein scale</b> weights, from GDELT's CAMEO Goldstein table. Joshua "
               "S. Goldstein (1992), A Conflict-Cooperation Scale for WEIS Events Data, "
               "<i>Journal of Conflict Resolution</i> 36(2): 369&ndash;385.</li>"
               "<li><b>PLOVER</b> categories (Political Language Ontology for Verifiable Event "
               "Records), through the CAMEO2PLOVER mapping of the Open Event Data Alliance "
               "(OEDA, 2021), CC BY-SA 4.0.</li>"
               "<li><b>iso-codes</b>: ISO 3166-1 country codes and names from the Debian "
               "iso-codes package, LGPL-2.1-or-later.</li>"
               "</ul>")
        .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()));
}

} // namespace

void showAboutDialog(QWidget *parent)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(QStringLiteral("aboutDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(QApplication::translate("AboutDialog", "About Demarche"));

    auto *icon = new QLabel(dialog);
    icon->setObjectName(QStringLiteral("aboutIcon"));
    // The installed theme icon first, so the dialog matches the menu entry.
    const QIcon appIcon
        = QIcon::fromTheme(QStringLiteral("org.demarche.Demarche"), QApplication::windowIcon());
    if (!appIcon.isNull())
        icon->setPixmap(appIcon.pixmap(64, 64));

    auto *title = new QLabel(dialog);
    title->setObjectName(QStringLiteral("aboutTitle"));
    title->setTextFormat(Qt::RichText);
    title->setText(QApplication::translate("AboutDialog",
                                           "<h2>Demarche %1</h2>"
                                           "<p>Dated diplomatic events from news text</p>")
                       .arg(QStringLiteral(DEMARCHE_VERSION)));
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *header = new QHBoxLayout;
    header->addWidget(icon);
    header->addWidget(title, 1);

    auto *text = new QTextBrowser(dialog);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setOpenExternalLinks(true);
    text->setHtml(aboutHtml());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    buttons->setObjectName(QStringLiteral("aboutButtons"));
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);

    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(header);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    dialog->resize(560, 520);
    dialog->open();
}

} // namespace demarche
