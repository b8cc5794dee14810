#include "ui/translatorcheckview.h"

#include "app/i18n/languageswitcher.h"
#include "ui/mainwindow.h"
#include "ui/readabletextdelegate.h"
#include "ui/screenshotcatalog.h"
#include "ui/translatorcheckmodel.h"

#include <QApplication>
#include <QBoxLayout>
#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>

namespace {
// A red frame over the widget that shows the selected string, blinking, then gone.
class HighlightFrame final : public QWidget
{
public:
    HighlightFrame(QWidget *window, const QRect &rect)
        : QWidget(window)
    {
        setObjectName(QStringLiteral("translatorHighlight"));
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setGeometry(rect.adjusted(-4, -4, 4, 4));
        raise();
        show();
        auto *blink = new QTimer(this);
        connect(blink, &QTimer::timeout, this, [this] { m_on = !m_on; update(); });
        blink->start(250);
        QTimer::singleShot(2500, this, &QObject::deleteLater);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        if (!m_on)
            return;
        QPainter painter(this);
        painter.setPen(QPen(QColor(0xe0, 0x10, 0x30), 4));
        painter.drawRect(rect().adjusted(2, 2, -2, -2));
    }

private:
    bool m_on = true;
};
} // namespace

TranslatorCheckView::TranslatorCheckView(MainWindow *window, LanguageSwitcher *languages, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_window(window)
    , m_languages(languages)
    , m_model(new TranslatorCheckModel(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_flagLabel(new QLabel(this))
    , m_flag(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_measure(new QPushButton(this))
    , m_show(new QPushButton(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_details(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("translatorCheckView"));
    m_language->setObjectName(QStringLiteral("checkLanguage"));
    m_flag->setObjectName(QStringLiteral("checkFlagFilter"));
    m_search->setObjectName(QStringLiteral("checkSearch"));
    m_summary->setObjectName(QStringLiteral("checkSummary"));
    m_table->setObjectName(QStringLiteral("checkTable"));
    m_languageLabel->setBuddy(m_language);
    m_flagLabel->setBuddy(m_flag);
    m_search->setClearButtonEnabled(true);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_languageLabel);
    controls->addWidget(m_language);
    controls->addSpacing(12);
    controls->addWidget(m_flagLabel);
    controls->addWidget(m_flag);
    controls->addWidget(m_search, 1);
    controls->addWidget(m_measure);

    m_table->setModel(m_model);
    m_table->setProperty(ShownTextScanner::kTextsAreData, true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->setTabKeyNavigation(false);
    m_table->setItemDelegate(new ReadableTextDelegate(m_table)); // the flags' colour legible in any palette
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_details->setOpenLinks(false);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    auto *detailsPane = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(detailsPane);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_details, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_show);
    detailsLayout->addLayout(buttons);
    splitter->addWidget(detailsPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(splitter, 1);

    fillLanguages();
    connect(m_language, &QComboBox::activated, this, [this](int index) {
        const QString language = m_language->itemData(index).toString();
        QString error;
        if (language != m_languages->language() && !m_languages->setLanguage(language, &error)) {
            m_summary->setText(error);
            fillLanguages();
        }
    });
    connect(m_flag, &QComboBox::activated, this, [this] { applyFilter(); });
    connect(m_search, &QLineEdit::textChanged, this, [this] { applyFilter(); });
    connect(m_measure, &QPushButton::clicked, this, &TranslatorCheckView::measureNow);
    connect(m_show, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid() && revealRow(current.row()))
            m_highlight->window()->raise();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &index) {
        showDetails();
        if (index.isValid() && isVisible())
            revealRow(index.row());
    });
    connect(m_languages, &LanguageSwitcher::languageChanged, this, [this] {
        fillLanguages();
        // After every widget has re-applied its strings.
        if (!m_measurePending) {
            m_measurePending = true;
            QTimer::singleShot(0, this, &TranslatorCheckView::measureNow);
        }
    });
    retranslate();
    resize(1200, 720);
}

TranslatorCheckView::~TranslatorCheckView()
{
    delete m_highlight;
}

void TranslatorCheckView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TranslatorCheckView::retranslate()
{
    setWindowTitle(tr("Translator check"));
    m_languageLabel->setText(tr("&Language:"));
    m_flagLabel->setText(tr("&Show:"));
    m_search->setPlaceholderText(tr("Filter by text, context or file"));
    m_search->setAccessibleName(tr("Filter strings"));
    m_table->setAccessibleName(tr("Strings"));
    m_details->setAccessibleName(tr("Details of the selected string"));
    m_measure->setText(tr("&Measure again"));
    m_measure->setToolTip(tr("Re-read the translation and measure every view of the console in place."));
    m_show->setText(tr("Show in the &window"));
    fillFlags();
    applyFilter();
    showDetails();
}

void TranslatorCheckView::fillLanguages()
{
    const QSignalBlocker blocker(m_language);
    m_language->clear();
    QStringList languages = LanguageSwitcher::availableLanguages();
    languages.append(LanguageSwitcher::pseudoLanguage());
    for (const QString &language : std::as_const(languages))
        m_language->addItem(LanguageSwitcher::nativeName(language), language);
    m_language->setCurrentIndex(m_language->findData(m_languages->language()));
}

void TranslatorCheckView::fillFlags()
{
    const int current = m_flag->currentIndex() < 0 ? 1 : m_flag->currentIndex();
    const QSignalBlocker blocker(m_flag);
    m_flag->clear();
    m_flag->addItem(tr("All strings"), -1);
    m_flag->addItem(tr("Strings with any flag"), 0);
    for (int i = 0; i < TranslationCheck::FlagCount; ++i)
        m_flag->addItem(TranslationCheck::flagName(TranslationCheck::flagAt(i)), int(TranslationCheck::flagAt(i)));
    m_flag->setCurrentIndex(current);
}

void TranslatorCheckView::setFlagFilter(int flag)
{
    m_flag->setCurrentIndex(std::max(0, m_flag->findData(flag)));
    applyFilter();
}

int TranslatorCheckView::shownRowCount() const
{
    int shown = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        shown += m_table->isRowHidden(row) ? 0 : 1;
    return shown;
}

void TranslatorCheckView::applyFilter()
{
    const int flag = m_flag->currentData().isValid() ? m_flag->currentData().toInt() : -1;
    const QString search = m_search->text().trimmed();
    int flagged = 0;
    int shown = 0;
    int onScreen = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const CheckedString &string = m_model->string(row);
        const int flags = int(string.flags);
        flagged += flags ? 1 : 0;
        onScreen += string.shownIn.isEmpty() ? 0 : 1;
        bool visible = flag < 0 || (flag == 0 ? flags != 0 : (flags & flag) != 0);
        if (visible && !search.isEmpty()) {
            visible = string.message.source.contains(search, Qt::CaseInsensitive)
                || string.shownTranslation().contains(search, Qt::CaseInsensitive)
                || string.message.context.contains(search, Qt::CaseInsensitive)
                || string.message.locations.join(QLatin1Char(' ')).contains(search, Qt::CaseInsensitive);
        }
        m_table->setRowHidden(row, !visible);
        shown += visible ? 1 : 0;
    }
    if (!m_error.isEmpty()) {
        m_summary->setText(m_error);
        return;
    }
    m_summary->setText(tr("%Ln string(s), %1 on screen, %2 flagged, %3 shown.", nullptr, int(m_model->rowCount()))
                           .arg(QLocale().toString(onScreen), QLocale().toString(flagged), QLocale().toString(shown)));
}

void TranslatorCheckView::measureNow()
{
    m_measurePending = false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QModelIndex current = m_table->currentIndex();
    const QString language = m_languages->language();
    m_error.clear();
    QList<CheckedString> strings = TranslatorCheck::load(language, &m_error);
    const ScreenshotContext context{m_window, m_languages};
    TranslatorCheck::attachShown(strings, TranslatorCheck::measureViews(context, QStringLiteral("translator-check")));
    m_model->setStrings(strings);
    m_table->resizeColumnsToContents();
    for (int column = 0; column < TranslatorCheckModel::ColumnCount; ++column)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 320));
    applyFilter();
    if (current.isValid() && current.row() < m_model->rowCount()) {
        const QSignalBlocker blocker(m_table->selectionModel());
        m_table->selectRow(current.row());
    }
    showDetails();
    QApplication::restoreOverrideCursor();
}

