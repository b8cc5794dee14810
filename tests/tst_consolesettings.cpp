#include "app/headless/headlesscommand.h"
#include "app/net/httptransport.h"
#include "app/security/redaction.h"
#include "app/settings/consolesettings.h"
#include "app/settings/settingsimport.h"
#include "app/settings/weeklyschedule.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QUuid>

// Plain settings (QSettings), the settings file's parser, the weekly schedule and the
// redaction of secrets from log and error text.
class TestConsoleSettings final : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreTheDemoTenant();
    void validationNamesTheField_data();
    void validationNamesTheField();
    void saveAndLoad();
    void discoveredEndpointsOnlyForTheSameTenant();
    void exportImportRoundTrip();
    void storeLocation();
    void importRejects_data();
    void importRejects();
    void exportHoldsNoSecret();
    void userInfoInUrlsIsRefused_data();
    void userInfoInUrlsIsRefused();
    void userInfoIsNeverSaved();
    void headlessImportRefusesUserInfo();
    void headlessImport();
    void weeklySchedule_data();
    void weeklySchedule();
    void redaction_data();
    void redaction();
    void registeredSecretsAreMasked();
    void registeredSecretsAreBounded();

private:
    static ConsoleSettings configured();
};

ConsoleSettings TestConsoleSettings::configured()
{
    ConsoleSettings settings;
    settings.mdmUrl = QUrl(QStringLiteral("https://mdm.example.com"));
    settings.mdmUser = QStringLiteral("api-user");
    settings.tenantId = QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301");
    settings.clientId = QStringLiteral("5b0e7f3a-8c1d-4e2f-9a6b-3c4d5e6f7a8b");
    return settings;
}

void TestConsoleSettings::defaultsAreTheDemoTenant()
{
    const ConsoleSettings settings;
    QVERIFY(!settings.isTenantConfigured());
    QVERIFY2(settings.validate().isEmpty(), qPrintable(settings.validate().join(u'\n')));
    QCOMPARE(settings.loginUrl.scheme(), QStringLiteral("https"));
    QCOMPARE(settings.weekly.day, 0);
    QVERIFY(configured().validate().isEmpty());
}

void TestConsoleSettings::validationNamesTheField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("http to a remote MDM") << "mdmUrl"
                                          << "http://mdm.example.com"
                                          << "MDM URL: refused to use http://";
    QTest::newRow("ftp MDM") << "mdmUrl"
                             << "ftp://mdm.example.com"
                             << "MDM URL: \"ftp://mdm.example.com\" is not an http(s) URL";
    QTest::newRow("no MDM user") << "mdmUser"
                                 << ""
                                 << "MDM user";
    QTest::newRow("tenant not a GUID") << "tenantId"
                                       << "contoso"
                                       << "Entra tenant id: \"contoso\" is not a GUID";
    QTest::newRow("client not a GUID") << "clientId"
                                       << "12"
                                       << "Entra client id: \"12\" is not a GUID";
    QTest::newRow("http login") << "loginUrl"
                                << "http://login.example.com"
                                << "Entra login URL: refused to use http://";
    QTest::newRow("http device sync") << "deviceSyncUrl"
                                      << "http://fef.example.net/x"
                                      << "Partner device sync URL: refused";
    QTest::newRow("batch 0") << "batchSize"
                             << "0"
                             << "Batch size: 0 is not from 1 to 10000";
    QTest::newRow("batch too big") << "batchSize"
                                   << "10001"
                                   << "Batch size: 10001";
    QTest::newRow("day 8") << "weeklyDay"
                           << "8"
                           << "Weekly report day: 8";
    QTest::newRow("missing CA file") << "caFile"
                                     << "/nonexistent/ca.pem"
                                     << "CA certificates file /nonexistent/ca.pem: cannot be read";
}

