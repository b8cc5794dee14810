#include "ui/auditlogview.h"

#include "app/policy/policyservice.h"
#include "models/auditlogmodel.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int kMaxEntries = 100000;
}

AuditLogView::AuditLogView(PolicyService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(new AuditLogModel(this))
    , m_filterLabel(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_refresh(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("auditLogView"));
    m_filter->setObjectName(QStringLiteral("auditFilter"));
    m_filter->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setTabKeyNavigation(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_filterLabel->setBuddy(m_filter);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filterLabel);
    top->addWidget(m_filter, 1);
    top->addWidget(m_refresh);
    top->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(200);
    connect(m_filter, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &AuditLogView::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &AuditLogView::refresh);
    connect(m_export, &QPushButton::clicked, this, &AuditLogView::askExportCsv);
    connect(m_service, &PolicyService::auditChanged, this, &AuditLogView::refresh);
    connect(m_service, &PolicyService::auditEntriesRead, this, &AuditLogView::onEntriesRead);
    retranslate();
    refresh();
}

AuditLogView::~AuditLogView() = default;

void AuditLogView::setFilter(const QString &text)
{
    m_filter->setText(text);
    refresh();
}

void AuditLogView::refresh()
{
    m_service->readAuditEntries(m_filter->text().trimmed(), kMaxEntries);
}

void AuditLogView::onEntriesRead(const QString &contains, const QList<AuditEntry> &entries, const QString &error)
{
    // The answer to a filter since changed: the read of the new one follows.
    if (contains != m_filter->text().trimmed())
        return;
    m_error = error;
    m_model->setEntries(entries);
    m_table->resizeColumnsToContents();
    retranslate();
    emit refreshed();
}

void AuditLogView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_table->resizeColumnsToContents(); // the headers of the new language fit
    }
    QWidget::changeEvent(event);
}

void AuditLogView::retranslate()
{
    m_filterLabel->setText(tr("F&ilter:"));
    m_filter->setPlaceholderText(tr("Who, policy, device or change"));
    m_table->setAccessibleName(tr("Audit log entries"));
    m_refresh->setText(tr("Refresh"));
    m_export->setText(tr("Export CSV…"));
    m_count->setText(m_error.isEmpty() ? tr("%n entry(s)", nullptr, m_model->rowCount()) : m_error);
}

bool AuditLogView::exportCsv(const QString &path, QString *error)
{
    // QSaveFile: an existing file stays whole until the new one is complete.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1 could not be opened for writing: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (!AuditLogModel::writeCsv(file, m_model->entries(), error)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void AuditLogView::askExportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the audit log"),
                                                      QDir::home().filePath(QStringLiteral("audit-log.csv")),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export the audit log"), error);
}
