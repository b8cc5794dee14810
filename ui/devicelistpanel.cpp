#include "ui/devicelistpanel.h"

#include "models/devicefiltermodel.h"
#include "models/devicelistmodel.h"
#include "ui/readabletextdelegate.h"
#include "ui/wrappingheaderview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
// Combo entries carry the filter mask they select; 0 means "any".
void setComboItems(QComboBox *combo, const QList<std::pair<QString, quint32>> &items)
{
    const quint32 selected = combo->currentData().toUInt();
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const auto &[text, mask] : items)
        combo->addItem(text, mask);
    const int index = combo->findData(selected);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

void selectComboMask(QComboBox *combo, quint32 mask)
{
    const int index = combo->findData(mask);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}
} // namespace

DeviceListPanel::DeviceListPanel(DeviceListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filterModel(new DeviceFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_outcomeLabel(new QLabel(this))
    , m_outcome(new QComboBox(this))
    , m_statusLabel(new QLabel(this))
    , m_status(new QComboBox(this))
    , m_codeLabel(new QLabel(this))
    , m_code(new QComboBox(this))
    , m_platformLabel(new QLabel(this))
    , m_platform(new QComboBox(this))
    , m_userFixable(new QCheckBox(this))
    , m_table(new QTableView(this))
{
    m_filterModel->setSourceModel(m_model);
    m_search->setObjectName(QStringLiteral("deviceSearch"));
    m_search->setClearButtonEnabled(true);
    m_outcome->setObjectName(QStringLiteral("outcomeFilter"));
    m_status->setObjectName(QStringLiteral("complianceStatusFilter"));
    m_code->setObjectName(QStringLiteral("clientStatusCodeFilter"));
    m_platform->setObjectName(QStringLiteral("platformFilter"));
    m_userFixable->setObjectName(QStringLiteral("userFixableFilter"));
    m_table->setObjectName(QStringLiteral("deviceTable"));
    m_outcomeLabel->setBuddy(m_outcome);
    m_statusLabel->setBuddy(m_status);
    m_codeLabel->setBuddy(m_code);
    m_platformLabel->setBuddy(m_platform);

    auto *filters = new QHBoxLayout;
    for (auto [label, combo] : {std::pair<QLabel *, QComboBox *>{m_outcomeLabel, m_outcome},
                                {m_statusLabel, m_status}, {m_codeLabel, m_code}, {m_platformLabel, m_platform}}) {
        filters->addWidget(label);
        filters->addWidget(combo);
        // Narrow in the bar, full texts in the popup: the details pane needs the room.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(9);
    }
    filters->addStretch();
    // The check box beside the search field: with it in the row of the filters, their labels
    // in Japanese or Spanish made the list wider than the window leaves it.
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_userFixable);
    // The Tab key follows the rows as they are read.
    setTabOrder(m_search, m_userFixable);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(searchRow);
    layout->addLayout(filters);
    layout->addWidget(m_table);

    m_table->setHorizontalHeader(new WrappingHeaderView(m_table));
    m_table->setModel(m_filterModel);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Tab leaves the list for Device Details; the arrow keys move in it (a cell per Tab
    // would make thousands of rows a trap for the keyboard).
    m_table->setTabKeyNavigation(false);
    m_table->setItemDelegate(new ReadableTextDelegate(m_table)); // flagged cells legible in any palette
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights and no per-row sizing: a million rows scroll without measuring.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->horizontalHeader()->setDefaultSectionSize(150);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &DeviceListPanel::showHeaderMenu);
    // The helpdesk's first question is what Azure has: its fields come right after the name,
    // on the first screen. Every column can still be moved and hidden.
    const QList<DeviceListModel::Column> order{DeviceListModel::NameColumn, DeviceListModel::ComplianceStatusColumn,
        DeviceListModel::ClientStatusCodeColumn, DeviceListModel::ReportTimeColumn, DeviceListModel::OutcomeColumn,
        DeviceListModel::EffectiveActionColumn, DeviceListModel::AzureDeviceIdColumn, DeviceListModel::UserColumn,
        DeviceListModel::PlatformColumn, DeviceListModel::OsVersionColumn, DeviceListModel::ModelColumn,
        DeviceListModel::SerialColumn, DeviceListModel::LastCheckinColumn};
    for (int visual = 0; visual < order.size(); ++visual)
        m_table->horizontalHeader()->moveSection(m_table->horizontalHeader()->visualIndex(order.at(visual)), visual);
    // Report Time is as wide as the texts it shows, read once the devices are there.
    connect(m_model, &DeviceListModel::tableReplaced, this, &DeviceListPanel::fitColumnsToTexts);

    // Typing filters after a short pause so fast typists don't queue stale searches.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(120);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &DeviceListPanel::applyFilterFromControls);
    for (QComboBox *combo : {m_outcome, m_status, m_code, m_platform})
        connect(combo, &QComboBox::currentIndexChanged, this, &DeviceListPanel::applyFilterFromControls);
    connect(m_userFixable, &QCheckBox::toggled, this, &DeviceListPanel::applyFilterFromControls);

    connect(m_filterModel, &QAbstractItemModel::modelReset, this, &DeviceListPanel::restoreCurrentDevice);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DeviceListPanel::emitCurrentDevice);

    retranslate();
}

