#include "ui/storeproblemdialog.h"

#include "ui/readablecolors.h"

#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace {
// The files SQLite keeps next to a database: its write-ahead log, the shared-memory
// index and a rollback journal. They belong to the database and move with it.
const char *const kCompanions[] = { "", "-wal", "-shm", "-journal" };

// Lets a wrapped label break a long path: a zero-width space after each separator and
// within any run of 40 characters without a break. The unbroken path is in the read-only
// field above for copying.
QString breakable(const QString &text)
{
    constexpr int kLongestRun = 40;
    QString result;
    result.reserve(text.size() + text.size() / 8);
    int run = 0;
    for (const QChar c : text) {
        result.append(c);
        if (c.isSpace()) {
            run = 0;
        } else if (c == QLatin1Char('/') || c == QLatin1Char('\\') || ++run >= kLongestRun) {
            result.append(QChar(0x200B));
            run = 0;
        }
    }
    return result;
}
} // namespace

StoreProblemDialog::StoreProblemDialog(const QString &path, const QString &problem, QWidget *parent)
    : QDialog(parent)
    , m_path(path)
    , m_problem(problem)
{
    setObjectName(QStringLiteral("storeProblemDialog"));
    m_picker = [this](QWidget *owner) {
        return QFileDialog::getSaveFileName(owner, tr("Open or create a device store"),
            QFileInfo(m_path).absolutePath(), tr("Device store (*.sqlite);;All files (*)"), nullptr,
            QFileDialog::DontConfirmOverwrite);
    };

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);

    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_fileLabel = new QLabel(this);
    // The path in a read-only field: copied as it is, however long.
    m_file = new QLineEdit(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()), this);
    m_file->setObjectName(QStringLiteral("storeFile"));
    m_file->setReadOnly(true);
    m_file->setFrame(false);
    m_file->setCursorPosition(0);
    m_fileLabel->setBuddy(m_file); // its name for screen readers
    m_reasonLabel = new QLabel(this);
    m_reason = new QLabel(breakable(problem), this);
    m_reason->setObjectName(QStringLiteral("storeProblem"));
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reason->setWordWrap(true);
    m_advice = new QLabel(this);
    m_advice->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("actionError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    ReadableColors::setTone(m_error, ReadableColors::Tone::Error);
    m_error->hide();

    m_newStore = new QPushButton(this);
    m_newStore->setObjectName(QStringLiteral("newStoreButton"));
    m_otherFile = new QPushButton(this);
    m_otherFile->setObjectName(QStringLiteral("otherFileButton"));
    m_quit = new QPushButton(this);
    m_quit->setObjectName(QStringLiteral("quitButton"));
    m_newStore->setDefault(true);
    connect(m_newStore, &QPushButton::clicked, this, &StoreProblemDialog::startNewStore);
    connect(m_otherFile, &QPushButton::clicked, this, &StoreProblemDialog::openOtherFile);
    connect(m_quit, &QPushButton::clicked, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(m_title);
    text->addSpacing(6);
    text->addWidget(m_fileLabel);
    text->addWidget(m_file);
    text->addSpacing(4);
    text->addWidget(m_reasonLabel);
    text->addWidget(m_reason);
    text->addSpacing(8);
    text->addWidget(m_advice);
    text->addWidget(m_error);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addSpacing(8);
    top->addLayout(text, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_newStore);
    buttons->addWidget(m_otherFile);
    buttons->addWidget(m_quit);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    retranslate();
    resize(640, 0);
    fitHeight();
}

void StoreProblemDialog::fitHeight()
{
    // As wide as the buttons need in the language shown, 640 px at least.
    const int minimumWidth = std::max(640, layout()->totalMinimumSize().width());
    setMinimumWidth(minimumWidth);
    if (width() < minimumWidth)
        resize(minimumWidth, height());
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    setMinimumHeight(needed);
    if (height() < needed)
        resize(width(), needed);
}

void StoreProblemDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    fitHeight();
}

void StoreProblemDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    if (event->oldSize().width() != event->size().width())
        fitHeight();
}

StoreProblemDialog::~StoreProblemDialog() = default;

QString StoreProblemDialog::actionError() const
{
    return m_error->isHidden() ? QString() : m_error->text().remove(QChar(0x200B));
}

void StoreProblemDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fitHeight();
    }
    QDialog::changeEvent(event);
}

void StoreProblemDialog::retranslate()
{
    setWindowTitle(tr("Azure Status Console"));
    m_title->setText(tr("The device store cannot be opened"));
    //: Label above the path of the database file
    m_fileLabel->setText(tr("File:"));
    //: Label above the reason the database file cannot be opened
    m_reasonLabel->setText(tr("Reason:"));
    m_advice->setText(tr("Nothing has been changed. You can:\n"
                         "• Set the file aside and start a new store: the file is renamed next to itself, "
                         "never deleted, so it can still be examined or restored. The new store is filled by "
                         "the next sync from the MDM, and every device is reported to Azure again.\n"
                         "• Open or create another store file.\n"
                         "• Quit, and repair or restore the file yourself."));
    m_newStore->setText(tr("Set aside and start a new store"));
    m_otherFile->setText(tr("Open another store file…"));
    m_quit->setText(tr("Quit"));
}

void StoreProblemDialog::startNewStore()
{
    QString error;
    if (!moveAside(m_path, &m_movedTo, &error)) {
        m_error->setText(breakable(error));
        m_error->show();
        fitHeight(); // room for the error, wrapped at the dialog's width
        return;
    }
    m_choice = Choice::NewStore;
    accept();
}

void StoreProblemDialog::openOtherFile()
{
    const QString path = m_picker ? m_picker(this) : QString();
    if (path.isEmpty())
        return; // cancelled: the choices stay as they were
    m_chosenPath = path;
    m_choice = Choice::OtherFile;
    accept();
}

bool StoreProblemDialog::moveAside(const QString &path, QString *movedTo, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = tr("%1 no longer exists, so there is nothing to set aside.")
                     .arg(QDir::toNativeSeparators(info.absoluteFilePath()));
        return false;
    }
    const QString absolute = info.absoluteFilePath();
    const QString stem = absolute + QStringLiteral(".set-aside-")
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-hhmmss"));
    QString target = stem;
    const auto taken = [](const QString &base) {
        for (const char *suffix : kCompanions) {
            if (QFileInfo::exists(base + QLatin1String(suffix)))
                return true;
        }
        return false;
    };
    for (int n = 2; taken(target); ++n)
        target = stem + QLatin1Char('-') + QString::number(n);

    QList<QPair<QString, QString>> renamed;
    for (const char *suffix : kCompanions) {
        const QString from = absolute + QLatin1String(suffix);
        if (!QFileInfo::exists(from))
            continue;
        const QString to = target + QLatin1String(suffix);
        QFile file(from);
        if (!file.rename(to)) {
            // Put back what was moved: the store stays exactly as it was.
            for (auto it = renamed.crbegin(); it != renamed.crend(); ++it)
                QFile::rename(it->second, it->first);
            //: %1 and %2 are file paths, %3 the system's reason, %4 a folder
            *error = tr("Could not rename %1 to %2: %3. Nothing was changed. Check that you may write to the "
                        "folder %4, or open another store file.")
                         .arg(QDir::toNativeSeparators(from), QDir::toNativeSeparators(to), file.errorString(),
                             QDir::toNativeSeparators(info.absolutePath()));
            return false;
        }
        renamed.append({ from, to });
    }
    *movedTo = target;
    return true;
}
