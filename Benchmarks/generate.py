#!/usr/bin/env python3
"""Synthetic benchmark data for `roadmap`, loaded only through the app (`roadmap add` + `roadmap import`).

For each size it writes, into --out:

  bench-SIZE.yaml        a custom roadmap in the documented format (Roadmaps/README.md)
  bench-SIZE.json        a backup in the shape `roadmap export --format json` writes (it also carries the
                         roadmap's YAML in `roadmaps`, as a real export of a database with a custom roadmap does)
  bench-SIZE.tasks.json  the same skills as Taskwarrior tasks, for `task import`
  bench-SIZE.meta.json   what the harness needs: roadmap id, counts, a todo skill to mark done, a busy skill

and always `empty.json`, a backup with nothing in it (importing it creates an empty, migrated database).

With --builtin SHOW.json (the output of `roadmap show ml-engineer --json`) it also writes the built-in case:
builtin.json / builtin.tasks.json / builtin.meta.json, a small history on the real roadmap.

Sizes: small = 150 skills / 1,000 events, medium = 2,000 / 10,000, large = 10,000 / 100,000.
Everything is deterministic for a given --seed (the default is fixed), so two runs give the same bytes.
Standard library only.
"""

import argparse
import json
import random
import sys
import uuid
from datetime import datetime, timedelta, timezone

SIZES = {
    # name: (skills, events, areas, history span in days)
    "small": (150, 1_000, 10, 365),
    "medium": (2_000, 10_000, 30, 3 * 365),
    "large": (10_000, 100_000, 50, 5 * 365),
}
BUILTIN_EVENTS = 300
BUILTIN_SPAN_DAYS = 300

STAGES = [
    ("entry", "Entry level (junior)", ["Junior Machine Learning Engineer", "Machine Learning Intern"]),
    ("mid", "Mid level", ["Machine Learning Engineer", "Data Scientist"]),
    ("senior", "Senior level", ["Senior Machine Learning Engineer", "Staff Engineer"]),
    ("leadership", "Leadership (director and beyond)", ["Engineering Manager", "Director of Machine Learning"]),
]
# Share of the skills at each stage, earliest first (the built-in ml-engineer roadmap is similar).
STAGE_SHARE = [0.34, 0.36, 0.20, 0.10]

