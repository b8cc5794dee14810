#include "app/headless/headlesscommand.h"
#include "app/storage/sqlite/sqlitestore.h"
#include "app/storage/reportoutbox.h"
#include "tests/emulatorprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <memory>

// The headless commands an administrator uses at the first contact with a real tenant and
// at the last: sync --dry-run (everything it would send, nothing sent, nothing stored) and
// deprovision (Disconnect from Azure), against the tenant emulator over loopback.
namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

Result run(const QStringList &arguments)
{
    Result result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.exitCode = runHeadlessCommand(arguments, out, err);
    out.flush();
    err.flush();
    return result;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestFirstContact final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void dryRunSendsAndStoresNothing();
    void dryRunNeedsAnEmptyFolder();
    void deprovisionAsksFirstThenDisconnects();

private:
    QStringList tenantOptions() const;
    QString dbPath() const { return m_dir->filePath(QStringLiteral("store.sqlite")); }

    EmulatorProcess m_emulator;
    std::unique_ptr<QTemporaryDir> m_dir;
    static constexpr int kDevices = 300;
};

void TestFirstContact::initTestCase()
{
    QString error;
    QVERIFY2(m_emulator.start(EmulatorProcess::demoArguments(kDevices, 5)
                     + QStringList { QStringLiteral("--processing-ms"), QStringLiteral("20") },
                 &error),
        qPrintable(error));
    // --tenant-url takes the credentials from the environment, an explicit alternative to
    // the keychain.
    qputenv("ASC_MDM_USER", EmulatorProcess::demoMdmUser().toUtf8());
    qputenv("ASC_MDM_PASSWORD", EmulatorProcess::demoMdmPassword().toUtf8());
    qputenv("ASC_TENANT_ID", EmulatorProcess::demoTenantId().toUtf8());
    qputenv("ASC_CLIENT_ID", EmulatorProcess::demoClientId().toUtf8());
    qputenv("ASC_CLIENT_SECRET", EmulatorProcess::demoClientSecret().toUtf8());
}

void TestFirstContact::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_emulator.resetStats();
}

QStringList TestFirstContact::tenantOptions() const
{
    return { QStringLiteral("--db"), dbPath(), QStringLiteral("--tenant-url"), m_emulator.baseUrl().toString(),
        QStringLiteral("--batch-size"), QStringLiteral("100"), QStringLiteral("--timeout"), QStringLiteral("120") };
}

void TestFirstContact::dryRunSendsAndStoresNothing()
{
    const QString folder = m_dir->filePath(QStringLiteral("first-contact"));
    const Result result = run(QStringList { QStringLiteral("sync"), QStringLiteral("--dry-run"), folder } + tenantOptions());
    QVERIFY2(result.exitCode == 0, qPrintable(result.err + result.out));

    // Azure received nothing: no provisioning, no heartbeat, no upload. Reads only: the
    // MDM, tokens, discovery and the user look-ups.
    const QJsonObject stats = m_emulator.stats();
    QCOMPARE(stats.value(QStringLiteral("provisionRequests")).toInt(), 0);
    QCOMPARE(stats.value(QStringLiteral("heartbeats")).toInt(), 0);
    QCOMPARE(stats.value(QStringLiteral("messagesReceived")).toInt(), 0);
    QVERIFY(stats.value(QStringLiteral("batchItems")).toInt() > 0);

    // The store holds nothing: no device, no policy, no outbox message, no user.
    {
        SqliteStore store(dbPath());
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QCOMPARE(store.devices().deviceCount(&error), 0);
        QVERIFY(store.policies().loadPolicies(&error).isEmpty());
        const OutboxCounts counts = store.outbox().counts(&error);
        QCOMPARE(counts.pending + counts.sent + counts.completed + counts.failed, 0);
    }

    // What it would have sent: provisioning, a heartbeat, then the uploads.
    QDir dir(folder);
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    QVERIFY2(files.contains(QStringLiteral("summary.txt")), qPrintable(files.join(u' ')));
    QCOMPARE(files.value(0), QStringLiteral("0001-PUT-PartnerTenants.http"));
    QCOMPARE(files.value(1), QStringLiteral("0002-PUT-PartnerTenantHeartbeat.http"));
    const QByteArray provisioning = readAll(dir.filePath(files.value(0)));
    const QByteArray provisioningLine = "PUT " + m_emulator.baseUrl().toEncoded()
        + "/partner/tenant/PartnerTenants(guid'" + EmulatorProcess::demoTenantId().toUtf8()
        + "')?api-version=1.6 HTTP/1.1\n";
    QVERIFY2(provisioning.startsWith(provisioningLine), provisioning.constData());
    QVERIFY(provisioning.contains("\n{\"PartnerEnrollmentUrl\":\"\",\"PartnerRemediationUrl\":\"\",\"Provisioned\":1}\n"));
    // Secrets are never written: the token is named, not shown.
    QVERIFY(provisioning.contains("Authorization: Bearer [Intune token, masked]\n"));

    int uploads = 0;
    int entities = 0;
    for (const QString &name : files) {
        if (!name.endsWith(QLatin1String("-DataUploadMessages.http")))
            continue;
        ++uploads;
        const QByteArray text = readAll(dir.filePath(name));
        const QByteArray uploadLine
            = "PUT " + m_emulator.baseUrl().toEncoded() + "/partner/device/DataUploadMessages(guid'";
        QVERIFY2(text.startsWith(uploadLine), text.left(200).constData());
        QVERIFY(text.contains("')?api-version=1.2 HTTP/1.1\n"));
        QVERIFY(text.contains("Prefer: return-content\n"));
        const QByteArray body = text.mid(text.indexOf("\n\n") + 2).trimmed();
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        QCOMPARE(object.value(QStringLiteral("TenantId")).toString(), EmulatorProcess::demoTenantId());
        QVERIFY(object.value(QStringLiteral("Content")).isString());
        const QJsonArray content
            = QJsonDocument::fromJson(object.value(QStringLiteral("Content")).toString().toUtf8()).array();
        QVERIFY(!content.isEmpty());
        entities += int(content.size());
        for (const QJsonValue &entity : content) {
            QCOMPARE(entity.toObject().value(QStringLiteral("TenantId")).toString(), EmulatorProcess::demoTenantId());
            QVERIFY(!QUuid::fromString(entity.toObject().value(QStringLiteral("UserId")).toString()).isNull());
        }
        // Beside each upload, its entities indented, for reading.
        const QString readable = name.left(5) + QStringLiteral("DataUploadMessages-compliance-content.json");
        QVERIFY2(files.contains(readable), qPrintable(readable));
        QCOMPARE(QJsonDocument::fromJson(readAll(dir.filePath(readable))).array(), content);
    }
    QVERIFY(uploads >= 2); // batches of 100
    const QString summary = QString::fromUtf8(readAll(dir.filePath(QStringLiteral("summary.txt"))));
    QVERIFY2(summary.contains(QStringLiteral("nothing was sent to Azure")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Devices pulled: %1").arg(kDevices)), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("carrying %1 device(s)").arg(entities / 2)), qPrintable(summary));
    QVERIFY2(result.out.contains(QDir::toNativeSeparators(QFileInfo(folder).absoluteFilePath())), qPrintable(result.out));

    // A real sync afterwards sends exactly what the dry run planned.
    const Result real = run(QStringList { QStringLiteral("sync") } + tenantOptions());
    QVERIFY2(real.exitCode == 0, qPrintable(real.err + real.out));
    QCOMPARE(m_emulator.stats().value(QStringLiteral("entitiesReceived")).toInt(), entities);
}

void TestFirstContact::dryRunNeedsAnEmptyFolder()
{
    const QString folder = m_dir->filePath(QStringLiteral("used"));
    QVERIFY(QDir().mkpath(folder));
    QFile earlier(folder + QStringLiteral("/0001-PUT-PartnerTenants.http"));
    QVERIFY(earlier.open(QIODevice::WriteOnly));
    earlier.close();
    const Result result = run(QStringList { QStringLiteral("sync"), QStringLiteral("--dry-run"), folder } + tenantOptions());
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("is not empty")), qPrintable(result.err));
    QCOMPARE(m_emulator.stats().value(QStringLiteral("requestsTotal")).toInt(), 0);
    // Only sync has it.
    const Result other = run(QStringList { QStringLiteral("send"), QStringLiteral("--dry-run"), folder } + tenantOptions());
    QCOMPARE(other.exitCode, 2);
    QVERIFY2(other.err.contains(QStringLiteral("--dry-run is an option of sync only")), qPrintable(other.err));
}

