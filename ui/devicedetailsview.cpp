#include "ui/devicedetailsview.h"

#include "ui/devicedetails/azurefieldsbox.h"
#include "ui/devicedetails/detailswidgets.h"
#include "ui/devicedetails/inventorybox.h"
#include "ui/devicedetails/outcomebox.h"
#include "ui/devicedetails/reporttimelinebox.h"
#include "ui/devicedetails/showndevice.h"
#include "ui/devicedetails/violatedrulesbox.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace DetailsWidgets;

struct DeviceDetailsView::Widgets
{
    QStackedWidget *stack = nullptr;
    QLabel *placeholder = nullptr;
    QScrollArea *scrollArea = nullptr;
    QTimer *relayoutTimer = nullptr;

    QLabel *deviceName = nullptr;
    QLabel *userLabel = nullptr;
    QLabel *user = nullptr;
    QLabel *platformLabel = nullptr;
    QLabel *platform = nullptr;

    OutcomeBox *outcome = nullptr;
    AzureFieldsBox *azureFields = nullptr;
    ReportTimelineBox *timeline = nullptr;
    ViolatedRulesBox *violations = nullptr;
    InventoryBox *inventory = nullptr;
};

DeviceDetailsView::DeviceDetailsView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Widgets>())
{
    buildUi();
    retranslate();
    clear();
}

DeviceDetailsView::~DeviceDetailsView() = default;

void DeviceDetailsView::buildUi()
{
    Widgets &ui = *m_ui;
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    ui.stack = new QStackedWidget(this);
    outer->addWidget(ui.stack);

    ui.placeholder = new QLabel(ui.stack);
    ui.placeholder->setObjectName(QStringLiteral("placeholderLabel"));
    ui.placeholder->setAlignment(Qt::AlignCenter);
    ui.placeholder->setEnabled(false); // the disabled colour reads as "nothing here yet"
    ui.stack->addWidget(ui.placeholder);

    ui.scrollArea = new QScrollArea(ui.stack);
    ui.scrollArea->setObjectName(QStringLiteral("detailsScrollArea"));
    ui.scrollArea->setWidgetResizable(true);
    ui.scrollArea->setFrameShape(QFrame::NoFrame);
    ui.stack->addWidget(ui.scrollArea);

    auto *content = new QWidget(ui.scrollArea);
    content->setObjectName(QStringLiteral("detailsContent"));
    auto *page = new QVBoxLayout(content);
    page->setSpacing(12);

    // Header: the device's name, user and platform.
    ui.deviceName = valueLabel(content, "deviceNameValue");
    QFont titleFont = ui.deviceName->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    ui.deviceName->setFont(titleFont);
    page->addWidget(ui.deviceName);
    auto *headerForm = form(nullptr);
    headerForm->setVerticalSpacing(4);
    ui.userLabel = fieldLabel(content, "userLabel");
    ui.user = valueLabel(content, "userValue");
    ui.platformLabel = fieldLabel(content, "platformLabel");
    ui.platform = valueLabel(content, "platformValue");
    headerForm->addRow(ui.userLabel, ui.user);
    headerForm->addRow(ui.platformLabel, ui.platform);
    page->addLayout(headerForm);

    ui.outcome = new OutcomeBox(content);
    page->addWidget(ui.outcome);
    ui.azureFields = new AzureFieldsBox(content);
    page->addWidget(ui.azureFields);
    ui.timeline = new ReportTimelineBox(content);
    page->addWidget(ui.timeline);
    ui.violations = new ViolatedRulesBox(content);
    page->addWidget(ui.violations);
    ui.inventory = new InventoryBox(content);
    page->addWidget(ui.inventory);

    page->addStretch(1);
    ui.scrollArea->setWidget(content);
    content->installEventFilter(this);
    // QFormLayout keeps the heights it gave word-wrapped fields when their wrapped height
    // changes later in the same layout pass (new texts, then a narrower page when the scroll
    // bar appears): labels would stay a line short. Once the pass is over, the forms are
    // laid out again from scratch.
    ui.relayoutTimer = new QTimer(this);
    ui.relayoutTimer->setSingleShot(true);
    ui.relayoutTimer->setInterval(0);
    connect(ui.relayoutTimer, &QTimer::timeout, this, [content] {
        // Every layout of the page, not only the forms: a box's cached height for the old
        // width left a wrapped label in the Azure fields squeezed when the page narrowed.
        const QList<QLayout *> layouts = content->findChildren<QLayout *>();
        for (QLayout *layout : layouts)
            layout->invalidate();
    });
}

void DeviceDetailsView::showDevice(const DeviceRecord &device, const DeviceEvaluation &evaluation,
    const QHash<qint64, CompliancePolicy> &policies, bool reportingEnabled, const QDateTime &now)
{
    // Another device's timeline must not be shown under this one's name.
    if (!m_shown || m_shown->device.id != device.id)
        m_ui->timeline->clear();
    m_shown = std::make_unique<ShownDevice>(ShownDevice { device, evaluation, policies, reportingEnabled, now });
    render();
    m_ui->stack->setCurrentWidget(m_ui->scrollArea);
}

void DeviceDetailsView::setReportTimeline(const QList<ReportEvent> &events)
{
    m_ui->timeline->setEvents(events);
    m_ui->relayoutTimer->start();
}

void DeviceDetailsView::clear()
{
    m_shown.reset();
    m_ui->timeline->clear();
    m_ui->stack->setCurrentWidget(m_ui->placeholder);
}

void DeviceDetailsView::changeEvent(QEvent *event)
{
    // Values carry translated descriptions and locale-formatted dates, so both a
    // language and a locale change render them again, not only the fixed labels.
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_shown)
            render();
    } else if (event->type() == QEvent::LocaleChange && m_shown) {
        render();
    }
    QWidget::changeEvent(event);
}

bool DeviceDetailsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->scrollArea->widget() && event->type() == QEvent::Resize) {
        const auto *resize = static_cast<QResizeEvent *>(event);
        if (resize->size().width() != resize->oldSize().width())
            m_ui->relayoutTimer->start();
    }
    return QWidget::eventFilter(watched, event);
}

void DeviceDetailsView::retranslate()
{
    Widgets &ui = *m_ui;
    ui.placeholder->setText(tr("Select a device"));
    ui.scrollArea->setAccessibleName(tr("Device Details"));
    ui.userLabel->setText(tr("User"));
    ui.platformLabel->setText(tr("Platform"));
    ui.outcome->retranslate();
    ui.azureFields->retranslate();
    ui.timeline->retranslate();
    ui.violations->retranslate();
    ui.inventory->retranslate();
}

void DeviceDetailsView::render()
{
    Q_ASSERT(m_shown);
    renderHeader();
    m_ui->outcome->render(*m_shown);
    m_ui->azureFields->render(*m_shown);
    m_ui->timeline->render();
    m_ui->violations->render(*m_shown);
    m_ui->inventory->render(*m_shown);
    m_ui->relayoutTimer->start();
}

void DeviceDetailsView::renderHeader()
{
    const DeviceRecord &device = m_shown->device;
    m_ui->deviceName->setText(device.name.isEmpty() ? tr("Unnamed device") : device.name);
    m_ui->user->setText(orDash(device.user));
    const QString platform = Platforms::displayName(device.platform);
    m_ui->platform->setText(device.osVersion.isEmpty() ? platform
                                                       //: Platform and OS version, e.g. "iOS 17.2".
                                                       : tr("%1 %2").arg(platform, device.osVersion));
}
