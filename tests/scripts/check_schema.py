#!/usr/bin/env python3
"""Validates YAML files against the JSON Schemas in resources/schema/.

Each file is matched to a schema by its `schema:` key. The YAML is loaded
the way the application and editors see it: dates stay strings (PyYAML would
turn 2024-05-01 into a date object, which JSON has no type for) and mapping
keys are strings (rubric levels 0, 1, ... are keys). Exits non-zero on any
violation, listing each with the file and the path inside it.

Usage: check_schema.py [--expect-invalid] SCHEMA_DIR FILE_OR_GLOB...

With --expect-invalid every file must be rejected (at least one violation
each): this keeps the schema from drifting into accepting anything.
"""
import glob
import json
import os
import sys

import jsonschema
import yaml

SCHEMAS = {
    "dpi-workbench/framework/1": "framework.schema.json",
    "dpi-workbench/project/1": "project.schema.json",
}


class StringDateLoader(yaml.SafeLoader):
    """A safe loader that keeps timestamps as text and, like the application,
    refuses aliases (an alias bomb would otherwise expand here)."""

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            raise yaml.composer.ComposerError(None, None, "aliases are not supported", self.peek_event().start_mark)
        return super().compose_node(parent, index)


StringDateLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def as_json(value):
    """Mapping keys become strings, as in JSON and in the editors' view."""
    if isinstance(value, dict):
        return {str(key): as_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [as_json(item) for item in value]
    return value


def location(error):
    path = "".join("[%s]" % json.dumps(part, ensure_ascii=False) for part in error.absolute_path)
    return path or "<root>"


def check_embedded_copy(schema_dir):
    """The project schema carries its own copy of the framework schema."""
    with open(os.path.join(schema_dir, "framework.schema.json"), encoding="utf-8") as f:
        framework = json.load(f)
    with open(os.path.join(schema_dir, "project.schema.json"), encoding="utf-8") as f:
        project = json.load(f)
    problems = []
    embedded = project["definitions"]["framework"]
    for key in ("type", "additionalProperties", "required", "properties"):
        if embedded.get(key) != framework.get(key):
            problems.append("project.schema.json: definitions/framework/%s differs from framework.schema.json" % key)
    for name, definition in framework["definitions"].items():
        if project["definitions"].get(name) != definition:
            problems.append("project.schema.json: definitions/%s differs from framework.schema.json" % name)
    return problems


def expect_invalid(validators, files):
    """Every file must fail to load or violate its schema."""
    accepted = []
    for path in files:
        try:
            with open(path, encoding="utf-8") as f:
                document = as_json(yaml.load(f, Loader=StringDateLoader))
        except (OSError, yaml.YAMLError, UnicodeDecodeError):
            print("%s: rejected (does not load)" % path)
            continue
        key = document.get("schema") if isinstance(document, dict) else None
        if key not in validators:
            print("%s: rejected (no known schema key)" % path)
            continue
        errors = list(validators[key].iter_errors(document))
        if errors:
            print("%s: rejected: %s" % (path, errors[0].message))
        else:
            accepted.append(path)
    for path in accepted:
        print("%s: accepted, but it is invalid" % path, file=sys.stderr)
    return 1 if accepted or not files else 0


def main(argv):
    invalid_mode = len(argv) > 1 and argv[1] == "--expect-invalid"
    if invalid_mode:
        argv = argv[:1] + argv[2:]
    if len(argv) < 3:
        print(__doc__)
        return 2
    schema_dir = argv[1]
    validators = {}
    for key, name in SCHEMAS.items():
        with open(os.path.join(schema_dir, name), encoding="utf-8") as f:
            schema = json.load(f)
        jsonschema.Draft7Validator.check_schema(schema)
        validators[key] = jsonschema.Draft7Validator(schema)

    files = []
    for pattern in argv[2:]:
        matches = sorted(glob.glob(pattern))
        files.extend(matches if matches else ([pattern] if not glob.has_magic(pattern) else []))
    if invalid_mode:
        return expect_invalid(validators, files)

    problems = check_embedded_copy(schema_dir)
    checked = 0
    for path in files:
        try:
            with open(path, encoding="utf-8") as f:
                document = as_json(yaml.load(f, Loader=StringDateLoader))
        except (OSError, yaml.YAMLError, UnicodeDecodeError) as e:
            problems.append("%s: cannot load: %s" % (path, e))
            continue
        key = document.get("schema") if isinstance(document, dict) else None
        if key not in validators:
            if path.endswith((".framework.yaml", ".dpi.yaml")):
                problems.append("%s: unknown or missing schema key %r" % (path, key))
            else:
                print("%s: skipped (no known schema key)" % path)
            continue
        errors = sorted(validators[key].iter_errors(document), key=lambda e: list(e.absolute_path))
        for error in errors:
            problems.append("%s: %s: %s" % (path, location(error), error.message))
        checked += 1
        print("%s: %s (%s)" % (path, "ok" if not errors else "%d problem(s)" % len(errors), SCHEMAS[key]))

    for problem in problems:
        print(problem, file=sys.stderr)
    if checked == 0:
        print("no file was checked", file=sys.stderr)
        return 1
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
