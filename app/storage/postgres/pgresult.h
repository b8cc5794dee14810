#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

struct pg_result;

// One libpq result, freed when the last copy goes. Values are read as text (the protocol's
// text format): what QPSQL gives too, so that both paths read the same values.
class PgResult final
{
public:
    PgResult() = default;
    explicit PgResult(pg_result *result);

    // The statement ran (a command, rows, or COPY ready to take data).
    bool ok() const;
    bool isNull(int row, int column) const;
    QByteArray bytes(int row, int column) const;
    QString text(int row, int column) const { return QString::fromUtf8(bytes(row, column)); }
    qint64 integer(int row, int column) const { return bytes(row, column).toLongLong(); }
    int rows() const;
    // Rows an INSERT, UPDATE or DELETE changed.
    qint64 affected() const;
    // The command tag: "COMMIT", or "ROLLBACK" for a COMMIT of a transaction that failed.
    QByteArray commandTag() const;

    // The five-character SQLSTATE (e.g. 42501 for a missing privilege); empty when ok.
    QByteArray sqlState() const;
    // The server's message, its detail and hint, on one line. The detail is left out where
    // the server puts the offending row into it (a check or not-null violation): a device
    // row holds names and e-mail addresses that have no place in an error message.
    QString errorText() const;
    // The server's CONTEXT (e.g. "COPY staging, line 500, column id"), or empty.
    QString context() const;

    pg_result *handle() const { return m_result.get(); }

private:
    std::shared_ptr<pg_result> m_result;
};
