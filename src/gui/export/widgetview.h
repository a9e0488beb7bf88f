#pragma once

#include "exportableview.h"

#include <QPointer>
#include <QWidget>

namespace demarche {

// Any widget, typically the whole main window, as an ExportableView: it draws itself with
// QWidget::render, scaled to the target, so the export shows exactly the window's content.
class WidgetView final : public ExportableView
{
public:
    // `widget` is not owned; `name` is the export name ("window"), `description` the metadata line.
    WidgetView(QWidget *widget, QString name, QString description);

    QString exportName() const override { return m_name; }
    QSize exportSizeHint() const override;
    void renderExport(QPainter &painter, const QRect &target) const override;
    QString exportDescription() const override { return m_description; }

private:
    QPointer<QWidget> m_widget;
    QString m_name;
    QString m_description;
};

} // namespace demarche
