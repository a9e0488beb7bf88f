#pragma once

class QWidget;

namespace demarche {

// Opens Help > About, window-modal over `parent` and deleted on close: the version, the licence,
// and the data sources with their citations. Returns at once; the dialog is the child of
// `parent` named "aboutDialog".
void showAboutDialog(QWidget *parent);

} // namespace demarche
