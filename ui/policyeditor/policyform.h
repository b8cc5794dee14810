#pragma once

#include "models/compliancepolicy.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// The Policies tab, the selected policy: its name, rule and parameter, and its ordered
// actions with their waits, with the buttons that add, remove and move an action. The
// editor owns the policies and their undo history: the form reports each edit and the
// editor decides what becomes of it.
class PolicyForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyForm)

public:
    // Typing in one field merges into one undo step: each field has its own id.
    static constexpr int kMergeName = 1;
    static constexpr int kMergeParameter = 2;
    static constexpr int kMergeWait = 3;

    explicit PolicyForm(QWidget *parent = nullptr);

    // Shows `policy`; keepFields: the fields show it already (the edit came from them), so
    // they are left alone and keep the focus of the field being typed in.
    void setPolicy(const CompliancePolicy &policy, bool hasPolicy, bool keepFields = false);
    // The policy shown, with what the fields hold now.
    CompliancePolicy policy() const;
    // Whether the fields hold exactly `policy`.
    bool shows(const CompliancePolicy &policy) const;
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    // Enables what may be edited now (editable: a policy is selected and may be changed).
    void updateState(bool editable);
    void selectStep(int row);
    void retranslate();

signals:
    // A field changed; mergeId: 0, or the field's kMerge id.
    void edited(int mergeId);
    // An action was added, removed or moved: the policy as it should become.
    void changeRequested(const CompliancePolicy &policy, const QString &text);

private:
    void fill();
    void addStepRow(const PolicyStep &step);
    void addStep();
    void removeStep();
    void moveStep(int delta);
    void fieldEdited(int mergeId);

    CompliancePolicy m_policy;
    bool m_hasPolicy = false;
    bool m_readOnly = true;
    bool m_editable = false;
    bool m_filling = false;

    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_ruleLabel;
    QComboBox *m_rule;
    QLabel *m_parameterLabel;
    QLineEdit *m_parameter;
    QLabel *m_actionsLabel;
    QTableWidget *m_steps;
    QPushButton *m_addStep;
    QPushButton *m_removeStep;
    QPushButton *m_upStep;
    QPushButton *m_downStep;
};
