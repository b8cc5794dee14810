#include "app/settings/settingsservice.h"

#include "app/net/networkservices.h"
#include "app/reporting/reportingengine.h"
#include "app/security/secretstore.h"
#include "app/storage/sqlite/sqlitestore.h"
#include "app/storage/store.h"
#include "app/storage/storefactory.h"

#include <QDir>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <QPointer>
#include <QUuid>

#include <memory>

namespace {
struct SecretNeed
{
    QString key;
    SecretStore::Kind kind;
    QString typed;
};
} // namespace

struct SettingsService::ApplyJob
{
    ConsoleSettings saved;
    ConsoleSettings current;
    QString typedMdmPassword;
    QString typedClientSecret;
    QPointer<const QObject> context;
    Callback<Applied> callback;
    Applied result;
    QStringList notRemoved;
};

SettingsService::SettingsService(
    SecretStore *secrets, NetworkServices *network, ReportingEngine *engine, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_network(network)
    , m_engine(engine)
{
}

template <typename T>
void SettingsService::callLater(const QObject *context, Callback<T> callback, const T &result)
{
    QMetaObject::invokeMethod(
        this,
        [guard = QPointer<const QObject>(context), callback = std::move(callback), result] {
            if (guard && callback)
                callback(result);
        },
        Qt::QueuedConnection);
}

void SettingsService::storedSecrets(
    const ConsoleSettings &settings, const QObject *context, Callback<StoredSecrets> callback)
{
    auto found = std::make_shared<StoredSecrets>();
    if (!settings.isTenantConfigured() || !m_secrets) {
        callLater(context, std::move(callback), *found);
        return;
    }
    const QPointer<const QObject> guard(context);
    auto waiting = std::make_shared<int>(2);
    const auto check
        = [this, found, waiting, guard, callback](const QString &key, bool StoredSecrets::*stored) {
              m_secrets->read(
                  key, this, [found, waiting, guard, callback, stored](const SecretStore::Result &result) {
                      (*found).*stored = result.ok() && !result.secret.isEmpty();
                      if (result.status == SecretStore::Status::NoSecretService
                          || result.status == SecretStore::Status::Denied)
                          found->keychainError = result.error;
                      if (--*waiting == 0 && guard && callback)
                          callback(*found);
                  });
          };
    check(settings.mdmPasswordKey(), &StoredSecrets::mdmPassword);
    check(settings.clientSecretKey(), &StoredSecrets::clientSecret);
}

void SettingsService::readSecret(const QString &key, int kind, const QString &typed,
    std::function<void(const QString &secret, const QString &error)> then)
{
    if (!typed.isEmpty()) {
        then(typed, QString());
        return;
    }
    const QString name = SecretStore::kindName(SecretStore::Kind(kind));
    if (!m_secrets) {
        then(QString(), tr("%1: enter it.").arg(name));
        return;
    }
    m_secrets->read(key, this, [name, then = std::move(then)](const SecretStore::Result &result) {
        if (result.status == SecretStore::Status::NotFound)
            then(QString(), tr("%1: enter it (the OS keychain holds none for this tenant yet).").arg(name));
        else if (!result.ok())
            then(QString(), result.error);
        else
            then(result.secret, QString());
    });
}

void SettingsService::secrets(const ConsoleSettings &settings, const QString &typedMdmPassword,
    const QString &typedClientSecret, const QObject *context, Callback<Secrets> callback)
{
    const QPointer<const QObject> guard(context);
    const QString clientKey = settings.clientSecretKey();
    readSecret(settings.mdmPasswordKey(), int(SecretStore::Kind::MdmPassword), typedMdmPassword,
        [this, guard, callback, clientKey, typedClientSecret](
            const QString &mdmPassword, const QString &error) {
            if (!error.isEmpty()) {
                callLater(guard.data(), callback, Secrets { QString(), QString(), error });
                return;
            }
            readSecret(clientKey, int(SecretStore::Kind::ClientSecret), typedClientSecret,
                [this, guard, callback, mdmPassword](
                    const QString &clientSecret, const QString &clientError) {
                    callLater(guard.data(), callback,
                        clientError.isEmpty() ? Secrets { mdmPassword, clientSecret, QString() }
                                              : Secrets { QString(), QString(), clientError });
                });
        });
}

void SettingsService::apply(const ConsoleSettings &saved, const ConsoleSettings &current,
    const QString &typedMdmPassword, const QString &typedClientSecret, const QObject *context,
    Callback<Applied> callback)
{
    auto job = std::make_shared<ApplyJob>();
    job->saved = saved;
    job->current = current;
    job->typedMdmPassword = typedMdmPassword;
    job->typedClientSecret = typedClientSecret;
    job->context = context;
    job->callback = std::move(callback);
    const QStringList problems = current.validate();
    if (!problems.isEmpty()) {
        job->result.error = problems.join(u'\n');
        callLater(context, job->callback, job->result);
        return;
    }
    if (!current.isTenantConfigured()) {
        saveSettings(job);
        return;
    }
    secrets(current, typedMdmPassword, typedClientSecret, this, [this, job](const Secrets &found) {
        if (!found.ok()) {
            job->result.error = found.error;
            callLater(job->context.data(), job->callback, job->result);
            return;
        }
        job->result.mdmPassword = found.mdmPassword;
        job->result.clientSecret = found.clientSecret;
        writeTypedSecrets(job, 0);
    });
}

void SettingsService::writeTypedSecrets(const std::shared_ptr<ApplyJob> &job, int next)
{
    // Secrets typed go to the keychain first: if one is not there, nothing is saved.
    const QList<QPair<QString, QString>> typed { { job->current.mdmPasswordKey(), job->typedMdmPassword },
        { job->current.clientSecretKey(), job->typedClientSecret } };
    while (next < typed.size() && typed.at(next).second.isEmpty())
        ++next;
    if (next >= typed.size() || !m_secrets) {
        saveSettings(job);
        return;
    }
    const auto &[key, secret] = typed.at(next);
    m_secrets->write(key, secret, this, [this, job, next](const SecretStore::Result &written) {
        if (!written.ok()) {
            job->result.error = written.error;
            callLater(job->context.data(), job->callback, job->result);
            return;
        }
        writeTypedSecrets(job, next + 1);
    });
}

void SettingsService::saveSettings(const std::shared_ptr<ApplyJob> &job)
{
    job->current.save();
    // A replaced MDM user or Entra app takes its secrets out of the keychain with it: no
    // credential outlives the configuration that used it. Saving does not depend on it.
    if (m_secrets && job->saved.isTenantConfigured() && job->current.isTenantConfigured())
        removeReplacedSecrets(job, 0);
    else
        finishApply(job);
}

void SettingsService::removeReplacedSecrets(const std::shared_ptr<ApplyJob> &job, int next)
{
    const QList<QPair<QString, QString>> keys { { job->saved.mdmPasswordKey(),
                                                    job->current.mdmPasswordKey() },
        { job->saved.clientSecretKey(), job->current.clientSecretKey() } };
    while (next < keys.size() && keys.at(next).first == keys.at(next).second)
        ++next;
    if (next >= keys.size()) {
        finishApply(job);
        return;
    }
    m_secrets->remove(keys.at(next).first, this, [this, job, next](const SecretStore::Result &removed) {
        if (!removed.ok())
            job->notRemoved.append(removed.error);
        removeReplacedSecrets(job, next + 1);
    });
}

void SettingsService::finishApply(const std::shared_ptr<ApplyJob> &job)
{
    Applied &result = job->result;
    result.ok = true;
    result.settings = job->current;
    result.secretsNotRemoved = job->notRemoved.join(u'\n');
    result.effect = takeEffect(job->saved, job->current, result.mdmPassword, result.clientSecret);
    callLater(job->context.data(), job->callback, result);
}

SettingsService::Effect SettingsService::takeEffect(const ConsoleSettings &saved,
    const ConsoleSettings &current, const QString &mdmPassword, const QString &clientSecret)
{
    if (!m_engine)
        return Effect::Saved;
    ReportingSettings reporting = m_engine->settings();
    reporting.batchSize = current.batchSize;
    reporting.weekly = current.weekly;
    Effect effect = Effect::Saved;
    const NetSettings net
        = current.isTenantConfigured() ? current.toNetSettings(mdmPassword, clientSecret) : NetSettings();
    const bool tenantChanged = m_network && current.isTenantConfigured()
        && (net.mdmBaseUrl != m_network->settings().mdmBaseUrl
            || net.tenantId != m_network->settings().tenantId
            || net.mdmPassword != m_network->settings().mdmPassword
            || net.clientSecret != m_network->settings().clientSecret || saved != current);
    if (tenantChanged) {
        // The configured tenant from the next sync on; the network layer drops its tokens.
        m_network->setSettings(net);
        reporting.tenantId = QUuid::fromString(net.tenantId);
        m_engine->forgetProvisioning();
        effect = Effect::TenantChanged;
    } else if (saved.isTenantConfigured() && !current.isTenantConfigured()) {
        effect = Effect::DemoFromNextStart;
    }
    m_engine->setSettings(reporting);
    return effect;
}

void SettingsService::disconnectFromAzure(const QObject *context, Callback<QString> done)
{
    Q_ASSERT(m_engine);
    const QString actor = m_network && !m_network->settings().mdmUser.isEmpty()
        ? m_network->settings().mdmUser
        : qEnvironmentVariable("USER", QStringLiteral("console"));
    const QPointer<const QObject> guard(context);
    m_engine->disconnectFromAzure(actor, [guard, done = std::move(done)](const QString &error) {
        if (guard && done)
            done(error);
    });
}

void SettingsService::checkStore(const QString &location, const QObject *context, Callback<StoreCheck> callback)
{
    const QString where = location.trimmed().isEmpty() ? SqliteStore::defaultPath() : location.trimmed();
    // Connecting to a server blocks for up to its connect timeout: never on the window's thread.
    (void)QtConcurrent::run(&m_checks, [this, where, guard = QPointer<const QObject>(context), callback = std::move(callback)] {
        StoreCheck check;
        QString error;
        if (!StoreFactory::isPostgres(where) && !QFileInfo::exists(where)) {
            check.ok = true;
            check.message = tr("%1 does not exist yet: the console creates it at its next start.")
                                .arg(QDir::toNativeSeparators(where));
        } else if (std::unique_ptr<Store> store = StoreFactory::create(where, &error); !store) {
            check.message = error;
        } else if (!store->open(&error)) {
            check.message = error;
        } else {
            const int devices = store->devices().deviceCount(&error);
            check.ok = devices >= 0;
            //: %1 names the file or database; %2 the schema version; %3 the device count
            check.message = check.ok ? tr("%1 opens: schema version %2, %3 devices.")
                                           .arg(store->location())
                                           .arg(store->schemaVersion())
                                           .arg(devices)
                                     : error;
            if (check.ok && !store->writeProblem().isEmpty())
                check.message += QLatin1Char(' ') + store->writeProblem();
        }
        callLater(guard.data(), callback, check);
    });
}