void TranslatorCheckView::showDetails()
{
    const QModelIndex current = m_table->currentIndex();
    m_show->setEnabled(current.isValid() && !m_model->string(current.row()).shownIn.isEmpty());
    if (!current.isValid()) {
        m_details->setPlainText(tr("Select a string to see its translation, what is wrong with it and where it "
                                   "is shown."));
        return;
    }
    const CheckedString &string = m_model->string(current.row());
    const auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><th align=left valign=top>%1</th><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    };
    QString html = QStringLiteral("<table cellspacing=4>");
    html += row(tr("Context"), string.message.context);
    html += row(tr("Source text"), string.message.source);
    html += row(tr("Translation"), string.shownTranslation());
    if (!string.message.extraComment.isEmpty())
        html += row(tr("Note for translators"), string.message.extraComment);
    if (!string.message.comment.isEmpty())
        html += row(tr("Disambiguation"), string.message.comment);
    html += row(tr("Where in the source"), string.message.locations.join(QLatin1Char('\n')));
    QStringList problems;
    for (const TranslationCheck::Finding &finding : string.findings)
        problems.append(TranslationCheck::flagName(finding.flag) + QStringLiteral(": ") + finding.detail);
    html += row(tr("Flags"), problems.isEmpty() ? tr("none", "no flags") : problems.join(QLatin1Char('\n')));
    QStringList shown;
    for (const ShownText &text : string.shownIn)
        shown.append((text.view.isEmpty() ? QString() : text.view + QStringLiteral(": ")) + text.describe());
    shown.removeDuplicates();
    html += row(tr("Shown in"), shown.isEmpty() ? tr("not on screen in any view of the console now")
                                                 : shown.join(QLatin1Char('\n')));
    html += QStringLiteral("</table>");
    m_details->setHtml(html);
}

bool TranslatorCheckView::revealRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    for (const ShownText &text : m_model->string(row).shownIn) {
        if (text.widget) {
            reveal(text);
            return true;
        }
    }
    return false;
}

void TranslatorCheckView::reveal(const ShownText &text)
{
    QWidget *widget = text.widget;
    // Bring forward every tab page on the way from the window down to the widget.
    for (QWidget *ancestor = widget->parentWidget(); ancestor; ancestor = ancestor->parentWidget()) {
        if (auto *tabs = qobject_cast<QTabWidget *>(ancestor)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->widget(i) == widget || tabs->widget(i)->isAncestorOf(widget))
                    tabs->setCurrentIndex(i);
            }
        }
    }
    QWidget *window = widget->window();
    window->show();
    delete m_highlight;
    const QRect rect = text.rect.isValid() ? text.rect : widget->rect();
    m_highlight = new HighlightFrame(window, QRect(widget->mapTo(window, rect.topLeft()), rect.size()));
}
