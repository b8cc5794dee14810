#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

class LanguageSwitcher;
class MainWindow;
class QWidget;

// What a catalog entry needs to open its view.
struct ScreenshotContext
{
    MainWindow *window = nullptr;
    LanguageSwitcher *languages = nullptr;
};

// The widget to grab: a page of the main window (not owned), or a dialog the entry created
// (owned: deleted after the grab). A null widget: this console has no such view (for
// example the Reports tab without a tenant).
struct ScreenshotTarget
{
    QWidget *widget = nullptr;
    std::unique_ptr<QWidget> owned;
    // Released with the target: puts back what the entry changed for its picture (the
    // application palette of the dark and high-contrast views).
    std::shared_ptr<void> restore;
};

// One view or dialog of the console, shown in a state with realistic data.
struct ScreenshotView
{
    QString id; // the PNG file name without ".png", and the row of index.html
    QString title; // untranslated source (context ScreenshotCatalog): translate when shown
    std::function<ScreenshotTarget(const ScreenshotContext &)> show;
};

// The one registry of views that screenshot mode renders and the translator check view
// measures. A new view or dialog is one entry in ScreenshotCatalog::views().
class ScreenshotCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(ScreenshotCatalog)

public:
    static const QList<ScreenshotView> &views();
    // Lets the event loop run until the shown view has laid out and read its data.
    static void settle(int milliseconds = 400);
};
