"""Figures for `roadmap serve` (issue 29): server start, page load in Chromium, click-to-update, memory after
1,000 actions; and the screenshots in docs/. Prints a Markdown table; measures, asserts nothing.

Usage: serve_figures.py BIN_FOLDER WORK_FOLDER [--large YAML JSON] [--shots DOCS_FOLDER]
BIN_FOLDER holds `roadmap` and `roadmap-serve` (a release build); WORK_FOLDER gets scratch databases.
"""
import argparse
import json
import os
import re
import signal
import statistics
import subprocess
import time
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

parser = argparse.ArgumentParser()
parser.add_argument("bin")
parser.add_argument("work")
parser.add_argument("--large", nargs=2, metavar=("YAML", "JSON"))
parser.add_argument("--shots")
args = parser.parse_args()
roadmap = os.path.join(args.bin, "roadmap")
env = dict(os.environ, TZ="UTC")


def run(db, *arguments):
    subprocess.run([roadmap, *arguments], env=dict(env, ROADMAP_DB=db), check=True, capture_output=True)


class Server:
    def __init__(self, db, *arguments):
        started = time.monotonic()
        self.process = subprocess.Popen([roadmap, "serve", "--db", db, "--port", "0", *arguments], env=env,
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.line = self.process.stdout.readline().strip()
        self.start_seconds = time.monotonic() - started
        match = re.match(r"serving (http://127\.0\.0\.1:(\d+)/)#token=([0-9a-f]+);", self.line)
        self.base, self.port, self.token = match.group(1), int(match.group(2)), match.group(3)
        self.url = self.line.split(" ")[1].rstrip(";")

    def act(self, action):
        request = urllib.request.Request(self.base + "api/action", data=json.dumps(action).encode(), method="POST", headers={
            "Content-Type": "application/json", "Origin": self.base.rstrip("/"), "Cookie": "roadmap-%d=%s" % (self.port, self.token)})
        with urllib.request.urlopen(request) as reply:
            return json.load(reply)

    def rss_kib(self):
        with open("/proc/%d/status" % self.process.pid) as status:
            return int(re.search(r"VmRSS:\s+(\d+)", status.read()).group(1))

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=30)


def browser(width, height):
    options = Options()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=%d,%d" % (width, height)]:
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(600)
    return driver


def load(driver, url, after=None):
    """Opens url; the seconds until the page's scripts ran (navigation start to page-actions.js done)."""
    started = time.monotonic()
    driver.get(url)
    WebDriverWait(driver, 600).until(lambda d: d.execute_script("return document.body && document.body.getAttribute('data-served')") == "yes")
    wall = time.monotonic() - started
    ready = driver.execute_script("return performance.now()") / 1000
    return wall, ready


class Rows(list):
    """The table's rows, each also printed as it is measured, so a figure survives a later step that fails."""
    def append(self, row):
        super().append(row)
        print("| %s | %s |" % row, flush=True)


rows = Rows()
print("| figure | value |\n|---|---|", flush=True)
db = os.path.join(args.work, "builtin.sqlite")
catalog = json.loads(subprocess.run([roadmap, "list", "--json"], env=env, capture_output=True, text=True, check=True).stdout)
ids = [entry["id"] for entry in (catalog if isinstance(catalog, list) else catalog.get("roadmaps", []))]
for roadmap_id in ids:
    run(db, "start", roadmap_id)
run(db, "done", "python.basics", "python.collections", "math.vectors-matrices")

starts = []
for _ in range(10):
    server = Server(db)
    starts.append(server.start_seconds)
    server.stop()
rows.append(("server start to its line (median of 10)", "%.0f ms" % (statistics.median(starts) * 1000)))

server = Server(db)
driver = browser(1280, 900)
try:
    load(driver, server.url)
    for roadmap_id in ids:
        runs = [load(driver, server.base + "?roadmap=" + roadmap_id) for _ in range(3)]
        size = len(driver.page_source.encode())
        rows.append(("page load, %s (median of 3; %d KiB)" % (roadmap_id, size // 1024), "%.0f ms" % (statistics.median(r[0] for r in runs) * 1000)))

    # Click to update: a card's Learning, then Reset, each until the page shows the database again.
    load(driver, server.base + "?roadmap=python")
    latencies = []
    for index in range(10):
        driver.find_element(By.ID, "card-python.numpy").click()
        WebDriverWait(driver, 30).until(lambda d: d.find_element(By.CSS_SELECTOR, "#panel-body .actions"))
        body = driver.find_element(By.TAG_NAME, "body")
        label = "Learning" if index % 2 == 0 else "Reset"
        button = [b for b in driver.find_elements(By.CSS_SELECTOR, "#panel-body .actions button") if b.text == label][0]
        started = time.monotonic()
        button.click()
        WebDriverWait(driver, 30).until(lambda d: d.find_element(By.TAG_NAME, "body").id != body.id
                                        and d.execute_script("return document.body.getAttribute('data-served')") == "yes")
        latencies.append(time.monotonic() - started)
    rows.append(("click to updated page, python (median of 10)", "%.0f ms" % (statistics.median(latencies) * 1000)))

    if args.shots:
        run(db, "start", "ml-engineer", "--target", "mid")
        load(driver, server.base + "?roadmap=ml-engineer#skill-frameworks.pytorch")
        driver.save_screenshot(os.path.join(args.shots, "serve-1280.png"))
        driver.set_window_size(390, 844)
        load(driver, server.base + "?roadmap=ml-engineer")
        driver.save_screenshot(os.path.join(args.shots, "serve-390.png"))
finally:
    driver.quit()

before = server.rss_kib()
started = time.monotonic()
for index in range(1000):
    action = [{"action": "note", "skill": "python.numpy", "text": "note %d" % index},
              {"action": "mark", "skill": "python.pandas", "status": "learning"},
              {"action": "mark", "skill": "python.pandas", "status": "reset"},
              {"action": "undo", "dryRun": True}][index % 4]
    server.act(action)
seconds = time.monotonic() - started
rows.append(("server RSS at start → after 1,000 actions", "%.1f → %.1f MiB" % (before / 1024, server.rss_kib() / 1024)))
rows.append(("1,000 actions over HTTP, one at a time", "%.1f s (%.1f ms each)" % (seconds, seconds)))
server.stop()

if args.large:
    large = os.path.join(args.work, "large.sqlite")
    run(large, "add", args.large[0])
    run(large, "import", args.large[1])
    name = os.path.basename(args.large[0]).rsplit(".", 1)[0]
    server = Server(large, name)
    driver = browser(1280, 900)
    try:
        load(driver, server.url)
        runs = [load(driver, server.base) for _ in range(3)]
        size = len(driver.page_source.encode())
        rows.append(("page load, %s (median of 3; %d KiB)" % (name, size // 1024), "%.0f ms" % (statistics.median(r[0] for r in runs) * 1000)))
        card = driver.find_elements(By.CSS_SELECTOR, "a.card[data-skill]")[5000]
        started = time.monotonic()
        card.click()
        WebDriverWait(driver, 60).until(lambda d: d.find_element(By.CSS_SELECTOR, "#panel-body .actions"))
        rows.append(("%s: a card's click to its panel with actions" % name, "%.0f ms" % ((time.monotonic() - started) * 1000)))
    finally:
        driver.quit()
        server.stop()