AREA_NAMES = [
    "Linear algebra", "Probability", "Statistics", "Calculus", "Optimisation", "Python", "Data structures",
    "Algorithms", "SQL", "Data wrangling", "Visualisation", "Classical ML", "Model evaluation",
    "Feature engineering", "Deep learning", "Computer vision", "Natural language", "Recommenders",
    "Time series", "Reinforcement learning", "Generative models", "Large language models", "Data pipelines",
    "Data warehousing", "Streaming", "Distributed training", "GPU computing", "Model serving", "Monitoring",
    "Experiment tracking", "Feature stores", "CI and testing", "Containers", "Orchestration", "Cloud platforms",
    "Infrastructure as code", "Security", "Privacy", "Responsible AI", "System design", "Search and ranking",
    "Edge deployment", "Cost management", "Product sense", "Communication", "Mentoring", "Hiring",
    "Team leadership", "Strategy", "Research practice",
]
WORDS_A = [
    "Applied", "Practical", "Scalable", "Robust", "Efficient", "Incremental", "Distributed", "Interpretable",
    "Probabilistic", "Streaming", "Batch", "Online", "Federated", "Sparse", "Dense", "Adaptive", "Secure",
    "Reproducible", "Automated", "Hybrid", "Causal", "Bayesian", "Multimodal", "Low-latency", "Fault-tolerant",
]
WORDS_B = [
    "feature", "embedding", "gradient", "tensor", "pipeline", "schema", "index", "cache", "queue", "graph",
    "kernel", "sampler", "tokenizer", "checkpoint", "scheduler", "registry", "metric", "dashboard", "ranking",
    "retrieval", "inference", "training", "labelling", "validation", "deployment", "rollout", "quantisation",
]
WORDS_C = [
    "design", "tuning", "basics", "patterns", "debugging", "testing", "operations", "architecture", "analysis",
    "monitoring", "governance", "optimisation", "evaluation", "workflows", "reviews", "migrations", "planning",
]
KEYWORDS = [
    "numpy", "pandas", "pytorch", "tensorflow", "jax", "scikit-learn", "xgboost", "spark", "kafka", "airflow",
    "dbt", "docker", "kubernetes", "terraform", "mlflow", "ray", "triton", "onnx", "cuda", "sql", "postgres",
    "redis", "faiss", "huggingface", "langchain", "prometheus", "grafana", "aws", "gcp", "azure", "bigquery",
    "snowflake", "delta lake", "feast", "great expectations", "pytest", "git", "bash", "linux", "grpc",
]
NOTE_PHRASES = [
    "Finished the course chapter", "Worked through the exercises", "Built a small project with it",
    "Re-read the docs after a bug at work", "Paired with a colleague on this", "Need to revisit the edge cases",
    "Used it in the churn model", "Gave a short talk to the team", "Wrote a blog post draft",
    "Watched the conference talk", "Compared three approaches", "Benchmarked it against the baseline",
    "The official tutorial was enough", "Still shaky on the theory", "Solved the practice problems",
]
NOTE_TAILS = [
    "", "", "", " — took two evenings.", " Next: try it on real data.", " See the notebook in the team repo.",
    " Key idea: keep it simple.", " 3/5 confidence.", " (ask the mentor about it)",
]
# Text a note may carry that must not break a Markdown table or list, nor become HTML.
NASTY_TAILS = [" Use `a | b` here.", " *not* <b>bold</b> & [link](x)", " line one\nline two", " 100% | done?"]

END = datetime(2026, 11, 1, 18, 0, 0, tzinfo=timezone.utc)  # fixed, so the data never depends on today


