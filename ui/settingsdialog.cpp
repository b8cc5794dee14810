#include "ui/settingsdialog.h"

#include "app/i18n/languageswitcher.h"
#include "app/settings/settingsimport.h"
#include "ui/readablecolors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <utility>

namespace {
QUrl urlFrom(const QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    return text.isEmpty() ? QUrl() : QUrl(text, QUrl::StrictMode);
}
} // namespace

SettingsDialog::SettingsDialog(
    const ConsoleSettings &settings, bool reportingEnabled, SettingsService *service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_loaded(settings)
    , m_test(new ConnectionTest(this))
    , m_tabs(new QTabWidget(this))
    , m_mdmTitle(new QLabel(this))
    , m_mdmUrl(new QLineEdit(this))
    , m_mdmUser(new QLineEdit(this))
    , m_mdmPassword(new QLineEdit(this))
    , m_deviceSpace(new QSpinBox(this))
    , m_tenantId(new QLineEdit(this))
    , m_clientId(new QLineEdit(this))
    , m_clientSecret(new QLineEdit(this))
    , m_loginUrl(new QLineEdit(this))
    , m_graphUrl(new QLineEdit(this))
    , m_tenantSyncUrl(new QLineEdit(this))
    , m_deviceSyncUrl(new QLineEdit(this))
    , m_enrollmentUrl(new QLineEdit(this))
    , m_remediationUrl(new QLineEdit(this))
    , m_reportingEnabled(new QCheckBox(this))
    , m_disconnectButton(new QPushButton(this))
    , m_batchSize(new QSpinBox(this))
    , m_weeklyDay(new QComboBox(this))
    , m_weeklyTime(new QTimeEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_caBrowse(new QPushButton(this))
    , m_store(new QLineEdit(this))
    , m_storeCheck(new QPushButton(this))
    , m_storeState(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_secretNote(new QLabel(this))
    , m_keychainState(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_testButton(new QPushButton(this))
    , m_exportButton(new QPushButton(this))
    , m_importButton(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    const auto name
        = [](QWidget *widget, const char *objectName) { widget->setObjectName(QLatin1String(objectName)); };
    name(m_mdmUrl, "mdmUrl");
    name(m_mdmUser, "mdmUser");
    name(m_mdmPassword, "mdmPassword");
    name(m_deviceSpace, "deviceSpace");
    name(m_tenantId, "tenantId");
    name(m_clientId, "clientId");
    name(m_clientSecret, "clientSecret");
    name(m_loginUrl, "loginUrl");
    name(m_graphUrl, "graphUrl");
    name(m_tenantSyncUrl, "tenantSyncUrl");
    name(m_deviceSyncUrl, "deviceSyncUrl");
    name(m_enrollmentUrl, "partnerEnrollmentUrl");
    name(m_remediationUrl, "partnerRemediationUrl");
    name(m_reportingEnabled, "reportingEnabled");
    name(m_disconnectButton, "disconnectFromAzure");
    name(m_batchSize, "batchSize");
    name(m_weeklyDay, "weeklyDay");
    name(m_weeklyTime, "weeklyTime");
    name(m_caFile, "caFile");
    name(m_store, "store");
    name(m_storeCheck, "checkStore");
    name(m_storeState, "storeState");
    name(m_language, "language");
    name(m_problem, "problem");
    name(m_keychainState, "keychainState");
    name(m_testButton, "testConnection");

    for (QLineEdit *secret : { m_mdmPassword, m_clientSecret }) {
        secret->setEchoMode(QLineEdit::Password);
        secret->setAttribute(Qt::WA_InputMethodEnabled, false);
    }
    m_deviceSpace->setRange(0, 999999999);
    m_batchSize->setRange(ConsoleSettings::kMinBatchSize, ConsoleSettings::kMaxBatchSize);
    m_weeklyTime->setDisplayFormat(QStringLiteral("HH:mm"));
    for (int day = 0; day <= 7; ++day)
        m_weeklyDay->addItem(QString(), day);
    for (const QString &language : LanguageSwitcher::availableLanguages())
        m_language->addItem(LanguageSwitcher::nativeName(language), language);
    m_language->insertItem(0, QString(), QString());
    for (QLabel *label : { m_secretNote, m_keychainState, m_problem, m_storeState }) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    ReadableColors::setTone(m_problem, ReadableColors::Tone::Error);
    m_problem->hide();
    m_keychainState->hide();

    const auto addRow = [this](QFormLayout *form, const char *label, QWidget *field) {
        auto *text = new QLabel(this);
        text->setBuddy(field);
        m_labels.append({ text, label });
        form->addRow(text, field);
    };
    const auto group = [this](const char *title, QWidget *parent) {
        auto *box = new QGroupBox(parent);
        m_groupTitles.append({ box, title });
        return box;
    };

    // Tenant: MDM and Entra.
    auto *tenantPage = new QWidget(this);
    auto *tenantLayout = new QVBoxLayout(tenantPage);
    auto *mdmBox = group(QT_TR_NOOP("Ivanti Neurons for MDM"), tenantPage);
    auto *mdmForm = new QFormLayout(mdmBox);
    addRow(mdmForm, QT_TR_NOOP("MDM URL:"), m_mdmUrl);
    addRow(mdmForm, QT_TR_NOOP("API user:"), m_mdmUser);
    addRow(mdmForm, QT_TR_NOOP("Password or API token:"), m_mdmPassword);
    addRow(mdmForm, QT_TR_NOOP("Device space:"), m_deviceSpace);
    auto *entraBox = group(QT_TR_NOOP("Microsoft Entra app registration"), tenantPage);
    auto *entraForm = new QFormLayout(entraBox);
    addRow(entraForm, QT_TR_NOOP("Tenant id:"), m_tenantId);
    addRow(entraForm, QT_TR_NOOP("Client id:"), m_clientId);
    addRow(entraForm, QT_TR_NOOP("Client secret:"), m_clientSecret);
    tenantLayout->addWidget(mdmBox);
    tenantLayout->addWidget(entraBox);
    tenantLayout->addWidget(m_secretNote);
    tenantLayout->addWidget(m_keychainState);
    tenantLayout->addStretch();

    // Endpoints.
    auto *endpointsPage = new QWidget(this);
    auto *endpointsLayout = new QVBoxLayout(endpointsPage);
    auto *entraEndpoints = group(QT_TR_NOOP("Sign-in and Graph"), endpointsPage);
    auto *entraEndpointsForm = new QFormLayout(entraEndpoints);
    addRow(entraEndpointsForm, QT_TR_NOOP("Entra login URL:"), m_loginUrl);
    addRow(entraEndpointsForm, QT_TR_NOOP("Microsoft Graph URL:"), m_graphUrl);
    auto *partnerBox = group(QT_TR_NOOP("Partner compliance endpoints"), endpointsPage);
    auto *partnerForm = new QFormLayout(partnerBox);
    addRow(partnerForm, QT_TR_NOOP("Tenant sync URL:"), m_tenantSyncUrl);
    addRow(partnerForm, QT_TR_NOOP("Device sync URL:"), m_deviceSyncUrl);
    addRow(partnerForm, QT_TR_NOOP("Enrollment URL:"), m_enrollmentUrl);
    addRow(partnerForm, QT_TR_NOOP("Remediation URL:"), m_remediationUrl);
    auto *partnerNote = new QLabel(partnerBox);
    partnerNote->setWordWrap(true);
    m_labels.append({ partnerNote,
        QT_TR_NOOP("Leave empty to use the endpoints discovered through Microsoft Graph (shown greyed "
                   "after a connection test). A URL typed here overrides discovery.") });
    partnerForm->addRow(partnerNote);
    endpointsLayout->addWidget(entraEndpoints);
    endpointsLayout->addWidget(partnerBox);
    endpointsLayout->addStretch();

    // Reporting.
    auto *reportingPage = new QWidget(this);
    auto *reportingLayout = new QVBoxLayout(reportingPage);
    auto *reportingBox = group(QT_TR_NOOP("Reports to Azure"), reportingPage);
    auto *reportingForm = new QFormLayout(reportingBox);
    reportingForm->addRow(m_reportingEnabled);
    addRow(reportingForm, QT_TR_NOOP("Devices per message:"), m_batchSize);
    addRow(reportingForm, QT_TR_NOOP("Weekly report:"), m_weeklyDay);
    addRow(reportingForm, QT_TR_NOOP("At (local time):"), m_weeklyTime);
    reportingLayout->addWidget(reportingBox);
    auto *disconnectBox = group(QT_TR_NOOP("Disconnect from Azure"), reportingPage);
    auto *disconnectLayout = new QVBoxLayout(disconnectBox);
    auto *disconnectNote = new QLabel(disconnectBox);
    disconnectNote->setWordWrap(true);
    m_labels.append({ disconnectNote,
        QT_TR_NOOP("Deprovisions the partner tenant in Intune and switches reporting off. Use it when this "
                   "console stops reporting for the tenant.") });
    disconnectLayout->addWidget(disconnectNote);
    disconnectLayout->addWidget(m_disconnectButton, 0, Qt::AlignLeft);
    reportingLayout->addWidget(disconnectBox);
    reportingLayout->addStretch();

    // Security and language.
    auto *otherPage = new QWidget(this);
    auto *otherLayout = new QVBoxLayout(otherPage);
    auto *tlsBox = group(QT_TR_NOOP("Transport security"), otherPage);
    auto *tlsForm = new QFormLayout(tlsBox);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_caBrowse);
    auto *caLabel = new QLabel(tlsBox);
    caLabel->setBuddy(m_caFile);
    m_labels.append({ caLabel, QT_TR_NOOP("CA certificates file (PEM):") });
    tlsForm->addRow(caLabel, caRow);
    auto *tlsNote = new QLabel(tlsBox);
    tlsNote->setWordWrap(true);
    m_labels.append({ tlsNote,
        QT_TR_NOOP("Every host but this machine is reached over https only. Certificates are checked against "
                   "the system's certificate authorities and, if set, the ones in this file (for a private "
                   "CA). A certificate that fails the check stops the connection.") });
    tlsForm->addRow(tlsNote);
    auto *languageBox = group(QT_TR_NOOP("Language"), otherPage);
    auto *languageForm = new QFormLayout(languageBox);
    addRow(languageForm, QT_TR_NOOP("User interface:"), m_language);
    otherLayout->addWidget(tlsBox);
    otherLayout->addWidget(languageBox);
    otherLayout->addStretch();

    // The store: an SQLite file, or the PostgreSQL store a team shares.
    auto *storePage = new QWidget(this);
    auto *storeLayout = new QVBoxLayout(storePage);
    auto *storeBox = group(QT_TR_NOOP("Device store"), storePage);
    auto *storeForm = new QFormLayout(storeBox);
    addRow(storeForm, QT_TR_NOOP("File or PostgreSQL URI:"), m_store);
    auto *storeNote = new QLabel(storeBox);
    storeNote->setWordWrap(true);
    m_labels.append({ storeNote,
        QT_TR_NOOP("Used from the next start, unless --db names another store. A PostgreSQL store is shared by "
                   "a team: postgresql://login@host:port/database?sslmode=verify-full, with sslrootcert=/path/ca.pem "
                   "added for a private CA. Its password never goes in the URI: it comes from ~/.pgpass, PGPASSWORD "
                   "or the OS keychain (azure-status-console --headless store-secret db-password --db URI).") });
    storeForm->addRow(storeNote);
    storeForm->addRow(m_storeCheck);
    storeForm->addRow(m_storeState);
    storeLayout->addWidget(storeBox);
    storeLayout->addStretch();

    m_tabs->addTab(tenantPage, QString());
    m_tabs->addTab(endpointsPage, QString());
    m_tabs->addTab(reportingPage, QString());
    m_tabs->addTab(otherPage, QString());
    m_tabs->addTab(storePage, QString());

    // Connection test: one row per stage.
    auto *testBox = group(QT_TR_NOOP("Connection test"), this);
    auto *testLayout = new QGridLayout(testBox);
    for (int stage = 0; stage < ConnectionTest::StageCount; ++stage) {
        auto *stageName = new QLabel(testBox);
        auto *stageState = new QLabel(testBox);
        stageState->setWordWrap(true);
        stageState->setTextInteractionFlags(Qt::TextSelectableByMouse);
        stageState->setObjectName(QStringLiteral("stage%1").arg(stage));
        stageState->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        testLayout->addWidget(stageName, stage, 0, Qt::AlignTop);
        testLayout->addWidget(stageState, stage, 1);
        m_stageNames.append(stageName);
        m_stageStates.append(stageState);
    }
    testLayout->setColumnStretch(1, 1);
    testLayout->addWidget(m_testButton, ConnectionTest::StageCount, 0, 1, 2, Qt::AlignLeft);

    m_buttons->addButton(m_importButton, QDialogButtonBox::ResetRole);
    m_buttons->addButton(m_exportButton, QDialogButtonBox::ResetRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(testBox);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_testButton, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    connect(m_exportButton, &QPushButton::clicked, this, &SettingsDialog::askExport);
    connect(m_importButton, &QPushButton::clicked, this, &SettingsDialog::askImport);
    connect(m_caBrowse, &QPushButton::clicked, this, &SettingsDialog::chooseCaFile);
    connect(m_storeCheck, &QPushButton::clicked, this, &SettingsDialog::checkStore);
    connect(m_disconnectButton, &QPushButton::clicked, this, &SettingsDialog::askDisconnect);
    connect(m_weeklyDay, &QComboBox::currentIndexChanged, this,
        [this] { m_weeklyTime->setEnabled(m_weeklyDay->currentData().toInt() != 0); });
    connect(m_test, &ConnectionTest::stageStarted, this, &SettingsDialog::onStageStarted);
    connect(m_test, &ConnectionTest::stageFinished, this, &SettingsDialog::onStageFinished);
    connect(m_test, &ConnectionTest::finished, this, [this] { m_testButton->setEnabled(true); });
    for (QLineEdit *edit : { m_mdmUrl, m_mdmUser, m_tenantId, m_clientId })
        connect(edit, &QLineEdit::editingFinished, this, &SettingsDialog::updateSecretPlaceholders);

    load(settings);
    m_reportingEnabled->setChecked(reportingEnabled);
    retranslate();
    updateSecretPlaceholders();
    resize(760, 640);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::load(const ConsoleSettings &settings)
{
    m_mdmUrl->setText(settings.mdmUrl.toString());
    m_mdmUser->setText(settings.mdmUser);
    m_deviceSpace->setValue(int(std::min<qint64>(settings.deviceSpace, m_deviceSpace->maximum())));
    m_tenantId->setText(settings.tenantId);
    m_clientId->setText(settings.clientId);
    m_loginUrl->setText(settings.loginUrl.toString());
    m_graphUrl->setText(settings.graphUrl.toString());
    m_tenantSyncUrl->setText(settings.tenantSyncUrl.toString());
    m_deviceSyncUrl->setText(settings.deviceSyncUrl.toString());
    m_tenantSyncUrl->setPlaceholderText(settings.discoveredTenantSyncUrl.toString());
    m_deviceSyncUrl->setPlaceholderText(settings.discoveredDeviceSyncUrl.toString());
    m_enrollmentUrl->setText(settings.partnerEnrollmentUrl.toString());
    m_remediationUrl->setText(settings.partnerRemediationUrl.toString());
    m_batchSize->setValue(settings.batchSize);
    m_weeklyDay->setCurrentIndex(std::clamp(settings.weekly.day, 0, 7));
    m_weeklyTime->setTime(settings.weekly.time.isValid() ? settings.weekly.time : QTime(2, 0));
    m_weeklyTime->setEnabled(settings.weekly.day != 0);
    m_caFile->setText(QDir::toNativeSeparators(settings.caFile));
    // A URI keeps its slashes; a file name is shown the platform's way.
    m_store->setText(settings.store.contains(QLatin1String("://")) ? settings.store
                                                                   : QDir::toNativeSeparators(settings.store));
    const int language = m_language->findData(settings.language);
    m_language->setCurrentIndex(language < 0 ? 0 : language);
}

ConsoleSettings SettingsDialog::settings() const
{
    ConsoleSettings settings = m_loaded;
    settings.mdmUrl = urlFrom(m_mdmUrl);
    settings.mdmUser = m_mdmUser->text().trimmed();
    settings.deviceSpace = m_deviceSpace->value();
    settings.tenantId = m_tenantId->text().trimmed();
    settings.clientId = m_clientId->text().trimmed();
    settings.loginUrl = urlFrom(m_loginUrl);
    settings.graphUrl = urlFrom(m_graphUrl);
    settings.tenantSyncUrl = urlFrom(m_tenantSyncUrl);
    settings.deviceSyncUrl = urlFrom(m_deviceSyncUrl);
    settings.partnerEnrollmentUrl = urlFrom(m_enrollmentUrl);
    settings.partnerRemediationUrl = urlFrom(m_remediationUrl);
    settings.batchSize = m_batchSize->value();
    settings.weekly.day = m_weeklyDay->currentData().toInt();
    settings.weekly.time = m_weeklyTime->time();
    settings.caFile = QDir::fromNativeSeparators(m_caFile->text().trimmed());
    const QString store = m_store->text().trimmed();
    settings.store = store.contains(QLatin1String("://")) ? store : QDir::fromNativeSeparators(store);
    settings.language = m_language->currentData().toString();
    return settings;
}

bool SettingsDialog::reportingEnabled() const
{
    return m_reportingEnabled->isChecked();
}

void SettingsDialog::setField(const QString &objectName, const QString &text)
{
    if (auto *edit = findChild<QLineEdit *>(objectName))
        edit->setText(text);
    else if (auto *spin = findChild<QSpinBox *>(objectName))
        spin->setValue(text.toInt());
    else if (auto *combo = findChild<QComboBox *>(objectName))
        combo->setCurrentIndex(std::max(0,
            combo->findData(
                objectName == QLatin1String("weeklyDay") ? QVariant(text.toInt()) : QVariant(text))));
    else if (auto *time = findChild<QTimeEdit *>(objectName))
        time->setTime(QTime::fromString(text, QStringLiteral("HH:mm")));
    else if (auto *check = findChild<QCheckBox *>(objectName))
        check->setChecked(text == QLatin1String("1"));
}

QString SettingsDialog::problemText() const
{
    return m_problem->isVisible() || !m_problem->isHidden() ? m_problem->text() : QString();
}

QString SettingsDialog::stageText(ConnectionTest::Stage stage) const
{
    return m_stageStates.value(stage) ? m_stageStates.value(stage)->text() : QString();
}

void SettingsDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void SettingsDialog::updateSecretPlaceholders()
{
    const ConsoleSettings current = settings();
    m_hasStoredMdmPassword = false;
    m_hasStoredClientSecret = false;
    applySecretPlaceholders();
    // Whether the keychain already holds them: leave the field empty to keep a stored one.
    const quint64 request = ++m_placeholderRequest;
    m_service->storedSecrets(current, this, [this, request](const SettingsService::StoredSecrets &stored) {
        if (request != m_placeholderRequest)
            return;
        m_hasStoredMdmPassword = stored.mdmPassword;
        m_hasStoredClientSecret = stored.clientSecret;
        applySecretPlaceholders();
        if (!stored.keychainError.isEmpty()) {
            m_keychainState->setText(stored.keychainError);
            ReadableColors::setTone(m_keychainState, ReadableColors::Tone::Error);
            m_keychainState->show();
        }
    });
}

void SettingsDialog::applySecretPlaceholders()
{
    const QString stored = tr("stored in the OS keychain; type to replace");
    m_mdmPassword->setPlaceholderText(m_hasStoredMdmPassword ? stored : QString());
    m_clientSecret->setPlaceholderText(m_hasStoredClientSecret ? stored : QString());
}

void SettingsDialog::testConnection()
{
    const ConsoleSettings current = settings();
    for (QLabel *state : std::as_const(m_stageStates)) {
        state->clear();
        ReadableColors::clearTone(state);
    }
    QStringList problems = current.validate();
    if (!current.isTenantConfigured())
        problems.prepend(tr("Enter the MDM URL and the Entra app registration to test a connection; the demo "
                            "tenant needs no test."));
    if (!problems.isEmpty()) {
        showProblem(problems.join(u'\n'));
        return;
    }
    showProblem({});
    m_testButton->setEnabled(false);
    m_service->secrets(current, m_mdmPassword->text(), m_clientSecret->text(), this,
        [this, current](const SettingsService::Secrets &secrets) {
            if (!secrets.ok()) {
                showProblem(secrets.error);
                m_testButton->setEnabled(true);
                return;
            }
            m_test->start(current.toNetSettings(secrets.mdmPassword, secrets.clientSecret));
        });
}

void SettingsDialog::onStageStarted(ConnectionTest::Stage stage)
{
    ReadableColors::clearTone(m_stageStates.at(stage));
    m_stageStates.at(stage)->setText(tr("Testing…"));
}

void SettingsDialog::onStageFinished(ConnectionTest::Stage stage, bool ok, const QString &message)
{
    QLabel *state = m_stageStates.at(stage);
    ReadableColors::setTone(state, ok ? ReadableColors::Tone::Success : ReadableColors::Tone::Error);
    state->setText(QString(ok ? QChar(0x2714) : QChar(0x2718)) + u' ' + message);
    if (ok && stage == ConnectionTest::Discovery) {
        m_tenantSyncUrl->setPlaceholderText(m_test->discoveredTenantSync().toString());
        m_deviceSyncUrl->setPlaceholderText(m_test->discoveredDeviceSync().toString());
        m_loaded.discoveredTenantSyncUrl = m_test->discoveredTenantSync();
        m_loaded.discoveredDeviceSyncUrl = m_test->discoveredDeviceSync();
    }
    if (!ok) {
        for (int later = stage + 1; later < ConnectionTest::StageCount; ++later)
            m_stageStates.at(later)->setText(tr("not tested: an earlier stage failed"));
    }
}

void SettingsDialog::apply()
{
    if (m_applying)
        return;
    m_applying = true;
    m_buttons->setEnabled(false);
    m_service->apply(m_loaded, settings(), m_mdmPassword->text(), m_clientSecret->text(), this,
        [this](const SettingsService::Applied &result) { onApplied(result); });
}

void SettingsDialog::onApplied(const SettingsService::Applied &result)
{
    m_applying = false;
    m_buttons->setEnabled(true);
    const bool close = std::exchange(m_closeWhenApplied, false);
    if (!result.ok) {
        showProblem(result.error);
        emit applyFinished(false, result.error);
        return;
    }
    m_applied = result;
    m_loaded = result.settings; // a second apply compares with what is saved now
    m_mdmPassword->clear();
    m_clientSecret->clear();
    showProblem({});
    emit applyFinished(true, QString());
    if (!close)
        return;
    if (result.secretsNotRemoved.isEmpty()) {
        QDialog::accept();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, windowTitle(),
        tr("The settings are saved, but a secret of the previous MDM user or Entra app could not be removed "
           "from the keychain:\n%1").arg(result.secretsNotRemoved),
        QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this] { QDialog::accept(); });
    box->open();
}

void SettingsDialog::accept()
{
    m_closeWhenApplied = true;
    apply();
}

bool SettingsDialog::exportTo(const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(SettingsImport::serialize(settings())) < 0
        || !file.commit()) {
        *error = tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool SettingsDialog::importFrom(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 could not be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    const SettingsImport::Result result = SettingsImport::parse(file.read(SettingsImport::kMaxFileBytes + 1));
    if (!result.settings) {
        //: %1 is the file, %2 names the field and what is wrong
        *error = tr("%1 was not imported: %2").arg(QDir::toNativeSeparators(path), result.error);
        return false;
    }
    ConsoleSettings imported = *result.settings;
    imported.discoveredTenantSyncUrl = m_loaded.discoveredTenantSyncUrl;
    imported.discoveredDeviceSyncUrl = m_loaded.discoveredDeviceSyncUrl;
    load(imported);
    m_mdmPassword->clear();
    m_clientSecret->clear();
    updateSecretPlaceholders();
    return true;
}

void SettingsDialog::askExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export settings"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("azure-status-console-settings.json")),
        tr("Settings (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    showProblem(exportTo(path, &error) ? QString() : error);
}

void SettingsDialog::askImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import settings"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), tr("Settings (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    showProblem(importFrom(path, &error) ? QString() : error);
}

void SettingsDialog::chooseCaFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("CA certificates file"), m_caFile->text(),
        tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!path.isEmpty())
        m_caFile->setText(QDir::toNativeSeparators(path));
}

void SettingsDialog::checkStore()
{
    m_storeCheck->setEnabled(false);
    ReadableColors::setTone(m_storeState, ReadableColors::Tone::Muted);
    m_storeState->setText(tr("Opening the store…"));
    m_service->checkStore(settings().store, this, [this](const SettingsService::StoreCheck &check) {
        m_storeCheck->setEnabled(true);
        ReadableColors::setTone(m_storeState, check.ok ? ReadableColors::Tone::Success : ReadableColors::Tone::Error);
        m_storeState->setText(check.message);
    });
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::askDisconnect()
{
    const QString tenant = m_loaded.tenantId.isEmpty() ? tr("the demo tenant") : m_loaded.tenantId;
    QMessageBox box(QMessageBox::Warning, tr("Disconnect from Azure"),
        tr("Disconnect this console from Azure for the tenant %1?").arg(tenant), QMessageBox::Cancel, this);
    box.setInformativeText(
        tr("Azure (Intune) is told that the partner tenant is deprovisioned: it stops taking compliance data from "
           "this console, and the partner shows as deprovisioned in Intune. Devices keep the compliance state "
           "Azure last received until another partner reports them. Reporting is switched off here, so nothing is "
           "sent again until you switch it back on. The request is written to the audit log."));
    QPushButton *confirm = box.addButton(tr("Disconnect"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != confirm)
        return;
    m_disconnectButton->setEnabled(false);
    emit disconnectRequested();
}

void SettingsDialog::showDisconnectResult(const QString &error)
{
    m_disconnectButton->setEnabled(true);
    if (error.isEmpty()) {
        m_reportingEnabled->setChecked(false);
        QMessageBox::information(this, tr("Disconnect from Azure"),
            tr("The partner tenant is deprovisioned and reporting to Azure is switched off."));
        return;
    }
    showProblem(tr("Disconnect from Azure failed; nothing changed: %1").arg(error));
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    for (const auto &[label, source] : std::as_const(m_labels))
        label->setText(tr(source));
    for (const auto &[widget, source] : std::as_const(m_groupTitles))
        static_cast<QGroupBox *>(widget)->setTitle(tr(source));
    m_tabs->setAccessibleName(tr("Settings pages"));
    m_tabs->setTabText(0, tr("&Tenant"));
    m_tabs->setTabText(1, tr("&Endpoints"));
    m_tabs->setTabText(2, tr("&Reporting"));
    m_tabs->setTabText(3, tr("&Security and language"));
    m_tabs->setTabText(4, tr("St&ore"));
    m_store->setPlaceholderText(tr("empty: devices.sqlite in your data folder"));
    m_storeCheck->setText(tr("C&heck the store"));
    m_mdmUrl->setPlaceholderText(tr("https://your-tenant.mobileiron.com — empty: the demo tenant"));
    m_tenantId->setPlaceholderText(tr("Directory (tenant) ID, a GUID"));
    m_clientId->setPlaceholderText(tr("Application (client) ID, a GUID"));
    m_deviceSpace->setSpecialValueText(tr("the default device space"));
    m_secretNote->setText(
        tr("The password and the client secret are stored only in the OS keychain, never in "
           "the settings file or in exports. Leave a field empty to keep the stored one."));
    m_reportingEnabled->setText(tr("Report device status to Azure"));
    m_weeklyDay->setItemText(0, tr("7 days after the last one"));
    for (int day = 1; day <= 7; ++day)
        m_weeklyDay->setItemText(day, tr("Every %1").arg(QLocale().dayName(day, QLocale::LongFormat)));
    m_language->setItemText(0, tr("The system's language"));
    m_caBrowse->setText(tr("&Browse…"));
    m_caFile->setPlaceholderText(tr("empty: the system's certificate authorities only"));
    m_testButton->setText(tr("Test &connection"));
    m_exportButton->setText(tr("E&xport…"));
    m_importButton->setText(tr("&Import…"));
    m_disconnectButton->setText(tr("&Disconnect from Azure…"));
    m_enrollmentUrl->setPlaceholderText(tr("optional: where Intune sends a user whose device is not enrolled"));
    m_remediationUrl->setPlaceholderText(tr("optional: where Intune sends a user whose device is non-compliant"));
    for (int stage = 0; stage < ConnectionTest::StageCount; ++stage)
        m_stageNames.at(stage)->setText(tr("%1:", "connection test stage label").arg(ConnectionTest::stageName(ConnectionTest::Stage(stage))));
    applySecretPlaceholders();
}
