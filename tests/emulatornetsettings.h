#pragma once

#include "app/net/netsettings.h"
#include "tests/emulatorprocess.h"

// The console's endpoint settings for an emulator started with
// EmulatorProcess::demoArguments(): every endpoint on it, with the demo identity.
inline NetSettings demoNetSettings(const EmulatorProcess &emulator)
{
    NetSettings settings = NetSettings::forSingleHost(emulator.baseUrl());
    settings.mdmUser = EmulatorProcess::demoMdmUser();
    settings.mdmPassword = EmulatorProcess::demoMdmPassword();
    settings.tenantId = EmulatorProcess::demoTenantId();
    settings.clientId = EmulatorProcess::demoClientId();
    settings.clientSecret = EmulatorProcess::demoClientSecret();
    return settings;
}
