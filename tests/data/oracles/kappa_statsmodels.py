"""Oracle from statsmodels: Fleiss' kappa for complete data from several
analysts, and Cohen's kappa (with linear and quadratic weights) from a
two-analyst contingency table.

Reads {"categories": [...], "cases": [{"matrix": [[analyst 1's values], ...]}]}
on stdin, complete data (no nulls), and prints per case {"fleiss": ...} and,
for two analysts, the three Cohen's kappas (null when undefined).
"""
import json
import math
import sys
import warnings

import numpy as np
from statsmodels.stats.inter_rater import aggregate_raters, cohens_kappa, fleiss_kappa

warnings.simplefilter("ignore")


def finite(value):
    value = float(value)
    return None if math.isnan(value) or math.isinf(value) else value


request = json.load(sys.stdin)
categories = request["categories"]
results = []
for case in request["cases"]:
    units = np.array(case["matrix"], dtype=float).T  # statsmodels: one row per unit, one column per rater
    table, _ = aggregate_raters(units)
    result = {"fleiss": finite(fleiss_kappa(table, method="fleiss"))}
    if units.shape[1] == 2:
        index = {value: i for i, value in enumerate(categories)}
        contingency = np.zeros((len(categories), len(categories)))
        for a, b in units:
            contingency[index[a], index[b]] += 1
        for name, weights in (("kappa", None), ("kappa_linear", "linear"), ("kappa_quadratic", "quadratic")):
            result[name] = finite(cohens_kappa(contingency, wt=weights).kappa)
    results.append(result)
json.dump(results, sys.stdout)
