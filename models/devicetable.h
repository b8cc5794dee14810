#pragma once

#include "models/device.h"
#include "models/reporttime.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>
#include <QVector>

// The device list's data, column by column, sized for a million devices: strings are
// UTF-8 in one buffer per column, repeated values (model, OS version, unknown codes) are
// interned, times are epoch milliseconds. A DeviceRecord is the row as a value.
class DeviceTable final
{
public:
    DeviceTable() = default;

    void reserve(int rows);
    int size() const { return int(m_id.size()); }
    bool isEmpty() const { return m_id.isEmpty(); }

    // A device as the store's loader reads it: texts as UTF-8 (valid), repeated values
    // already interned with intern(), times as epoch milliseconds (0: none).
    struct RawRow
    {
        qint64 id = 0;
        QByteArrayView name;
        QByteArrayView user;
        QByteArrayView serial;
        QByteArrayView reportError;
        quint32 model = 0;
        quint32 osVersion = 0;
        quint32 clientRaw = 0; // interned raw text of an Unknown code, else 0
        Platform platform = Platform::Unknown;
        qint64 lastCheckinMsecs = 0;
        QUuid azureId;
        AzureClientStatus::Code clientCode = AzureClientStatus::Code::None;
        AzureComplianceStatus::Value complianceStatus = AzureComplianceStatus::Value(0);
        qint64 reportTimeMsecs = 0;
        ComplianceAction action = ComplianceAction(0);
        EntraUserState entraUserState = EntraUserState::Known;
    };
    // Appends such a row without building a DeviceRecord; the same as append() of the
    // record it describes. Returns its row.
    int appendRaw(const RawRow &row);
    // The index of a value in pool(), added when new.
    quint32 intern(const QString &value);

    // Appends a device and the evaluation of its policies; returns its row.
    int append(const DeviceRecord &device, const DeviceEvaluation &evaluation);
    // Replaces the list's copy of a device already in the table (same id).
    void replace(int row, const DeviceRecord &device, const DeviceEvaluation &evaluation);
    int rowOfId(qint64 id) const; // -1 when absent

    qint64 id(int row) const { return m_id[row]; }
    QString name(int row) const { return text(m_name, row); }
    QString user(int row) const { return text(m_user, row); }
    QString serialNumber(int row) const { return text(m_serial, row); }
    QString model(int row) const { return m_pool[m_model[row]]; }
    QString osVersion(int row) const { return m_pool[m_osVersion[row]]; }
    // Interned values: the index into pool(), for sorting by distinct value.
    quint32 modelIndex(int row) const { return m_model[row]; }
    quint32 osVersionIndex(int row) const { return m_osVersion[row]; }
    quint32 clientStatusRawIndex(int row) const { return m_clientRaw[row]; } // for Unknown codes
    const QStringList &pool() const { return m_pool; }
    Platform platform(int row) const { return Platform(m_platform[row]); }
    QDateTime lastCheckin(int row) const;
    qint64 lastCheckinMsecs(int row) const { return m_lastCheckin[row]; }
    AzureDeviceId azureDeviceId(int row) const { return AzureDeviceId::fromUuid(m_azureId[row]); }
    AzureClientStatus clientStatus(int row) const;
    AzureClientStatus::Code clientStatusCode(int row) const { return AzureClientStatus::Code(m_clientCode[row]); }
    AzureComplianceStatus::Value complianceStatus(int row) const
    {
        return AzureComplianceStatus::Value(m_complianceStatus[row]);
    }
    QDateTime reportTimeStamp(int row) const;
    qint64 reportTimeMsecs(int row) const { return m_reportTime[row]; }
    QString reportError(int row) const { return text(m_reportError, row); }
    ComplianceAction effectiveAction(int row) const { return ComplianceAction(m_action[row]); }
    EntraUserState entraUserState(int row) const { return EntraUserState(m_entraUserState[row]); }
    AzureOutcome outcome(int row) const { return ComplianceActions::outcomeOf(effectiveAction(row)); }

    // Report Time with the reason it is blank, given whether reporting is enabled.
    ReportTime reportTime(int row, bool reportingEnabled) const;

    // The raw UTF-8 of the searchable text columns, for the filter layer.
    QByteArrayView nameUtf8(int row) const { return bytes(m_name, row); }
    QByteArrayView userUtf8(int row) const { return bytes(m_user, row); }
    QByteArrayView serialUtf8(int row) const { return bytes(m_serial, row); }

    // Approximate heap bytes held, for the benchmarks.
    qsizetype memoryUsage() const;

private:
    struct Span
    {
        quint32 offset = 0;
        quint32 length = 0;
    };
    struct StringColumn
    {
        QByteArray data;
        QVector<Span> spans;
    };

    static void put(StringColumn &column, int row, const QString &value);
    static QString text(const StringColumn &column, int row);
    static QByteArrayView bytes(const StringColumn &column, int row);
    static void appendBytes(StringColumn &column, QByteArrayView value);
    void store(int row, const DeviceRecord &device, const DeviceEvaluation &evaluation);

    QVector<qint64> m_id;
    StringColumn m_name;
    StringColumn m_user;
    StringColumn m_serial;
    QVector<quint32> m_model;
    QVector<quint32> m_osVersion;
    QVector<quint8> m_platform;
    QVector<qint64> m_lastCheckin;
    QVector<QUuid> m_azureId;
    QVector<quint8> m_clientCode;
    QVector<quint32> m_clientRaw; // interned raw text of an Unknown code
    QVector<quint8> m_complianceStatus;
    QVector<qint64> m_reportTime; // 0 when never confirmed
    StringColumn m_reportError;
    QVector<quint8> m_action;
    QVector<quint8> m_entraUserState;

    QStringList m_pool{QString()}; // index 0 is the empty string
    QHash<QString, quint32> m_poolIndex{{QString(), 0}};
    mutable QHash<qint64, int> m_rowOfId;
};
