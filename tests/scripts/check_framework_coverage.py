#!/usr/bin/env python3
"""Content check for bundled frameworks and sample-score fragments.

A helper for content authors, not the formal test (that one is C++): it checks
that every user-visible text has English and Russian, that every criterion has
a rubric entry for every scale level, references and expected evidence, and
that a score fragment scores every criterion for every sector with the fields
the sample assessment needs.

usage: check_framework_coverage.py FRAMEWORK.yaml [SCORES.yaml] [--sectors a,b]
"""
import sys

import yaml


class UniqueKeyLoader(yaml.SafeLoader):
    """SafeLoader that refuses duplicate mapping keys (PyYAML keeps the last)."""


def _construct_mapping(loader, node, deep=False):
    seen = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark)
        seen[key] = True
    return loader.construct_mapping(node, deep)


UniqueKeyLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)

LANGS = ("en", "ru")
CONFIDENCE = {"low", "medium", "high"}


def load(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    # Our readers refuse aliases, so content must not use them.
    for event in yaml.parse(text, Loader=yaml.SafeLoader):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise SystemExit(f"{path}:{event.start_mark.line + 1}: anchors/aliases are not allowed")
    return yaml.load(text, Loader=UniqueKeyLoader)


class Checker:
    def __init__(self):
        self.errors = []

    def err(self, where, msg):
        self.errors.append(f"{where}: {msg}")

    def localized(self, where, value, required=True):
        if value is None:
            if required:
                self.err(where, "missing text")
            return
        if not isinstance(value, dict):
            self.err(where, f"plain text, expected {{en, ru}}: {str(value)[:60]!r}")
            return
        for lang in LANGS:
            text = value.get(lang)
            if not isinstance(text, str) or not text.strip():
                self.err(where, f"no {lang} text")
        for lang, text in value.items():
            if lang not in ("en", "ru", "ky"):
                self.err(where, f"unexpected language key {lang!r}")
            elif not isinstance(text, str):
                self.err(where, f"{lang} text is not a string (a ': ' inside a plain scalar?)")


def check_framework(path, c):
    fw = load(path)
    for key in ("schema", "id", "version", "title", "description", "authors",
                "licence", "sources", "scale", "dimensions"):
        if key not in fw:
            c.err(path, f"missing top-level key {key}")
    c.localized(f"{path}: title", fw.get("title"))
    c.localized(f"{path}: description", fw.get("description"))
    for src in fw.get("sources", []):
        for key in ("id", "title", "url", "accessed"):
            if not src.get(key):
                c.err(f"{path}: source {src.get('id')}", f"missing {key}")
    levels = [lv["value"] for lv in fw["scale"]["levels"]]
    for lv in fw["scale"]["levels"]:
        c.localized(f"{path}: scale level {lv['value']} label", lv.get("label"))
        c.localized(f"{path}: scale level {lv['value']} description", lv.get("description"))
    ids = set()
    criteria = []
    critical = 0
    for dim in fw["dimensions"]:
        dwhere = f"{path}: dimension {dim.get('id')}"
        c.localized(f"{dwhere} title", dim.get("title"))
        c.localized(f"{dwhere} description", dim.get("description"), required=False)
        if not isinstance(dim.get("weight"), (int, float)) or dim["weight"] <= 0:
            c.err(dwhere, "weight must be a positive number")
        for cr in dim.get("criteria", []):
            cid = cr.get("id")
            where = f"{path}: {cid}"
            if cid in ids:
                c.err(where, "duplicate criterion id")
            ids.add(cid)
            criteria.append(cid)
            for key in ("title", "question", "guidance", "evidence"):
                c.localized(f"{where} {key}", cr.get(key))
            if not isinstance(cr.get("weight"), (int, float)) or cr["weight"] <= 0:
                c.err(where, "weight must be a positive number")
            rubric = cr.get("rubric") or {}
            if sorted(rubric.keys()) != sorted(levels):
                c.err(where, f"rubric levels {sorted(rubric.keys())} != scale {levels}")
            for level, text in rubric.items():
                c.localized(f"{where} rubric {level}", text)
            refs = cr.get("references") or []
            if not refs:
                c.err(where, "no reference")
            for ref in refs:
                if not isinstance(ref, dict) or not all(isinstance(v, str) for v in ref.values()):
                    c.err(where, f"bad reference {ref!r}")
            if "critical" in cr:
                critical += 1
                below = cr["critical"].get("below")
                if below not in levels or below == levels[0]:
                    c.err(where, f"critical.below {below} must be a scale level above the lowest")
    return fw, criteria, levels, critical


def check_scores(path, fw, criteria, levels, sectors, c):
    data = load(path)
    low_limit = 1 if levels[-1] >= 4 else 0
    for sector in sectors:
        scores = (data or {}).get(sector)
        if not isinstance(scores, dict):
            c.err(path, f"no scores for sector {sector}")
            continue
        for cid in scores:
            if cid not in criteria:
                c.err(f"{path}: {sector}.{cid}", "not a criterion of the framework")
        for cid in criteria:
            where = f"{path}: {sector}.{cid}"
            s = scores.get(cid)
            if s is None:
                c.err(where, "not scored")
                continue
            level = s.get("level")
            if level == "n/a":
                if not s.get("notes"):
                    c.err(where, "n/a without a reason in notes")
            elif level not in levels:
                c.err(where, f"level {level!r} not on the scale")
            elif level <= low_limit and not s.get("recommendation"):
                c.err(where, "low level without recommendation")
            if s.get("confidence") not in CONFIDENCE:
                c.err(where, f"confidence {s.get('confidence')!r}")
            for key in ("analyst", "scored_at", "notes"):
                if not s.get(key):
                    c.err(where, f"missing {key}")
            ev = s.get("evidence") or []
            if level != "n/a" and not ev:
                c.err(where, "no evidence")
            for item in ev:
                if not item.get("text") or not item.get("url"):
                    c.err(where, "evidence item needs text and url")
    return data


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    sectors = ["education", "healthcare"]
    for a in argv[1:]:
        if a.startswith("--sectors="):
            sectors = a.split("=", 1)[1].split(",")
    if not args:
        print(__doc__)
        return 2
    c = Checker()
    fw, criteria, levels, critical = check_framework(args[0], c)
    print(f"{fw['id']}@{fw['version']}: {len(fw['dimensions'])} dimensions, "
          f"{len(criteria)} criteria, {critical} critical")
    if len(args) > 1:
        check_scores(args[1], fw, criteria, levels, sectors, c)
    for e in c.errors:
        print("error:", e)
    return 1 if c.errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
