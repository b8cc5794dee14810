#include "app/settings/settingsimport.h"

#include "app/net/httptransport.h"
#include "app/net/jsonresponse.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <limits>

namespace {
constexpr qsizetype kMaxTextChars = 2048;

// Reads the members of one JSON object, refusing any it does not know.
class Section
{
public:
    Section(const QJsonObject &object, QString path, QString *error)
        : m_object(object)
        , m_path(std::move(path))
        , m_error(error)
    {
    }

    QString field(const QString &key) const { return m_path.isEmpty() ? key : m_path + u'.' + key; }

    bool text(const QString &key, QString *out)
    {
        m_known.insert(key);
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isString())
            return fail(SettingsImport::tr("%1: expected a string, found %2.")
                            .arg(field(key), JsonResponse::typeName(value)));
        if (value.toString().size() > kMaxTextChars)
            return fail(
                SettingsImport::tr("%1: longer than %2 characters.").arg(field(key)).arg(kMaxTextChars));
        *out = value.toString().trimmed();
        return true;
    }

    bool url(const QString &key, QUrl *out)
    {
        QString value;
        if (!text(key, &value))
            return false;
        if (!m_object.contains(key))
            return true;
        if (value.isEmpty()) {
            *out = QUrl();
            return true;
        }
        // Before anything shows the value: it would show the password.
        if (HttpTransport::hasUserInfo(value))
            return fail(HttpTransport::urlProblem(QUrl(value), field(key)));
        const QUrl url(value, QUrl::StrictMode);
        if (!url.isValid() || url.isRelative() || url.host().isEmpty())
            return fail(SettingsImport::tr("%1: \"%2\" is not an absolute URL.").arg(field(key), value));
        *out = url;
        return true;
    }

    bool integer(const QString &key, qint64 lowest, qint64 highest, qint64 *out)
    {
        m_known.insert(key);
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return true;
        qint64 number = 0;
        if (!JsonResponse::toInteger(value, &number))
            return fail(SettingsImport::tr("%1: expected a whole number, found %2.")
                            .arg(field(key), JsonResponse::typeName(value)));
        if (number < lowest || number > highest)
            return fail(SettingsImport::tr("%1: %2 is not from %3 to %4.")
                            .arg(field(key), QString::number(number), QString::number(lowest),
                                QString::number(highest)));
        *out = number;
        return true;
    }

    bool object(const QString &key, QJsonObject *out)
    {
        m_known.insert(key);
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isObject())
            return fail(SettingsImport::tr("%1: expected an object, found %2.")
                            .arg(field(key), JsonResponse::typeName(value)));
        *out = value.toObject();
        return true;
    }

    // Call last: any member not read is an error, and one that looks like a secret says so.
    bool finish()
    {
        static const QRegularExpression secretLike(QStringLiteral("secret|password|token|credential|key"),
            QRegularExpression::CaseInsensitiveOption);
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (m_known.contains(it.key()))
                continue;
            if (secretLike.match(it.key()).hasMatch())
                return fail(
                    SettingsImport::tr("%1: secrets are never imported from a file; enter them in the "
                                       "Settings dialog (they go to the OS keychain).")
                        .arg(field(it.key())));
            return fail(SettingsImport::tr("%1: unknown setting.").arg(field(it.key())));
        }
        return true;
    }

private:
    bool fail(const QString &message)
    {
        if (m_error->isEmpty())
            *m_error = message;
        return false;
    }

    QJsonObject m_object;
    QString m_path;
    QString *m_error;
    QSet<QString> m_known;
};
} // namespace

