#include "models/azureclientstatus.h"

#include <QHash>

namespace {
struct CodeName
{
    AzureClientStatus::Code code;
    const char *wire;
};

constexpr CodeName kNames[] = {
    {AzureClientStatus::Code::Success, "Success"},
    {AzureClientStatus::Code::InternalError, "Internal_Error"},
    {AzureClientStatus::Code::WorkplaceJoinRequired, "Workplace_Join_Required"},
    {AzureClientStatus::Code::InteractionRequired, "Interaction_Required"},
    {AzureClientStatus::Code::ServerDeclinedScopes, "Server_Declined_Scopes"},
    {AzureClientStatus::Code::ServerProtectionPoliciesRequired, "Server_Protection_Policies_Required"},
    {AzureClientStatus::Code::UserCanceled, "User_Canceled"},
    {AzureClientStatus::Code::AccountLoggedOut, "Account_logged_out"},
};
} // namespace

AzureClientStatus::AzureClientStatus(Code code)
    : m_code(code)
{
    Q_ASSERT(code != Code::Unknown);
}

AzureClientStatus AzureClientStatus::fromWire(const QString &text)
{
    const QString trimmed = text.trimmed();
    AzureClientStatus status;
    if (trimmed.isEmpty())
        return status;
    for (const CodeName &name : kNames) {
        if (trimmed == QLatin1String(name.wire)) {
            status.m_code = name.code;
            return status;
        }
    }
    // The seeds and some MDM builds spell it the British way.
    if (trimmed == QLatin1String("User_Cancelled")) {
        status.m_code = Code::UserCanceled;
        return status;
    }
    status.m_code = Code::Unknown;
    status.m_raw = trimmed;
    return status;
}

QString AzureClientStatus::wireName(Code code)
{
    for (const CodeName &name : kNames) {
        if (name.code == code)
            return QLatin1String(name.wire);
    }
    return {};
}

const QList<AzureClientStatus::Code> &AzureClientStatus::knownCodes()
{
    static const QList<Code> codes = [] {
        QList<Code> list;
        for (const CodeName &name : kNames)
            list.append(name.code);
        return list;
    }();
    return codes;
}

QString AzureClientStatus::wireName() const
{
    return m_code == Code::Unknown ? m_raw : wireName(m_code);
}

QString AzureClientStatus::description() const
{
    switch (m_code) {
    case Code::None:
        return tr("The device has not reported a client status yet.");
    case Code::Success:
        return tr("Able to retrieve device ID.");
    case Code::InternalError:
        return tr("An unrecoverable error occurred either within the client or on server side.");
    case Code::WorkplaceJoinRequired:
        return tr("Registration of device required. Device user can mitigate this status.");
    case Code::InteractionRequired:
        return tr("An interactive log-in is required. Device user can mitigate this status.");
    case Code::ServerDeclinedScopes:
        return tr("Some scopes were not granted access to.");
    case Code::ServerProtectionPoliciesRequired:
        return tr("The requested resource is protected by an Intune Conditional Access policy.");
    case Code::UserCanceled:
        return tr("The device user cancelled the web Auth session by tapping the \"Done\" or \"Cancel\" "
                  "button in the web browser.");
    case Code::AccountLoggedOut:
        return tr("Account logged out.");
    case Code::Unknown:
        return tr("Unknown status code \"%1\": not one of the codes documented for Azure reporting. "
                  "It is shown as received.")
            .arg(m_raw);
    }
    return {};
}

QString AzureClientStatus::remedy() const
{
    switch (m_code) {
    case Code::None:
    case Code::Success:
        return {};
    case Code::InternalError:
        return tr("Not fixable by the device user. Check the MDM client and Azure service health, then "
                  "report again.");
    case Code::WorkplaceJoinRequired:
        return tr("Ask the device user to register the device in Microsoft Authenticator (workplace join).");
    case Code::InteractionRequired:
        return tr("Ask the device user to open Microsoft Authenticator and sign in interactively.");
    case Code::ServerDeclinedScopes:
        return tr("An administrator may need to grant consent for the requested scopes in Entra.");
    case Code::ServerProtectionPoliciesRequired:
        return tr("The app needs Intune app protection: assign an app protection policy to the user.");
    case Code::UserCanceled:
        return tr("The device user cancelled sign-in: ask them to retry and complete it.");
    case Code::AccountLoggedOut:
        return tr("The account is signed out: ask the device user to sign in again.");
    case Code::Unknown:
        return tr("Check the MDM client version; this code is not documented.");
    }
    return {};
}
