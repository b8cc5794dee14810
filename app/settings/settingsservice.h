#pragma once

#include "app/settings/consolesettings.h"

#include <QObject>
#include <QThreadPool>
#include <QString>

#include <functional>

class NetworkServices;
class ReportingEngine;
class SecretStore;

// What File > Settings asks for: which secrets the OS keychain holds for a tenant, the
// secrets a connection test needs, and applying the settings: the secrets typed go to the
// keychain, the rest to QSettings, the secrets of a replaced MDM user or Entra app leave
// the keychain, and the running console (network layer, reporting engine) takes the new
// tenant and schedule. Every keychain call is one of QtKeychain's asynchronous jobs: the
// window's event loop runs on meanwhile, and each request calls back once, later.
class SettingsService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsService)

public:
    struct StoredSecrets
    {
        bool mdmPassword = false;
        bool clientSecret = false;
        QString keychainError; // the keychain is missing or refused: say so in the dialog
    };
    struct Secrets
    {
        QString mdmPassword;
        QString clientSecret;
        QString error;
        bool ok() const { return error.isEmpty(); }
    };
    // What an apply did to the running console.
    enum class Effect : quint8
    {
        Saved, // the console goes on as it was, with the new schedule and batch size
        TenantChanged, // the next sync uses the configured tenant
        DemoFromNextStart // the tenant was removed: the demo tenant is used from the next start
    };
    struct Applied
    {
        bool ok = false;
        QString error; // every problem, one a line: nothing was saved
        ConsoleSettings settings; // what is saved now
        QString mdmPassword; // the secrets the console now uses (typed, or read from the keychain)
        QString clientSecret;
        QString secretsNotRemoved; // a replaced secret stayed in the keychain (the settings are saved)
        Effect effect = Effect::Saved;
    };
    template <typename T> using Callback = std::function<void(const T &result)>;

    // secrets may be null (then every secret must be typed); network and engine may be
    // null (then applying only saves).
    SettingsService(
        SecretStore *secrets, NetworkServices *network, ReportingEngine *engine, QObject *parent = nullptr);

    // Which of the two secrets of `settings` the keychain holds.
    void storedSecrets(
        const ConsoleSettings &settings, const QObject *context, Callback<StoredSecrets> callback);
    // The two secrets: those typed win, the others come from the keychain.
    void secrets(const ConsoleSettings &settings, const QString &typedMdmPassword,
        const QString &typedClientSecret, const QObject *context, Callback<Secrets> callback);
    // Saves `current` (with the secrets typed) in place of `saved`; nothing is saved when
    // anything is wrong or a typed secret cannot be stored.
    void apply(const ConsoleSettings &saved, const ConsoleSettings &current, const QString &typedMdmPassword,
        const QString &typedClientSecret, const QObject *context, Callback<Applied> callback);

    // Opens the store location names (an SQLite file, or a postgresql:// URI) on a worker
    // thread, as the console would at its next start, and says what it found: the schema
    // version and the devices, and on PostgreSQL what the login may do; or why it cannot
    // be used. Changes nothing: a file that does not exist is not created.
    struct StoreCheck
    {
        bool ok = false;
        QString message;
    };
    void checkStore(const QString &location, const QObject *context, Callback<StoreCheck> callback);

    bool hasReportingEngine() const { return m_engine != nullptr; }
    // Disconnect from Azure, in the name of the configured MDM user (or the system user).
    void disconnectFromAzure(const QObject *context, Callback<QString> done);

private:
    struct ApplyJob;
    // The typed secret, else the keychain's; `kind` is a SecretStore::Kind.
    void readSecret(const QString &key, int kind, const QString &typed,
        std::function<void(const QString &secret, const QString &error)> then);
    void writeTypedSecrets(const std::shared_ptr<ApplyJob> &job, int next);
    void saveSettings(const std::shared_ptr<ApplyJob> &job);
    void removeReplacedSecrets(const std::shared_ptr<ApplyJob> &job, int next);
    void finishApply(const std::shared_ptr<ApplyJob> &job);
    Effect takeEffect(const ConsoleSettings &saved, const ConsoleSettings &current,
        const QString &mdmPassword, const QString &clientSecret);
    template <typename T> void callLater(const QObject *context, Callback<T> callback, const T &result);

    SecretStore *m_secrets;
    NetworkServices *m_network;
    ReportingEngine *m_engine;
    // Store checks; last, so that it is destroyed first and waits for a check under way.
    QThreadPool m_checks;
};
