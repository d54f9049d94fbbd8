#include "mustachedata.h"

#include <QVariantList>
#include <QVariantMap>

namespace dpi {

kainjow::mustache::data toMustacheData(const QVariant &value)
{
    using kainjow::mustache::data;
    switch (value.typeId()) {
    case QMetaType::QVariantMap: {
        data object{data::type::object};
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            object.set(it.key().toStdString(), toMustacheData(it.value()));
        return object;
    }
    case QMetaType::QVariantList: {
        data list{data::type::list};
        const QVariantList items = value.toList();
        for (const QVariant &item : items)
            list.push_back(toMustacheData(item));
        return list;
    }
    case QMetaType::QStringList: {
        data list{data::type::list};
        const QStringList items = value.toStringList();
        for (const QString &item : items)
            list.push_back(data(item.toStdString()));
        return list;
    }
    case QMetaType::Bool:
        return data(value.toBool() ? data::type::bool_true : data::type::bool_false);
    case QMetaType::UnknownType:
        return data(data::type::bool_false);
    case QMetaType::QString:
        // Empty text is false, so {{#notes}}...{{/notes}} skips what is missing.
        if (value.toString().isEmpty())
            return data(data::type::bool_false);
        return data(value.toString().toStdString());
    default:
        return data(value.toString().toStdString());
    }
}

} // namespace dpi
