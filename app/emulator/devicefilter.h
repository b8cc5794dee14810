#pragma once

#include <QList>
#include <QString>

#include <functional>

// The MDM's fq query as the emulator reads it (docs/PROTOCOL.md M2): field=value terms
// joined by "and" and "or" ("and" binds tighter), with parentheses.
class DeviceFilter final
{
public:
    enum class Field : quint8
    {
        RegistrationState,
        ComplianceState,
        PlatformType,
        Quarantined,
        Jailbroken,
        AzureClientStatusCode,
        EmailAddress,
        Uid,
        SerialNumber
    };

    struct Term
    {
        Field field = Field::RegistrationState;
        QString value; // as written; booleans as "true" or "false"
        bool boolean = false; // the value of a boolean field
        int resolved = -1; // free for the caller, e.g. an interned value
    };

    // False with *error naming the token that is wrong; an empty fq matches every device.
    bool parse(const QString &fq, QString *error);
    bool isEmpty() const { return m_nodes.isEmpty(); }
    // True when any term needs more than the fields a device list keeps per device.
    bool needsRecord() const;

    QList<Term> &terms() { return m_terms; }
    const QList<Term> &terms() const { return m_terms; }
    // The filter's value for one device, given each term's value for it.
    bool matches(const std::function<bool(const Term &)> &termMatches) const;

private:
    // A node is a term (its index into m_terms) or an and/or of child nodes.
    struct Node
    {
        enum class Kind : quint8
        {
            Term,
            And,
            Or
        };
        Kind kind = Kind::Term;
        int term = -1;
        QList<int> children;
    };

    bool evaluate(int node, const std::function<bool(const Term &)> &termMatches) const;

    QList<Term> m_terms;
    QList<Node> m_nodes;
    int m_root = -1;
};