DeviceListPanel::~DeviceListPanel() = default;

void DeviceListPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DeviceListPanel::retranslate()
{
    // The placeholder also tells screen readers what the field searches (its description).
    m_search->setAccessibleName(tr("Search devices"));
    m_search->setPlaceholderText(tr("Search name, user, serial or Azure device ID (Ctrl+F)"));
    m_table->setAccessibleName(tr("Devices"));
    m_table->setAccessibleDescription(tr("One device per row; the selected device is shown in Device Details."));
    m_outcomeLabel->setText(tr("&Outcome:"));
    m_statusLabel->setText(tr("&Status:"));
    m_codeLabel->setText(tr("&Client code:"));
    m_platformLabel->setText(tr("Pla&tform:"));
    m_userFixable->setText(tr("User-fixable only"));
    m_userFixable->setToolTip(tr("Devices whose Azure Client Status Code the device user can mitigate"));
    fillFilterCombos();
    m_model->retranslate();
    fitColumnsToTexts();
}

// Each column at least as wide as its header (on two lines) and, for columns of fixed values
// (outcome, action, status, code, Report Time), as its longest value in this language, so no
// translation is cut off. A width the console chose follows the language, narrower too, so
// that the Azure fields stay on the first screen; a width the user chose only widens.
void DeviceListPanel::fitColumnsToTexts()
{
    auto *header = static_cast<WrappingHeaderView *>(m_table->horizontalHeader());
    const QFontMetrics cellMetrics(m_table->font());
    // The text's margins, and the grid line that the cell gives up on its right.
    const int cellMargin = 2 * (m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1)
        + (m_table->showGrid() ? 1 : 0);
    for (int column = 0; column < DeviceListModel::ColumnCount; ++column) {
        const auto which = DeviceListModel::Column(column);
        QStringList values;
        if (which == DeviceListModel::OutcomeColumn) {
            for (AzureOutcome outcome : {AzureOutcome::Compliant, AzureOutcome::NonCompliant, AzureOutcome::RemovedFromAzure})
                values.append(ComplianceActions::outcomeName(outcome));
        } else if (which == DeviceListModel::EffectiveActionColumn) {
            values.append(ComplianceActions::displayName(ComplianceAction::None));
            for (ComplianceAction action : ComplianceActions::all())
                values.append(ComplianceActions::displayName(action));
        } else if (which == DeviceListModel::ComplianceStatusColumn) {
            for (auto status : {AzureComplianceStatus::None, AzureComplianceStatus::InProgress,
                                AzureComplianceStatus::Successful, AzureComplianceStatus::Failed})
                values.append(AzureComplianceStatus::displayName(status));
        } else if (which == DeviceListModel::ClientStatusCodeColumn) {
            for (AzureClientStatus::Code code : AzureClientStatus::knownCodes())
                values.append(AzureClientStatus::wireName(code));
        } else if (which == DeviceListModel::ReportTimeColumn) {
            // A late time of a two-digit day and month, as the list writes it, and the reasons
            // for a blank time that the devices shown give.
            const QLocale locale;
            values.append(locale.toString(QDateTime(QDate(2026, 12, 28), QTime(22, 58, 58)),
                                          locale.dateTimeFormat(QLocale::ShortFormat) + QStringLiteral(" t")));
            for (int row = 0; row < std::min(m_model->rowCount(), 2000); ++row) {
                const QString text = m_model->index(row, column).data().toString();
                if (!values.contains(text))
                    values.append(text);
            }
        }
        int needed = header->neededWidth(column);
        for (const QString &value : std::as_const(values))
            needed = std::max(needed, cellMetrics.horizontalAdvance(value) + cellMargin);
        if (values.isEmpty())
            needed = std::max(needed, header->defaultSectionSize()); // a column of data
        const int width = m_table->columnWidth(column);
        if (width < needed || width == m_fittedWidths.value(column, header->defaultSectionSize())) {
            m_table->setColumnWidth(column, needed);
            m_fittedWidths.insert(column, m_table->columnWidth(column));
        }
    }
}

