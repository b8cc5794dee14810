#pragma once

#include "models/devicefiltermodel.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

// A named device-list view: filter, sort and visible columns, kept between sessions.
struct SavedView
{
    Q_DECLARE_TR_FUNCTIONS(SavedView)

public:
    QString name;
    DeviceFilter filter;
    int sortColumn = -1;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    QList<int> hiddenColumns;

    QJsonObject toJson() const;
    // Returns false with an error naming the bad field; *out is untouched then.
    static bool fromJson(const QJsonObject &json, SavedView *out, QString *error);

    // The whole list, as kept in the settings.
    static QByteArray listToJson(const QList<SavedView> &views);
    static bool listFromJson(const QByteArray &json, QList<SavedView> *out, QString *error);
};
