#include "models/devicetable.h"

void DeviceTable::reserve(int rows)
{
    m_id.reserve(rows);
    m_name.spans.reserve(rows);
    m_user.spans.reserve(rows);
    m_serial.spans.reserve(rows);
    m_name.data.reserve(qsizetype(rows) * 20);
    m_user.data.reserve(qsizetype(rows) * 28);
    m_serial.data.reserve(qsizetype(rows) * 12);
    m_model.reserve(rows);
    m_osVersion.reserve(rows);
    m_platform.reserve(rows);
    m_lastCheckin.reserve(rows);
    m_azureId.reserve(rows);
    m_clientCode.reserve(rows);
    m_clientRaw.reserve(rows);
    m_complianceStatus.reserve(rows);
    m_reportTime.reserve(rows);
    m_reportError.spans.reserve(rows);
    m_action.reserve(rows);
    m_entraUserState.reserve(rows);
}

int DeviceTable::append(const DeviceRecord &device, const DeviceEvaluation &evaluation)
{
    const int row = size();
    m_id.append(device.id);
    m_name.spans.append(Span());
    m_user.spans.append(Span());
    m_serial.spans.append(Span());
    m_model.append(0);
    m_osVersion.append(0);
    m_platform.append(0);
    m_lastCheckin.append(0);
    m_azureId.append(QUuid());
    m_clientCode.append(0);
    m_clientRaw.append(0);
    m_complianceStatus.append(0);
    m_reportTime.append(0);
    m_reportError.spans.append(Span());
    m_action.append(0);
    m_entraUserState.append(0);
    store(row, device, evaluation);
    if (!m_rowOfId.isEmpty())
        m_rowOfId.insert(device.id, row);
    return row;
}

int DeviceTable::appendRaw(const RawRow &raw)
{
    const int row = size();
    m_id.append(raw.id);
    appendBytes(m_name, raw.name);
    appendBytes(m_user, raw.user);
    appendBytes(m_serial, raw.serial);
    m_model.append(raw.model);
    m_osVersion.append(raw.osVersion);
    m_platform.append(quint8(raw.platform));
    m_lastCheckin.append(raw.lastCheckinMsecs);
    m_azureId.append(raw.azureId);
    m_clientCode.append(quint8(raw.clientCode));
    m_clientRaw.append(raw.clientRaw);
    m_complianceStatus.append(quint8(raw.complianceStatus));
    m_reportTime.append(raw.reportTimeMsecs);
    appendBytes(m_reportError, raw.reportError);
    m_action.append(quint8(raw.action));
    m_entraUserState.append(quint8(raw.entraUserState));
    if (!m_rowOfId.isEmpty())
        m_rowOfId.insert(raw.id, row);
    return row;
}

void DeviceTable::appendBytes(StringColumn &column, QByteArrayView value)
{
    column.spans.append(Span{quint32(column.data.size()), quint32(value.size())});
    column.data.append(value.data(), value.size());
}

void DeviceTable::replace(int row, const DeviceRecord &device, const DeviceEvaluation &evaluation)
{
    Q_ASSERT(row >= 0 && row < size());
    Q_ASSERT(m_id[row] == device.id);
    store(row, device, evaluation);
}

void DeviceTable::store(int row, const DeviceRecord &device, const DeviceEvaluation &evaluation)
{
    put(m_name, row, device.name);
    put(m_user, row, device.user);
    put(m_serial, row, device.serialNumber);
    m_model[row] = intern(device.model);
    m_osVersion[row] = intern(device.osVersion);
    m_platform[row] = quint8(device.platform);
    m_lastCheckin[row] = device.lastCheckin.isValid() ? device.lastCheckin.toMSecsSinceEpoch() : 0;
    m_azureId[row] = device.azureDeviceId.uuid();
    m_clientCode[row] = quint8(device.clientStatus.code());
    m_clientRaw[row] = device.clientStatus.isKnown() ? 0 : intern(device.clientStatus.wireName());
    m_complianceStatus[row] = quint8(device.complianceStatus);
    m_reportTime[row] = device.reportTime.isValid() ? device.reportTime.toMSecsSinceEpoch() : 0;
    put(m_reportError, row, device.reportError);
    m_action[row] = quint8(evaluation.action);
    m_entraUserState[row] = quint8(device.entraUserState);
}

int DeviceTable::rowOfId(qint64 id) const
{
    if (m_rowOfId.isEmpty() && !m_id.isEmpty()) {
        m_rowOfId.reserve(m_id.size());
        for (int row = 0; row < m_id.size(); ++row)
            m_rowOfId.insert(m_id[row], row);
    }
    return m_rowOfId.value(id, -1);
}

QDateTime DeviceTable::lastCheckin(int row) const
{
    const qint64 msecs = m_lastCheckin[row];
    return msecs ? QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC) : QDateTime();
}

AzureClientStatus DeviceTable::clientStatus(int row) const
{
    const auto code = AzureClientStatus::Code(m_clientCode[row]);
    if (code == AzureClientStatus::Code::Unknown)
        return AzureClientStatus::fromWire(m_pool[m_clientRaw[row]]);
    return AzureClientStatus(code);
}

QDateTime DeviceTable::reportTimeStamp(int row) const
{
    const qint64 msecs = m_reportTime[row];
    return msecs ? QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC) : QDateTime();
}

ReportTime DeviceTable::reportTime(int row, bool reportingEnabled) const
{
    return ReportTime::derive(reportingEnabled, reportTimeStamp(row), clientStatus(row), complianceStatus(row),
                              reportError(row), entraUserState(row));
}

qsizetype DeviceTable::memoryUsage() const
{
    const auto column = [](const StringColumn &c) {
        return c.data.capacity() + c.spans.capacity() * qsizetype(sizeof(Span));
    };
    qsizetype total = column(m_name) + column(m_user) + column(m_serial) + column(m_reportError);
    total += m_id.capacity() * 8 + m_lastCheckin.capacity() * 8 + m_reportTime.capacity() * 8;
    total += m_azureId.capacity() * qsizetype(sizeof(QUuid));
    total += (m_model.capacity() + m_osVersion.capacity() + m_clientRaw.capacity()) * 4;
    total += m_platform.capacity() + m_clientCode.capacity() + m_complianceStatus.capacity() + m_action.capacity()
        + m_entraUserState.capacity();
    return total;
}

void DeviceTable::put(StringColumn &column, int row, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    Span &span = column.spans[row];
    if (span.length >= quint32(utf8.size()) && span.length != 0) {
        // Fits where the old value was: overwrite in place.
        memcpy(column.data.data() + span.offset, utf8.constData(), size_t(utf8.size()));
        span.length = quint32(utf8.size());
        return;
    }
    span.offset = quint32(column.data.size());
    span.length = quint32(utf8.size());
    column.data.append(utf8);
}

QString DeviceTable::text(const StringColumn &column, int row)
{
    const Span span = column.spans[row];
    return QString::fromUtf8(column.data.constData() + span.offset, span.length);
}

QByteArrayView DeviceTable::bytes(const StringColumn &column, int row)
{
    const Span span = column.spans[row];
    return QByteArrayView(column.data.constData() + span.offset, span.length);
}

quint32 DeviceTable::intern(const QString &value)
{
    const auto it = m_poolIndex.constFind(value);
    if (it != m_poolIndex.constEnd())
        return *it;
    const auto index = quint32(m_pool.size());
    m_pool.append(value);
    m_poolIndex.insert(value, index);
    return index;
}
