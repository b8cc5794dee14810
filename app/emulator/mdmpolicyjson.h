#pragma once

#include "app/emulator/emulatorpolicy.h"

#include <QJsonObject>
#include <QString>

// The MDM's compliance policy JSON (our extension, docs/EMULATOR-CONTRACT.md):
// {"id","name","rule","parameter","actions":[{"action","waitDays"}]}, read with every
// rule checked and written back.
class MdmPolicyJson final
{
public:
    struct Problem
    {
        QString field; // "actions[1].waitDays"
        QString message;
    };

    // False with *problem naming the first field that breaks a rule; *policy untouched.
    static bool read(const QJsonObject &object, EmulatorPolicy *policy, Problem *problem);
    static QJsonObject write(const EmulatorPolicy &policy);

    static constexpr int kMaxWaitDays = 3650;
};
