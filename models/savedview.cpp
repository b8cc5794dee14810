#include "models/savedview.h"

#include <QJsonArray>
#include <QJsonDocument>

QJsonObject SavedView::toJson() const
{
    QJsonArray hidden;
    for (int column : hiddenColumns)
        hidden.append(DeviceListModel::columnKey(DeviceListModel::Column(column)));
    return QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("search"), filter.search},
        {QStringLiteral("outcomes"), qint64(filter.outcomes)},
        {QStringLiteral("complianceStatuses"), qint64(filter.complianceStatuses)},
        {QStringLiteral("clientStatusCodes"), qint64(filter.clientStatusCodes)},
        {QStringLiteral("platforms"), qint64(filter.platforms)},
        {QStringLiteral("userFixableOnly"), filter.userFixableOnly},
        {QStringLiteral("sortColumn"), sortColumn >= 0
             ? DeviceListModel::columnKey(DeviceListModel::Column(sortColumn)) : QString()},
        {QStringLiteral("sortDescending"), sortOrder == Qt::DescendingOrder},
        {QStringLiteral("hiddenColumns"), hidden},
    };
}

namespace {
int columnOfKey(const QString &key)
{
    for (int column = 0; column < DeviceListModel::ColumnCount; ++column) {
        if (DeviceListModel::columnKey(DeviceListModel::Column(column)) == key)
            return column;
    }
    return -1;
}
} // namespace

bool SavedView::fromJson(const QJsonObject &json, SavedView *out, QString *error)
{
    SavedView view;
    view.name = json.value(QStringLiteral("name")).toString().trimmed();
    if (view.name.isEmpty()) {
        *error = tr("A saved view has no name.");
        return false;
    }
    view.filter.search = json.value(QStringLiteral("search")).toString();
    const auto mask = [&](const char *key, quint32 *target) {
        const QJsonValue value = json.value(QLatin1String(key));
        if (value.isUndefined())
            return true;
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < 0 || number > double(0xFFFFFFFFu) || number != qint64(number)) {
            *error = tr("Saved view \"%1\": \"%2\" is not a valid filter.").arg(view.name, QLatin1String(key));
            return false;
        }
        *target = quint32(number);
        return true;
    };
    if (!mask("outcomes", &view.filter.outcomes) || !mask("complianceStatuses", &view.filter.complianceStatuses)
        || !mask("clientStatusCodes", &view.filter.clientStatusCodes) || !mask("platforms", &view.filter.platforms))
        return false;
    view.filter.userFixableOnly = json.value(QStringLiteral("userFixableOnly")).toBool();
    const QString sortKey = json.value(QStringLiteral("sortColumn")).toString();
    if (!sortKey.isEmpty()) {
        view.sortColumn = columnOfKey(sortKey);
        if (view.sortColumn < 0) {
            *error = tr("Saved view \"%1\": unknown sort column \"%2\".").arg(view.name, sortKey);
            return false;
        }
    }
    view.sortOrder = json.value(QStringLiteral("sortDescending")).toBool() ? Qt::DescendingOrder : Qt::AscendingOrder;
    const QJsonArray hidden = json.value(QStringLiteral("hiddenColumns")).toArray();
    for (const QJsonValue &value : hidden) {
        const int column = columnOfKey(value.toString());
        if (column < 0) {
            *error = tr("Saved view \"%1\": unknown column \"%2\".").arg(view.name, value.toString());
            return false;
        }
        view.hiddenColumns.append(column);
    }
    *out = view;
    return true;
}

QByteArray SavedView::listToJson(const QList<SavedView> &views)
{
    QJsonArray array;
    for (const SavedView &view : views)
        array.append(view.toJson());
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

bool SavedView::listFromJson(const QByteArray &json, QList<SavedView> *out, QString *error)
{
    if (json.trimmed().isEmpty()) {
        out->clear();
        return true;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray()) {
        *error = tr("The saved views are not valid JSON (%1 at offset %2).")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    QList<SavedView> views;
    for (const QJsonValue &value : document.array()) {
        SavedView view;
        if (!fromJson(value.toObject(), &view, error))
            return false;
        views.append(view);
    }
    *out = views;
    return true;
}
