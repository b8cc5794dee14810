#include "app/headless/dryrunwriter.h"

#include "app/net/endpointdiscovery.h"
#include "app/net/httptransport.h"
#include "app/net/partnercomplianceclient.h"
#include "models/azurepayload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUuid>

DryRunWriter::DryRunWriter(const QString &folder)
    : m_folder(folder)
{
}

bool DryRunWriter::open(QString *error)
{
    const QString path = QDir::toNativeSeparators(m_folder.absolutePath());
    if (m_folder.exists() && !m_folder.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot)) {
        *error = tr("--dry-run: the folder %1 is not empty; give a new or empty folder.").arg(path);
        return false;
    }
    if (!QDir().mkpath(m_folder.absolutePath())) {
        *error = tr("--dry-run: the folder %1 could not be created.").arg(path);
        return false;
    }
    return true;
}

namespace {
bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = DryRunWriter::tr("--dry-run: %1 could not be written: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}
} // namespace

bool DryRunWriter::writeRequest(const HttpRequest &request, const QString &scopeName, QString *error)
{
    ++m_sequence;
    QByteArray text = request.method + ' ' + request.url.toEncoded() + " HTTP/1.1\n";
    // The token is never written: it is asked for only when a request is really sent.
    text += "Authorization: Bearer [" + scopeName.toUtf8() + " token, masked]\n";
    for (const auto &header : request.headers)
        text += header.first + ": " + header.second + '\n';
    text += '\n' + request.body + '\n';
    QString name = request.url.path().section(QLatin1Char('/'), -1);
    name = name.left(name.indexOf(QLatin1Char('('))).trimmed();
    const QString file = QStringLiteral("%1-%2-%3.http")
                             .arg(m_sequence, 4, 10, QLatin1Char('0'))
                             .arg(QString::fromLatin1(request.method), name.isEmpty() ? QStringLiteral("request") : name);
    return writeFile(m_folder.filePath(file), text, error);
}

bool DryRunWriter::writeMessage(const ReportingSettings &settings, const PartnerEndpoints &endpoints,
    const QString &trigger, const QList<OutboxDevice> &reports, const QDateTime &at, QString *error)
{
    QJsonArray content;
    for (const OutboxDevice &report : reports) {
        for (const QJsonValue &entity : report.entities)
            content.append(entity);
    }
    const QUuid id = QUuid::createUuid();
    const QByteArray body = AzurePayload::uploadBody(settings.tenantId.toString(QUuid::WithoutBraces), at, content);
    if (!writeRequest(PartnerComplianceClient::uploadRequest(endpoints, id, body), QStringLiteral("Intune"), error))
        return false;
    ++m_messages;
    m_devices += int(reports.size());
    const QString readable = QStringLiteral("%1-DataUploadMessages-%2-content.json")
                                 .arg(m_sequence, 4, 10, QLatin1Char('0'))
                                 .arg(trigger);
    return writeFile(m_folder.filePath(readable), QJsonDocument(content).toJson(QJsonDocument::Indented), error);
}

bool DryRunWriter::addReports(const ReportingSettings &settings, const PartnerEndpoints &endpoints,
    ReportTrigger trigger, const QList<OutboxDevice> &reports, const QDateTime &at, QString *error)
{
    QList<OutboxDevice> &waiting = m_waiting[trigger];
    waiting.append(reports);
    const int batch = std::max(1, settings.batchSize);
    while (waiting.size() >= batch) {
        if (!writeMessage(settings, endpoints, ReportPlanner::triggerStorageName(trigger), waiting.mid(0, batch), at,
                error))
            return false;
        waiting.remove(0, batch);
    }
    return true;
}

bool DryRunWriter::flush(
    const ReportingSettings &settings, const PartnerEndpoints &endpoints, const QDateTime &at, QString *error)
{
    for (auto it = m_waiting.begin(); it != m_waiting.end(); ++it) {
        if (!it.value().isEmpty()
            && !writeMessage(settings, endpoints, ReportPlanner::triggerStorageName(it.key()), it.value(), at, error))
            return false;
        it.value().clear();
    }
    return true;
}

bool DryRunWriter::writeSummary(const QString &text, QString *error)
{
    return writeFile(m_folder.filePath(QStringLiteral("summary.txt")), text.toUtf8(), error);
}
