#include "app/logging/logcategories.h"

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
