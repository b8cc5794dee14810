#pragma once

#include <QHeaderView>

// A horizontal header whose titles take up to two lines. The official names of the Azure
// fields are long in every language ("Heure du rapport de conformité des appareils Azure"):
// on one line, three of them fill the device list before any value is shown.
class WrappingHeaderView final : public QHeaderView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WrappingHeaderView)

public:
    explicit WrappingHeaderView(QWidget *parent = nullptr);

    static constexpr int kLines = 2;

    // The width a section needs to show its title on at most two lines, with room for the
    // sort mark whichever column is sorted.
    int neededWidth(int logicalIndex) const;

protected:
    QSize sectionSizeFromContents(int logicalIndex) const override;
};
