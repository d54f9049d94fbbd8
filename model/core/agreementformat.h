#pragma once

#include "project.h"
#include "teamagreement.h"

#include <QByteArray>
#include <QString>

namespace dpi {

/**
 * How every output prints an agreement coefficient (alpha, kappa): three
 * decimals; `undefined` when it has no value. Percentages use
 * formatPercent(). Report, Results and CLI share these, so the same number
 * reads the same everywhere.
 */
QString formatCoefficient(const AgreementValue &value, const QString &undefined = QStringLiteral("-"));
/** "[0.512, 0.801]", or `undefined`. */
QString formatInterval(const AlphaInterval &interval, const QString &undefined = QStringLiteral("-"));

/**
 * `dpiw agree --format json`: "analysts", "method", "overall", "sectors",
 * "frameworks" (each with its "dimensions"); every group has items,
 * analysts, alpha_nominal, alpha_ordinal (+ _ci95), alpha_interval (+ _ci95),
 * percent_agreement, percent_within_one and, with two analysts, kappa,
 * kappa_linear, kappa_quadratic. An undefined statistic is null with a
 * "<key>_reason" beside it.
 */
QByteArray agreementAsJson(const Project &project, const TeamAgreement &agreement, const QString &language);
/** `dpiw agree --format table`: one row per group, the reasons for undefined values below. */
QByteArray agreementAsTable(const Project &project, const TeamAgreement &agreement, const QString &language);

} // namespace dpi
