#include "app/logging/logcategories.h"

#include <QByteArrayList>

// Warnings and above are on by default; info and debug are off until enabled.
Q_LOGGING_CATEGORY(lcNet, "asc.net", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStorage, "asc.storage", QtWarningMsg)
Q_LOGGING_CATEGORY(lcReporting, "asc.reporting", QtWarningMsg)
Q_LOGGING_CATEGORY(lcInventory, "asc.inventory", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTenant, "asc.tenant", QtWarningMsg)
Q_LOGGING_CATEGORY(lcHeadless, "asc.headless", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSecurity, "asc.security", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSettings, "asc.settings", QtWarningMsg)
Q_LOGGING_CATEGORY(lcI18n, "asc.i18n", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "asc.ui", QtWarningMsg)

namespace {
constexpr char kNetBody[] = "asc.net.body";

QLoggingCategory::CategoryFilter &previousFilter()
{
    static QLoggingCategory::CategoryFilter filter = nullptr;
    return filter;
}

// Runs under Qt's logging registry lock whenever the rules change or a category is made:
// it must not log. It only ever switches asc.net.body off, so Qt's rules still decide
// everything else, and a rule that names it (or asc.net.body.debug=false) still counts.
void bodyOnlyWhenNamed(QLoggingCategory *category)
{
    if (QLoggingCategory::CategoryFilter previous = previousFilter())
        previous(category);
    if (qstrcmp(category->categoryName(), kNetBody) == 0 && !LogCategories::bodyLoggingNamed()) {
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
    }
}
} // namespace

bool LogCategories::bodyLoggingNamed()
{
    // QT_LOGGING_RULES holds rules separated by ';' (or new lines, as in a rules file).
    QByteArray rules = qgetenv("QT_LOGGING_RULES");
    rules.replace('\n', ';');
    for (const QByteArray &rule : rules.split(';')) {
        const qsizetype equals = rule.indexOf('=');
        if (equals < 0)
            continue;
        const QByteArray key = rule.left(equals).trimmed();
        if ((key == kNetBody || key == QByteArray(kNetBody) + ".debug")
            && rule.mid(equals + 1).trimmed() == "true")
            return true;
    }
    return false;
}

const QLoggingCategory &lcNetBody()
{
    static const QLoggingCategory category(kNetBody, QtWarningMsg);
    // Installed with the category, so no program or test can use it without the filter.
    static const bool filtered = [] {
        previousFilter() = QLoggingCategory::installFilter(bodyOnlyWhenNamed);
        return true;
    }();
    Q_UNUSED(filtered);
    return category;
}
