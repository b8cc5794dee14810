#pragma once

#include "app/reporting/reportingsettings.h"
#include "app/reporting/reportplanner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QList>
#include <QString>

struct HttpRequest;
struct PartnerEndpoints;

// Writes the requests a sync would send to Azure into a folder, one file each, without
// sending them: the first contact with a real tenant can be read before it happens.
// Each file holds the request line, the headers (the bearer token masked) and the exact
// body; beside each upload a .json file shows its entities indented, for reading.
class DryRunWriter final
{
    Q_DECLARE_TR_FUNCTIONS(DryRunWriter)

public:
    explicit DryRunWriter(const QString &folder);

    // Creates the folder; refuses one that already holds files, so runs never mix.
    bool open(QString *error);
    QString folder() const { return m_folder.absolutePath(); }

    // Writes one request; the token of `scope` is shown as masked.
    bool writeRequest(const HttpRequest &request, const QString &scopeName, QString *error);
    // Collects planned reports into messages of batchSize devices, as the outbox would,
    // and writes each message as soon as it is full; flush() writes the rest.
    bool addReports(const ReportingSettings &settings, const PartnerEndpoints &endpoints, ReportTrigger trigger,
        const QList<OutboxDevice> &reports, const QDateTime &at, QString *error);
    bool flush(const ReportingSettings &settings, const PartnerEndpoints &endpoints, const QDateTime &at, QString *error);
    // summary.txt: what was written and what the run saw.
    bool writeSummary(const QString &text, QString *error);

    int requestsWritten() const { return m_sequence; }
    int messagesWritten() const { return m_messages; }
    int devicesPlanned() const { return m_devices; }

private:
    bool writeMessage(const ReportingSettings &settings, const PartnerEndpoints &endpoints, const QString &trigger,
        const QList<OutboxDevice> &reports, const QDateTime &at, QString *error);

    QDir m_folder;
    int m_sequence = 0;
    int m_messages = 0;
    int m_devices = 0;
    QHash<ReportTrigger, QList<OutboxDevice>> m_waiting;
};