def stamp(moment):
    """`2026-01-10T09:30:00.000Z`, as the database stores times."""
    moment = moment.astimezone(timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (moment.microsecond // 1000)


def task_stamp(moment):
    return moment.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


class Rng(random.Random):
    def uuid(self):
        return str(uuid.UUID(int=self.getrandbits(128), version=4))


class Pool:
    """A set with O(1) add, remove and random choice."""

    def __init__(self):
        self.items, self.index = [], {}

    def add(self, item):
        if item not in self.index:
            self.index[item] = len(self.items)
            self.items.append(item)

    def discard(self, item):
        position = self.index.pop(item, None)
        if position is None:
            return
        last = self.items.pop()
        if position < len(self.items):
            self.items[position] = last
            self.index[last] = position

    def choice(self, rng):
        return self.items[rng.randrange(len(self.items))] if self.items else None

    def __len__(self):
        return len(self.items)


# --------------------------------------------------------------------------------------------- the roadmap

def make_roadmap(rng, name, skill_count, area_count):
    """Skills ordered by stage; each requires 0-3 earlier skills (same or earlier stage), so no cycle is possible."""
    areas = []
    for index, title in enumerate(AREA_NAMES[:area_count]):
        areas.append({"id": "b-" + title.lower().replace(" and ", "-").replace(" ", "-"), "title": title})
    counts = [round(skill_count * share) for share in STAGE_SHARE]
    counts[-1] = skill_count - sum(counts[:-1])
    skills, by_area = [], {area["id"]: [] for area in areas}
    number = 0
    for (stage, _, _), count in zip(STAGES, counts):
        for _ in range(count):
            number += 1
            area = areas[rng.randrange(len(areas))]["id"]
            index = len(skills)
            wanted = rng.choices([0, 1, 2, 3], weights=[20, 35, 28, 17])[0] if index >= 3 else 0
            requires = set()
            for _ in range(wanted):
                same_area = by_area[area]
                if same_area and rng.random() < 0.6:
                    candidate = same_area[max(0, len(same_area) - 40) + rng.randrange(min(40, len(same_area)))]
                else:
                    candidate = max(0, index - 1 - int(rng.expovariate(1 / 60)))  # mostly recent skills
                if candidate < index:
                    requires.add(candidate)
            a, b, c = rng.choice(WORDS_A), rng.choice(WORDS_B), rng.choice(WORDS_C)
            skills.append({
                "id": "bench.s%05d" % number,
                "title": "%s %s %s %d" % (a, b, c, number),
                "area": area,
                "stage": stage,
                "requires": sorted(requires),  # indexes for now
                "summary": "Learn %s %s %s well enough to use it at work and explain the trade-offs to the team."
                           % (a.lower(), b, c),
                "keywords": rng.sample(KEYWORDS, rng.randint(2, 5)),
                "hours": rng.choice([4, 6, 8, 10, 12, 16, 20, 30, 40]),
            })
            by_area[area].append(index)
    for skill in skills:
        skill["requires"] = [skills[i]["id"] for i in skill["requires"]]
    return {
        "id": "bench-" + name,
        "title": "Benchmark roadmap (%s)" % name,
        "summary": "A synthetic roadmap of %d skills for timing roadmap." % skill_count,
        "version": 1,
        "areas": areas,
        "skills": skills,
    }


def yaml_string(text):
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a valid double-quoted YAML scalar


def roadmap_yaml(roadmap):
    lines = [
        "# Generated by Benchmarks/generate.py; synthetic data for timing roadmap.",
        "id: " + roadmap["id"],
        "title: " + yaml_string(roadmap["title"]),
        "summary: " + yaml_string(roadmap["summary"]),
        "version: %d" % roadmap["version"],
        "stages:",
    ]
    for stage, title, jobs in STAGES:
        lines += ["  - id: " + stage, "    title: " + yaml_string(title),
                  "    job_titles: [" + ", ".join(jobs) + "]"]
    lines.append("areas:")
    for area in roadmap["areas"]:
        lines += ["  - id: " + area["id"], "    title: " + yaml_string(area["title"])]
    lines.append("skills:")
    for skill in roadmap["skills"]:
        lines += ["  - id: " + skill["id"], "    title: " + yaml_string(skill["title"]),
                  "    area: " + skill["area"], "    stage: " + skill["stage"]]
        if skill["requires"]:
            lines.append("    requires: [" + ", ".join(skill["requires"]) + "]")
        lines += ["    summary: " + yaml_string(skill["summary"]),
                  "    keywords: [" + ", ".join(yaml_string(k) for k in skill["keywords"]) + "]",
                  "    hours: %d" % skill["hours"]]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------------- the history

class History:
    """Simulates a learner using the CLI: every command is one the app could have recorded, every status
    event's `from` is the skill's status before it (in log order, as the app computes it), and an undo is
    recorded the way `roadmap undo` records it (compensating status events, withdrawn notes and evidence)."""

    def __init__(self, rng, skills, event_target, touched_share):
        self.rng, self.skills, self.target = rng, skills, event_target
        self.ids = [s["id"] for s in skills]
        self.status = {}            # skill -> status, absent = todo
        self.commands, self.events = [], []
        self.done, self.learning, self.revisit, self.noted = Pool(), Pool(), Pool(), Pool()
        self.touched = Pool()
        # Progress walks the roadmap earliest stage first, a little shuffled within small blocks.
        order = list(range(len(skills)))
        for start in range(0, len(order), 8):
            block = order[start:start + 8]
            rng.shuffle(block)
            order[start:start + 8] = block
        self.order, self.frontier = order, 0
        self.touch_goal = int(len(skills) * touched_share)

    # -- recording

    def set_status(self, skill, new):
        self.status[skill] = new
        for pool, status in ((self.done, "done"), (self.learning, "learning")):
            (pool.add if new == status else pool.discard)(skill)
        self.touched.add(skill)

    def command(self, name, arguments, changes, backdate=False):
        """changes: [(skill, kind, payload)] applied in order; returns the command, or None if nothing changed."""
        events = []
        for skill, kind, payload in changes:
            if kind == "status":
                old = self.status.get(skill, "todo")
                new, note = payload
                if old == new:
                    if note is not None:
                        events.append(dict(skill=skill, kind="note", note=note))
                    continue
                events.append(dict(skill=skill, kind="status", from_=old, to=new, note=note))
                self.set_status(skill, new)
            elif kind == "note":
                events.append(dict(skill=skill, kind="note", note=payload))
                self.noted.add(skill)
                self.touched.add(skill)
            else:
                url, title = payload
                events.append(dict(skill=skill, kind="evidence", url=url, title=title))
        if not events:
            return None
        record = dict(uuid=self.rng.uuid(), name=name, arguments=["roadmap", name] + arguments, undoes=None,
                      undoneBy=None, events=events, backdate=backdate)
        for event in events:
            event["uuid"] = self.rng.uuid()
        self.commands.append(record)
        self.events.extend(events)
        return record

    def undo(self, undone):
        events = []
        for event in reversed(undone["events"]):
            skill = event["skill"]
            if event["kind"] == "status":
                current = self.status.get(skill, "todo")
                if current != event["from_"]:
                    events.append(dict(skill=skill, kind="status", from_=current, to=event["from_"], note=None))
                    self.set_status(skill, event["from_"])
            elif event["kind"] == "note":
                events.append(dict(skill=skill, kind="note_withdrawn", note=event["note"]))
            else:
                events.append(dict(skill=skill, kind="evidence_withdrawn", url=event["url"], title=event["title"]))
        record = dict(uuid=self.rng.uuid(), name="undo", arguments=["roadmap", "undo"], undoes=undone["uuid"],
                      undoneBy=None, events=events, backdate=False)
        undone["undoneBy"] = record["uuid"]
        for event in events:
            event["uuid"] = self.rng.uuid()
        self.commands.append(record)
        self.events.extend(events)

    # -- what a learner does

    def note_text(self):
        text = self.rng.choice(NOTE_PHRASES) + self.rng.choice(NOTE_TAILS)
        if self.rng.random() < 0.05:
            text += self.rng.choice(NASTY_TAILS)
        return text

    def progress_step(self, room):
        rng = self.rng
        cap = max(3, len(self.touched) // 15)
        if len(self.learning) and (len(self.learning) > cap or rng.random() < 0.45):
            skill = self.learning.choice(rng)
            note = self.note_text() if rng.random() < 0.2 else None
            return self.command("done", [skill] + (["--note", note] if note else []), [(skill, "status", ("done", note))])
        if self.frontier >= len(self.order):
            return None
        roll = rng.random()
        if roll < 0.08 and room >= 3 and self.frontier + 3 <= len(self.order):  # done a b c
            picks = [self.ids[self.order[self.frontier + k]] for k in range(rng.randint(2, 3))]
            self.frontier += len(picks)
            return self.command("done", picks, [(s, "status", ("done", None)) for s in picks])
        skill = self.ids[self.order[self.frontier]]
        self.frontier += 1
        if roll < 0.58:
            return self.command("learning", [skill], [(skill, "status", ("learning", None))])
        if roll < 0.92:  # something already known, often back-dated
            backdate = rng.random() < 0.35
            return self.command("done", [skill] + (["--on", "DAY"] if backdate else []),
                                [(skill, "status", ("done", None))], backdate=backdate)
        reason = rng.choice(["Not relevant to my team", "Covered by another course", "Later"])
        return self.command("skip", [skill, "--reason", reason], [(skill, "status", ("skipped", reason))])

    def churn_step(self):
        rng = self.rng
        roll = rng.random()
        if roll < 0.30 and len(self.touched):  # a note, mostly on skills that already have some
            skill = self.noted.choice(rng) if len(self.noted) > 20 and rng.random() < 0.7 else self.touched.choice(rng)
            text = self.note_text()
            return self.command("note", [skill, text], [(skill, "note", text)])
        if roll < 0.35 and len(self.done):  # evidence on a few done skills
            skill = self.done.choice(rng)
            slug = skill.replace(".", "-")
            url = "https://github.com/learner/%s-%d" % (slug, rng.randrange(1000))
            title = rng.choice(["Project", "Notebook", "Certificate", "Write-up"]) + " for " + skill
            return self.command("evidence", [skill, url, "--title", title], [(skill, "evidence", (url, title))])
        # Revisiting: a done skill goes back to learning (or is reset), and later comes back to done.
        if len(self.revisit) and (len(self.revisit) > max(5, len(self.done) // 20) or rng.random() < 0.5):
            skill = self.revisit.choice(rng)
            self.revisit.discard(skill)
            if self.status.get(skill, "todo") == "done":
                return None
            return self.command("done", [skill], [(skill, "status", ("done", None))])
        if len(self.done):
            skill = self.done.choice(rng)
            self.revisit.add(skill)
            if rng.random() < 0.4:
                return self.command("reset", [skill], [(skill, "status", ("todo", None))])
            return self.command("learning", [skill], [(skill, "status", ("learning", None))])
        return None

    def run(self):
        rng = self.rng
        while len(self.events) < self.target:
            room = self.target - len(self.events)
            due = self.frontier < self.touch_goal * (len(self.events) + 1) / self.target
            before = len(self.events)
            record = self.progress_step(room) if due else self.churn_step()
            if record is None and len(self.touched) == 0:
                record = self.progress_step(room)
            if record is None:
                continue
            if len(self.events) > self.target:  # overshot: take the command back, note instead
                self.commands.pop()
                del self.events[before:]
                self.rebuild_status()
                skill = self.ids[self.order[0]]
                text = self.note_text()
                self.command("note", [skill, text], [(skill, "note", text)])
                continue
            room = self.target - len(self.events)
            if room >= len(record["events"]) and rng.random() < 0.03:
                self.undo(record)  # an undo that changed nothing is still recorded, as the app does
        assert len(self.events) == self.target, (len(self.events), self.target)

    def rebuild_status(self):
        self.status = {}
        self.done, self.learning = Pool(), Pool()
        for event in self.events:
            if event["kind"] == "status":
                self.set_status(event["skill"], event["to"])

    # -- times

    def stamp_times(self, start, end):
        """Commands spread over [start, end]; an undo follows its command by seconds; a back-dated `done --on`
        is effective at noon of an earlier day, as the app records it (UTC here)."""
        rng = self.rng
        regular = [c for c in self.commands if c["name"] != "undo"]
        span_ms = int((end - start).total_seconds() * 1000)
        offsets = sorted(rng.sample(range(span_ms), len(regular)))
        for command, offset in zip(regular, offsets):
            command["time"] = start + timedelta(milliseconds=offset)
        previous = None
        for command in self.commands:
            if command["name"] == "undo":
                command["time"] = previous + timedelta(milliseconds=rng.randint(3_000, 60_000))
            previous = command["time"]
        # Keep log order = time order even where an undo's seconds ran past the next command.
        for before, after in zip(self.commands, self.commands[1:]):
            if after["time"] <= before["time"]:
                after["time"] = before["time"] + timedelta(milliseconds=1)
        for command in self.commands:
            at = command["time"]
            if command["backdate"]:
                day = (at - timedelta(days=rng.randint(1, 120))).date()
                command["arguments"][command["arguments"].index("DAY")] = day.isoformat()
                at = datetime(day.year, day.month, day.day, 12, tzinfo=timezone.utc)
            for event in command["events"]:
                event["at"] = at

    # -- output

    def backup(self, enrolment, roadmaps):
        commands = [
            {"arguments": c["arguments"], "name": c["name"], "recordedAt": stamp(c["time"]), "undoes": c["undoes"],
             "undoneBy": c["undoneBy"], "uuid": c["uuid"]}
            for c in self.commands
        ]
        events = []
        for command in self.commands:
            for e in command["events"]:
                events.append({
                    "at": stamp(e["at"]), "command": command["uuid"], "from": e.get("from_"), "kind": e["kind"],
                    "note": e.get("note"), "skill": e["skill"], "title": e.get("title"), "to": e.get("to"),
                    "url": e.get("url"), "uuid": e["uuid"],
                })
        return backup_document(self.commands[-1]["time"] + timedelta(hours=1), [enrolment], roadmaps, commands, events)

    def final(self):
        """Per skill: status, when it was set, the notes that still count (those of commands not undone)."""
        state = {}
        for command in self.commands:
            for e in command["events"]:
                entry = state.setdefault(e["skill"], {"status": "todo", "since": None, "notes": []})
                if e["kind"] == "status":
                    entry["status"], entry["since"] = e["to"], e["at"]
                if command["undoneBy"] is None and command["name"] != "undo" and e.get("note") and e["kind"] in ("note", "status"):
                    entry["notes"].append((e["at"], e["note"]))
        return state


def backup_document(exported_at, enrolments, roadmaps, commands, events):
    return {
        "commands": commands,
        "enrolments": enrolments,
        "events": events,
        "exportedAt": stamp(exported_at),
        "format": "roadmap-backup",
        "formatVersion": 1,
        "roadmaps": roadmaps,
        "schemaVersion": SCHEMA_VERSION,
    }


def write_json(path, document):
    # The app writes keys sorted, pretty-printed with " : "; any JSON imports, but we stay close to its bytes.
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(document, handle, ensure_ascii=False, indent=2, sort_keys=True, separators=(",", " : "))
        handle.write("\n")


def tasks_for(rng, skills, state, started, depends):
    """One Taskwarrior task per skill: done -> completed, skipped -> deleted, learning -> started, notes ->
    annotations; prerequisites -> depends only when asked (Taskwarrior 2.6's dependency handling is quadratic:
    with them `task list` on 10,000 tasks takes seconds, which would make it no useful reference)."""
    uuids = {s["id"]: rng.uuid() for s in skills}
    tasks = []
    for skill in skills:
        entry = state.get(skill["id"], {"status": "todo", "since": None, "notes": []})
        task = {
            "uuid": uuids[skill["id"]],
            "description": skill["title"],
            "entry": task_stamp(started),
            "modified": task_stamp(entry["since"] or started),
            "project": skill["area"],
            "tags": [skill["stage"]],
            "status": {"done": "completed", "skipped": "deleted"}.get(entry["status"], "pending"),
        }
        if entry["status"] in ("done", "skipped"):
            task["end"] = task_stamp(entry["since"])
        if entry["status"] == "learning":
            task["start"] = task_stamp(entry["since"])
        requires = [uuids[r] for r in skill["requires"] if r in uuids]
        if requires and depends:
            task["depends"] = requires
        if entry["notes"]:
            task["annotations"] = [{"entry": task_stamp(at), "description": text.replace("\n", " ")}
                                   for at, text in entry["notes"]]
        tasks.append(task)
    return tasks


def write_case(out, name, rng, skills, events, span_days, roadmap_id, roadmap_doc=None, touched_share=0.6,
               task_depends=False):
    history = History(rng, skills, events, touched_share)
    history.run()
    start = END - timedelta(days=span_days)
    history.stamp_times(start, END)
    enrolled = start - timedelta(hours=1)
    enrolment = {"roadmap": roadmap_id, "startedAt": stamp(enrolled), "targetDate": "2027-06-30",
                 "targetStage": "senior", "updatedAt": stamp(enrolled)}
    roadmaps = []
    if roadmap_doc is not None:
        text = roadmap_yaml(roadmap_doc)
        with open("%s/%s.yaml" % (out, name), "w", encoding="utf-8") as handle:
            handle.write(text)
        added = stamp(enrolled - timedelta(hours=1))
        roadmaps = [{"addedAt": added, "fileName": name + ".yaml", "id": roadmap_id, "source": text,
                     "updatedAt": added, "version": roadmap_doc["version"]}]
    write_json("%s/%s.json" % (out, name), history.backup(enrolment, roadmaps))

    state = history.final()
    write_json("%s/%s.tasks.json" % (out, name), tasks_for(rng, skills, state, enrolled, task_depends))

    counts = {"todo": 0, "learning": 0, "done": 0, "skipped": 0}
    for skill in skills:
        counts[state.get(skill["id"], {"status": "todo"})["status"]] += 1
    # The skill `done` is timed on: untouched, late in the roadmap, with prerequisites.
    untouched = [s for s in skills if s["id"] not in state]
    candidates = [s for s in untouched if s["requires"]] or untouched or skills
    target = candidates[len(candidates) // 2]
    kinds, per_skill = {}, {}
    for event in history.events:
        kinds[event["kind"]] = kinds.get(event["kind"], 0) + 1
        per_skill[event["skill"]] = per_skill.get(event["skill"], 0) + 1
    # The skill `info` is timed on: the one with the longest history (the first such, in roadmap order).
    busiest = max((s["id"] for s in skills), key=lambda skill: per_skill.get(skill, 0))
    meta = {
        "name": name, "roadmap": roadmap_id, "skills": len(skills), "events": len(history.events),
        "commands": len(history.commands), "undos": sum(1 for c in history.commands if c["name"] == "undo"),
        "kinds": kinds, "final": counts, "doneSkill": target["id"], "infoSkill": busiest,
        "infoEvents": per_skill.get(busiest, 0),
        "pendingTasks": counts["todo"] + counts["learning"],
    }
    write_json("%s/%s.meta.json" % (out, name), meta)
    return meta


SCHEMA_VERSION = "003_skill_state"


def main():
    global SCHEMA_VERSION
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True, help="folder to write into (must exist)")
    parser.add_argument("--sizes", default="small,medium,large", help="comma-separated: small, medium, large")
    parser.add_argument("--builtin", metavar="SHOW.json", help="`roadmap show ml-engineer --json` output: also write the built-in case")
    parser.add_argument("--schema-version", default=SCHEMA_VERSION, help="schemaVersion to write (what the binary exports)")
    parser.add_argument("--seed", type=int, default=20261122)
    parser.add_argument("--task-depends", action="store_true", help="give the Taskwarrior tasks their prerequisites as depends")
    args = parser.parse_args()
    SCHEMA_VERSION = args.schema_version

    write_json(args.out + "/empty.json", backup_document(END, [], [], [], []))
    summary = []
    if args.builtin:
        with open(args.builtin, encoding="utf-8") as handle:
            shown = json.load(handle)
        stage_rank = {stage["id"]: index for index, stage in enumerate(shown["stages"])}
        skills = sorted(({"id": s["id"], "title": s["title"], "area": s["area"], "stage": s["stage"],
                          "requires": s.get("requires", [])} for s in shown["skills"]),
                        key=lambda s: stage_rank[s["stage"]])
        summary.append(write_case(args.out, "builtin", Rng(args.seed), skills, BUILTIN_EVENTS, BUILTIN_SPAN_DAYS,
                                  shown["id"], touched_share=0.5, task_depends=args.task_depends))
    for size in [s for s in args.sizes.split(",") if s]:
        if size not in SIZES:
            sys.exit("generate.py: unknown size '%s' (small, medium, large)" % size)
        skill_count, events, areas, span = SIZES[size]
        rng = Rng("%d-%s" % (args.seed, size))
        roadmap = make_roadmap(rng, size, skill_count, areas)
        summary.append(write_case(args.out, "bench-" + size, rng, roadmap["skills"], events, span, roadmap["id"], roadmap,
                                  task_depends=args.task_depends))
    for meta in summary:
        print("%-13s %6d skills %7d events %6d commands (%d undos)  final: %s" % (
            meta["name"], meta["skills"], meta["events"], meta["commands"], meta["undos"],
            ", ".join("%s %d" % kv for kv in meta["final"].items())))


if __name__ == "__main__":
    main()