void TestConsoleSettings::validationNamesTheField()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    ConsoleSettings settings = configured();
    if (field == QLatin1String("mdmUrl"))
        settings.mdmUrl = QUrl(value);
    else if (field == QLatin1String("mdmUser"))
        settings.mdmUser = value;
    else if (field == QLatin1String("tenantId"))
        settings.tenantId = value;
    else if (field == QLatin1String("clientId"))
        settings.clientId = value;
    else if (field == QLatin1String("loginUrl"))
        settings.loginUrl = QUrl(value);
    else if (field == QLatin1String("deviceSyncUrl"))
        settings.deviceSyncUrl = QUrl(value);
    else if (field == QLatin1String("batchSize"))
        settings.batchSize = value.toInt();
    else if (field == QLatin1String("weeklyDay"))
        settings.weekly.day = value.toInt();
    else if (field == QLatin1String("caFile"))
        settings.caFile = value;
    const QStringList problems = settings.validate();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.constFirst().startsWith(expected), qPrintable(problems.constFirst()));
}

void TestConsoleSettings::saveAndLoad()
{
    QTemporaryDir dir;
    QSettings file(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    ConsoleSettings settings = configured();
    settings.deviceSpace = 7;
    settings.deviceSyncUrl = QUrl(QStringLiteral("https://fef.example.net/dev"));
    settings.discoveredTenantSyncUrl = QUrl(QStringLiteral("https://fef.example.net/tenant"));
    settings.batchSize = 250;
    settings.weekly.day = 3;
    settings.weekly.time = QTime(4, 30);
    settings.language = QStringLiteral("ja");
    settings.save(file);
    QCOMPARE(ConsoleSettings::load(file), settings);
}

// A sync's discovery is kept for the tenant configured, never written over another one's.
void TestConsoleSettings::discoveredEndpointsOnlyForTheSameTenant()
{
    QTemporaryDir dir;
    QSettings file(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    const QUrl tenantSync(QStringLiteral("https://fef.example.net/tenant"));
    const QUrl deviceSync(QStringLiteral("https://fef.example.net/device"));
    // The demo tenant (nothing configured): nothing to keep.
    QVERIFY(!ConsoleSettings::saveDiscovered(file, QUuid::createUuid().toString(), tenantSync, deviceSync));
    QVERIFY(file.allKeys().isEmpty());

    const ConsoleSettings settings = configured();
    settings.save(file);
    QVERIFY(!ConsoleSettings::saveDiscovered(file, QUuid::createUuid().toString(), tenantSync, deviceSync));
    QCOMPARE(ConsoleSettings::load(file), settings);

    // The same tenant, written with braces or in upper case: kept.
    QVERIFY(ConsoleSettings::saveDiscovered(
        file, QUuid::fromString(settings.tenantId).toString().toUpper(), tenantSync, deviceSync));
    ConsoleSettings expected = settings;
    expected.discoveredTenantSyncUrl = tenantSync;
    expected.discoveredDeviceSyncUrl = deviceSync;
    QCOMPARE(ConsoleSettings::load(file), expected);
}

void TestConsoleSettings::exportImportRoundTrip()
{
    ConsoleSettings settings = configured();
    settings.tenantSyncUrl = QUrl(QStringLiteral("https://fef.example.net/t"));
    settings.batchSize = 42;
    settings.weekly.day = 7;
    settings.weekly.time = QTime(23, 15);
    settings.language = QStringLiteral("fr");
    const SettingsImport::Result result = SettingsImport::parse(SettingsImport::serialize(settings));
    QVERIFY2(result.settings.has_value(), qPrintable(result.error));
    QCOMPARE(*result.settings, settings);
}

void TestConsoleSettings::storeLocation()
{
    // Settings → Store: a team's URI is kept, exported and read back as given; one with a
    // password, or on the network without verify-full, is refused naming the field.
    ConsoleSettings settings = configured();
    settings.store = QStringLiteral("postgresql://alice@/asc?host=/run/postgresql&port=5432");
    QVERIFY2(settings.validate(false).isEmpty(), qPrintable(settings.validate(false).join(u'\n')));
    const SettingsImport::Result imported = SettingsImport::parse(SettingsImport::serialize(settings));
    QVERIFY2(imported.settings.has_value(), qPrintable(imported.error));
    QCOMPARE(imported.settings->store, settings.store);
    {
        QSettings stored;
        settings.save(stored);
    }
    QSettings stored;
    QCOMPARE(ConsoleSettings::load(stored).store, settings.store);

    for (const QString &refused : {QStringLiteral("postgresql://alice:secret@/asc?host=/run/postgresql"),
                                   QStringLiteral("postgresql://alice@db.example.com/asc")}) {
        settings.store = refused;
        const QStringList problems = settings.validate(false);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.constFirst().startsWith(ConsoleSettings::tr("Store: %1").arg(QString()).trimmed()),
                 qPrintable(problems.constFirst()));
        QVERIFY2(!problems.constFirst().contains(QLatin1String("secret")), qPrintable(problems.constFirst()));
    }
}

void TestConsoleSettings::importRejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const auto with = [](const std::function<void(QJsonObject &)> &change) {
        QJsonObject json = QJsonDocument::fromJson(SettingsImport::serialize(configured())).object();
        change(json);
        return QJsonDocument(json).toJson();
    };
    const auto section = [&with](const QString &name, const QString &key, const QJsonValue &value) {
        return with([&](QJsonObject &json) {
            QJsonObject inner = json.value(name).toObject();
            inner.insert(key, value);
            json.insert(name, inner);
        });
    };
    QTest::newRow("not JSON") << QByteArray("{\"format\":") << "The settings file is not JSON";
    QTest::newRow("array") << QByteArray("[]") << "The settings file must hold one JSON object";
    QTest::newRow("wrong format") << with([](QJsonObject &j) {
        j.insert(QStringLiteral("format"), QStringLiteral("x"));
    }) << "format: expected \"azure-status-console-settings\"";
    QTest::newRow("no version") << with([](QJsonObject &j) { j.remove(QStringLiteral("version")); })
                                << "version: missing";
    QTest::newRow("future version") << with([](QJsonObject &j) { j.insert(QStringLiteral("version"), 2); })
                                    << "version: 2 is not from 1 to 1";
    QTest::newRow("secret in file") << section(QStringLiteral("entra"), QStringLiteral("clientSecret"),
        QStringLiteral("x")) << "entra.clientSecret: secrets are never imported";
    QTest::newRow("password in file") << section(QStringLiteral("mdm"), QStringLiteral("password"),
        QStringLiteral("x")) << "mdm.password: secrets are never imported";
    QTest::newRow("unknown key") << with([](QJsonObject &j) { j.insert(QStringLiteral("colour"), 1); })
                                 << "colour: unknown setting";
    QTest::newRow("url number") << section(QStringLiteral("mdm"), QStringLiteral("url"), 5)
                                << "mdm.url: expected a string, found a number";
    QTest::newRow("relative url") << section(QStringLiteral("mdm"), QStringLiteral("url"),
        QStringLiteral("mdm/x")) << "mdm.url: \"mdm/x\" is not an absolute URL";
    QTest::newRow("http remote") << section(
        QStringLiteral("mdm"), QStringLiteral("url"), QStringLiteral("http://mdm.example.com"))
                                 << "MDM URL: refused to use http://";
    QTest::newRow("batch text") << section(QStringLiteral("reporting"), QStringLiteral("batchSize"),
        QStringLiteral("10")) << "reporting.batchSize: expected a whole number, found a string";
    QTest::newRow("batch fraction") << section(QStringLiteral("reporting"), QStringLiteral("batchSize"), 2.5)
                                    << "reporting.batchSize: expected a whole number";
    QTest::newRow("batch range") << section(QStringLiteral("reporting"), QStringLiteral("batchSize"), 0)
                                 << "reporting.batchSize: 0 is not from 1 to 10000";
    QTest::newRow("day range") << section(QStringLiteral("reporting"), QStringLiteral("weeklyDay"), 9)
                               << "reporting.weeklyDay: 9 is not from 0 to 7";
    QTest::newRow("bad time") << section(
        QStringLiteral("reporting"), QStringLiteral("weeklyTime"), QStringLiteral("25:00"))
                              << "reporting.weeklyTime: \"25:00\" is not a time of day";
    QTest::newRow("tenant") << section(
        QStringLiteral("entra"), QStringLiteral("tenantId"), QStringLiteral("contoso"))
                            << "Entra tenant id: \"contoso\" is not a GUID";
    QTest::newRow("language") << with([](QJsonObject &j) {
        j.insert(QStringLiteral("language"), QStringLiteral("de"));
    }) << "language: \"de\" is not one of en, fr, ja, es";
    QTest::newRow("section type") << with([](QJsonObject &j) {
        j.insert(QStringLiteral("mdm"), QStringLiteral("x"));
    }) << "mdm: expected an object, found a string";
    QTest::newRow("huge text") << section(QStringLiteral("mdm"), QStringLiteral("user"), QString(5000, u'a'))
                               << "mdm.user: longer than 2048 characters";
    QTest::newRow("huge file") << QByteArray(SettingsImport::kMaxFileBytes + 1, ' ')
                               << "The settings file is larger than";
}

