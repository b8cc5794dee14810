#pragma once

#include <QCoreApplication>
#include <QGroupBox>

class QLabel;
class QTableWidget;
struct ShownDevice;

// Device Details, "Violated rules": each violated policy with its rule, since when, the
// action in effect and its next escalation (policies the console does not have are listed
// and not counted), then when the device's outcome changes next.
class ViolatedRulesBox final : public QGroupBox
{
    // Its texts keep the page's context, where the translations are.
    Q_DECLARE_TR_FUNCTIONS(DeviceDetailsView)

public:
    explicit ViolatedRulesBox(QWidget *parent);

    void retranslate();
    void render(const ShownDevice &shown);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum Column
    {
        PolicyColumn,
        RuleColumn,
        SinceColumn,
        ActionColumn,
        NextEscalationColumn,
        ColumnCount
    };
    void fitTable();

    QLabel *m_none;
    QTableWidget *m_table;
    int m_lastColumnContentWidth = 0;
    QLabel *m_nextEscalation;
};
