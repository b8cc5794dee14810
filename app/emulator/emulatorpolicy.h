#pragma once

#include <QList>
#include <QString>
#include <QStringList>

struct CompliancePolicy;

// A compliance policy as the emulator's MDM keeps it, in the words of its policy JSON
// (docs/EMULATOR-CONTRACT.md): the rule is a word, each step an action after a wait.
struct EmulatorPolicy
{
    // Least to most restrictive, so that "most restrictive" is the larger value.
    enum class Action : quint8
    {
        None,
        SendAlert,
        BlockEmail,
        BlockAppConnect,
        Quarantine,
        Retire
    };

    struct Step
    {
        Action action = Action::SendAlert;
        int waitDays = 0;
    };

    qint64 id = 0;
    QString name;
    QString rule; // one of ruleWords()
    QString parameter;
    QList<Step> steps; // waits never decrease

    static const QStringList &ruleWords();
    static bool ruleNeedsParameter(const QString &rule);
    static QString actionWord(Action action);
    // False for a word that is not an action (and for "none").
    static bool actionFromWord(const QString &word, Action *action);

    // The demo fleet's policy in the emulator's words.
    static EmulatorPolicy fromDemo(const CompliancePolicy &policy);
};
