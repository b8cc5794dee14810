#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

// The console's secrets (the MDM password or API token, the Entra client secret) in the OS
// keychain, through QtKeychain: on Linux the Secret Service (gnome-keyring, KWallet) over
// D-Bus. Service name = the application name; every key is scoped by what the secret opens,
// e.g. "mdm-password@https://mdm.example.com". There is no plaintext fallback: when no
// secret service is reachable, every call fails with an error naming what is missing.
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    enum class Kind : quint8
    {
        MdmPassword, // the MDM API user's password or API token
        ClientSecret, // the Entra app registration's client secret
        DatabasePassword // a login's password for a team's PostgreSQL store
    };
    enum class Status : quint8
    {
        Ok,
        NotFound, // the keychain works but holds no such secret
        NoSecretService, // nothing answers on D-Bus for org.freedesktop.secrets
        Denied, // the keychain refused (locked, or the user said no)
        Failed // anything else: error says what
    };
    struct Result
    {
        Status status = Status::Failed;
        QString secret; // read: the secret; empty otherwise
        QString error; // empty when status is Ok
        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result &result)>;

    explicit SecretStore(QObject *parent = nullptr);
    // A different keychain service name than the application's, e.g. for tests.
    explicit SecretStore(const QString &service, QObject *parent = nullptr);

    QString service() const { return m_service; }

    // The key of a secret: its kind and what it opens (the MDM URL and user, the tenant
    // and client id), so two tenants never share one entry.
    static QString key(Kind kind, const QString &scope);
    // The secret in words, for messages: "MDM password", "Entra client secret".
    static QString kindName(Kind kind);

    // Asynchronous: the callback runs once, later; not at all when context is destroyed.
    void read(const QString &key, const QObject *context, Callback callback);
    void write(const QString &key, const QString &secret, const QObject *context, Callback callback);
    // Removing a secret that is not there is Ok.
    void remove(const QString &key, const QObject *context, Callback callback);

    // The same, waiting in a local event loop (the headless mode, the settings dialog's
    // OK button). Gives up after timeoutMs with status Failed.
    Result readNow(const QString &key, int timeoutMs = 30000);
    Result writeNow(const QString &key, const QString &secret, int timeoutMs = 30000);
    Result removeNow(const QString &key, int timeoutMs = 30000);

private:
    enum class Operation : quint8
    {
        Read,
        Write,
        Remove
    };
    void start(Operation operation, const QString &key, const QString &secret, const QObject *context,
        Callback callback);
    Result wait(Operation operation, const QString &key, const QString &secret, int timeoutMs);
    QString describe(
        Operation operation, const QString &key, int error, const QString &detail, Status *status) const;

    QString m_service;
};
