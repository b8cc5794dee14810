#pragma once

#include "ui/translatorcheck.h"

#include <QPointer>
#include <QWidget>

class LanguageSwitcher;
class MainWindow;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;
class TranslatorCheckModel;

// Every source string beside its translation in the chosen language, with its context,
// where it is in the sources and where the running UI shows it, and what is wrong with it.
// Selecting a row switches to the widget that shows it and flashes a frame on it.
class TranslatorCheckView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TranslatorCheckView)

public:
    TranslatorCheckView(MainWindow *window, LanguageSwitcher *languages, QWidget *parent = nullptr);
    ~TranslatorCheckView() override;

    // Re-reads the .ts of the current language and measures every view of the console.
    void measureNow();
    // -1: every string; 0: strings with any flag; else only strings with this flag.
    void setFlagFilter(int flag);
    int shownRowCount() const;
    TranslatorCheckModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // Shows the widget of the row's first live place and flashes a frame on it.
    bool revealRow(int row);
    QWidget *highlight() const { return m_highlight; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillLanguages();
    void fillFlags();
    void applyFilter();
    void showDetails();
    void reveal(const ShownText &text);

    MainWindow *m_window;
    LanguageSwitcher *m_languages;
    TranslatorCheckModel *m_model;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_flagLabel;
    QComboBox *m_flag;
    QLineEdit *m_search;
    QPushButton *m_measure;
    QPushButton *m_show;
    QLabel *m_summary;
    QTableView *m_table;
    QTextBrowser *m_details;
    QPointer<QWidget> m_highlight;
    QString m_error;
    bool m_measurePending = false;
};
