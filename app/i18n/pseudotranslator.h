#pragma once

#include <QTranslator>

// The pseudo-locale: every string of ours comes out accented, about 40% longer and
// bracketed, so a hard-coded string (plain ASCII, no brackets) and text cut off by its widget
// (no closing bracket) stand out. Placeholders, accelerators, HTML tags, line breaks and
// protocol codes stay intact, so the program works as in English. Qt's own contexts (Q*) are
// left alone: their key names must still parse.
class PseudoTranslator final : public QTranslator
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PseudoTranslator)

public:
    explicit PseudoTranslator(QObject *parent = nullptr);

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override { return false; }

    static QString pseudo(const QString &source);
};