void DeviceListPanel::fillFilterCombos()
{
    // One "Any" per filter: the word agrees with the filter's noun in French and Spanish
    // (masculine outcome, status and code; feminine platform).
    setComboItems(m_outcome, {{tr("Any", "outcome filter"), 0},
                              {ComplianceActions::outcomeName(AzureOutcome::Compliant),
                               DeviceFilter::bit(int(AzureOutcome::Compliant))},
                              {ComplianceActions::outcomeName(AzureOutcome::NonCompliant),
                               DeviceFilter::bit(int(AzureOutcome::NonCompliant))},
                              {ComplianceActions::outcomeName(AzureOutcome::RemovedFromAzure),
                               DeviceFilter::bit(int(AzureOutcome::RemovedFromAzure))}});
    QList<std::pair<QString, quint32>> statuses{{tr("Any", "status filter"), 0}};
    for (auto status : {AzureComplianceStatus::None, AzureComplianceStatus::InProgress,
                        AzureComplianceStatus::Successful, AzureComplianceStatus::Failed})
        statuses.append({AzureComplianceStatus::displayName(status), DeviceFilter::bit(status)});
    setComboItems(m_status, statuses);
    QList<std::pair<QString, quint32>> codes{{tr("Any", "client code filter"), 0}};
    for (AzureClientStatus::Code code : AzureClientStatus::knownCodes())
        codes.append({AzureClientStatus::wireName(code), DeviceFilter::bit(int(code))});
    codes.append({tr("Unknown codes"), DeviceFilter::bit(int(AzureClientStatus::Code::Unknown))});
    codes.append({tr("Not reported"), DeviceFilter::bit(int(AzureClientStatus::Code::None))});
    codes.append({tr("Any error (not Success)"),
                  ~(DeviceFilter::bit(int(AzureClientStatus::Code::Success))
                    | DeviceFilter::bit(int(AzureClientStatus::Code::None)))
                      & ((DeviceFilter::bit(int(AzureClientStatus::Code::Unknown)) << 1) - 1)});
    setComboItems(m_code, codes);
    setComboItems(m_platform, {{tr("Any", "platform filter"), 0},
                               {Platforms::displayName(Platform::iOS), DeviceFilter::bit(int(Platform::iOS))},
                               {Platforms::displayName(Platform::Android), DeviceFilter::bit(int(Platform::Android))},
                               {Platforms::displayName(Platform::macOS), DeviceFilter::bit(int(Platform::macOS))},
                               {Platforms::displayName(Platform::Windows), DeviceFilter::bit(int(Platform::Windows))}});
}