void TestConsoleSettings::importRejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const SettingsImport::Result result = SettingsImport::parse(json);
    QVERIFY(!result.settings.has_value());
    QVERIFY2(result.error.startsWith(expected), qPrintable(result.error));
}

void TestConsoleSettings::exportHoldsNoSecret()
{
    // ConsoleSettings has no field for a secret; the export names none either.
    const QByteArray json = SettingsImport::serialize(configured());
    for (const char *word : { "secret", "password", "token" })
        QVERIFY2(!json.toLower().contains(word), word);
}

void TestConsoleSettings::userInfoInUrlsIsRefused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("name"); // in ConsoleSettings::validate
    QTest::addColumn<QString>("key"); // in the settings file
    QTest::addColumn<QString>("url");
    const QString password = QStringLiteral("Pa55-in-url");
    QTest::newRow("MDM URL, user and password") << "mdmUrl" << "MDM URL" << "mdm.url"
                                                << QStringLiteral("https://api-user:%1@mdm.example.com/").arg(password);
    QTest::newRow("MDM URL, password only") << "mdmUrl" << "MDM URL" << "mdm.url"
                                            << QStringLiteral("https://:%1@mdm.example.com").arg(password);
    QTest::newRow("MDM URL, a character QUrl refuses") << "mdmUrl" << "MDM URL" << "mdm.url"
                                                       << QStringLiteral("https://api-user:%1 x@mdm.example.com").arg(password);
    QTest::newRow("MDM URL, no scheme") << "mdmUrl" << "MDM URL" << "mdm.url"
                                        << QStringLiteral("api-user:%1@mdm.example.com").arg(password);
    QTest::newRow("login URL") << "loginUrl" << "Entra login URL" << "entra.loginUrl"
                               << QStringLiteral("https://client:%1@login.example.com").arg(password);
    QTest::newRow("Graph URL") << "graphUrl" << "Microsoft Graph URL" << "entra.graphUrl"
                               << QStringLiteral("https://u:%1@graph.example.com").arg(password);
    QTest::newRow("device sync URL") << "deviceSyncUrl" << "Partner device sync URL" << "azure.deviceSyncUrl"
                                     << QStringLiteral("https://u:%1@fef.example.net/x").arg(password);
    QTest::newRow("remediation URL") << "partnerRemediationUrl" << "Remediation URL" << "azure.remediationUrl"
                                     << QStringLiteral("https://u:%1@portal.example.com/fix").arg(password);
}