SettingsImport::Result SettingsImport::parse(const QByteArray &json)
{
    Result result;
    if (json.size() > kMaxFileBytes) {
        result.error = tr("The settings file is larger than %1 bytes; it is not a settings export.")
                           .arg(kMaxFileBytes);
        return result;
    }
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = tr("The settings file is not JSON: %1 at offset %2.")
                           .arg(parseError.errorString())
                           .arg(parseError.offset);
        return result;
    }
    if (!document.isObject()) {
        result.error = tr("The settings file must hold one JSON object.");
        return result;
    }

    QString error;
    ConsoleSettings settings;
    Section root(document.object(), {}, &error);
    QString format;
    qint64 version = 0;
    root.text(QStringLiteral("format"), &format);
    if (error.isEmpty() && format != formatName()) {
        result.error = tr("format: expected \"%1\", found \"%2\".").arg(formatName(), format);
        return result;
    }
    root.integer(QStringLiteral("version"), 1, kVersion, &version);
    if (error.isEmpty() && version != kVersion)
        error = tr("version: missing; expected %1.").arg(kVersion);

    QJsonObject mdm, entra, azure, reporting, tls;
    root.object(QStringLiteral("mdm"), &mdm);
    root.object(QStringLiteral("entra"), &entra);
    root.object(QStringLiteral("azure"), &azure);
    root.object(QStringLiteral("reporting"), &reporting);
    root.object(QStringLiteral("tls"), &tls);
    root.text(QStringLiteral("language"), &settings.language);
    root.text(QStringLiteral("store"), &settings.store);
    root.finish();

    Section mdmSection(mdm, QStringLiteral("mdm"), &error);
    mdmSection.url(QStringLiteral("url"), &settings.mdmUrl);
    mdmSection.text(QStringLiteral("user"), &settings.mdmUser);
    mdmSection.integer(
        QStringLiteral("deviceSpace"), 0, std::numeric_limits<qint64>::max() / 2, &settings.deviceSpace);
    mdmSection.finish();

    Section entraSection(entra, QStringLiteral("entra"), &error);
    entraSection.text(QStringLiteral("tenantId"), &settings.tenantId);
    entraSection.text(QStringLiteral("clientId"), &settings.clientId);
    entraSection.url(QStringLiteral("loginUrl"), &settings.loginUrl);
    entraSection.url(QStringLiteral("graphUrl"), &settings.graphUrl);
    entraSection.finish();

    Section azureSection(azure, QStringLiteral("azure"), &error);
    azureSection.url(QStringLiteral("tenantSyncUrl"), &settings.tenantSyncUrl);
    azureSection.url(QStringLiteral("deviceSyncUrl"), &settings.deviceSyncUrl);
    azureSection.url(QStringLiteral("enrollmentUrl"), &settings.partnerEnrollmentUrl);
    azureSection.url(QStringLiteral("remediationUrl"), &settings.partnerRemediationUrl);
    azureSection.finish();

    Section reportingSection(reporting, QStringLiteral("reporting"), &error);
    qint64 batchSize = settings.batchSize;
    qint64 weeklyDay = settings.weekly.day;
    QString weeklyTime;
    reportingSection.integer(QStringLiteral("batchSize"), ConsoleSettings::kMinBatchSize,
        ConsoleSettings::kMaxBatchSize, &batchSize);
    reportingSection.integer(QStringLiteral("weeklyDay"), 0, 7, &weeklyDay);
    reportingSection.text(QStringLiteral("weeklyTime"), &weeklyTime);
    reportingSection.finish();
    settings.batchSize = int(batchSize);
    settings.weekly.day = int(weeklyDay);
    if (!weeklyTime.isEmpty()) {
        settings.weekly.time = QTime::fromString(weeklyTime, QStringLiteral("HH:mm"));
        if (error.isEmpty() && !settings.weekly.time.isValid())
            error = tr("reporting.weeklyTime: \"%1\" is not a time of day as HH:mm.").arg(weeklyTime);
    }

    Section tlsSection(tls, QStringLiteral("tls"), &error);
    tlsSection.text(QStringLiteral("caFile"), &settings.caFile);
    tlsSection.finish();

    static const QStringList languages { QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("ja"),
        QStringLiteral("es") };
    if (error.isEmpty() && !settings.language.isEmpty() && !languages.contains(settings.language))
        error = tr("language: \"%1\" is not one of en, fr, ja, es.").arg(settings.language);

    if (error.isEmpty()) {
        const QStringList problems = settings.validate(false);
        if (!problems.isEmpty())
            error = problems.constFirst();
    }
    if (!error.isEmpty()) {
        result.error = error;
        return result;
    }
    result.settings = settings;
    return result;
}

QByteArray SettingsImport::serialize(const ConsoleSettings &settings)
{
    // An export never holds user info, even of settings that were never validated.
    const auto url = [](const QUrl &value) {
        return HttpTransport::withoutUserInfo(value.adjusted(QUrl::RemoveUserInfo).toString());
    };
    const QJsonObject json {
        { QStringLiteral("format"), formatName() },
        { QStringLiteral("version"), kVersion },
        { QStringLiteral("mdm"),
            QJsonObject { { QStringLiteral("url"), url(settings.mdmUrl) },
                { QStringLiteral("user"), settings.mdmUser },
                { QStringLiteral("deviceSpace"), settings.deviceSpace } } },
        { QStringLiteral("entra"),
            QJsonObject { { QStringLiteral("tenantId"), settings.tenantId },
                { QStringLiteral("clientId"), settings.clientId },
                { QStringLiteral("loginUrl"), url(settings.loginUrl) },
                { QStringLiteral("graphUrl"), url(settings.graphUrl) } } },
        { QStringLiteral("azure"),
            QJsonObject { { QStringLiteral("tenantSyncUrl"), url(settings.tenantSyncUrl) },
                { QStringLiteral("deviceSyncUrl"), url(settings.deviceSyncUrl) },
                { QStringLiteral("enrollmentUrl"), url(settings.partnerEnrollmentUrl) },
                { QStringLiteral("remediationUrl"), url(settings.partnerRemediationUrl) } } },
        { QStringLiteral("reporting"),
            QJsonObject { { QStringLiteral("batchSize"), settings.batchSize },
                { QStringLiteral("weeklyDay"), settings.weekly.day },
                { QStringLiteral("weeklyTime"), settings.weekly.time.toString(QStringLiteral("HH:mm")) } } },
        { QStringLiteral("tls"), QJsonObject { { QStringLiteral("caFile"), settings.caFile } } },
        { QStringLiteral("language"), settings.language },
        { QStringLiteral("store"), settings.store },
    };
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}