void DeviceListPanel::applyFilterFromControls()
{
    if (m_applyingView)
        return;
    m_searchDelay->stop();
    DeviceFilter filter;
    filter.search = m_search->text();
    filter.outcomes = m_outcome->currentData().toUInt();
    filter.complianceStatuses = m_status->currentData().toUInt();
    filter.clientStatusCodes = m_code->currentData().toUInt();
    filter.platforms = m_platform->currentData().toUInt();
    filter.userFixableOnly = m_userFixable->isChecked();
    if (filter == m_filterModel->filter())
        return;
    m_filterModel->setFilter(filter);
    emit filterChanged();
}

void DeviceListPanel::restoreCurrentDevice()
{
    // A filter change resets the rows; keep the device the user was looking at.
    if (m_currentDeviceId < 0)
        return;
    const int sourceRow = m_model->table().rowOfId(m_currentDeviceId);
    const QModelIndex proxy = m_filterModel->mapFromSource(m_model->index(sourceRow, 0));
    if (proxy.isValid()) {
        m_table->setCurrentIndex(proxy);
        m_table->scrollTo(proxy);
    }
}

void DeviceListPanel::emitCurrentDevice()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = current.data(DeviceListModel::DeviceIdRole).toLongLong();
    if (id == m_currentDeviceId)
        return;
    m_currentDeviceId = id;
    emit currentDeviceChanged(id);
}

qint64 DeviceListPanel::currentDeviceId() const
{
    return m_currentDeviceId;
}

QList<qint64> DeviceListPanel::selectedDeviceIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(index.data(DeviceListModel::DeviceIdRole).toLongLong());
    return ids;
}

QList<int> DeviceListPanel::visibleColumns() const
{
    QList<int> columns;
    const QHeaderView *header = m_table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}

void DeviceListPanel::setColumnVisible(int column, bool visible)
{
    // The name stays: a row without it cannot be told apart.
    if (column == DeviceListModel::NameColumn && !visible)
        return;
    m_table->setColumnHidden(column, !visible);
    emit columnVisibilityChanged();
}

bool DeviceListPanel::isColumnVisible(int column) const
{
    return !m_table->isColumnHidden(column);
}

void DeviceListPanel::showHeaderMenu(const QPoint &pos)
{
    QMenu menu(this);
    for (int column = 0; column < DeviceListModel::ColumnCount; ++column) {
        QAction *action = menu.addAction(DeviceListModel::columnName(DeviceListModel::Column(column)));
        action->setCheckable(true);
        action->setChecked(isColumnVisible(column));
        action->setEnabled(column != DeviceListModel::NameColumn);
        connect(action, &QAction::toggled, this, [this, column](bool on) { setColumnVisible(column, on); });
    }
    menu.exec(m_table->horizontalHeader()->mapToGlobal(pos));
}

SavedView DeviceListPanel::currentView(const QString &name) const
{
    SavedView view;
    view.name = name;
    view.filter = m_filterModel->filter();
    view.sortColumn = m_filterModel->sortColumn();
    view.sortOrder = m_filterModel->sortOrder();
    for (int column = 0; column < DeviceListModel::ColumnCount; ++column) {
        if (!isColumnVisible(column))
            view.hiddenColumns.append(column);
    }
    return view;
}

void DeviceListPanel::applyView(const SavedView &view)
{
    m_applyingView = true;
    m_search->setText(view.filter.search);
    selectComboMask(m_outcome, view.filter.outcomes);
    selectComboMask(m_status, view.filter.complianceStatuses);
    selectComboMask(m_code, view.filter.clientStatusCodes);
    selectComboMask(m_platform, view.filter.platforms);
    m_userFixable->setChecked(view.filter.userFixableOnly);
    m_applyingView = false;
    m_filterModel->setFilter(view.filter);
    for (int column = 0; column < DeviceListModel::ColumnCount; ++column)
        m_table->setColumnHidden(column, view.hiddenColumns.contains(column));
    if (view.sortColumn >= 0)
        m_table->sortByColumn(view.sortColumn, view.sortOrder);
    emit filterChanged();
    emit columnVisibilityChanged();
}
