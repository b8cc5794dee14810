#pragma once

#include "app/emulator/emulatorfaults.h"
#include "app/emulator/emulatorpolicy.h"

#include <QHash>

#include <string>

struct FleetDevice;

// One device record as the MDM's device list and device answers carry it (docs/PROTOCOL.md,
// "What the console accepts from the MDM"), written by hand into a std::string: the list
// is the emulator's one hot path (a million devices paged out by the benchmarks).
class MdmDeviceJson final
{
public:
    struct Form
    {
        EmulatorFaults::CheckinFormat checkin = EmulatorFaults::CheckinFormat::EpochMs;
        EmulatorFaults::ViolationsFormat violations = EmulatorFaults::ViolationsFormat::Objects;
        const QHash<qint64, EmulatorPolicy> *policies = nullptr; // for policy names
        qint64 partitionId = 0;
    };

    static void append(std::string &out, const FleetDevice &device, const Form &form);
    // About 2 % of devices with an Azure device id carry it as aadDeviceId instead, chosen
    // by id so that a device keeps its form.
    static bool usesAadDeviceId(qint64 id);
};
