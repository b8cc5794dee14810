#pragma once

#include <QCoreApplication>
#include <QGroupBox>

class QLabel;
struct ShownDevice;

// Device Details, "What Azure receives": the Azure outcome and what it means (a retired
// device flagged, with the date Azure deletes its record), the effective action and the
// policy and rule that caused it.
class OutcomeBox final : public QGroupBox
{
    // Its texts keep the page's context, where the translations are.
    Q_DECLARE_TR_FUNCTIONS(DeviceDetailsView)

public:
    explicit OutcomeBox(QWidget *parent);

    void retranslate();
    void render(const ShownDevice &shown);

private:
    QLabel *m_outcomeLabel;
    QLabel *m_outcome;
    QLabel *m_outcomeDescription;
    QWidget *m_retireLine;
    QLabel *m_retireNote;
    QLabel *m_retireDeletion;
    QLabel *m_actionLabel;
    QLabel *m_action;
    QLabel *m_causeLabel;
    QLabel *m_cause;
};
