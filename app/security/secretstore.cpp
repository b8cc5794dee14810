#include "app/security/secretstore.h"

#include "app/logging/logcategories.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

SecretStore::SecretStore(QObject *parent)
    : SecretStore(QCoreApplication::applicationName(), parent)
{
}

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
}

QString SecretStore::key(Kind kind, const QString &scope)
{
    QString prefix;
    switch (kind) {
    case Kind::MdmPassword:
        prefix = QStringLiteral("mdm-password");
        break;
    case Kind::ClientSecret:
        prefix = QStringLiteral("entra-client-secret");
        break;
    case Kind::DatabasePassword:
        prefix = QStringLiteral("db-password");
        break;
    }
    return prefix + u'/' + scope;
}

QString SecretStore::kindName(Kind kind)
{
    switch (kind) {
    case Kind::MdmPassword:
        return tr("MDM password");
    case Kind::ClientSecret:
        return tr("Entra client secret");
    case Kind::DatabasePassword:
        return tr("PostgreSQL password");
    }
    return {};
}

void SecretStore::read(const QString &key, const QObject *context, Callback callback)
{
    start(Operation::Read, key, {}, context, std::move(callback));
}

void SecretStore::write(const QString &key, const QString &secret, const QObject *context, Callback callback)
{
    start(Operation::Write, key, secret, context, std::move(callback));
}

void SecretStore::remove(const QString &key, const QObject *context, Callback callback)
{
    start(Operation::Remove, key, {}, context, std::move(callback));
}

void SecretStore::start(
    Operation operation, const QString &key, const QString &secret, const QObject *context, Callback callback)
{
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service, this);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service, this);
        write->setTextData(secret);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service, this);
        break;
    }
    // Never a plaintext copy: without a secret service the job fails, and we say so.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);
    const QPointer<const QObject> guard(context ? context : this);
    connect(job, &QKeychain::Job::finished, this,
        [this, operation, key, guard, callback = std::move(callback)](QKeychain::Job *finished) {
            Result result;
            const QKeychain::Error error = finished->error();
            if (error == QKeychain::NoError
                || (operation == Operation::Remove && error == QKeychain::EntryNotFound)) {
                result.status = Status::Ok;
                if (operation == Operation::Read)
                    result.secret = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
            } else {
                result.error = describe(operation, key, error, finished->errorString(), &result.status);
                if (result.status == Status::NotFound)
                    qCDebug(lcSecurity).noquote() << result.error;
                else
                    qCWarning(lcSecurity).noquote() << result.error;
            }
            if (guard && callback)
                callback(result);
        });
    job->start();
}

SecretStore::Result SecretStore::readNow(const QString &key, int timeoutMs)
{
    return wait(Operation::Read, key, {}, timeoutMs);
}

SecretStore::Result SecretStore::writeNow(const QString &key, const QString &secret, int timeoutMs)
{
    return wait(Operation::Write, key, secret, timeoutMs);
}

SecretStore::Result SecretStore::removeNow(const QString &key, int timeoutMs)
{
    return wait(Operation::Remove, key, {}, timeoutMs);
}

SecretStore::Result SecretStore::wait(
    Operation operation, const QString &key, const QString &secret, int timeoutMs)
{
    QEventLoop loop;
    Result result;
    result.error = tr("The OS keychain did not answer within %n second(s) (key \"%1\"); is the keyring "
                      "waiting to be unlocked?",
        nullptr, (timeoutMs + 999) / 1000)
                       .arg(key);
    bool done = false;
    start(operation, key, secret, &loop, [&](const Result &finished) {
        result = finished;
        done = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!done)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return result;
}

QString SecretStore::describe(
    Operation operation, const QString &key, int error, const QString &detail, Status *status) const
{
    switch (QKeychain::Error(error)) {
    case QKeychain::EntryNotFound:
        *status = Status::NotFound;
        return tr("The OS keychain holds no secret \"%1\" (service \"%2\"); enter it in File → Settings.")
            .arg(key, m_service);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        *status = Status::Denied;
        return tr("The OS keychain refused access to \"%1\": %2. Unlock the keyring and try again.")
            .arg(key, detail);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // QtKeychain reports a missing D-Bus session or secret service as OtherError.
        *status = Status::NoSecretService;
        //: %1 is the error QtKeychain/libsecret reported. Secret Service, D-Bus, gnome-keyring and KWallet
        //: are product names.
        return tr(
            "No secret service is reachable: the console keeps its passwords and client secrets only in "
            "the OS keychain (the Secret Service on D-Bus, e.g. gnome-keyring or KWallet) and never in "
            "plain text. Start and unlock a keyring in this session, then try again. (%1)")
            .arg(detail);
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NoError:
        break;
    }
    *status = Status::Failed;
    switch (operation) {
    case Operation::Read:
        return tr("The OS keychain could not read the secret \"%1\": %2").arg(key, detail);
    case Operation::Write:
        return tr("The OS keychain could not store the secret \"%1\": %2").arg(key, detail);
    case Operation::Remove:
        break;
    }
    return tr("The OS keychain could not delete the secret \"%1\": %2").arg(key, detail);
}
