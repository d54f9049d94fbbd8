#!/usr/bin/env python3
"""Builds the illustrative follow-up round,
assessments/examples/follow-up-2025/kyrgyzstan-dpi-2025.dpi.yaml, from the 2024 sample's score
fragments and assessments/examples/follow-up-2025/changes.yaml.

The follow-up is the sample one year later: the same frameworks and map, with the cells and map
components that changes.yaml names updated. Run it after scripts/assemble-sample.py whenever the
sample or the changes move.
"""
import copy
import importlib.util
import pathlib
import sys

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
FOLLOW_UP = ROOT / "assessments" / "examples" / "follow-up-2025"

spec = importlib.util.spec_from_file_location("assemble_sample", ROOT / "scripts" / "assemble-sample.py")
sample = importlib.util.module_from_spec(spec)
spec.loader.exec_module(sample)


def apply_score_change(fragments, change, round_info, period_start):
    try:
        cell = fragments[change["framework"]][change["sector"]][change["criterion"]]
    except KeyError:
        sys.exit(f"changes.yaml: no sample cell {change['sector']}/{change['framework']}/{change['criterion']}")
    for item in change.get("add_evidence", []):
        date = str(item.get("date", ""))
        if date and not (period_start <= date <= round_info["cut_off"]):
            sys.exit(f"changes.yaml: evidence dated {date} lies outside the round ({change['criterion']})")
    cell["evidence"] = list(cell.get("evidence", [])) + list(change.get("add_evidence", []))
    for key in ("level", "confidence", "notes", "recommendation"):
        if key in change:
            cell[key] = change[key]
    cell["analyst"] = round_info["analyst"]
    cell["scored_at"] = round_info["scored_at"]


def apply_map_move(map_lines, move):
    """Moves one component (matched by its name line) and returns the lines."""
    for i, line in enumerate(map_lines):
        if line.strip() == f"name: {move['component']}" and map_lines[i + 1].strip().startswith("at:"):
            indent = map_lines[i + 1][: len(map_lines[i + 1]) - len(map_lines[i + 1].lstrip())]
            visibility, evolution = move["at"]
            map_lines[i + 1] = f"{indent}at: [{visibility}, {evolution}]"
            return map_lines
    sys.exit(f"changes.yaml: the Tunduk map has no component named {move['component']!r}")


def add_map_note(map_lines, note_id, text, at):
    start = map_lines.index("notes:")
    map_lines.insert(start + 1, f"  - id: {note_id}")
    map_lines.insert(start + 2, f"    text: {sample.q(text)}")
    map_lines.insert(start + 3, f"    at: [{at[0]}, {at[1]}]")
    return map_lines


def name_previous_round(text, path):
    """Adds `previous_round:` right after the notice, where DPI Workbench writes it."""
    lines = text.splitlines(keepends=True)
    start = lines.index("notice:\n")
    end = start + 1
    while end < len(lines) and lines[end].startswith(" "):
        end += 1
    lines.insert(end, f"previous_round: {sample.q(path)}\n")
    return "".join(lines)


def main():
    changes = yaml.load((FOLLOW_UP / "changes.yaml").read_text(encoding="utf-8"), Loader=sample.StringDates)
    round_info = changes["round"]
    period_start = f"{round_info['period']}-01-01"
    fragments = copy.deepcopy(sample.load_fragments())
    for change in changes["scores"]:
        apply_score_change(fragments, change, round_info, period_start)
    map_lines = sample.load_map_lines()
    for index, move in enumerate(changes.get("map_moves", []), start=1):
        map_lines = apply_map_move(map_lines, move)
        map_lines = add_map_note(map_lines, f"note-2025-{index}", move["note"], move["note_at"])
    text = sample.assemble(
        fragments, map_lines, title=changes["title"], period=round_info["period"], cutoff=round_info["cut_off"],
        notice=changes["notice"], team=[round_info["analyst"]],
        generator="scripts/assemble-follow-up.py from the 2024 sample and\n# assessments/examples/follow-up-2025/changes.yaml",
        schema_path="../../../resources/schema/project.schema.json")
    text = name_previous_round(text, round_info["previous_round"])
    (FOLLOW_UP / "kyrgyzstan-dpi-2025.dpi.yaml").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
