// A settings file of File → Settings → Import (SettingsImport::parse).
#include "app/settings/settingsimport.h"
#include "tests/fuzz/fuzzcheck.h"

#include <cstdio>

namespace {
// Names the first field in which two settings differ; nullptr when none does. Written out
// field by field (not operator==) so that a failure says which one.
const char *firstDifference(const ConsoleSettings &a, const ConsoleSettings &b)
{
    if (a.mdmUrl != b.mdmUrl)
        return "mdmUrl";
    if (a.mdmUser != b.mdmUser)
        return "mdmUser";
    if (a.deviceSpace != b.deviceSpace)
        return "deviceSpace";
    if (a.tenantId != b.tenantId)
        return "tenantId";
    if (a.clientId != b.clientId)
        return "clientId";
    if (a.loginUrl != b.loginUrl)
        return "loginUrl";
    if (a.graphUrl != b.graphUrl)
        return "graphUrl";
    if (a.tenantSyncUrl != b.tenantSyncUrl)
        return "tenantSyncUrl";
    if (a.deviceSyncUrl != b.deviceSyncUrl)
        return "deviceSyncUrl";
    if (a.discoveredTenantSyncUrl != b.discoveredTenantSyncUrl)
        return "discoveredTenantSyncUrl";
    if (a.discoveredDeviceSyncUrl != b.discoveredDeviceSyncUrl)
        return "discoveredDeviceSyncUrl";
    if (a.partnerEnrollmentUrl != b.partnerEnrollmentUrl)
        return "partnerEnrollmentUrl";
    if (a.partnerRemediationUrl != b.partnerRemediationUrl)
        return "partnerRemediationUrl";
    if (a.batchSize != b.batchSize)
        return "batchSize";
    if (a.weekly.day != b.weekly.day)
        return "weekly.day";
    if (a.weekly.time != b.weekly.time)
        return "weekly.time";
    if (a.caFile != b.caFile)
        return "caFile";
    if (a.store != b.store)
        return "store";
    if (a.language != b.language)
        return "language";
    // A field added to ConsoleSettings but not above still counts, through operator==.
    if (a != b)
        return "a field this target does not list yet";
    return nullptr;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray file = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const SettingsImport::Result result = SettingsImport::parse(file);
    ASC_FUZZ_CHECK(result.settings.has_value() == result.error.isEmpty());
    if (result.settings) {
        // What was accepted serializes and reads back the same, field by field.
        const QByteArray written = SettingsImport::serialize(*result.settings);
        const SettingsImport::Result again = SettingsImport::parse(written);
        if (!again.settings)
            std::fprintf(stderr, "the export of accepted settings is refused: %s\n", qPrintable(again.error));
        ASC_FUZZ_CHECK(again.settings.has_value());
        const char *differs = firstDifference(*result.settings, *again.settings);
        if (differs)
            std::fprintf(stderr, "%s differs after export and import:\n%s\n", differs, written.constData());
        ASC_FUZZ_CHECK(differs == nullptr);
        // And the export of what was read back is the same file.
        ASC_FUZZ_CHECK(SettingsImport::serialize(*again.settings) == written);
    }
    return 0;
}
