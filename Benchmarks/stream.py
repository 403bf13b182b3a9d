#!/usr/bin/env python3
"""Times a command whose output streams: when its first bytes reach a reader and when its output ends.
Run by Benchmarks/run for `history` and `export`; also by hand:

    python3 Benchmarks/stream.py --runs 5 --json OUT.json -- roadmap history --db DB

Each run starts the command with its stdout on a pipe that this script drains as fast as it can (1 MiB pipe
buffer), from the moment before the process is spawned: `first` is when the first read returns bytes, `whole`
when the pipe reaches its end. The figures are medians over the runs; one warm-up run is not counted. (Peak memory
is Benchmarks/run's /usr/bin/time figure: a child spawned from Python inherits Python's high-water mark.)
"""

import argparse
import fcntl
import json
import os
import statistics
import shutil
import subprocess
import sys
import time

F_SETPIPE_SZ = 1031


def one_run(command, prepare):
    if prepare:
        subprocess.run(["sh", "-c", prepare], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    reader, writer = os.pipe()
    try:
        fcntl.fcntl(writer, F_SETPIPE_SZ, 1 << 20)
    except OSError:
        pass  # a smaller pipe only means more reads
    actions = [(os.POSIX_SPAWN_DUP2, writer, 1), (os.POSIX_SPAWN_CLOSE, writer), (os.POSIX_SPAWN_CLOSE, reader),
               (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0), (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0)]
    start = time.perf_counter()
    pid = os.posix_spawn(command[0], command, os.environ, file_actions=actions)
    os.close(writer)
    first, size = None, 0
    while True:
        chunk = os.read(reader, 1 << 20)
        if not chunk:
            break
        if first is None:
            first = time.perf_counter() - start
        size += len(chunk)
    whole = time.perf_counter() - start
    os.close(reader)
    _, status = os.waitpid(pid, 0)
    return {"first": first if first is not None else whole, "whole": whole, "bytes": size,
            "exit": os.waitstatus_to_exitcode(status)}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--prepare", default="", help="a sh script run before each run (not timed)")
    parser.add_argument("--json", required=True, help="where to write the figures")
    parser.add_argument("--name", default="", help="the command's name in the figures")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        sys.exit("stream.py: no command given")
    command[0] = shutil.which(command[0]) or command[0]
    one_run(command, args.prepare)  # warm-up
    runs = [one_run(command, args.prepare) for _ in range(args.runs)]
    result = {
        "command": args.name or " ".join(command),
        "first_ms": statistics.median(r["first"] for r in runs) * 1000,
        "whole_ms": statistics.median(r["whole"] for r in runs) * 1000,
        "bytes": runs[-1]["bytes"],
        "exit": max(r["exit"] for r in runs),
        "runs": runs,
    }
    with open(args.json, "w", encoding="utf-8") as handle:
        json.dump(result, handle, indent=1)
    print("  %-28s first bytes %7.1f ms, whole %7.1f ms, %d bytes" % (
        result["command"], result["first_ms"], result["whole_ms"], result["bytes"]),
          file=sys.stderr)


if __name__ == "__main__":
    main()
