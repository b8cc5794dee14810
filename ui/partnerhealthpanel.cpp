#include "ui/partnerhealthpanel.h"

#include "ui/readablecolors.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <optional>

namespace {
QString longTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::LongFormat);
}

QLabel *newLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    return label;
}

// Error texts and URLs are data, and an administrator copies them into a ticket.
QLabel *newDetailLabel(QWidget *parent, const QString &objectName)
{
    QLabel *label = newLabel(parent, objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

QString stageKey(PartnerHealthService::Stage stage)
{
    switch (stage) {
    case PartnerHealthService::ManagementTokenStage:
        return QStringLiteral("managementToken");
    case PartnerHealthService::GraphTokenStage:
        return QStringLiteral("graphToken");
    case PartnerHealthService::DiscoveryStage:
        return QStringLiteral("discovery");
    case PartnerHealthService::PartnerStateStage:
        return QStringLiteral("partnerState");
    case PartnerHealthService::StageCount:
        break;
    }
    return {};
}
} // namespace

struct PartnerHealthPanel::StageRow
{
    QLabel *name = nullptr;
    QLabel *status = nullptr;
    QLabel *detail = nullptr;
};

struct PartnerHealthPanel::Widgets
{
    QPushButton *checkNow = nullptr;
    QLabel *lastCheck = nullptr;
    StageRow stages[PartnerHealthService::StageCount];
    StageRow heartbeat;
    StageRow leader;
};

PartnerHealthPanel::PartnerHealthPanel(PartnerHealthService *health, QWidget *parent)
    : QWidget(parent)
    , m_health(health)
    , m_ui(std::make_unique<Widgets>())
{
    Q_ASSERT(health);
    buildUi();
    m_timer.setInterval(kCheckIntervalMs);
    connect(&m_timer, &QTimer::timeout, health, &PartnerHealthService::checkNow);
    connect(health, &PartnerHealthService::changed, this, &PartnerHealthPanel::render);
    retranslate();
}

PartnerHealthPanel::~PartnerHealthPanel() = default;

void PartnerHealthPanel::buildUi()
{
    Widgets &ui = *m_ui;
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    ui.checkNow = new QPushButton(this);
    ui.checkNow->setObjectName(QStringLiteral("checkNowButton"));
    connect(ui.checkNow, &QPushButton::clicked, m_health, &PartnerHealthService::checkNow);
    top->addWidget(ui.checkNow);
    ui.lastCheck = newDetailLabel(this, QStringLiteral("lastCheckLabel"));
    top->addWidget(ui.lastCheck, 1, Qt::AlignVCenter);
    layout->addLayout(top);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(10);
    grid->setColumnStretch(2, 1);
    QFont statusFont = font();
    statusFont.setBold(true);
    const auto addRow = [&](StageRow &row, const QString &key, int at) {
        row.name = newLabel(this, key + QStringLiteral("Label"));
        row.name->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        row.status = newLabel(this, key + QStringLiteral("Status"));
        row.status->setFont(statusFont);
        row.status->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        row.detail = newDetailLabel(this, key + QStringLiteral("Detail"));
        grid->addWidget(row.name, at, 0);
        grid->addWidget(row.status, at, 1);
        grid->addWidget(row.detail, at, 2);
    };
    for (int stage = 0; stage < PartnerHealthService::StageCount; ++stage)
        addRow(ui.stages[stage], stageKey(Stage(stage)), stage);
    addRow(ui.heartbeat, QStringLiteral("heartbeat"), PartnerHealthService::StageCount);
    addRow(ui.leader, QStringLiteral("syncLeader"), PartnerHealthService::StageCount + 1);
    // Without a reporting engine there is no heartbeat and no sync to show.
    for (QLabel *label : { ui.heartbeat.name, ui.heartbeat.status, ui.heartbeat.detail, ui.leader.name,
             ui.leader.status, ui.leader.detail })
        label->setVisible(m_health->knowsHeartbeat());
    layout->addLayout(grid);
    layout->addStretch(1);
}

QString PartnerHealthPanel::tokenDetail(Stage stage) const
{
    //: %1 is an OAuth scope URL, e.g. https://graph.microsoft.com/.default
    const QString scopeLine = tr("Scope: %1").arg(PartnerHealthService::scope(stage));
    const QDateTime expiry = m_health->tokenExpiry(stage);
    if (expiry.isValid())
        return tr("Expires %1").arg(longTime(expiry)) + QLatin1Char('\n') + scopeLine;
    // Issued before the service was there to hear of it: only the renewal time is known.
    const QDateTime refresh = m_health->tokenRenewal(stage);
    if (refresh.isValid())
        return tr("Cached; renewed after %1").arg(longTime(refresh)) + QLatin1Char('\n') + scopeLine;
    return scopeLine;
}

QString PartnerHealthPanel::partnerDetail() const
{
    const QList<PartnerHealthService::Partner> partners = m_health->partners();
    if (partners.isEmpty())
        return tr("Graph lists no compliance partner for this tenant.");
    const auto yesNo = [](bool value) { return value ? tr("Yes") : tr("No"); };
    QStringList blocks;
    for (const PartnerHealthService::Partner &partner : partners) {
        const QString name = !partner.displayName.isEmpty() ? partner.displayName
            : !partner.id.isEmpty()                         ? partner.id
                                                            : tr("Unnamed partner");
        QStringList lines;
        //: %2 is Graph's partnerState value (enabled, unresponsive, ...), shown verbatim.
        lines << tr("%1: partner state %2").arg(name, partner.state);
        lines << tr("Last heartbeat: %1")
                     .arg(partner.lastHeartbeat.isValid() ? longTime(partner.lastHeartbeat) : tr("never"));
        lines << tr("iOS onboarded: %1; Android onboarded: %2")
                     .arg(yesNo(partner.iosOnboarded), yesNo(partner.androidOnboarded));
        blocks << lines.join(QLatin1Char('\n'));
    }
    return blocks.join(QStringLiteral("\n\n"));
}

void PartnerHealthPanel::render()
{
    Widgets &ui = *m_ui;
    if (m_health->isChecking())
        ui.lastCheck->setText(tr("Checking…"));
    else if (m_health->lastCheck().isValid())
        ui.lastCheck->setText(tr("Last checked %1").arg(longTime(m_health->lastCheck())));
    else
        ui.lastCheck->setText(tr("Not checked yet."));

    for (int index = 0; index < PartnerHealthService::StageCount; ++index) {
        const Stage stage = Stage(index);
        const Status status = m_health->status(stage);
        QString detail;
        if (status == Status::Failed) {
            detail = m_health->error(stage);
        } else if (status == Status::Ok || status == Status::Warning) {
            switch (stage) {
            case PartnerHealthService::ManagementTokenStage:
            case PartnerHealthService::GraphTokenStage:
                detail = tokenDetail(stage);
                break;
            case PartnerHealthService::DiscoveryStage:
                // Provider names and URLs are protocol values: never translated.
                detail = PartnerHealthService::tenantSyncProvider() + QStringLiteral(": ")
                    + m_health->tenantSyncEndpoint().toDisplayString() + QLatin1Char('\n')
                    + PartnerHealthService::deviceSyncProvider() + QStringLiteral(": ")
                    + m_health->deviceSyncEndpoint().toDisplayString();
                break;
            case PartnerHealthService::PartnerStateStage:
                detail = partnerDetail();
                break;
            case PartnerHealthService::StageCount:
                break;
            }
        }
        renderRow(ui.stages[index], status, detail);
    }
    renderHeartbeat();
    renderLeader();
}

void PartnerHealthPanel::renderLeader()
{
    const QString who = m_health->leaderDescription();
    switch (m_health->leadership()) {
    case PartnerHealthService::Leadership::Unknown:
        break;
    case PartnerHealthService::Leadership::ThisConsole:
        renderRow(m_ui->leader, Status::Ok,
            tr("This console pulls the inventory and sends the reports of this database.")
                + (who.isEmpty() ? QString() : QLatin1Char('\n') + who));
        break;
    case PartnerHealthService::Leadership::Other:
        //: %1 names another computer or process, and since when
        renderRow(m_ui->leader, Status::Ok,
            tr("%1 pulls the inventory and sends the reports of this database. This console reads it, and its "
               "Report now goes out from there.")
                .arg(who));
        break;
    case PartnerHealthService::Leadership::Nobody:
        renderRow(m_ui->leader, Status::Warning,
            tr("Nobody syncs this database right now: this console takes over within seconds."));
        break;
    }
}

void PartnerHealthPanel::renderHeartbeat()
{
    const QDateTime answered = m_health->lastHeartbeat();
    const QString answeredLine = answered.isValid() ? tr("Last answered: %1").arg(longTime(answered))
                                                    : tr("Azure has not answered a heartbeat yet.");
    const QDateTime resync = m_health->resyncTimestamp();
    //: ResyncTimestamp is the protocol's field name: keep it verbatim.
    const QString resyncLine = resync.isValid()
        ? tr("ResyncTimestamp: %1 (Azure asks for every device again)").arg(longTime(resync))
        //: ResyncTimestamp is the protocol's field name: keep it verbatim.
        : tr("ResyncTimestamp: none");
    if (!m_health->heartbeatError().isEmpty()) {
        renderRow(m_ui->heartbeat, Status::Failed,
            m_health->heartbeatError() + QLatin1Char('\n') + answeredLine + QLatin1Char('\n') + resyncLine);
        return;
    }
    renderRow(m_ui->heartbeat, answered.isValid() ? Status::Ok : Status::NotChecked,
        answered.isValid() ? answeredLine + QLatin1Char('\n') + resyncLine : answeredLine);
}

void PartnerHealthPanel::renderRow(StageRow &row, Status status, const QString &detail)
{
    // A symbol before the word, so the state reads at a glance and without colour.
    QString text;
    std::optional<ReadableColors::Tone> tone;
    switch (status) {
    case Status::NotChecked:
        text = QChar(0x2014) + QLatin1Char(' ') + tr("Not checked");
        break;
    case Status::Pending:
        text = QChar(0x25CB) + QLatin1Char(' ') + tr("Pending");
        break;
    case Status::Ok:
        text = QChar(0x2714) + QLatin1Char(' ') + tr("OK");
        tone = ReadableColors::Tone::Success;
        break;
    case Status::Warning:
        text = QChar(0x26A0) + QLatin1Char(' ') + tr("Attention");
        tone = ReadableColors::Tone::Warning;
        break;
    case Status::Failed:
        text = QChar(0x2716) + QLatin1Char(' ') + tr("Failed");
        tone = ReadableColors::Tone::Error;
        break;
    }
    row.status->setText(text);
    if (tone)
        ReadableColors::setTone(row.status, *tone);
    else
        ReadableColors::clearTone(row.status);
    row.detail->setText(detail);
}

void PartnerHealthPanel::retranslate()
{
    Widgets &ui = *m_ui;
    ui.checkNow->setText(tr("Check now"));
    ui.stages[PartnerHealthService::ManagementTokenStage].name->setText(tr("Access token (Intune management)"));
    ui.stages[PartnerHealthService::GraphTokenStage].name->setText(tr("Access token (Microsoft Graph)"));
    ui.stages[PartnerHealthService::DiscoveryStage].name->setText(tr("Endpoint discovery"));
    ui.stages[PartnerHealthService::PartnerStateStage].name->setText(tr("Partner state"));
    //: The PartnerTenantHeartbeat this console sends to Azure every hour.
    ui.heartbeat.name->setText(tr("Heartbeat of this console"));
    //: Which console or reporter syncs the shared database and sends its reports.
    ui.leader.name->setText(tr("Sync of this database"));
    ui.stages[PartnerHealthService::ManagementTokenStage].name->setToolTip(
        PartnerHealthService::scope(PartnerHealthService::ManagementTokenStage));
    ui.stages[PartnerHealthService::GraphTokenStage].name->setToolTip(
        PartnerHealthService::scope(PartnerHealthService::GraphTokenStage));
    render();
}

void PartnerHealthPanel::changeEvent(QEvent *event)
{
    // Dates follow the UI language, so a locale change renders them again too.
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::LocaleChange)
        render();
    QWidget::changeEvent(event);
}

void PartnerHealthPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_timer.start();
    // Shown again after a while: the last answer is old, look now.
    const QDateTime last = m_health->lastCheck();
    if (!m_health->isChecking()
        && (!last.isValid() || last.msecsTo(QDateTime::currentDateTimeUtc()) >= kCheckIntervalMs))
        m_health->checkNow();
}

void PartnerHealthPanel::hideEvent(QHideEvent *event)
{
    m_timer.stop();
    QWidget::hideEvent(event);
}
