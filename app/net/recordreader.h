#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

class QJsonValue;

// Reads the fields of one MDM record (a device, a compliance policy), stopping at the
// first problem; the message names the record and the field. Its texts keep the
// InventoryClient translation context, where their translations are.
class RecordReader final
{
    Q_DECLARE_TR_FUNCTIONS(InventoryClient)

public:
    static constexpr qsizetype kMaxFieldBytes
        = qsizetype(64) * 1024; // a longer text field rejects the record
    // 9999-12-31: a later time (check-in, violation) is a broken value, not a date.
    static constexpr qint64 kMaxEpochMs = 253402300799999;

    RecordReader(const QJsonObject &object, QString label);

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    void fail(const QString &field, const QString &problem);

    // null and a missing field read as empty.
    QString text(const QString &key);
    bool boolean(const QString &key, bool fallback = false);
    QDateTime epochMs(const QJsonValue &value, const QString &key);
    // Ivanti's times are epoch milliseconds; ISO 8601 text is read too, as some records
    // (and tools that convert them) carry it.
    QDateTime time(const QString &key);
    QUuid guid(const QString &key);

    const QJsonObject &object() const { return m_object; }

private:
    const QJsonObject &m_object;
    QString m_label;
    QString m_error;
};
