#pragma once

#include "app/settings/connectiontest.h"
#include "app/settings/consolesettings.h"
#include "app/settings/settingsservice.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTimeEdit;

// File → Settings…: the tenant (MDM and Entra), the partner endpoints (discovered, or
// overridden), reporting (on/off, batch size, weekly schedule), transport security (a
// private CA) and the language. SettingsService saves them (the secrets only in the OS
// keychain) and reads the keychain, asynchronously. "Test connection" tries the settings
// on screen stage by stage.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(const ConsoleSettings &settings, bool reportingEnabled, SettingsService *service,
        QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // What the fields hold now (valid or not).
    ConsoleSettings settings() const;
    bool reportingEnabled() const;

    // Checks the fields and has the service store the secrets typed in the keychain and the
    // rest in QSettings; applyFinished follows. When anything is wrong the message is shown
    // in the dialog and nothing is saved. OK applies, then closes once it is done.
    void apply();
    bool isApplying() const { return m_applying; }
    // The last apply that succeeded: what is saved, and what it did to the running console.
    SettingsService::Applied applied() const { return m_applied; }
    // After apply: why a secret of the replaced tenant or MDM user stayed in the keychain
    // (the settings are saved all the same); empty when nothing was left behind.
    QString secretsNotRemoved() const { return m_applied.secretsNotRemoved; }

    // For tests and screenshots.
    void setField(const QString &objectName, const QString &text);
    QString problemText() const;
    QString stageText(ConnectionTest::Stage stage) const;
    ConnectionTest *connectionTest() const { return m_test; }
    void testConnection();
    bool exportTo(const QString &path, QString *error);
    bool importFrom(const QString &path, QString *error);

    void accept() override;
    // Shows what became of a Disconnect from Azure (empty: done).
    void showDisconnectResult(const QString &error);

signals:
    // The user confirmed Disconnect from Azure; whoever owns the reporting engine does it
    // and answers with showDisconnectResult().
    void disconnectRequested();
    // error: every problem, one a line (empty when saved).
    void applyFinished(bool ok, const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void load(const ConsoleSettings &settings);
    void showProblem(const QString &message);
    void updateSecretPlaceholders(); // asks the keychain which secrets it holds
    void applySecretPlaceholders();
    void onApplied(const SettingsService::Applied &result);
    void onStageStarted(ConnectionTest::Stage stage);
    void onStageFinished(ConnectionTest::Stage stage, bool ok, const QString &message);
    void askExport();
    void askImport();
    void chooseCaFile();
    // Asks the settings service to open the store the field names, off the window's thread.
    void checkStore();
    void askDisconnect();

    SettingsService *m_service;
    ConsoleSettings m_loaded;
    SettingsService::Applied m_applied;
    bool m_applying = false;
    bool m_closeWhenApplied = false;
    quint64 m_placeholderRequest = 0; // answers about fields since edited are dropped
    ConnectionTest *m_test;

    QTabWidget *m_tabs;
    QLabel *m_mdmTitle;
    QLineEdit *m_mdmUrl;
    QLineEdit *m_mdmUser;
    QLineEdit *m_mdmPassword;
    QSpinBox *m_deviceSpace;
    QLineEdit *m_tenantId;
    QLineEdit *m_clientId;
    QLineEdit *m_clientSecret;
    QLineEdit *m_loginUrl;
    QLineEdit *m_graphUrl;
    QLineEdit *m_tenantSyncUrl;
    QLineEdit *m_deviceSyncUrl;
    QLineEdit *m_enrollmentUrl;
    QLineEdit *m_remediationUrl;
    QCheckBox *m_reportingEnabled;
    QPushButton *m_disconnectButton;
    QSpinBox *m_batchSize;
    QComboBox *m_weeklyDay;
    QTimeEdit *m_weeklyTime;
    QLineEdit *m_caFile;
    QPushButton *m_caBrowse;
    QLineEdit *m_store;
    QPushButton *m_storeCheck;
    QLabel *m_storeState;
    QComboBox *m_language;
    QLabel *m_secretNote;
    QLabel *m_keychainState;
    QLabel *m_problem;
    QList<QLabel *> m_stageNames;
    QList<QLabel *> m_stageStates;
    QPushButton *m_testButton;
    QPushButton *m_exportButton;
    QPushButton *m_importButton;
    QDialogButtonBox *m_buttons;
    // Labels re-translated on a language change, with the source text of each.
    QList<QPair<QLabel *, const char *>> m_labels;
    QList<QPair<QWidget *, const char *>> m_groupTitles;
    bool m_hasStoredMdmPassword = false;
    bool m_hasStoredClientSecret = false;
};
