#include "ui/partnerhealthpanel.h"

#include "app/net/networkservices.h"
#include "app/net/tokenprovider.h"
#include "ui/readablecolors.h"

#include <QEvent>
#include <QFontDatabase>
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

QString stageKey(PartnerHealthPanel::Stage stage)
{
    switch (stage) {
    case PartnerHealthPanel::ManagementTokenStage:
        return QStringLiteral("managementToken");
    case PartnerHealthPanel::GraphTokenStage:
        return QStringLiteral("graphToken");
    case PartnerHealthPanel::DiscoveryStage:
        return QStringLiteral("discovery");
    case PartnerHealthPanel::PartnerStateStage:
        return QStringLiteral("partnerState");
    case PartnerHealthPanel::StageCount:
        break;
    }
    return {};
}
} // namespace

struct PartnerHealthPanel::Widgets
{
    struct StageRow
    {
        QLabel *name = nullptr;
        QLabel *status = nullptr;
        QLabel *detail = nullptr;
    };
    QPushButton *checkNow = nullptr;
    QLabel *lastCheck = nullptr;
    StageRow stages[StageCount];
};

PartnerHealthPanel::PartnerHealthPanel(NetworkServices *network, QWidget *parent)
    : QWidget(parent)
    , m_network(network)
    , m_ui(std::make_unique<Widgets>())
{
    Q_ASSERT(network);
    buildUi();
    m_timer.setInterval(kCheckIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &PartnerHealthPanel::checkNow);
    // The token callback carries no expiry; the provider announces it when it issues one.
    connect(network->tokens(), &TokenProvider::tokenIssued, this,
        [this](const QString &scope, const QDateTime &expiresAt) { m_expiry.insert(scope, expiresAt); });
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
    connect(ui.checkNow, &QPushButton::clicked, this, &PartnerHealthPanel::checkNow);
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
    for (int stage = 0; stage < StageCount; ++stage) {
        const QString key = stageKey(Stage(stage));
        Widgets::StageRow &row = ui.stages[stage];
        row.name = newLabel(this, key + QStringLiteral("Label"));
        row.name->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        row.status = newLabel(this, key + QStringLiteral("Status"));
        row.status->setFont(statusFont);
        row.status->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        row.detail = newDetailLabel(this, key + QStringLiteral("Detail"));
        grid->addWidget(row.name, stage, 0);
        grid->addWidget(row.status, stage, 1);
        grid->addWidget(row.detail, stage, 2);
    }
    layout->addLayout(grid);
    layout->addStretch(1);
}

void PartnerHealthPanel::checkNow()
{
    const quint64 generation = ++m_generation;
    m_running = StageCount;
    m_endpoints = PartnerEndpoints();
    m_partners.clear();
    for (Result &result : m_results)
        result = Result { Status::Pending, QString() };
    render();

    // The stages run side by side: each shows its own answer, and a later stage that
    // depends on an earlier one names that failure in its own error.
    checkToken(ManagementTokenStage, TokenProvider::managementScope(), generation);
    checkToken(GraphTokenStage, TokenProvider::graphScope(), generation);
    m_network->discovery()->endpoints(
        this, [this, generation](const PartnerEndpoints &endpoints, const QString &error) {
            if (generation == m_generation)
                m_endpoints = endpoints;
            finishStage(generation, DiscoveryStage, error.isEmpty() ? Status::Ok : Status::Failed, error);
        });
    m_network->partner()->partnerHealth(this,
        [this, generation](
            const QList<PartnerComplianceClient::PartnerHealth> &partners, const QString &error) {
            if (generation != m_generation)
                return;
            m_partners = partners;
            Status status = Status::Failed;
            if (error.isEmpty()) {
                status = partners.isEmpty() ? Status::Warning : Status::Ok;
                for (const PartnerComplianceClient::PartnerHealth &partner : partners) {
                    // Graph's own value; anything but enabled needs a look.
                    if (partner.partnerState != QLatin1String("enabled"))
                        status = Status::Warning;
                }
            }
            finishStage(generation, PartnerStateStage, status, error);
        });
}

void PartnerHealthPanel::checkToken(Stage stage, const QString &scope, quint64 generation)
{
    m_network->tokens()->token(scope, this, [this, stage, generation](const QString &, const QString &error) {
        finishStage(generation, stage, error.isEmpty() ? Status::Ok : Status::Failed, error);
    });
}

