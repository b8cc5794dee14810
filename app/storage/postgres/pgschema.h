#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class PgConnection;

// The PostgreSQL store's schema (`asc_store`), its numbered migrations and the three
// roles the database enforces:
//   asc_helpdesk       reads everything; queues Report now through asc_store.report_now()
//   asc_policy_author  the same, and changes compliance policies and store settings
//   asc_reporter       writes devices, policies from the MDM, the outbox and its history
// Every role may append to the audit log, only as itself (row-level security). People log
// in with their own roles, members of one of these. Only the database owner migrates,
// through `--headless init-store`.
class PgSchema final
{
    Q_DECLARE_TR_FUNCTIONS(PgSchema)

public:
    static constexpr const char *kSchema = "asc_store";
    static constexpr const char *kHelpdeskRole = "asc_helpdesk";
    static constexpr const char *kPolicyAuthorRole = "asc_policy_author";
    static constexpr const char *kReporterRole = "asc_reporter";
    // The channel of the revision notifications (payload: the revision, nothing else).
    static constexpr const char *kChannel = "asc_store";
    // Advisory lock keys of this application: (kLockSpace, kMigrationLock) serialises
    // concurrent init-store runs; PgLeadership uses (kLockSpace, kLeaderLock).
    static constexpr int kLockSpace = 0x41534300; // "ASC\0"
    static constexpr int kMigrationLock = 2;
    static constexpr int kLeaderLock = 1;

    static int latestVersion();
    static QStringList roles();

    // The schema version of the store; 0 when it has none yet.
    static bool version(PgConnection &connection, int *version, QString *error);

    enum class State { Current, NeedsMigration, Newer };
    // Whether this build can use the store as it is. Anything but Current comes with a
    // message: to migrate, the command the database owner runs; for a newer schema, that
    // this console is too old. uri is the store's address for that command.
    static bool check(PgConnection &connection, const QString &uri, State *state, QString *message);

    // Creates the roles that are missing, then applies every migration the store lacks,
    // each in its own transaction under an advisory lock, so two runs at once are safe.
    // *created: the roles made now; *fromVersion: the version before. A role that may not
    // migrate gets a message naming the database owner and the command to run.
    static bool migrate(PgConnection &connection, const QString &uri, int *fromVersion, QStringList *created,
                        QString *error);

    // What the connected role may do, read from the database's own privileges, so the
    // console can show it before anything is refused.
    struct Privileges
    {
        bool readStore = false;
        bool writeDevices = false;
        bool writePolicies = false;
        bool writeOutbox = false;
        bool queueReportNow = false;
    };
    static bool privileges(PgConnection &connection, Privileges *privileges, QString *error);

    // The message for a role that may not migrate: who can, and the command.
    static QString initStoreAdvice(PgConnection &connection, const QString &uri);

private:
    static bool createRoles(PgConnection &connection, const QString &uri, QStringList *created, QString *error);
};
