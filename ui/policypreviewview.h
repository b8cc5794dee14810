#pragma once

#include "models/policypreview.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTableWidget;

// The preview of one device under the policies being edited: the action in effect, what
// Azure receives, the cause, the escalation timeline and the exact upload payload.
class PolicyPreviewView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyPreviewView)

public:
    explicit PolicyPreviewView(QWidget *parent = nullptr);
    ~PolicyPreviewView() override;

    void setPreview(const DeviceRecord &device, const PolicyPreview &preview,
                    const QHash<qint64, CompliancePolicy> &policies);
    // No device chosen, or it could not be read.
    void clear(const QString &message);

    QTableWidget *timeline() const { return m_timeline; }
    QPlainTextEdit *payload() const { return m_payload; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();

    QLabel *m_title;
    QLabel *m_actionLabel;
    QLabel *m_action;
    QLabel *m_outcomeLabel;
    QLabel *m_outcome;
    QLabel *m_causeLabel;
    QLabel *m_cause;
    QLabel *m_timelineLabel;
    QTableWidget *m_timeline;
    QLabel *m_payloadLabel;
    QPlainTextEdit *m_payload;
    QLabel *m_notSent;
    bool m_hasDevice = false;
    QString m_message;
    DeviceRecord m_device;
    PolicyPreview m_preview;
    QHash<qint64, CompliancePolicy> m_policies;
};
