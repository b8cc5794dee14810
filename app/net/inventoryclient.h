#pragma once

#include "app/net/netsettings.h"
#include "models/compliancepolicy.h"
#include "models/device.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class HttpTransport;
class QJsonValue;
struct HttpRequest;
struct HttpResult;

// The MDM inventory (Ivanti Neurons for MDM REST API v1, HTTP Basic auth): partitions,
// the device list page by page, one device, force check-in, compliance policies. Pages and
// device records are read by DevicePageParser on a worker thread; policy records here.
// Records are parsed strictly; a bad record is skipped with an error naming the device
// and the field, the others are imported.
class InventoryClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryClient)

public:
    struct Partition
    {
        qint64 id = 0;
        QString name;
        bool isDefault = false;
    };
    using PartitionsCallback = std::function<void(const QList<Partition> &partitions, const QString &error)>;
    using DeviceCallback
        = std::function<void(const std::optional<DeviceRecord> &device, const QString &error)>;
    using CheckinCallback = std::function<void(int count, const QString &error)>;
    using PoliciesCallback
        = std::function<void(const QList<CompliancePolicy> &policies, const QString &error)>;
    // One page of devices as it arrives, with how many of `total` have been read so far
    // (skipped records included). Return false to stop the pull.
    // The page is handed over (moved): a consumer that keeps and changes it copies nothing.
    using PageCallback = std::function<bool(QList<DeviceRecord> page, qint64 done, qint64 total)>;
    // Once per pull. error is empty only when every page arrived; recordErrors names each
    // skipped record (at most kMaxRecordErrors of them, then one line with the rest).
    using PullFinishedCallback = std::function<void(const QString &error, const QStringList &recordErrors)>;

    static constexpr qsizetype kMaxRecordErrors = 10000;

    explicit InventoryClient(
        HttpTransport *transport, const NetSettings &settings, QObject *parent = nullptr);

    // Forgets the default partition found earlier; running pulls finish with an error.
    void setSettings(const NetSettings &settings);
    const NetSettings &settings() const { return m_settings; }

    void fetchPartitions(const QObject *context, PartitionsCallback callback);

    // Pulls every device matching fq (an MDM query such as "registrationState=ACTIVE";
    // empty: all) page by page. Once the first page tells the total, the next two are
    // asked for ahead (the server prepares one while the console reads another); pages are
    // delivered in order all the same, and a server that sends another number of rows
    // than asked is followed at its own page size. Memory stays at a few pages, so a million devices
    // stream. Pulls are independent: several may run at once. Nothing more is called once
    // `context` is destroyed.
    // ready (optional): asked before each page after the first; while it answers false
    // the pull asks for nothing more (pages already asked for still arrive) until
    // resumePulls() (back-pressure for a consumer that stores pages on another thread).
    void fetchAllDevices(const QObject *context, PageCallback onPage, PullFinishedCallback onFinished,
        const QString &fq = {}, std::function<bool()> ready = {});
    // Requests the next page of every pull waiting for its ready() to hold again.
    void resumePulls();
    // std::nullopt with an error naming the device when the MDM does not have it or its
    // record is bad.
    void fetchDevice(qint64 id, const QObject *context, DeviceCallback callback);
    void forceCheckin(const QList<qint64> &ids, const QObject *context, CheckinCallback callback);
    // Bad policy records are skipped and announced by recordRejected; error is empty when
    // the list itself was read.
    void fetchPolicies(const QObject *context, PoliciesCallback callback);

    static std::optional<CompliancePolicy> parsePolicy(const QJsonValue &json, QString *error);

signals:
    // Every pull's progress, for whoever shows it.
    void pullProgress(qint64 done, qint64 total);
    // A skipped device or policy record, with the error naming it and the field.
    void recordRejected(const QString &error);

private:
    struct Pull;
    struct Fetch;
    using PartitionIdCallback = std::function<void(qint64 partitionId, const QString &error)>;
    void resolvePartition(const QObject *context, PartitionIdCallback callback);
    // False (and the pull finished when the settings changed under it) when a page arriving
    // for it is no longer wanted.
    bool stillWanted(const std::shared_ptr<Pull> &pull);
    // Asks for the next pages of the pull, as many as may be in flight and ready() allows.
    void requestPages(const std::shared_ptr<Pull> &pull);
    void onPage(const std::shared_ptr<Pull> &pull, const std::shared_ptr<Fetch> &fetch, const HttpResult &result);
    // Takes the pages that arrived, in the order they were asked for, and asks for more.
    void deliverPages(const std::shared_ptr<Pull> &pull);
    void takePage(const std::shared_ptr<Pull> &pull, Fetch &fetch);
    void dropFetches(const std::shared_ptr<Pull> &pull);
    void finishPull(const std::shared_ptr<Pull> &pull, const QString &error);
    HttpRequest newRequest(
        const QString &path, const QList<QPair<QString, QString>> &query, const QString &what) const;

    HttpTransport *m_transport;
    NetSettings m_settings;
    qint64 m_defaultPartitionId = 0; // found through the partitions endpoint
    quint64 m_generation = 0; // bumped by setSettings: running pulls stop
    QList<std::shared_ptr<Pull>> m_waiting; // pulls whose ready() said no; resumePulls() goes on
};
