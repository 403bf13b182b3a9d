#!/usr/bin/env python3
"""Turns a Benchmarks/run work folder (raw/*.json from hyperfine, rss.tsv, meta/*.json, environment) into the
Markdown tables described in Benchmarks/README.md. Run by Benchmarks/run; also by hand on a kept folder:

    python3 Benchmarks/report.py /tmp/roadmap-bench.XXXXXX
"""

import glob
import json
import os
import sys

CASES = ["builtin", "small", "medium", "large"]
CASE_TITLE = {"builtin": "built-in", "small": "small", "medium": "medium", "large": "large"}
COMMANDS = [
    "list", "show", "status", "report", "review", "next", "done", "undo", "history", "history --limit 50", "export",
    "export --format json", "import",
]
REFERENCES = ["--version", "sqlite3", "task list", "task summary", "task 1 done"]
TASK_PEER = {"list": "task list", "status": "task summary", "report": "task summary", "done": "task 1 done"}
COMMAND_TITLE = {
    "show": "show ROADMAP", "report": "report ROADMAP", "review": "review ROADMAP", "next": "next ROADMAP", "done": "done SKILL",
    "export": "export ROADMAP (markdown)", "import": "import FILE.json", "sqlite3": "sqlite3 floor (one query)",
    "--version": "roadmap --version",
}
# Goals, read from the table (never a failing test).
FLOOR_FACTOR = 2.0
VERSION_FACTOR, VERSION_COMMANDS = 1.3, ["status", "report", "review", "next", "show"]
LARGE_LIMIT_MS, LARGE_LIMIT_MIB = 100.0, 64.0


def load(work):
    medians = {}
    for path in glob.glob(os.path.join(work, "raw", "*.json")):
        with open(path, encoding="utf-8") as handle:
            for result in json.load(handle)["results"]:
                case, _, command = result["command"].partition("/")
                medians[(case, command)] = result["median"] * 1000
    rss = {}
    path = os.path.join(work, "rss.tsv")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                key, _, kib = line.rstrip("\n").partition("\t")
                if kib:
                    case, _, command = key.partition("/")
                    rss[(case, command)] = int(kib) / 1024
    metas = {}
    for path in glob.glob(os.path.join(work, "meta", "*.meta.json")):
        with open(path, encoding="utf-8") as handle:
            meta = json.load(handle)
        metas["builtin" if meta["name"] == "builtin" else meta["name"].replace("bench-", "")] = meta
    environment = []
    path = os.path.join(work, "environment")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as handle:
            environment = [line.rstrip("\n") for line in handle if line.strip()]
    return medians, rss, metas, environment


def ms(value):
    if value is None:
        return "—"
    return "%.1f" % value if value < 100 else "%.0f" % value


