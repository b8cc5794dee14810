#pragma once

#include <QCoreApplication>
#include <QString>

// The MSAL result the device reports as "Azure Client Status Code" (Device Details).
// Codes are protocol values: wireName() is never translated, only the texts are.
class AzureClientStatus final
{
    Q_DECLARE_TR_FUNCTIONS(AzureClientStatus)

public:
    enum class Code : quint8 {
        None, // nothing reported by the device yet
        Success,
        InternalError,
        WorkplaceJoinRequired,
        InteractionRequired,
        ServerDeclinedScopes,
        ServerProtectionPoliciesRequired,
        UserCanceled,
        AccountLoggedOut,
        Unknown // a code we do not know: kept raw, flagged, never dropped
    };

    AzureClientStatus() = default;
    explicit AzureClientStatus(Code code);

    // Parses a wire value. "User_Cancelled" is accepted as User_Canceled; anything
    // unrecognised becomes Unknown with the raw text kept.
    static AzureClientStatus fromWire(const QString &text);
    static QString wireName(Code code);
    static const QList<Code> &knownCodes();

    Code code() const { return m_code; }
    bool isKnown() const { return m_code != Code::Unknown; }
    bool isNone() const { return m_code == Code::None; }
    bool isUserFixable() const { return isUserFixable(m_code); }
    static bool isUserFixable(Code code)
    {
        return code == Code::WorkplaceJoinRequired || code == Code::InteractionRequired;
    }
    // The Azure device id can only be retrieved when the client status is Success.
    bool allowsDeviceId() const { return m_code == Code::Success; }

    QString wireName() const; // the raw code for Unknown; empty for None
    QString description() const;
    // What the device user (or the admin) should do; empty for Success and None.
    QString remedy() const;

    friend bool operator==(const AzureClientStatus &a, const AzureClientStatus &b)
    {
        return a.m_code == b.m_code && a.m_raw == b.m_raw;
    }
    friend bool operator!=(const AzureClientStatus &a, const AzureClientStatus &b) { return !(a == b); }

private:
    Code m_code = Code::None;
    QString m_raw;
};
