// A settings file of File → Settings → Import (issue 5's SettingsImport::parse).
#include "app/settings/settingsimport.h"
#include "tests/fuzz/fuzzcheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray file = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const SettingsImport::Result result = SettingsImport::parse(file);
    ASC_FUZZ_CHECK(result.settings.has_value() == result.error.isEmpty());
    if (result.settings) {
        // What was accepted serializes and reads back the same.
        const SettingsImport::Result again = SettingsImport::parse(SettingsImport::serialize(*result.settings));
        ASC_FUZZ_CHECK(again.settings.has_value());
    }
    return 0;
}
