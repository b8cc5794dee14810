#pragma once

#include "models/compliancepolicy.h"
#include "models/fleetimpact.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <memory>

class PolicyPreviewView;
class PolicyService;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class QUndoStack;

// The policy editor (the "Policies" tab): the list of policies; for the selected one its
// rule, parameter and ordered actions with waits; validation; undo until saved; a preview
// of one device and the fleet impact of the edits, computed off the UI thread and
// restarted on every edit. Read-only, with the reason, when the MDM user may not edit.
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
    bool isImpactRunning() const { return m_impactWatcher.isRunning() || m_fleetWatcher.isRunning(); }
    const FleetImpact &fleetImpact() const { return m_impact; }
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
    void addStepRow(const PolicyStep &step);
    void formEdited(int mergeId);
    CompliancePolicy policyFromForm() const;
    void moveStep(int delta);
    void removeStep();
    void addStep();
    void updateState();
    void updatePreview();
    void startImpact();
    void onImpactFinished();
    void showImpact();
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

    struct LoadedFleet
    {
        std::shared_ptr<const FleetSnapshot> fleet; // null when the store could not be read
        QString error;
    };
    std::shared_ptr<const FleetSnapshot> m_fleet;
    QString m_fleetError; // why the last read of the fleet failed
    QFutureWatcher<LoadedFleet> m_fleetWatcher;
    QFutureWatcher<FleetImpact> m_impactWatcher;
    std::shared_ptr<std::atomic<bool>> m_impactCancel;
    bool m_impactStale = false;
    FleetImpact m_impact;

    QLabel *m_readOnlyBanner;
    QLabel *m_policiesLabel;
    QListWidget *m_list;
    QPushButton *m_newButton;
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
    QLabel *m_validationLabel;
    QPushButton *m_undoButton;
    QPushButton *m_redoButton;
    QPushButton *m_revertButton;
    QPushButton *m_saveButton;
    QLabel *m_statusLabel;
    QLabel *m_previewDeviceLabel;
    QLineEdit *m_previewDeviceId;
    PolicyPreviewView *m_preview;
    QLabel *m_impactTitle;
    QLabel *m_impactSummary;
    QTableWidget *m_impactList;
};
