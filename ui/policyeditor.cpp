#include "ui/policyeditor.h"

#include "app/policy/policyservice.h"
#include "models/policypreview.h"
#include "ui/policyeditor/fleetimpactpanel.h"
#include "ui/policyeditor/policyform.h"
#include "ui/policypreviewview.h"
#include "ui/accessiblename.h"
#include "ui/readablecolors.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

// One edit of the working copy: the whole list before and after (a few policies), so
// undo and redo are exact whatever the edit was. Typing in one field merges.
class PolicyEditCommand final : public QUndoCommand
{
public:
    PolicyEditCommand(PolicyEditor *editor, QList<CompliancePolicy> before, QList<CompliancePolicy> after,
                      int rowBefore, int rowAfter, int mergeId, const QString &text)
        : QUndoCommand(text)
        , m_editor(editor)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_rowBefore(rowBefore)
        , m_rowAfter(rowAfter)
        , m_mergeId(mergeId)
    {
    }
    void undo() override { m_editor->setWorking(m_before, m_rowBefore); }
    void redo() override { m_editor->setWorking(m_after, m_rowAfter); }
    int id() const override { return m_mergeId > 0 ? m_mergeId * 100000 + m_rowAfter : -1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const PolicyEditCommand *>(other);
        if (next->m_rowAfter != m_rowAfter)
            return false;
        m_after = next->m_after;
        return true;
    }

private:
    PolicyEditor *m_editor;
    QList<CompliancePolicy> m_before;
    QList<CompliancePolicy> m_after;
    int m_rowBefore;
    int m_rowAfter;
    int m_mergeId;
};

