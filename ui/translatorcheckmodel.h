#pragma once

#include "ui/translatorcheck.h"

#include <QAbstractTableModel>

// The rows of the translator check view: one per source string of the checked language.
class TranslatorCheckModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TranslatorCheckModel)

public:
    enum Column { ContextColumn, SourceColumn, TranslationColumn, FlagsColumn, LocationColumn, ShownInColumn, ColumnCount };
    enum Role { FlagsRole = Qt::UserRole };

    explicit TranslatorCheckModel(QObject *parent = nullptr);

    void setStrings(const QList<CheckedString> &strings);
    const QList<CheckedString> &strings() const { return m_strings; }
    const CheckedString &string(int row) const { return m_strings.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString flagsText(TranslationCheck::Flags flags);

private:
    QList<CheckedString> m_strings;
};
