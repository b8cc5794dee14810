#include "ui/wrappingheaderview.h"

#include <QFontMetrics>
#include <QStyle>

namespace {
// The narrowest width at which `text`, wrapped as Qt wraps it (at spaces, and between
// ideographs), takes at most `lines` lines.
int wrappedWidth(const QFontMetrics &metrics, const QString &text, int lines)
{
    const auto linesAt = [&](int width) {
        const QRect bounds = metrics.boundingRect(QRect(0, 0, width, 1 << 20), Qt::TextWordWrap, text);
        return (bounds.height() + metrics.leading()) / metrics.lineSpacing();
    };
    int low = 1;
    int high = metrics.horizontalAdvance(text) + 1;
    while (low < high) {
        const int middle = (low + high) / 2;
        if (linesAt(middle) <= lines)
            high = middle;
        else
            low = middle + 1;
    }
    // A word longer than the width overflows rather than wrapping: never narrower than it.
    return std::max(high, metrics.boundingRect(QRect(0, 0, high, 1 << 20), Qt::TextWordWrap, text).width());
}
} // namespace

WrappingHeaderView::WrappingHeaderView(QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent)
{
    setDefaultAlignment(Qt::Alignment::fromInt(Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap));
    // Wrapped, not cut short with "…".
    setTextElideMode(Qt::ElideNone);
}

int WrappingHeaderView::neededWidth(int logicalIndex) const
{
    return sectionSizeFromContents(logicalIndex).width();
}

QSize WrappingHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    QSize size = QHeaderView::sectionSizeFromContents(logicalIndex);
    if (!model())
        return size;
    const QString text = model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString();
    const QFontMetrics metrics(font());
    const int margin = style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, this);
    const int textWidth = wrappedWidth(metrics, text, kLines);
    // Two lines of the font, or of the fallback font that draws the title when it is taller
    // (Japanese is drawn by a CJK font with a taller line).
    const int textHeight = std::max(kLines * metrics.lineSpacing(),
        metrics.boundingRect(QRect(0, 0, textWidth, 1 << 20), Qt::TextWordWrap, text).height());
    const int height = textHeight + 2 * margin;
    // The style keeps half the header's height and a margin beside the title for the sort mark.
    const int sortMark = height / 2 + margin;
    size.setWidth(textWidth + 2 * margin + sortMark);
    size.setHeight(std::max(size.height(), height));
    return size;
}