def ratio(value, base):
    if value is None or not base:
        return "—"
    r = value / base
    return ("%.2f×" if r < 10 else "%.0f×") % r


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: report.py WORK_FOLDER")
    work = sys.argv[1]
    medians, rss, metas, environment = load(work)
    cases = [c for c in CASES if any(case == c for case, _ in medians)]
    has_task = any(command.startswith("task") for _, command in medians)
    has_rss = bool(rss)
    out = []

    date = next((line.split(": ", 1)[1] for line in environment if line.startswith("date: ")), "")
    out.append("### roadmap benchmarks, %s" % date if date else "### roadmap benchmarks")
    out.append("")
    for line in environment:
        if not line.startswith("date: "):
            out.append("- " + line)
    sizes = []
    for case in cases:
        meta = metas.get(case)
        if meta:
            sizes.append("%s = %s, %s skills, %s events" % (
                CASE_TITLE[case], meta["roadmap"], format(meta["skills"], ","), format(meta["events"], ",")))
    if sizes:
        out.append("- sizes: " + "; ".join(sizes))
    out.append("")

    header = ["command", "size", "median ms", "× sqlite3 floor", "× --version"]
    if has_task:
        header.append("× Taskwarrior")
    if has_rss:
        header.append("peak RSS MiB")
    out.append("| " + " | ".join(header) + " |")
    out.append("|" + "|".join(["---", "---"] + ["---:"] * (len(header) - 2)) + "|")
    for command in COMMANDS + REFERENCES:
        if command.startswith("task") and not has_task:
            continue
        for case in cases:
            value = medians.get((case, command))
            if value is None and (case, command) not in rss:
                continue
            floor = medians.get((case, "sqlite3"))
            row = [COMMAND_TITLE.get(command, command), CASE_TITLE[case], ms(value),
                   "" if command == "sqlite3" else ratio(value, floor),
                   "" if command in REFERENCES else ratio(value, medians.get((case, "--version")))]
            if has_task:
                peer = TASK_PEER.get(command)
                row.append(ratio(value, medians.get((case, peer))) + " " + peer if peer and medians.get((case, peer)) else "")
            if has_rss:
                mib = rss.get((case, command))
                row.append("%.1f" % mib if mib is not None else "")
            out.append("| " + " | ".join(row) + " |")
    out.append("")

    # Growth: each command's median at the next size over the one before.
    steps = [(a, b) for a, b in (("small", "medium"), ("medium", "large")) if a in cases and b in cases]
    flagged = []
    if steps:
        def growth(a, b, key):
            return metas[b][key] / metas[a][key] if a in metas and b in metas else None
        out.append("Growth of the median from one size to the next (the data grows by the factors in the first row;"
                   " ⚠ marks a command that grows faster than the data):")
        out.append("")
        out.append("| command | " + " | ".join("%s / %s" % (b, a) for a, b in steps) + " |")
        out.append("|---|" + "---:|" * len(steps))
        data_row = []
        for a, b in steps:
            s, e = growth(a, b, "skills"), growth(a, b, "events")
            data_row.append("skills ×%.1f, events ×%.1f" % (s, e) if s and e else "—")
        out.append("| *data* | " + " | ".join(data_row) + " |")
        for command in COMMANDS + REFERENCES:
            if command.startswith("task") and not has_task:
                continue
            cells, any_value = [], False
            for a, b in steps:
                x, y = medians.get((a, command)), medians.get((b, command))
                if x and y:
                    any_value = True
                    r = y / x
                    limit = max(growth(a, b, "skills") or 0, growth(a, b, "events") or 0)
                    mark = " ⚠" if limit and r > limit else ""
                    if mark:
                        flagged.append("%s (%s→%s ×%.1f)" % (command, a, b, r))
                    cells.append("×%.2f%s" % (r, mark))
                else:
                    cells.append("—")
            if any_value:
                out.append("| " + COMMAND_TITLE.get(command, command) + " | " + " | ".join(cells) + " |")
        out.append("")

    # Sync: one device receiving another's events through a bare repository on disk (no size case).
    sync = [(command, value) for (case, command), value in sorted(medians.items()) if case == "sync"]
    if sync:
        out.append("Sync, through a bare repository on the same disk:")
        out.append("")
        out.append("| command | median ms |" + (" peak RSS MiB |" if has_rss else ""))
        out.append("|---|---:|" + ("---:|" if has_rss else ""))
        for command, value in sync:
            mib = rss.get(("sync", command))
            out.append("| %s | %s |" % (command, ms(value)) + ((" %.1f |" % mib if mib is not None else " |") if has_rss else ""))
        out.append("")

    # Goals, as read from the tables above.
    out.append("Goals (read from the tables; nothing fails on a slow machine):")
    out.append("")
    if "builtin" in cases and medians.get(("builtin", "sqlite3")):
        floor = medians[("builtin", "sqlite3")]
        over = ["%s %.1f×" % (c, medians[("builtin", c)] / floor) for c in COMMANDS
                if medians.get(("builtin", c)) and medians[("builtin", c)] > FLOOR_FACTOR * floor]
        out.append("- built-in size, every command within %g× the sqlite3 floor (%.1f ms): %s" % (
            FLOOR_FACTOR, floor, "met" if not over else "not met by " + ", ".join(over)))
    if "builtin" in cases and medians.get(("builtin", "--version")):
        start = medians[("builtin", "--version")]
        over = ["%s %.2f×" % (c, medians[("builtin", c)] / start) for c in VERSION_COMMANDS
                if medians.get(("builtin", c)) and medians[("builtin", c)] > VERSION_FACTOR * start]
        out.append("- built-in size, %s within %g× `roadmap --version` (%.1f ms): %s" % (
            ", ".join(VERSION_COMMANDS), VERSION_FACTOR, start, "met" if not over else "not met by " + ", ".join(over)))
    if "large" in cases:
        for command in ("report", "review", "status"):
            value, mib = medians.get(("large", command)), rss.get(("large", command))
            if value is None:
                continue
            ok_time = value < LARGE_LIMIT_MS
            ok_mem = mib is None or mib < LARGE_LIMIT_MIB
            out.append("- large size, `%s` under %g ms and %g MiB: %s (%.1f ms%s)" % (
                command, LARGE_LIMIT_MS, LARGE_LIMIT_MIB, "met" if ok_time and ok_mem else "not met", value,
                ", %.1f MiB" % mib if mib is not None else ""))
    if steps:
        own = [f for f in flagged if not f.startswith("task") and not f.startswith("sqlite3")]
        out.append("- time growing no faster than the data: %s" % ("met" if not own else "not met by " + ", ".join(own)))
    print("\n".join(out))


if __name__ == "__main__":
    main()