void TestConsoleSettings::userInfoInUrlsIsRefused()
{
    QFETCH(QString, field);
    QFETCH(QString, name);
    QFETCH(QString, key);
    QFETCH(QString, url);
    const QString password = QStringLiteral("Pa55-in-url");
    // Empty when the message refuses as it should; else what is wrong with it.
    const auto refusal = [&password](const QString &message, const QString &named) -> QString {
        if (!message.startsWith(named + QStringLiteral(": a URL must not hold a user name or password")))
            return QStringLiteral("does not name the field %1 and the user info: ").arg(named) + message;
        if (!message.contains(QLatin1String("API user and password fields")))
            return QStringLiteral("does not say where credentials go: ") + message;
        if (message.contains(QLatin1String("Pa55")))
            return QStringLiteral("shows the password: ") + message;
        return {};
    };

    // The dialog and the start of the console (validate), also without a tenant.
    for (ConsoleSettings settings : { configured(), ConsoleSettings() }) {
        const QUrl value(url); // tolerant, as a setting loaded from an old file would be
        if (field == QLatin1String("mdmUrl"))
            settings.mdmUrl = value;
        else if (field == QLatin1String("loginUrl"))
            settings.loginUrl = value;
        else if (field == QLatin1String("graphUrl"))
            settings.graphUrl = value;
        else if (field == QLatin1String("deviceSyncUrl"))
            settings.deviceSyncUrl = value;
        else
            settings.partnerRemediationUrl = value;
        const QStringList problems = settings.validate(false);
        QVERIFY2(!problems.isEmpty(), qPrintable(url));
        const QString problem = refusal(problems.constFirst(), name);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(!problems.join(u'\n').contains(password));
    }

    // The settings file of Import and of --settings.
    QJsonObject json = QJsonDocument::fromJson(SettingsImport::serialize(configured())).object();
    const QString section = key.section(u'.', 0, 0);
    QJsonObject inner = json.value(section).toObject();
    inner.insert(key.section(u'.', 1), url);
    json.insert(section, inner);
    const SettingsImport::Result imported = SettingsImport::parse(QJsonDocument(json).toJson());
    QVERIFY(!imported.settings.has_value());
    const QString importProblem = refusal(imported.error, key);
    QVERIFY2(importProblem.isEmpty(), qPrintable(importProblem));

    // The transport, should such a URL reach it anyway.
    const QString transportProblem = refusal(HttpTransport::urlProblem(QUrl(url), name), name);
    QVERIFY2(transportProblem.isEmpty(), qPrintable(transportProblem));
}

