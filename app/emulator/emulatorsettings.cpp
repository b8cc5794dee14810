#include "app/emulator/emulatorsettings.h"

QUuid EmulatorSettings::defaultTenantId()
{
    return QUuid(QStringLiteral("6f1d2c3b-4a5e-4f60-8b7c-9d0e1f2a3b4c"));
}

QString EmulatorSettings::defaultClientId()
{
    return QStringLiteral("2b3c4d5e-6f70-4a81-92b3-c4d5e6f7a8b9");
}
