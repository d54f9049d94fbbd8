#include "mustachedata.h"

#include <QVariantList>
#include <QVariantMap>

namespace dpi {

namespace {

using kainjow::mustache::data;

// kainjow's set() and push_back() take their value by const reference and copy
// it, and a copy is deep: converting a report context that way copied every
// subtree once per level above it (a third of an export's time). Values are
// therefore moved into place. Lists have no mutable accessor, but the vector
// behind list_value() is owned by the (non-const) data, so writing to it is
// well defined.
kainjow::mustache::list &mutableList(data &list)
{
    return const_cast<kainjow::mustache::list &>(list.list_value());
}

data stringData(const QString &text)
{
    // Empty text is false, so {{#notes}}...{{/notes}} skips what is missing.
    if (text.isEmpty())
        return data(data::type::bool_false);
    return data(text.toStdString());
}

} // namespace

kainjow::mustache::data toMustacheData(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QVariantMap: {
        data object{data::type::object};
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            object[it.key().toStdString()] = toMustacheData(it.value());
        return object;
    }
    case QMetaType::QVariantList: {
        data list{data::type::list};
        const QVariantList items = value.toList();
        kainjow::mustache::list &target = mutableList(list);
        target.reserve(std::size_t(items.size()));
        for (const QVariant &item : items)
            target.push_back(toMustacheData(item));
        return list;
    }
    case QMetaType::QStringList: {
        data list{data::type::list};
        const QStringList items = value.toStringList();
        kainjow::mustache::list &target = mutableList(list);
        target.reserve(std::size_t(items.size()));
        for (const QString &item : items)
            target.emplace_back(item.toStdString());
        return list;
    }
    case QMetaType::Bool:
        return data(value.toBool() ? data::type::bool_true : data::type::bool_false);
    case QMetaType::UnknownType:
        return data(data::type::bool_false);
    case QMetaType::QString:
        return stringData(value.toString());
    default:
        return data(value.toString().toStdString());
    }
}

} // namespace dpi
