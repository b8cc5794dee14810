#pragma once

#include <QDialog>
#include <QString>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

// Shown at start-up when the device store cannot be opened (a damaged file, a file that
// is not SQLite, one written by a newer version, one that cannot be read): it names the
// file and the reason and offers what an administrator does about it:
// - set the file aside and start a new store in its place (the file is renamed next to
//   itself, never deleted or overwritten; the next sync fills the new store from the MDM
//   and reports every device again);
// - open or create another store file;
// - quit, changing nothing.
// A failed rename is shown in the dialog, which stays open, and nothing is changed.
class StoreProblemDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreProblemDialog)

public:
    enum class Choice
    {
        Quit,
        NewStore, // the file was set aside: movedTo() names where it is now
        OtherFile // chosenPath() is the file to open instead
    };

    StoreProblemDialog(const QString &path, const QString &problem, QWidget *parent = nullptr);
    ~StoreProblemDialog() override;

    Choice choice() const { return m_choice; }
    QString movedTo() const { return m_movedTo; }
    QString chosenPath() const { return m_chosenPath; }

    // Asks for another store file; empty when cancelled. Tests replace the file dialog.
    using FilePicker = std::function<QString(QWidget *parent)>;
    void setFilePicker(FilePicker picker) { m_picker = std::move(picker); }

    // Renames `path` and the SQLite files that belong to it (-wal, -shm, -journal) to
    // "<path>.set-aside-<yyyyMMdd-hhmmss>" (+ "-2", "-3"... if taken) plus their suffix.
    // Never deletes or overwrites a file. On failure the files already renamed are put
    // back and *error names the file, the reason and what to do.
    static bool moveAside(const QString &path, QString *movedTo, QString *error);

    // For tests and screenshots.
    QPushButton *newStoreButton() const { return m_newStore; }
    QPushButton *otherFileButton() const { return m_otherFile; }
    QPushButton *quitButton() const { return m_quit; }
    QString actionError() const; // as shown, without the break hints

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    // At least the height the wrapped texts need at the current width (a layout's minimum
    // size ignores height-for-width, so long translations overlapped).
    void fitHeight();
    void startNewStore();
    void openOtherFile();

    QString m_path;
    QString m_problem;
    Choice m_choice = Choice::Quit;
    QString m_movedTo;
    QString m_chosenPath;
    FilePicker m_picker;
    QLabel *m_title = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLineEdit *m_file = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_advice = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_newStore = nullptr;
    QPushButton *m_otherFile = nullptr;
    QPushButton *m_quit = nullptr;
};
