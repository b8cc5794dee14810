#include "ui/csvreportdialog.h"

#include "ui/accessiblename.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum class Kind
{
    Error, // the row is not used
    Note // read, but worth saying
};
} // namespace

CsvReportDialog::Reading CsvReportDialog::read(const QString &path)
{
    Reading reading;
    reading.path = path;
    const QString name = QDir::toNativeSeparators(path);
    reading.parsed = DeviceCsvImport::readFile(path);
    if (reading.parsed.fileRefused)
        reading.fatalError = name + QStringLiteral(": ") + reading.parsed.errors.join(QLatin1Char(' '));
    return reading;
}

CsvReportDialog::CsvReportDialog(const Reading &reading, QWidget *parent)
    : QDialog(parent)
    , m_reading(reading)
{
    setObjectName(QStringLiteral("csvReportDialog"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("csvSummary"));
    m_summary->setWordWrap(true);
    m_tableLabel = new QLabel(this);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("csvProblems"));
    m_table->setColumnCount(2);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->setTabKeyNavigation(false);
    m_tableLabel->setBuddy(m_table); // its name for screen readers
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents); // wrapped reasons
    fillProblems();

    m_report = new QPushButton(this);
    m_report->setObjectName(QStringLiteral("csvReportButton"));
    m_report->setEnabled(false);
    m_cancel = new QPushButton(this);
    connect(m_report, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_report);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tableLabel);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    retranslate();
    resize(820, m_table->rowCount() == 0 ? 160 : 460);
}

CsvReportDialog::~CsvReportDialog() = default;

void CsvReportDialog::fillProblems()
{
    // Every message: errors (rows not used: unreadable, or no device, or several) then notes.
    QList<QPair<Kind, QString>> messages;
    for (const QString &message : m_reading.parsed.errors)
        messages.append({ Kind::Error, message });
    for (const QString &message : m_reading.matched.errors)
        messages.append({ Kind::Error, message });
    for (const QString &message : m_reading.parsed.warnings)
        messages.append({ Kind::Note, message });
    m_table->setRowCount(int(messages.size()));
    for (int row = 0; row < messages.size(); ++row) {
        auto *kind = new QTableWidgetItem;
        kind->setData(Qt::UserRole, int(messages.at(row).first));
        m_table->setItem(row, 0, kind);
        m_table->setItem(row, 1, new QTableWidgetItem(messages.at(row).second));
    }
    m_table->setVisible(!messages.isEmpty());
}

void CsvReportDialog::setDevicesFound(
    const DeviceCsvImport::Match &matched, int withoutAzureId, const QString &lookupError)
{
    m_lookingUp = false;
    m_lookupError = lookupError;
    m_reading.matched = lookupError.isEmpty() ? matched : DeviceCsvImport::Match();
    m_reading.withoutAzureId = lookupError.isEmpty() ? withoutAzureId : 0;
    fillProblems();
    m_report->setEnabled(m_reading.matched.deviceIds.size() > m_reading.withoutAzureId);
    m_report->setDefault(m_report->isEnabled());
    retranslate();
    if (m_table->rowCount() > 0 && height() < 460)
        resize(width(), 460);
    emit devicesFound();
}

QString CsvReportDialog::summary() const
{
    return m_summary->text();
}

void CsvReportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void CsvReportDialog::retranslate()
{
    setWindowTitle(tr("Report devices listed in a CSV file"));
    m_tableLabel->setText(tr("Each row that cannot be used, and why:"));
    nameAfterCaption(m_table, m_tableLabel);
    m_tableLabel->setVisible(m_table->isVisibleTo(this));
    m_table->setHorizontalHeaderLabels({ tr("Kind"), tr("Row, column and reason") });
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem *kind = m_table->item(row, 0);
        kind->setText(kind->data(Qt::UserRole).toInt() == int(Kind::Error)
                //: A CSV row that is left out
                ? tr("Not used")
                //: A remark about the CSV file; the row is still used
                : tr("Note"));
    }
    m_report->setText(tr("Report now"));
    m_cancel->setText(tr("Cancel"));
    const QString file = QDir::toNativeSeparators(QFileInfo(m_reading.path).fileName());
    if (m_lookingUp) {
        //: %1 is the CSV file's name
        m_summary->setText(tr("%1: looking for its devices in the store…").arg(file));
        return;
    }
    if (!m_lookupError.isEmpty()) {
        //: %1 is the CSV file's name, %2 why the store could not be read
        m_summary->setText(tr("%1: the devices could not be looked up in the store: %2 Nothing can be reported.")
                               .arg(file, m_lookupError));
        return;
    }
    const int found = int(m_reading.matched.deviceIds.size());
    const int unused = int(m_reading.parsed.skippedRows + m_reading.matched.errors.size());
    QString text = tr("%1: %n device(s) found in the store.", nullptr, found).arg(file);
    if (m_reading.withoutAzureId > 0)
        text += QLatin1Char(' ')
            + tr("%n of them have no Azure device ID and will be skipped (see their Azure Client Status Code).",
                nullptr, m_reading.withoutAzureId);
    if (unused > 0)
        text += QLatin1Char(' ') + tr("%n row(s) cannot be used and will be left out.", nullptr, unused);
    text += QLatin1Char(' ')
        + (found > m_reading.withoutAzureId ? tr("Nothing is sent until you choose Report now.")
                     : tr("No row names a device that can be reported, so there is nothing to report."));
    m_summary->setText(text);
}
