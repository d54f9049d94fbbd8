"""Oracle for Cohen's kappa: scikit-learn's cohen_kappa_score.

Reads {"labels": [...], "cases": [{"a": [...], "b": [...]}]} on stdin (null is
a missing rating; only items both analysts rated are compared) and prints,
per case, the unweighted, linear and quadratic kappa (null when undefined).
"""
import json
import math
import sys
import warnings

from sklearn.metrics import cohen_kappa_score

warnings.simplefilter("ignore")  # 0/0 cases print a RuntimeWarning; they are reported as null


def finite(value):
    return None if value is None or math.isnan(value) or math.isinf(value) else float(value)


request = json.load(sys.stdin)
labels = request["labels"]
results = []
for case in request["cases"]:
    pairs = [(a, b) for a, b in zip(case["a"], case["b"]) if a is not None and b is not None]
    first = [a for a, _ in pairs]
    second = [b for _, b in pairs]
    result = {}
    for name, weights in (("kappa", None), ("kappa_linear", "linear"), ("kappa_quadratic", "quadratic")):
        result[name] = finite(cohen_kappa_score(first, second, labels=labels, weights=weights)) if pairs else None
    results.append(result)
json.dump(results, sys.stdout)