PolicyEditor::PolicyEditor(PolicyService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_undo(new QUndoStack(this))
    , m_readOnlyBanner(new QLabel(this))
    , m_policiesLabel(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_newButton(new QPushButton(this))
    , m_form(new PolicyForm(this))
    , m_validationLabel(new QLabel(this))
    , m_undoButton(new QPushButton(this))
    , m_redoButton(new QPushButton(this))
    , m_revertButton(new QPushButton(this))
    , m_saveButton(new QPushButton(this))
    , m_statusLabel(new QLabel(this))
    , m_previewDeviceLabel(new QLabel(this))
    , m_previewDeviceId(new QLineEdit(this))
    , m_preview(new PolicyPreviewView(this))
    , m_impact(new FleetImpactPanel(service, this))
{
    setObjectName(QStringLiteral("policyEditor"));
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4ce; color: #3d3000; border: 1px solid #e0c060; padding: 6px; }"));
    m_list->setObjectName(QStringLiteral("policyList"));
    m_list->setSpacing(3);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_validationLabel->setObjectName(QStringLiteral("validationMessage"));
    m_validationLabel->setWordWrap(true);
    ReadableColors::setTone(m_validationLabel, ReadableColors::Tone::Error);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setObjectName(QStringLiteral("saveStatus"));
    m_saveButton->setObjectName(QStringLiteral("savePolicies"));
    m_previewDeviceId->setObjectName(QStringLiteral("previewDeviceId"));
    m_previewDeviceId->setMaximumWidth(120);
    // Each field is named by the label beside it, for screen readers.
    m_policiesLabel->setBuddy(m_list);
    m_previewDeviceLabel->setBuddy(m_previewDeviceId);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_policiesLabel);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_newButton);

    auto *middle = new QWidget(this);
    auto *saveButtons = new QHBoxLayout;
    for (QPushButton *button : {m_undoButton, m_redoButton})
        saveButtons->addWidget(button);
    saveButtons->addStretch();
    saveButtons->addWidget(m_revertButton);
    saveButtons->addWidget(m_saveButton);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addWidget(m_form, 1);
    middleLayout->addWidget(m_validationLabel);
    middleLayout->addLayout(saveButtons);
    middleLayout->addWidget(m_statusLabel);
    middleLayout->addWidget(m_impact, 1);

    auto *right = new QWidget(this);
    auto *deviceRow = new QHBoxLayout;
    deviceRow->addWidget(m_previewDeviceLabel);
    deviceRow->addWidget(m_previewDeviceId);
    deviceRow->addStretch();
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(deviceRow);
    rightLayout->addWidget(m_preview, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(middle);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 3);
    splitter->setSizes({260, 560, 560});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_readOnlyBanner);
    layout->addWidget(splitter, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_filling)
            return;
        m_currentRow = row;
        fillForm();
        updatePreview();
    });
    connect(m_newButton, &QPushButton::clicked, this, &PolicyEditor::addPolicy);
    connect(m_form, &PolicyForm::edited, this, &PolicyEditor::formEdited);
    connect(m_form, &PolicyForm::changeRequested, this, &PolicyEditor::editPolicy);
    // Ctrl+Z / Ctrl+Shift+Z anywhere in the editor; a focused line edit keeps its own undo.
    QAction *undoAction = m_undo->createUndoAction(this);
    undoAction->setShortcut(QKeySequence::Undo);
    undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *redoAction = m_undo->createRedoAction(this);
    redoAction->setShortcut(QKeySequence::Redo);
    redoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({undoAction, redoAction});
    connect(m_undoButton, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(m_redoButton, &QPushButton::clicked, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
    connect(m_revertButton, &QPushButton::clicked, this, &PolicyEditor::revert);
    connect(m_saveButton, &QPushButton::clicked, this, &PolicyEditor::save);
    connect(m_previewDeviceId, &QLineEdit::editingFinished, this, [this] {
        bool ok = false;
        const qint64 id = m_previewDeviceId->text().trimmed().toLongLong(&ok);
        if (ok)
            setPreviewDevice(id);
    });
    connect(m_impact, &FleetImpactPanel::deviceChosen, this, &PolicyEditor::setPreviewDevice);
    connect(m_impact, &FleetImpactPanel::impactUpdated, this, &PolicyEditor::impactUpdated);
    connect(m_service, &PolicyService::roleChanged, this, &PolicyEditor::onRoleChanged);
    connect(m_service, &PolicyService::saveFinished, this, &PolicyEditor::onSaveFinished);

    m_readOnly = !m_service->canEdit();
    m_form->setReadOnly(m_readOnly);
    retranslate();
    reload();
}

PolicyEditor::~PolicyEditor()
{
    // The undo stack is a child: QWidget's destructor deletes it, and its cleanChanged
    // would then call modifiedChanged on an editor already destroyed (UBSan: vptr).
    m_undo->disconnect(this);
}

void PolicyEditor::reload()
{
    QString error;
    const QHash<qint64, CompliancePolicy> stored = m_service->policies(&error);
    m_saved = stored;
    QList<CompliancePolicy> list = stored.values();
    std::sort(list.begin(), list.end(),
              [](const CompliancePolicy &a, const CompliancePolicy &b) { return a.id < b.id; });
    m_undo->clear();
    m_status = error;
    setWorking(list, list.isEmpty() ? -1 : std::clamp(m_currentRow, 0, int(list.size()) - 1));
    m_undo->setClean();
    m_impact->reloadFleet();
}

void PolicyEditor::setWorking(const QList<CompliancePolicy> &policies, int row)
{
    // When the form already shows the new state (the edit came from it), leave it alone:
    // rebuilding it would take the focus from the field being typed in.
    const bool formCurrent = row == m_currentRow && row >= 0 && row < m_working.size() && row < policies.size()
        && m_form->shows(policies.at(row));
    m_working = policies;
    m_currentRow = row;
    fillList();
    if (formCurrent)
        m_form->setPolicy(policies.at(row), true, true);
    else
        fillForm();
    updateState();
    updatePreview();
    startImpact();
}

QHash<qint64, CompliancePolicy> PolicyEditor::workingHash() const
{
    QHash<qint64, CompliancePolicy> hash;
    for (const CompliancePolicy &policy : m_working)
        hash.insert(policy.id, policy);
    return hash;
}

bool PolicyEditor::isModified() const
{
    if (m_working.size() != m_saved.size())
        return true;
    for (const CompliancePolicy &policy : m_working) {
        const auto it = m_saved.constFind(policy.id);
        if (it == m_saved.cend() || !FleetImpact::samePolicy(*it, policy))
            return true;
    }
    return false;
}

bool PolicyEditor::isSaving() const
{
    return m_service->isSaving();
}

bool PolicyEditor::isImpactRunning() const
{
    return m_impact->isRunning();
}

const FleetImpact &PolicyEditor::fleetImpact() const
{
    return m_impact->impact();
}

QString PolicyEditor::readOnlyReason() const
{
    return m_readOnly ? m_service->readOnlyReason() : QString();
}

void PolicyEditor::selectPolicy(int row)
{
    m_list->setCurrentRow(row);
}

void PolicyEditor::editPolicy(const CompliancePolicy &policy, const QString &text)
{
    if (m_readOnly || m_currentRow < 0)
        return;
    QList<CompliancePolicy> after = m_working;
    after[m_currentRow] = policy;
    m_undo->push(new PolicyEditCommand(this, m_working, after, m_currentRow, m_currentRow, 0, text));
}

void PolicyEditor::addPolicy()
{
    if (m_readOnly)
        return;
    qint64 id = 1;
    for (const CompliancePolicy &policy : std::as_const(m_working))
        id = std::max(id, policy.id + 1);
    for (auto it = m_saved.cbegin(); it != m_saved.cend(); ++it)
        id = std::max(id, it.key() + 1);
    CompliancePolicy policy;
    policy.id = id;
    policy.name = tr("New policy");
    policy.rule = PolicyRule::NoPasscode;
    policy.steps = {PolicyStep{ComplianceAction::SendAlert, 0}};
    QList<CompliancePolicy> after = m_working;
    after.append(policy);
    m_undo->push(new PolicyEditCommand(this, m_working, after, m_currentRow, int(after.size()) - 1, 0,
                                       tr("New policy")));
}

void PolicyEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PolicyEditor::retranslate()
{
    m_policiesLabel->setText(tr("Policies"));
    m_newButton->setText(tr("New policy"));
    m_undoButton->setText(tr("Undo"));
    m_redoButton->setText(tr("Redo"));
    m_revertButton->setText(tr("Discard changes"));
    m_saveButton->setText(tr("Save to MDM"));
    m_previewDeviceLabel->setText(tr("Preview device id:"));
    nameAfterCaption(m_list, m_policiesLabel);
    fillList();
    m_form->retranslate();
    fillForm();
    updateState();
    m_impact->retranslate();
}

void PolicyEditor::fillList()
{
    m_filling = true;
    m_list->clear();
    for (const CompliancePolicy &policy : std::as_const(m_working)) {
        const auto saved = m_saved.constFind(policy.id);
        const bool changed = saved == m_saved.cend() || !FleetImpact::samePolicy(*saved, policy);
        //: A policy in the list: its name and rule; the star marks unsaved changes.
        m_list->addItem(tr("%1%2\n%3").arg(policy.name, changed ? QStringLiteral(" *") : QString(),
                                           policy.ruleText()));
    }
    m_list->setCurrentRow(m_currentRow);
    m_filling = false;
}

void PolicyEditor::fillForm()
{
    const bool has = m_currentRow >= 0 && m_currentRow < m_working.size();
    m_form->setPolicy(has ? m_working.at(m_currentRow) : CompliancePolicy(), has);
}

void PolicyEditor::formEdited(int mergeId)
{
    if (m_readOnly || m_currentRow < 0)
        return;
    QList<CompliancePolicy> after = m_working;
    after[m_currentRow] = m_form->policy();
    if (FleetImpact::samePolicy(after.at(m_currentRow), m_working.at(m_currentRow)))
        return;
    m_undo->push(new PolicyEditCommand(this, m_working, after, m_currentRow, m_currentRow, mergeId,
                                       tr("Edit %1").arg(after.at(m_currentRow).name)));
}

void PolicyEditor::updateState()
{
    m_validation.clear();
    QSet<qint64> ids;
    // The selected policy's problem first: that is the one being edited.
    if (m_currentRow >= 0 && m_currentRow < m_working.size())
        m_validation = m_working.at(m_currentRow).validate();
    for (const CompliancePolicy &policy : std::as_const(m_working)) {
        if (m_validation.isEmpty())
            m_validation = policy.validate();
        if (m_validation.isEmpty() && ids.contains(policy.id))
            m_validation = tr("Two policies have the id %1.").arg(policy.id);
        ids.insert(policy.id);
    }
    m_validationLabel->setText(m_validation);
    m_validationLabel->setVisible(!m_validation.isEmpty());
    m_readOnlyBanner->setText(readOnlyReason());
    m_readOnlyBanner->setVisible(m_readOnly);
    const bool has = m_currentRow >= 0;
    m_form->updateState(!m_readOnly && has && !m_service->isSaving());
    m_newButton->setEnabled(!m_readOnly && !m_service->isSaving());
    m_undoButton->setEnabled(!m_readOnly && m_undo->canUndo());
    m_redoButton->setEnabled(!m_readOnly && m_undo->canRedo());
    const bool modified = isModified();
    m_revertButton->setEnabled(!m_readOnly && modified);
    m_saveButton->setEnabled(!m_readOnly && modified && m_validation.isEmpty() && !m_service->isSaving());
    m_statusLabel->setText(m_status);
    m_statusLabel->setVisible(!m_status.isEmpty());
}

void PolicyEditor::setPreviewDevice(qint64 deviceId)
{
    m_previewDevice = deviceId;
    if (m_previewDeviceId->text() != QString::number(deviceId))
        m_previewDeviceId->setText(deviceId > 0 ? QString::number(deviceId) : QString());
    updatePreview();
}

void PolicyEditor::updatePreview()
{
    if (m_previewDevice <= 0) {
        m_preview->clear({});
        return;
    }
    QString error;
    const std::optional<DeviceRecord> device = m_service->device(m_previewDevice, &error);
    if (!device) {
        m_preview->clear(error.isEmpty() ? tr("There is no device with id %1.").arg(m_previewDevice) : error);
        return;
    }
    const QHash<qint64, CompliancePolicy> policies = workingHash();
    m_preview->setPreview(*device, PolicyPreview::build(*device, policies, QDateTime::currentDateTimeUtc(),
                                                        m_service->tenantId()),
                          policies);
}

void PolicyEditor::startImpact()
{
    m_impact->setPolicies(m_saved, m_working, isModified());
}

void PolicyEditor::onRoleChanged()
{
    m_readOnly = !m_service->canEdit();
    m_form->setReadOnly(m_readOnly);
    fillForm();
    updateState();
}

bool PolicyEditor::maybeSave()
{
    if (!isModified() || m_readOnly)
        return true;
    const QMessageBox::StandardButton answer = QMessageBox::question(
        this, tr("Unsaved policy changes"),
        tr("The policies have unsaved changes. Save them to the MDM, discard them, or keep editing?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Discard)
        revert();
    else if (m_validation.isEmpty())
        save();
    else
        return false; // invalid edits cannot be saved; stay so they can be fixed
    return true;
}

void PolicyEditor::revert()
{
    reload();
}

void PolicyEditor::save()
{
    if (m_readOnly || !m_validation.isEmpty() || m_service->isSaving())
        return;
    QList<CompliancePolicy> changed;
    for (const CompliancePolicy &policy : std::as_const(m_working)) {
        const auto saved = m_saved.constFind(policy.id);
        if (saved == m_saved.cend() || !FleetImpact::samePolicy(*saved, policy))
            changed.append(policy);
    }
    if (changed.isEmpty())
        return;
    m_status = tr("Saving to the MDM…");
    m_service->save(changed);
    updateState();
}

void PolicyEditor::onSaveFinished(bool ok, const QString &error, const QList<CompliancePolicy> &saved, int reported)
{
    for (const CompliancePolicy &policy : saved)
        m_saved.insert(policy.id, policy);
    if (ok) {
        m_status = tr("Saved %n policy(s); %1 queued for Azure.", nullptr, int(saved.size()))
                       .arg(tr("%n device report(s)", nullptr, reported));
        // Everything is saved: undoing past this point would edit saved policies.
        m_undo->clear();
        m_undo->setClean();
    } else {
        m_status = tr("Not saved: %1").arg(error);
    }
    fillList();
    updateState();
    startImpact();
    updatePreview();
    emit saveFinished(ok, m_status);
}
