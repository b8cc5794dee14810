#pragma once

#include "models/compliancepolicy.h"
#include "models/fleetimpact.h"

#include <QWidget>

class FleetImpactPanel;
class PolicyForm;
class PolicyPreviewView;
class PolicyService;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QUndoStack;

// The policy editor (the "Policies" tab): the list of policies and the working copy of
// them, with validation, undo until saved, Save to MDM and Discard. Its sections: the
// selected policy's fields and actions (ui/policyeditor/policyform), the fleet impact of
// the edits (ui/policyeditor/fleetimpactpanel) and the preview of one device
// (ui/policypreviewview). Read-only, with the reason, when the MDM user may not edit.
class PolicyEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyEditor)

public:
    explicit PolicyEditor(PolicyService *service, QWidget *parent = nullptr);
    ~PolicyEditor() override;

    // Reads the policies and the fleet again; the edits and their undo history are dropped.
    void reload();
    void setPreviewDevice(qint64 deviceId);

    bool isModified() const;
    // A save to the MDM is running; saveFinished follows.
    bool isSaving() const;
    // Asks what to do with unsaved edits: Save, Discard or Cancel. False on Cancel.
    bool maybeSave();
    void save();
    void revert();

    // The working copy, in list order, and edits to it (each one undoable).
    QList<CompliancePolicy> policies() const { return m_working; }
    int currentRow() const { return m_currentRow; }
    void selectPolicy(int row);
    void editPolicy(const CompliancePolicy &policy, const QString &text);
    void addPolicy();
    QUndoStack *undoStack() const { return m_undo; }

    // Empty when every policy is valid.
    QString validationMessage() const { return m_validation; }
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const;
    bool isImpactRunning() const;
    const FleetImpact &fleetImpact() const;
    PolicyPreviewView *preview() const { return m_preview; }

signals:
    void impactUpdated();
    void saveFinished(bool ok, const QString &message);
    void modifiedChanged(bool modified);

protected:
    void changeEvent(QEvent *event) override;

private:
    friend class PolicyEditCommand;
    void setWorking(const QList<CompliancePolicy> &policies, int row);
    void retranslate();
    void fillList();
    void fillForm();
    void formEdited(int mergeId);
    void updateState();
    void updatePreview();
    void startImpact();
    void onRoleChanged();
    void onSaveFinished(bool ok, const QString &error, const QList<CompliancePolicy> &saved, int reported);
    QHash<qint64, CompliancePolicy> workingHash() const;

    PolicyService *m_service;
    QUndoStack *m_undo;
    QHash<qint64, CompliancePolicy> m_saved; // as the store has them
    QList<CompliancePolicy> m_working;
    int m_currentRow = -1;
    bool m_filling = false;
    bool m_readOnly = true;
    QString m_validation;
    QString m_status;
    qint64 m_previewDevice = 0;

    QLabel *m_readOnlyBanner;
    QLabel *m_policiesLabel;
    QListWidget *m_list;
    QPushButton *m_newButton;
    PolicyForm *m_form;
    QLabel *m_validationLabel;
    QPushButton *m_undoButton;
    QPushButton *m_redoButton;
    QPushButton *m_revertButton;
    QPushButton *m_saveButton;
    QLabel *m_statusLabel;
    QLabel *m_previewDeviceLabel;
    QLineEdit *m_previewDeviceId;
    PolicyPreviewView *m_preview;
    FleetImpactPanel *m_impact;
};