void PartnerHealthPanel::finishStage(quint64 generation, Stage stage, Status status, const QString &error)
{
    if (generation != m_generation)
        return;
    m_results[stage] = Result { status, error };
    if (--m_running == 0)
        m_lastCheck = QDateTime::currentDateTimeUtc();
    render();
    if (m_running == 0)
        emit checkFinished();
}

QString PartnerHealthPanel::tokenDetail(const QString &scope) const
{
    //: %1 is an OAuth scope URL, e.g. https://graph.microsoft.com/.default
    const QString scopeLine = tr("Scope: %1").arg(scope);
    const QDateTime expiry = m_expiry.value(scope);
    if (expiry.isValid())
        return tr("Expires %1").arg(longTime(expiry)) + QLatin1Char('\n') + scopeLine;
    // Issued before this panel existed: only the provider's renewal time is known.
    const QDateTime refresh = m_network->tokens()->refreshTime(scope);
    if (refresh.isValid())
        return tr("Cached; renewed after %1").arg(longTime(refresh)) + QLatin1Char('\n') + scopeLine;
    return scopeLine;
}

QString PartnerHealthPanel::partnerDetail() const
{
    if (m_partners.isEmpty())
        return tr("Graph lists no compliance partner for this tenant.");
    const auto yesNo = [](bool value) { return value ? tr("Yes") : tr("No"); };
    QStringList blocks;
    for (const PartnerComplianceClient::PartnerHealth &partner : m_partners) {
        const QString name = !partner.displayName.isEmpty() ? partner.displayName
            : !partner.id.isEmpty()                         ? partner.id
                                                            : tr("Unnamed partner");
        QStringList lines;
        //: %2 is Graph's partnerState value (enabled, unresponsive, ...), shown verbatim.
        lines << tr("%1: partner state %2").arg(name, partner.partnerState);
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
    if (m_running > 0)
        ui.lastCheck->setText(tr("Checking…"));
    else if (m_lastCheck.isValid())
        ui.lastCheck->setText(tr("Last checked %1").arg(longTime(m_lastCheck)));
    else
        ui.lastCheck->setText(tr("Not checked yet."));

    for (int stage = 0; stage < StageCount; ++stage) {
        const Result &result = m_results[stage];
        QString detail;
        if (result.status == Status::Failed) {
            detail = result.error;
        } else if (result.status == Status::Ok || result.status == Status::Warning) {
            switch (Stage(stage)) {
            case ManagementTokenStage:
                detail = tokenDetail(TokenProvider::managementScope());
                break;
            case GraphTokenStage:
                detail = tokenDetail(TokenProvider::graphScope());
                break;
            case DiscoveryStage:
                // Provider names and URLs are protocol values: never translated.
                detail = EndpointDiscovery::tenantSyncProvider() + QStringLiteral(": ")
                    + m_endpoints.tenantSync.toDisplayString() + QLatin1Char('\n')
                    + EndpointDiscovery::deviceSyncProvider() + QStringLiteral(": ")
                    + m_endpoints.deviceSync.toDisplayString();
                break;
            case PartnerStateStage:
                detail = partnerDetail();
                break;
            case StageCount:
                break;
            }
        }
        renderStage(Stage(stage), detail);
    }
}

void PartnerHealthPanel::renderStage(Stage stage, const QString &detail)
{
    Widgets::StageRow &row = m_ui->stages[stage];
    // A symbol before the word, so the state reads at a glance and without colour.
    QString text;
    std::optional<ReadableColors::Tone> tone;
    switch (m_results[stage].status) {
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
    ui.stages[ManagementTokenStage].name->setText(tr("Access token (Intune management)"));
    ui.stages[GraphTokenStage].name->setText(tr("Access token (Microsoft Graph)"));
    ui.stages[DiscoveryStage].name->setText(tr("Endpoint discovery"));
    ui.stages[PartnerStateStage].name->setText(tr("Partner state"));
    ui.stages[ManagementTokenStage].name->setToolTip(TokenProvider::managementScope());
    ui.stages[GraphTokenStage].name->setToolTip(TokenProvider::graphScope());
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
    if (m_running == 0
        && (!m_lastCheck.isValid()
            || m_lastCheck.msecsTo(QDateTime::currentDateTimeUtc()) >= kCheckIntervalMs))
        checkNow();
}

void PartnerHealthPanel::hideEvent(QHideEvent *event)
{
    m_timer.stop();
    QWidget::hideEvent(event);
}
