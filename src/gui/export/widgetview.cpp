#include "widgetview.h"

#include <QPainter>

namespace demarche {

WidgetView::WidgetView(QWidget *widget, QString name, QString description)
    : m_widget(widget)
    , m_name(std::move(name))
    , m_description(std::move(description))
{ }

QSize WidgetView::exportSizeHint() const
{
    return m_widget ? m_widget->size() : QSize();
}

void WidgetView::renderExport(QPainter &painter, const QRect &target) const
{
    if (!m_widget || m_widget->width() <= 0 || m_widget->height() <= 0)
        return;
    painter.save();
    painter.translate(target.topLeft());
    // The painter's transform carries into every child's paint: text stays vector-sharp.
    painter.scale(double(target.width()) / m_widget->width(),
                  double(target.height()) / m_widget->height());
    m_widget->render(&painter, QPoint(), QRegion(),
                     QWidget::DrawWindowBackground | QWidget::DrawChildren);
    painter.restore();
}

} // namespace demarche
