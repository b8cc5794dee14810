#include "app/emulator/mdmdevicejson.h"

#include "app/emulator/fleetstate.h"
#include "app/emulator/jsontext.h"

namespace {

template <size_t N>
void appendTime(std::string &out, const char (&name)[N], qint64 ms, EmulatorFaults::CheckinFormat format)
{
    if (format == EmulatorFaults::CheckinFormat::EpochMs) {
        JsonText::appendField(out, name, ms);
        return;
    }
    JsonText::appendField(out, name, QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs));
}

QLatin1String platformWord(Platform platform)
{
    switch (platform) {
    case Platform::iOS:
        return QLatin1String("IOS");
    case Platform::Android:
        return QLatin1String("ANDROID");
    case Platform::macOS:
        return QLatin1String("OSX");
    case Platform::Windows:
        return QLatin1String("WINDOWS");
    case Platform::Unknown:
        break;
    }
    return QLatin1String("");
}

} // namespace

bool MdmDeviceJson::usesAadDeviceId(qint64 id)
{
    return qHash(id, size_t(0x5eed)) % 50 == 0;
}

void MdmDeviceJson::append(std::string &out, const FleetDevice &device, const Form &form)
{
    const DeviceRecord &record = device.record;
    out.push_back('{');
    JsonText::appendField(out, "id", record.id);
    JsonText::appendGuidField(out, "guid", record.guid);
    JsonText::appendField(out, "deviceName", record.name);
    JsonText::appendField(out, "deviceModel", record.model);
    JsonText::appendField(out, "manufacturer", record.manufacturer);
    JsonText::appendField(out, "platformType", platformWord(record.platform));
    JsonText::appendField(out, "platformVersion", record.osVersion);
    JsonText::appendField(out, "serialNumber", record.serialNumber);
    if (record.imei.isEmpty())
        JsonText::appendNullField(out, "imei");
    else
        JsonText::appendField(out, "imei", record.imei);
    if (record.lastCheckin.isValid())
        appendTime(out, "lastCheckin", record.lastCheckin.toMSecsSinceEpoch(), form.checkin);
    else
        JsonText::appendNullField(out, "lastCheckin");
    appendTime(out, "lastRegistrationTime", device.registeredMs, form.checkin);
    JsonText::appendField(out, "registrationState", record.registrationState);
    JsonText::appendField(out, "complianceState", record.violations.isEmpty());
    JsonText::appendField(out, "quarantined", device.quarantined);
    JsonText::appendField(out, "jailbroken", record.jailbroken);
    JsonText::appendKey(out, "violatedPolicies");
    if (form.violations == EmulatorFaults::ViolationsFormat::Objects) {
        out.push_back('[');
        for (qsizetype i = 0; i < record.violations.size(); ++i) {
            const Violation &violation = record.violations.at(i);
            out.append(i ? ",{" : "{");
            JsonText::appendField(out, "policyId", violation.policyId);
            JsonText::appendKey(out, "since");
            JsonText::appendNumber(out, violation.since.toMSecsSinceEpoch());
            out.push_back('}');
        }
        out.append("],", 2);
    } else if (record.violations.isEmpty()) {
        out.append("null,", 5);
    } else {
        out.push_back('[');
        for (qsizetype i = 0; i < record.violations.size(); ++i) {
            if (i)
                out.push_back(',');
            const qint64 policyId = record.violations.at(i).policyId;
            const auto policy = form.policies ? form.policies->constFind(policyId)
                                              : QHash<qint64, EmulatorPolicy>::const_iterator();
            if (form.policies && policy != form.policies->cend())
                JsonText::appendString(out, policy->name);
            else
                JsonText::appendString(out, QStringLiteral("policy %1").arg(policyId));
        }
        out.append("],", 2);
    }
    JsonText::appendField(out, "emailAddress", record.user);
    JsonText::appendField(out, "uid", record.user);
    if (record.userPrincipalName.isEmpty())
        JsonText::appendNullField(out, "azureUserUpn");
    else
        JsonText::appendField(out, "azureUserUpn", record.userPrincipalName);
    if (!record.entraUserId.isNull())
        JsonText::appendGuidField(out, "azureUserId", record.entraUserId);
    JsonText::appendKey(out, "easDeviceIdentifiers");
    out.push_back('[');
    for (qsizetype i = 0; i < record.easIds.size(); ++i) {
        if (i)
            out.push_back(',');
        JsonText::appendString(out, record.easIds.at(i));
    }
    out.append("],", 2);
    const QUuid azureId = record.azureDeviceId.uuid();
    if (azureId.isNull())
        JsonText::appendNullField(out, "azureDeviceId");
    else if (usesAadDeviceId(record.id))
        JsonText::appendGuidField(out, "aadDeviceId", azureId);
    else
        JsonText::appendGuidField(out, "azureDeviceId", azureId);
    if (device.clientCode.isEmpty())
        JsonText::appendNullField(out, "azureClientStatusCode");
    else
        JsonText::appendField(out, "azureClientStatusCode", device.clientCode);
    JsonText::appendKey(out, "dmPartitionId");
    JsonText::appendNumber(out, form.partitionId);
    out.push_back('}');
}
