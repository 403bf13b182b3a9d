#!/usr/bin/env python3
"""Turns a Benchmarks/run work folder (raw/*.json from hyperfine, stream/*.json from stream.py, rss.tsv,
meta/*.json, environment) into the Markdown tables described in Benchmarks/README.md, ending with issue 28's
goals as met or not. Run by Benchmarks/run; also by hand on a kept folder:

    python3 Benchmarks/report.py /tmp/roadmap-bench.XXXXXX
"""

import glob
import json
import os
import sys

CASES = ["builtin", "small", "medium", "large"]
CASE_TITLE = {"builtin": "built-in", "small": "small", "medium": "medium", "large": "large"}
COMMANDS = [
    "list", "show", "status", "report", "review", "next", "info", "done", "undo", "history", "history --limit 50",
    "export", "export --format json", "import", "import new",
]
REFERENCES = ["--version", "sqlite3", "task list", "task summary", "task next", "task 1 info", "task 1 done", "task undo",
              "task limit:50 completed"]
# Each command's Taskwarrior twin: the command a Taskwarrior user runs for the same question (review has none).
TASK_PEER = {
    "list": "task list", "status": "task summary", "report": "task summary", "next": "task next", "info": "task 1 info",
    "done": "task 1 done", "undo": "task undo", "history --limit 50": "task limit:50 completed",
}
COMMAND_TITLE = {
    "show": "show ROADMAP", "report": "report ROADMAP", "review": "review ROADMAP", "next": "next ROADMAP", "done": "done SKILL",
    "info": "info SKILL", "export": "export ROADMAP (markdown)", "import": "import FILE.json",
    "import new": "import FILE.json (no database yet)",
    "sqlite3": "sqlite3 floor (one query)", "--version": "roadmap --version",
}
STREAMING = ["history", "export", "export --format json"]

# Issue 28's goals, read from the tables (never a failing test).
INTERACTIVE = ["status", "report", "next", "review", "info", "done", "undo", "history --limit 50"]
TWIN_FACTOR, FLOOR_FACTOR, INTERACTIVE_MIB = 0.5, 3.0, 64.0
SHOW_MS = 150.0
IMPORT_MS, IMPORT_MIB = 2000.0, 128.0
FIRST_BYTES_MS, STREAM_WHOLE_MS, STREAM_MIB = 100.0, 600.0, 64.0
VERSION_FACTOR, VERSION_COMMANDS = 1.3, ["status", "report", "next", "review", "show"]


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
    streams = {}
    for path in glob.glob(os.path.join(work, "stream", "*.json")):
        with open(path, encoding="utf-8") as handle:
            result = json.load(handle)
        case, _, command = result["command"].partition("/")
        streams[(case, command)] = result
    instructions = {}
    path = os.path.join(work, "instructions.tsv")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                key, _, count = line.rstrip("\n").partition("\t")
                if count.isdigit():
                    case, _, command = key.partition("/")
                    instructions[(case, command)] = int(count)
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
    return medians, rss, streams, instructions, metas, environment


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
    medians, rss, streams, instructions, metas, environment = load(work)
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

    # Streaming: when the first bytes reach a reader, and when the output ends (stream.py, through a pipe).
    if streams:
        out.append("Streaming commands, read through a pipe (median time to the first bytes and to the end of the output):")
        out.append("")
        out.append("| command | size | first bytes ms | whole ms | output |")
        out.append("|---|---|---:|---:|---:|")
        for command in STREAMING:
            for case in cases:
                result = streams.get((case, command))
                if result:
                    out.append("| %s | %s | %s | %s | %s |" % (
                        COMMAND_TITLE.get(command, command), CASE_TITLE[case], ms(result["first_ms"]),
                        ms(result["whole_ms"]), size_text(result["bytes"])))
        out.append("")

    # Growth: each command's median (and peak memory) at the next size over the one before.
    steps = [(a, b) for a, b in (("small", "medium"), ("medium", "large")) if a in cases and b in cases]
    slow_growth, memory_growth = [], []
    if steps:
        def growth(a, b, key):
            return metas[b][key] / metas[a][key] if a in metas and b in metas else None

        def data_limit(a, b):
            return max(growth(a, b, "skills") or 0, growth(a, b, "events") or 0)

        def cell(table, a, b, command, flagged):
            x, y = table.get((a, command)), table.get((b, command))
            if not (x and y):
                return "—", False
            r = y / x
            mark = " ⚠" if data_limit(a, b) and r > data_limit(a, b) else ""
            if mark and not command.startswith("task") and command != "sqlite3":
                flagged.append("%s (%s→%s ×%.1f)" % (COMMAND_TITLE.get(command, command), a, b, r))
            return "×%.2f%s" % (r, mark), True

        out.append("Growth from one size to the next, of the median time and of peak memory (the data grows by the factors"
                   " in the first row; ⚠ marks a command that grows faster than the data):")
        out.append("")
        titles = ["time %s / %s" % (b, a) for a, b in steps] + (["memory %s / %s" % (b, a) for a, b in steps] if has_rss else [])
        out.append("| command | " + " | ".join(titles) + " |")
        out.append("|---|" + "---:|" * len(titles))
        data_row = []
        for a, b in steps:
            g_skills, g_events = growth(a, b, "skills"), growth(a, b, "events")
            data_row.append("skills ×%.1f, events ×%.1f" % (g_skills, g_events) if g_skills and g_events else "—")
        out.append("| *data* | " + " | ".join(data_row * (2 if has_rss else 1)) + " |")
        for command in COMMANDS + REFERENCES:
            if command.startswith("task") and not has_task:
                continue
            cells, any_value = [], False
            for a, b in steps:
                text, seen = cell(medians, a, b, command, slow_growth)
                cells.append(text)
                any_value = any_value or seen
            if has_rss:
                for a, b in steps:
                    cells.append(cell(rss, a, b, command, memory_growth)[0])
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

    out.extend(goals(cases, medians, rss, streams, instructions, steps, slow_growth, memory_growth, has_task, has_rss))
    print("\n".join(out))