void TestConsoleSettings::userInfoIsNeverSaved()
{
    // save() and the export write no user info even when given settings never validated.
    const QString password = QStringLiteral("Pa55-in-url");
    ConsoleSettings settings = configured();
    settings.mdmUrl = QUrl(QStringLiteral("https://api-user:") + password + QStringLiteral("@mdm.example.com/"));
    settings.graphUrl = QUrl(QStringLiteral("https://u:") + password + QStringLiteral("@graph.example.com"));
    settings.discoveredDeviceSyncUrl = QUrl(QStringLiteral("https://u:") + password + QStringLiteral("@fef.example.net"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.ini"));
    {
        QSettings file(path, QSettings::IniFormat);
        settings.save(file);
        QCOMPARE(ConsoleSettings::load(file).mdmUrl, QUrl(QStringLiteral("https://mdm.example.com/")));
    }
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    QVERIFY2(bytes.contains("mdm.example.com") && !bytes.contains(password.toUtf8()), bytes.constData());
    QVERIFY2(!SettingsImport::serialize(settings).contains(password.toUtf8()), SettingsImport::serialize(settings).constData());
    // Nor does the keychain key of the MDM password.
    QVERIFY2(!settings.mdmPasswordKey().contains(password), qPrintable(settings.mdmPasswordKey()));
}

void TestConsoleSettings::headlessImportRefusesUserInfo()
{
    QCoreApplication::setOrganizationName(QStringLiteral("AzureStatusConsole"));
    QCoreApplication::setApplicationName(QStringLiteral("asc-tst-consolesettings-userinfo"));
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("export.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(SettingsImport::serialize(configured())
                   .replace("https://mdm.example.com", "https://api-user:Pa55-in-url@mdm.example.com"));
    file.close();
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    QCOMPARE(runHeadlessCommand({ QStringLiteral("import-settings"), file.fileName() }, outStream, errStream), 2);
    errStream.flush();
    QVERIFY2(err.contains(QLatin1String("mdm.url: a URL must not hold a user name or password")), qPrintable(err));
    QVERIFY2(!err.contains(QLatin1String("Pa55-in-url")), qPrintable(err));
    QVERIFY(!ConsoleSettings::load().isTenantConfigured());
}

void TestConsoleSettings::headlessImport()
{
    QCoreApplication::setOrganizationName(QStringLiteral("AzureStatusConsole"));
    QCoreApplication::setApplicationName(QStringLiteral("asc-tst-consolesettings"));
    QTemporaryDir dir;
    ConsoleSettings settings = configured();
    settings.batchSize = 321;
    QFile file(dir.filePath(QStringLiteral("export.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(SettingsImport::serialize(settings));
    file.close();
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    QCOMPARE(runHeadlessCommand({ QStringLiteral("import-settings"), file.fileName() }, outStream, errStream), 0);
    QCOMPARE(ConsoleSettings::load(), settings);

    // A bad file: exit 2, the field named, the settings unchanged.
    QFile bad(dir.filePath(QStringLiteral("bad.json")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(SettingsImport::serialize(settings).replace("\"batchSize\": 321", "\"batchSize\": -1"));
    bad.close();
    QCOMPARE(runHeadlessCommand({ QStringLiteral("import-settings"), bad.fileName() }, outStream, errStream), 2);
    errStream.flush();
    QVERIFY2(err.contains(QStringLiteral("reporting.batchSize: -1 is not from 1 to 10000")), qPrintable(err));
    QCOMPARE(ConsoleSettings::load(), settings);
}

void TestConsoleSettings::weeklySchedule_data()
{
    QTest::addColumn<int>("day");
    QTest::addColumn<QDateTime>("last");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<bool>("due");
    const auto local = [](int y, int m, int d, int h, int min) {
        return QDateTime(QDate(y, m, d), QTime(h, min), Qt::LocalTime);
    };
    // 2026-11-23 is a Monday. Slot: Wednesday (3) 02:00 local.
    QTest::newRow("7 days: 6 days later")
        << 0 << local(2026, 11, 16, 9, 0) << local(2026, 11, 22, 9, 0) << false;
    QTest::newRow("7 days: 7 days later")
        << 0 << local(2026, 11, 16, 9, 0) << local(2026, 11, 23, 9, 0) << true;
    QTest::newRow("slot not reached")
        << 3 << local(2026, 11, 18, 2, 0) << local(2026, 11, 25, 1, 59) << false;
    QTest::newRow("slot reached") << 3 << local(2026, 11, 18, 2, 0) << local(2026, 11, 25, 2, 0) << true;
    QTest::newRow("slot missed while off")
        << 3 << local(2026, 11, 10, 2, 0) << local(2026, 11, 23, 8, 0) << true;
    QTest::newRow("already sent after slot")
        << 3 << local(2026, 11, 18, 2, 5) << local(2026, 11, 24, 23, 0) << false;
    QTest::newRow("first run") << 3 << QDateTime() << local(2026, 11, 25, 3, 0) << false;
}

void TestConsoleSettings::weeklySchedule()
{
    QFETCH(int, day);
    QFETCH(QDateTime, last);
    QFETCH(QDateTime, now);
    QFETCH(bool, due);
    WeeklySchedule schedule;
    schedule.day = day;
    schedule.time = QTime(2, 0);
    QCOMPARE(schedule.isDue(last.isValid() ? last.toUTC() : last, now.toUTC()), due);
    if (day != 0) {
        const QDateTime slot = schedule.lastSlot(now.toUTC()).toLocalTime();
        QCOMPARE(slot.date().dayOfWeek(), day);
        QCOMPARE(slot.time(), QTime(2, 0));
        QVERIFY(slot <= now && slot.secsTo(now) < 7 * 86400);
    }
}

void TestConsoleSettings::redaction_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("secret");
    QTest::newRow("bearer header") << "Authorization: Bearer eyJhbGciOi.abc.def"
                                   << "eyJhbGciOi.abc.def";
    QTest::newRow("basic header") << "authorization=Basic YWRtaW46ZGVtbw=="
                                  << "YWRtaW46ZGVtbw==";
    QTest::newRow("bare bearer") << "sent with Bearer abcdefgh12345"
                                 << "abcdefgh12345";
    QTest::newRow("token json")
        << "{\"token_type\":\"Bearer\",\"access_token\":\"tok-123456\",\"expires_in\":3599}"
        << "tok-123456";
    QTest::newRow("secret form") << "grant_type=client_credentials&client_secret=hunter2-xyz&scope=x"
                                 << "hunter2-xyz";
    QTest::newRow("password json") << "{\"password\": \"p@ss w0rd\"}"
                                   << "p@ss w0rd";
}

void TestConsoleSettings::redaction()
{
    QFETCH(QString, text);
    QFETCH(QString, secret);
    const QString clean = Redaction::redact(text);
    QVERIFY2(!clean.contains(secret), qPrintable(clean));
    QVERIFY2(clean.contains(Redaction::mask()), qPrintable(clean));
}

void TestConsoleSettings::registeredSecretsAreMasked()
{
    Redaction::clearRegisteredSecrets();
    const QString secret = QStringLiteral("Zq9-very/secret+value");
    QCOMPARE(Redaction::redact(QStringLiteral("error: ") + secret), QStringLiteral("error: ") + secret);
    Redaction::registerSecret(secret);
    QCOMPARE(Redaction::redact(QStringLiteral("error: ") + secret), QStringLiteral("error: [redacted]"));
    // Its URL-encoded and base64 forms too.
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
    QVERIFY(!Redaction::redact(encoded).contains(encoded));
    const QString base64 = QString::fromLatin1(secret.toUtf8().toBase64());
    QVERIFY(!Redaction::redact(base64).contains(base64));
    // Short values are not registered: they would mask ordinary words.
    Redaction::registerSecret(QStringLiteral("a"));
    QCOMPARE(Redaction::redact(QStringLiteral("a cat")), QStringLiteral("a cat"));
    Redaction::clearRegisteredSecrets();
}

void TestConsoleSettings::registeredSecretsAreBounded()
{
    Redaction::clearRegisteredSecrets();
    const QString password = QStringLiteral("configured-password-42");
    Redaction::registerSecret(password);
    // A console that runs for weeks receives a new token every hour: more than the limit.
    const auto token = [](int i) -> QString { return QStringLiteral("tok-%1-").arg(i, 5, 10, QLatin1Char('0')) + QString(20, u'x'); };
    const int count = Redaction::kMaxTokens + 100;
    for (int i = 0; i < count; ++i)
        Redaction::registerToken(token(i));
    QCOMPARE(Redaction::registeredCount(), Redaction::kMaxTokens + 1);
    // The newest tokens and the configured secret are still masked; the oldest are gone.
    for (int i = count - Redaction::kMaxTokens; i < count; ++i)
        QCOMPARE(Redaction::redact(QStringLiteral("got ") + token(i)), QStringLiteral("got [redacted]"));
    QCOMPARE(Redaction::redact(QStringLiteral("pw ") + password), QStringLiteral("pw [redacted]"));
    QCOMPARE(Redaction::redact(token(0)), token(0));

    // A token registered again (the transport does, each time it sends it) becomes the
    // newest and outlives those registered after it once.
    const int refreshed = count - Redaction::kMaxTokens;
    Redaction::registerToken(token(refreshed));
    Redaction::registerToken(QStringLiteral("one-more-token-value"));
    QCOMPARE(Redaction::redact(token(refreshed)), Redaction::mask());
    QCOMPARE(Redaction::redact(token(refreshed + 1)), token(refreshed + 1));

    // Configured secrets are bounded too, the oldest dropped first.
    Redaction::clearRegisteredSecrets();
    for (int i = 0; i < Redaction::kMaxSecrets + 3; ++i)
        Redaction::registerSecret(QStringLiteral("secret-%1").arg(i));
    QCOMPARE(Redaction::registeredCount(), Redaction::kMaxSecrets);
    QCOMPARE(Redaction::redact(QStringLiteral("secret-2 ")), QStringLiteral("secret-2 "));
    QCOMPARE(Redaction::redact(QStringLiteral("secret-3 ")), QStringLiteral("[redacted] "));

    // Longest first: a secret that contains another is masked whole, whatever the order
    // of registration.
    Redaction::clearRegisteredSecrets();
    Redaction::registerToken(QStringLiteral("abcd"));
    Redaction::registerToken(QStringLiteral("abcd-efgh-ijkl"));
    QCOMPARE(Redaction::redact(QStringLiteral("x abcd-efgh-ijkl y")), QStringLiteral("x [redacted] y"));
    Redaction::clearRegisteredSecrets();
}

QTEST_GUILESS_MAIN(TestConsoleSettings)
#include "tst_consolesettings.moc"
