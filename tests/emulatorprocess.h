#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <utility>

// The azure-status-emulator program as the tests start it: one way for every test. It
// starts the program, reads the base URL from the first line it prints, sends admin
// requests that check what they get, and stops the program in its destructor.
// It uses no product code, so the emulator's own tests may use it too.
class EmulatorProcess final
{
    Q_DISABLE_COPY_MOVE(EmulatorProcess)

public:
    struct Reply
    {
        int status = 0; // 0: no HTTP answer (see error)
        QString error; // the network error, empty when none
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;

        QJsonObject json() const;
        QByteArray header(const QByteArray &name) const;
    };

    // The demo tenant's identity (DemoTenant, README command (a)): tests that drive the
    // console's clients against the emulator use these.
    static QString demoTenantId() { return QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301"); }
    static QString demoClientId() { return QStringLiteral("5b0e7f3a-8c1d-4e2f-9a6b-3c4d5e6f7a8b"); }
    static QString demoClientSecret() { return QStringLiteral("demo-secret"); }
    static QString demoMdmUser() { return QStringLiteral("admin"); }
    static QString demoMdmPassword() { return QStringLiteral("demo"); }
    // --devices, --seed and the demo identity.
    static QStringList demoArguments(int devices, quint64 seed);

    EmulatorProcess(); // the program the build made (ASC_EMULATOR_PATH)
    explicit EmulatorProcess(const QString &program);
    ~EmulatorProcess();

    // Starts the program with --port 0 and these arguments and waits for its base URL.
    // False with *error saying why (the program's stderr included).
    bool start(const QStringList &arguments, QString *error, int timeoutMs = 120000);
    void stop();
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    qint64 processId() const { return m_process.processId(); }
    // For a test that ends the program itself (a signal): waits for it to exit.
    bool waitForFinished(int timeoutMs) { return m_process.waitForFinished(timeoutMs); }
    QProcess::ExitStatus exitStatus() const { return m_process.exitStatus(); }
    int exitCode() const { return m_process.exitCode(); }
    QUrl baseUrl() const { return m_baseUrl; }
    // The base URL with this path and query: "/admin/stats", "/api/v1/device?rows=5".
    QUrl url(const QString &pathAndQuery) const;
    QByteArray readStandardError() { return m_process.readAllStandardError(); }

    // One request, no checks: for requests whose answer is what a test examines.
    Reply send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
        const QList<std::pair<QByteArray, QByteArray>> &headers = {}, int timeoutMs = 60000);

    // Admin requests. Each fails the running test (and returns an empty object) unless the
    // answer has the expected status and a JSON object with every named field.
    QJsonObject adminGet(const QString &pathAndQuery, const QStringList &fields = {}, int status = 200);
    QJsonObject adminPut(const QString &pathAndQuery, const QJsonObject &body, const QStringList &fields = {},
        int status = 200);
    QJsonObject adminPost(const QString &pathAndQuery, const QJsonObject &body,
        const QStringList &fields = {}, int status = 200);
    // GET /admin/stats, checked for the keys the suites read.
    QJsonObject stats();
    // PUT /admin/faults; the faults in effect after it.
    QJsonObject setFaults(const QJsonObject &faults);
    // POST /admin/reset-stats.
    void resetStats();
    // POST /admin/clock (the program runs with --manual-clock); the new time in ms.
    qint64 advanceClock(qint64 ms);

private:
    QJsonObject admin(const QByteArray &method, const QString &pathAndQuery, const QJsonObject *body,
        const QStringList &fields, int status);

    QProcess m_process;
    QUrl m_baseUrl;
    QNetworkAccessManager m_network;
};