def size_text(count):
    if count >= 1 << 20:
        return "%.1f MiB" % (count / (1 << 20))
    if count >= 1 << 10:
        return "%.0f KiB" % (count / (1 << 10))
    return "%d B" % count


def goals(cases, medians, rss, streams, instructions, steps, slow_growth, memory_growth, has_task, has_rss):
    """Issue 28's aims, one row each: the goal, the figure it was read from, met or not (never a failing test)."""
    rows = []

    def row(goal, figure, parts):
        """parts: [(met, why-not)] for each limit the goal sets; None for a limit that was not measured."""
        measured = [p for p in parts if p is not None]
        if not measured:
            rows.append((goal, figure or "not measured", "not measured"))
            return
        missing = len(measured) < len(parts)
        failed = [why for ok, why in measured if not ok]
        verdict = "met" if not failed else "**not met**: " + "; ".join(failed)
        if missing and not failed:
            verdict += " (part not measured)"
        rows.append((goal, figure, verdict))

    large = "large" in cases
    if large:
        floor = medians.get(("large", "sqlite3"))
        for command in INTERACTIVE:
            value, mib = medians.get(("large", command)), rss.get(("large", command))
            peer = TASK_PEER.get(command)
            twin = medians.get(("large", peer)) if peer else None
            limits = ["≤ %g× `%s`" % (TWIN_FACTOR, peer)] if peer else []
            limits += ["≤ %g× floor" % FLOOR_FACTOR, "≤ %g MiB" % INTERACTIVE_MIB]
            goal = "large `%s`: %s" % (COMMAND_TITLE.get(command, command), ", ".join(limits))
            if value is None:
                row(goal, "", [None])
                continue
            figure = [ms(value) + " ms"]
            parts = []
            if peer:
                if twin:
                    r = value / twin
                    figure.append("%.2f× %s" % (r, peer))
                    parts.append((r <= TWIN_FACTOR, "%.2f× %s" % (r, peer)))
                else:
                    parts.append(None)
            if floor:
                r = value / floor
                figure.append("%.1f× floor" % r)
                parts.append((r <= FLOOR_FACTOR, "%.1f× floor" % r))
            else:
                parts.append(None)
            if mib is not None:
                figure.append("%.0f MiB" % mib)
                parts.append((mib <= INTERACTIVE_MIB, "%.0f MiB" % mib))
            else:
                parts.append(None)
            row(goal, ", ".join(figure), parts)

        value = medians.get(("large", "show"))
        row("large `show ROADMAP` (10,000 skills) ≤ %g ms" % SHOW_MS, ms(value) + " ms" if value else "",
            [(value <= SHOW_MS, ms(value) + " ms") if value else None])

        # Into an empty database, and where none is yet (a restore on a new machine): the slower of the two is the figure.
        values = [medians.get(("large", c)) for c in ["import", "import new"] if medians.get(("large", c))]
        mibs = [rss.get(("large", c)) for c in ["import", "import new"] if rss.get(("large", c)) is not None]
        value, mib = max(values) if values else None, max(mibs) if mibs else None
        row("large `import` (100,000 events), into an empty database and where none is: ≤ %g s, ≤ %g MiB" % (IMPORT_MS / 1000, IMPORT_MIB),
            ", ".join(x for x in [" / ".join(ms(v) for v in values) + " ms" if values else "",
                                  " / ".join("%.0f" % m for m in mibs) + " MiB" if mibs else ""] if x),
            [(value <= IMPORT_MS, ms(value) + " ms") if value else None,
             (mib <= IMPORT_MIB, "%.0f MiB" % mib) if mib is not None else None])

        for command in STREAMING:
            result, mib = streams.get(("large", command)), rss.get(("large", command))
            goal = "large `%s`: first bytes ≤ %g ms, whole ≤ %g ms, ≤ %g MiB" % (
                COMMAND_TITLE.get(command, command), FIRST_BYTES_MS, STREAM_WHOLE_MS, STREAM_MIB)
            figure, parts = [], []
            if result:
                figure += ["first %s ms" % ms(result["first_ms"]), "whole %s ms" % ms(result["whole_ms"])]
                parts += [(result["first_ms"] <= FIRST_BYTES_MS, "first bytes at %s ms" % ms(result["first_ms"])),
                          (result["whole_ms"] <= STREAM_WHOLE_MS, "whole %s ms" % ms(result["whole_ms"]))]
            else:
                parts += [None, None]
            if mib is not None:
                figure.append("%.0f MiB" % mib)
                parts.append((mib <= STREAM_MIB, "%.0f MiB" % mib))
            else:
                parts.append(None)
            row(goal, ", ".join(figure), parts)

    if "builtin" in cases:
        start = medians.get(("builtin", "--version"))
        for command in VERSION_COMMANDS:
            value = medians.get(("builtin", command))
            goal = "built-in `%s` ≤ %g× `roadmap --version`" % (COMMAND_TITLE.get(command, command), VERSION_FACTOR)
            counted, base = instructions.get(("builtin", command)), instructions.get(("builtin", "--version"))
            # In instructions too: wall times a few milliseconds apart on a busy machine are mostly noise.
            also = "; in instructions %.1f M / %.1f M = %.2f×" % (counted / 1e6, base / 1e6, counted / base) if counted and base else ""
            if value and start:
                r = value / start
                row(goal, "%s ms / %s ms = %.2f×%s" % (ms(value), ms(start), r, also), [(r <= VERSION_FACTOR, "%.2f×" % r)])
            else:
                row(goal, also.lstrip("; "), [None])

    if steps:
        span = "%s → %s" % (steps[0][0], steps[-1][1])
        row("growth of time, %s, every command: no faster than the data" % span,
            "all within" if not slow_growth else ", ".join(slow_growth), [(not slow_growth, "faster than the data")])
        if has_rss:
            row("growth of memory, %s, every command: no faster than the data" % span,
                "all within" if not memory_growth else ", ".join(memory_growth),
                [(not memory_growth, "faster than the data")])

    if not rows:
        return []
    met = sum(1 for _, _, verdict in rows if verdict.startswith("met"))
    out = ["Issue 28's goals (read from the tables above; a benchmark reports, it never fails): %d of %d met" % (met, len(rows)),
           ""]
    if not has_task and "large" in cases:
        out.append("(Taskwarrior is missing, so the goals against it are not measured.)")
        out.append("")
    out.append("| goal | figure | |")
    out.append("|---|---|---|")
    for goal, figure, verdict in rows:
        out.append("| %s | %s | %s |" % (goal, figure, verdict))
    out.append("")
    return out


if __name__ == "__main__":
    main()
