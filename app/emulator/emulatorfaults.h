#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// Injected faults and answer forms, as the command line and PUT /admin/faults set them.
// Rates are probabilities (0..1). The per-request rates share one draw per request, so a
// request gets at most one of them and a seed replays the same faults in order.
struct EmulatorFaults
{
    // The form of an accepted upload's answer (docs/PROTOCOL.md A7).
    enum class UploadAnswer : quint8
    {
        Empty, // 200, no body
        Field, // 200 {"TenantId","ErrorCode":"202","ErrorDetail":null,"MessageId"}
        Field0, // the same with "ErrorCode":0, Jamf's form
        Status // 202 {"Status":"InProgress"}
    };
    // lastCheckin and lastRegistrationTime in device records.
    enum class CheckinFormat : quint8
    {
        EpochMs,
        Iso
    };
    // violatedPolicies in device records.
    enum class ViolationsFormat : quint8
    {
        Objects, // [{"policyId","since"}], our extension
        Names // ["policy name", ...] or null, Ivanti's own form
    };

    double rate429 = 0;
    int retryAfterSeconds = 1;
    // When above 0, a 429 says Retry-After with this fraction of seconds (Graph sends such
    // values) and its window is that long; retryAfterSeconds is then unused.
    double retryAfterDecimal = 0;
    double rate500 = 0;
    double rate502 = 0;
    double rate503 = 0;
    double rate504 = 0;
    double rateReset = 0;
    double rateDelay = 0;
    int delayMs = 2000;
    // Handled, then answered only after timeoutMs: longer than the client waits, so it
    // gives up without knowing whether the server acted on it.
    double rateTimeout = 0;
    int timeoutMs = 60000;
    double rateMalformed = 0;
    double rateAsyncFailed = 0; // per upload message: stored, then Failed
    // The device list serves at most this many rows per page, whatever rows asks for (an
    // MDM that pages by its own size); 0: as many as asked.
    int pageRowsCap = 0;
    quint64 seed = 1;

    double rateBatchItem429 = 0; // per $batch item: an inner 429
    bool batch424 = false; // a $batch with a throttled item answers 424, else 200
    bool provisionInBandFailure = false; // PartnerTenants answers 200 "Provisioned":0 with ErrorDetail
    bool heartbeatInBandFailure = false; // the heartbeat answers 200 "HttpStatusCode":500 with ErrorDetail
    double rateUploadInBandRefusal = 0; // per upload: 200 "ErrorCode":400, the message not stored
    // A GET whose path starts with one of these answers 200 with a body that never ends.
    QStringList hugeBodyPaths;

    UploadAnswer uploadAnswer = UploadAnswer::Field;
    CheckinFormat checkinFormat = CheckinFormat::EpochMs;
    ViolationsFormat violationsFormat = ViolationsFormat::Objects;

    static constexpr int kMaxPageRows = 500;

    // Empty when valid, else a message naming the bad value.
    QString validate() const;
    QJsonObject toJson() const;
    // Applies the keys of a PUT /admin/faults body. False with *error naming the key.
    // *reseed: "seed" was given; *expireTokens: "expireTokensNow" was true.
    bool apply(const QJsonObject &body, bool *reseed, bool *expireTokens, QString *error);

    static QString word(UploadAnswer answer);
    static QString word(CheckinFormat format);
    static QString word(ViolationsFormat format);
    static bool fromWord(const QString &word, UploadAnswer *answer);
    static bool fromWord(const QString &word, CheckinFormat *format);
    static bool fromWord(const QString &word, ViolationsFormat *format);
};