void TestFirstContact::deprovisionAsksFirstThenDisconnects()
{
    const Result synced = run(QStringList { QStringLiteral("sync") } + tenantOptions());
    QVERIFY2(synced.exitCode == 0, qPrintable(synced.err + synced.out));
    QVERIFY(m_emulator.stats().value(QStringLiteral("provisioned")).toBool());
    const QStringList options { QStringLiteral("--db"), dbPath(), QStringLiteral("--tenant-url"),
        m_emulator.baseUrl().toString() };

    // Without --yes: what Azure will do, and nothing done.
    const Result asked = run(QStringList { QStringLiteral("deprovision") } + options);
    QCOMPARE(asked.exitCode, 2);
    QVERIFY2(asked.err.contains(QStringLiteral("stops taking compliance data")), qPrintable(asked.err));
    QVERIFY2(asked.err.contains(QStringLiteral("Nothing was done")), qPrintable(asked.err));
    QCOMPARE(m_emulator.stats().value(QStringLiteral("deprovisions")).toInt(), 0);

    const Result done = run(QStringList { QStringLiteral("deprovision"), QStringLiteral("--yes") } + options);
    QVERIFY2(done.exitCode == 0, qPrintable(done.err + done.out));
    const QJsonObject stats = m_emulator.stats();
    QCOMPARE(stats.value(QStringLiteral("deprovisions")).toInt(), 1);
    QVERIFY(!stats.value(QStringLiteral("provisioned")).toBool());
    {
        SqliteStore store(dbPath());
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QCOMPARE(store.settings().setting(QStringLiteral("reportingEnabled")), QStringLiteral("0"));
        const QList<AuditEntry> audit = store.auditLog().auditEntries(QStringLiteral("azure-deprovision"), 10, &error);
        QCOMPARE(audit.size(), 2);
        QCOMPARE(audit.at(0).actor, EmulatorProcess::demoMdmUser());
        QCOMPARE(audit.at(0).detail, QStringLiteral("done"));
    }
    // Later syncs keep the inventory but provision and send nothing.
    m_emulator.adminPost(QStringLiteral("/admin/churn"), QJsonObject { { QStringLiteral("changes"), 20 } });
    const Result after = run(QStringList { QStringLiteral("sync") } + tenantOptions());
    QVERIFY2(after.exitCode == 0, qPrintable(after.err + after.out));
    QCOMPARE(m_emulator.stats().value(QStringLiteral("provisionRequests")).toInt(),
        stats.value(QStringLiteral("provisionRequests")).toInt());
    QCOMPARE(m_emulator.stats().value(QStringLiteral("messagesReceived")).toInt(),
        stats.value(QStringLiteral("messagesReceived")).toInt());
}

QTEST_GUILESS_MAIN(TestFirstContact)
#include "tst_firstcontact.moc"
