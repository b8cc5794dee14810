#include "app/emulator/devicefilter.h"

namespace {

struct FieldName
{
    DeviceFilter::Field field;
    const char *name;
    bool boolean;
};

constexpr FieldName kFields[] = {
    { DeviceFilter::Field::RegistrationState, "registrationState", false },
    { DeviceFilter::Field::ComplianceState, "complianceState", true },
    { DeviceFilter::Field::PlatformType, "platformType", false },
    { DeviceFilter::Field::Quarantined, "quarantined", true },
    { DeviceFilter::Field::Jailbroken, "jailbroken", true },
    { DeviceFilter::Field::AzureClientStatusCode, "azureClientStatusCode", false },
    { DeviceFilter::Field::EmailAddress, "emailAddress", false },
    { DeviceFilter::Field::Uid, "uid", false },
    { DeviceFilter::Field::SerialNumber, "serialNumber", false },
};

// Splits fq into "(", ")", "and", "or" and term texts; a term written with spaces around
// its "=" ("a = b") is one term.
QStringList tokenize(const QString &fq)
{
    QStringList words;
    QString word;
    const auto flush = [&words, &word] {
        if (!word.isEmpty())
            words.append(word);
        word.clear();
    };
    for (const QChar c : fq) {
        if (c.isSpace()) {
            flush();
        } else if (c == QLatin1Char('(') || c == QLatin1Char(')')) {
            flush();
            words.append(QString(c));
        } else {
            word.append(c);
        }
    }
    flush();
    QStringList tokens;
    const auto isOperator = [](const QString &w) {
        return w == QLatin1String("(") || w == QLatin1String(")")
            || w.compare(QLatin1String("and"), Qt::CaseInsensitive) == 0
            || w.compare(QLatin1String("or"), Qt::CaseInsensitive) == 0;
    };
    for (const QString &w : std::as_const(words)) {
        const bool glue = !tokens.isEmpty() && !isOperator(w) && !isOperator(tokens.constLast())
            && (tokens.constLast().endsWith(QLatin1Char('=')) || w.startsWith(QLatin1Char('=')));
        if (glue)
            tokens.last() += w;
        else
            tokens.append(w);
    }
    return tokens;
}

} // namespace

bool DeviceFilter::parse(const QString &fq, QString *error)
{
    m_terms.clear();
    m_nodes.clear();
    m_root = -1;
    const QStringList tokens = tokenize(fq);
    if (tokens.isEmpty())
        return true;
    qsizetype at = 0;
    const auto word = [&tokens, &at](const char *text) {
        return at < tokens.size() && tokens.at(at).compare(QLatin1String(text), Qt::CaseInsensitive) == 0;
    };
    // expression := conjunction ("or" conjunction)*; conjunction := primary ("and" primary)*;
    // primary := "(" expression ")" | field=value
    std::function<int()> expression;
    const auto primary = [&]() -> int {
        if (at >= tokens.size()) {
            *error = QStringLiteral("fq ends where a term or '(' was expected");
            return -1;
        }
        const QString token = tokens.at(at);
        if (token == QLatin1String("(")) {
            ++at;
            const int inner = expression();
            if (inner < 0)
                return -1;
            if (!word(")")) {
                *error = at < tokens.size()
                    ? QStringLiteral("fq: '%1' where ')' was expected").arg(tokens.at(at))
                    : QStringLiteral("fq: a '(' is not closed");
                return -1;
            }
            ++at;
            return inner;
        }
        if (token == QLatin1String(")") || word("and") || word("or")) {
            *error = QStringLiteral("fq: '%1' where a term was expected").arg(token);
            return -1;
        }
        ++at;
        const qsizetype equals = token.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            *error = QStringLiteral("fq: '%1' is not field=value").arg(token);
            return -1;
        }
        const QString name = token.left(equals);
        Term term;
        term.value = token.mid(equals + 1);
        bool known = false;
        for (const FieldName &field : kFields) {
            if (name.compare(QLatin1String(field.name), Qt::CaseInsensitive) != 0)
                continue;
            known = true;
            term.field = field.field;
            if (field.boolean) {
                if (term.value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
                    term.boolean = true;
                else if (term.value.compare(QLatin1String("false"), Qt::CaseInsensitive) != 0) {
                    *error = QStringLiteral("fq: %1 must be true or false, not '%2'").arg(name, term.value);
                    return -1;
                }
            } else if (term.value.isEmpty() && field.field != Field::AzureClientStatusCode) {
                *error = QStringLiteral("fq: '%1' has no value").arg(token);
                return -1;
            }
        }
        if (!known) {
            QStringList names;
            for (const FieldName &field : kFields)
                names.append(QLatin1String(field.name));
            *error = QStringLiteral("fq: unknown field '%1'; known: %2")
                         .arg(name, names.join(QStringLiteral(", ")));
            return -1;
        }
        m_terms.append(term);
        m_nodes.append(Node { Node::Kind::Term, int(m_terms.size() - 1), {} });
        return int(m_nodes.size() - 1);
    };
    const auto chain
        = [&](Node::Kind kind, const char *connector, const std::function<int()> &operand) -> int {
        const int first = operand();
        if (first < 0)
            return -1;
        if (!word(connector))
            return first;
        Node node { kind, -1, { first } };
        while (word(connector)) {
            ++at;
            const int next = operand();
            if (next < 0)
                return -1;
            node.children.append(next);
        }
        m_nodes.append(node);
        return int(m_nodes.size() - 1);
    };
    const std::function<int()> conjunction = [&]() { return chain(Node::Kind::And, "and", primary); };
    expression = [&]() { return chain(Node::Kind::Or, "or", conjunction); };

    m_root = expression();
    if (m_root >= 0 && at < tokens.size()) {
        *error = QStringLiteral("fq: '%1' where 'and', 'or' or the end was expected").arg(tokens.at(at));
        m_root = -1;
    }
    if (m_root < 0) {
        m_terms.clear();
        m_nodes.clear();
        return false;
    }
    return true;
}

bool DeviceFilter::needsRecord() const
{
    for (const Term &term : m_terms) {
        if (term.field == Field::EmailAddress || term.field == Field::Uid
            || term.field == Field::SerialNumber)
            return true;
    }
    return false;
}

bool DeviceFilter::matches(const std::function<bool(const Term &)> &termMatches) const
{
    return m_root < 0 || evaluate(m_root, termMatches);
}

bool DeviceFilter::evaluate(int index, const std::function<bool(const Term &)> &termMatches) const
{
    const Node &node = m_nodes.at(index);
    switch (node.kind) {
    case Node::Kind::Term:
        return termMatches(m_terms.at(node.term));
    case Node::Kind::And:
        for (const int child : node.children) {
            if (!evaluate(child, termMatches))
                return false;
        }
        return true;
    case Node::Kind::Or:
        for (const int child : node.children) {
            if (evaluate(child, termMatches))
                return true;
        }
        return false;
    }
    return false;
}
