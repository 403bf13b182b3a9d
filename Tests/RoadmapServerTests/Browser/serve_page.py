"""Drives `roadmap serve`'s page in headless Chromium as a person would; prints one JSON object of what it saw.

Usage: serve_page.py URL ROADMAP_BINARY DATABASE SCREENSHOT_FOLDER
Each step clicks or types; the test that runs this compares the database with a twin the CLI wrote.
"""
import json
import os
import subprocess
import sys
import time

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

url, binary, database, shots = sys.argv[1:5]
seen = {}

options = Options()
for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900"]:
    options.add_argument(argument)
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
wait = WebDriverWait(driver, 30)  # a machine busy with the rest of swift test is slow


def loaded(after=None):
    """Waits for a page whose script ran, newer than `after` (a body element), and returns its body."""
    wait.until(lambda d: d.execute_script("return document.body && document.body.getAttribute('data-served')") == "yes"
               and (after is None or d.find_element(By.TAG_NAME, "body").id != after.id))
    return driver.find_element(By.TAG_NAME, "body")


def status_of(skill):
    return driver.find_element(By.ID, "card-" + skill).get_attribute("data-status")


def open_card(skill):
    driver.find_element(By.ID, "card-" + skill).click()
    wait.until(lambda d: d.find_element(By.CSS_SELECTOR, "#panel-body .actions"))


def click_action(label):
    body = driver.find_element(By.TAG_NAME, "body")
    started = time.monotonic()
    button = [b for b in driver.find_elements(By.CSS_SELECTOR, "#panel-body .actions button, #panel-body li button")
              if b.text == label][0]
    button.click()
    body = loaded(after=body)
    return body, time.monotonic() - started


def shown_lines():
    return sorted(driver.execute_script(
        "return Array.prototype.filter.call(document.querySelectorAll('svg.edges path.edge'), function (p) {"
        "  return getComputedStyle(p).display !== 'none'; }).map(function (p) { return p.getAttribute('data-from') + '>' + p.getAttribute('data-to'); });"))


def path_lines(skill):
    """The lines of a skill's path, from the page's own list of every line: into its prerequisites' chain, out of it."""
    lines = driver.execute_script(
        "return Array.prototype.map.call(document.querySelectorAll('svg.edges path.edge'), function (p) {"
        "  return [p.getAttribute('data-from'), p.getAttribute('data-to')]; });")
    chain, grew = {skill}, True
    while grew:
        grew = False
        for source, target in lines:
            if target in chain and source not in chain:
                chain.add(source)
                grew = True
    return sorted(source + ">" + target for source, target in lines if target in chain or source == skill)


def action_status():
    return driver.find_element(By.ID, "action-status").text


try:
    started = time.monotonic()
    driver.get(url)
    body = loaded()
    seen["loadSeconds"] = round(time.monotonic() - started, 3)
    seen["nextSteps"] = [e.text for e in driver.find_elements(By.CSS_SELECTOR, ".next-steps li a")][:3]
    seen["nextStepsOnFirstScreen"] = driver.execute_script(
        "var l = document.querySelector('.next-steps'); return !!l && l.getBoundingClientRect().top < window.innerHeight;")
    seen["meta"] = driver.find_element(By.CSS_SELECTOR, "header .meta").text

    # Lines: none until a card has the focus; then its chain of prerequisites and what it unlocks, and nothing else.
    seen["linesAtFirst"] = len(shown_lines())
    driver.execute_script("document.getElementById('card-python.pandas').focus();")
    shown, expected = shown_lines(), path_lines("python.pandas")
    seen["focusedLines"] = len(shown)
    seen["focusedLinesAreItsPath"] = shown == expected
    driver.execute_script("document.activeElement.blur();")
    seen["linesAfterBlur"] = len(shown_lines())

    # The plan: a step's link opens its panel.
    driver.find_element(By.CSS_SELECTOR, "#plan summary").click()
    first_step = driver.find_element(By.CSS_SELECTOR, ".plan-steps li a")
    planned = first_step.get_attribute("data-skill-link")
    first_step.click()
    wait.until(lambda d: d.find_element(By.CSS_SELECTOR, "#panel-body .actions"))
    seen["planStepOpensItsPanel"] = driver.find_element(By.CSS_SELECTOR, "#panel-body h5 code").text == planned
    driver.find_element(By.ID, "panel-close").click()

    # Marks through the panel: done on a day, learning, skip then reset.
    open_card("python.basics")
    driver.find_element(By.CSS_SELECTOR, "#panel-body input[name=on]").send_keys("01052026")
    _, latency = click_action("Done")
    seen["clickToUpdateSeconds"] = round(latency, 3)
    seen["afterDone"] = [status_of("python.basics"), action_status()]
    seen["statusLineClearOfPanel"] = driver.execute_script(
        "var s = document.getElementById('action-status').getBoundingClientRect(), p = document.getElementById('panel');"
        "return !p.hidden && s.width > 0 && s.right <= p.getBoundingClientRect().left + 1;")
    open_card("python.collections")
    click_action("Learning")
    open_card("python.oop")
    click_action("Skip")
    open_card("python.oop")
    click_action("Reset")
    # Notes and evidence: add, withdraw.
    open_card("python.basics")
    driver.find_element(By.CSS_SELECTOR, "#panel-body textarea[name=note]").send_keys("Read the tutorial")
    click_action("Add note")
    open_card("python.basics")
    driver.find_element(By.CSS_SELECTOR, "#panel-body textarea[name=note]").send_keys("Second note")
    click_action("Add note")
    open_card("python.basics")
    driver.find_element(By.CSS_SELECTOR, "#panel-body input[name=url]").send_keys("https://example.com/a")
    driver.find_element(By.CSS_SELECTOR, "#panel-body input[name=title]").send_keys("A")
    click_action("Add evidence")
    # A review with its recall.
    open_card("python.basics")
    driver.find_element(By.CSS_SELECTOR, "#panel-body select[name=recall] option[value=hard]").click()
    click_action("Record review")
    open_card("python.basics")
    click_action("Withdraw")  # the first note's
    open_card("python.basics")
    body = driver.find_element(By.TAG_NAME, "body")
    driver.find_elements(By.CSS_SELECTOR, "#panel-body ul.evidence li button")[0].click()
    body = loaded(after=body)
    # Undo says what it will revert, then reverts it.
    seen["undoPreview"] = driver.find_element(By.ID, "undo-preview").text
    driver.find_element(By.ID, "undo").click()
    body = loaded(after=body)
    seen["afterUndo"] = action_status()

    # The keyboard: j moves to the next card, l marks it learning, u undoes, / searches.
    driver.find_element(By.ID, "card-python.basics").click()
    wait.until(lambda d: d.find_element(By.CSS_SELECTOR, "#panel-body .actions"))
    body = driver.find_element(By.TAG_NAME, "body")
    driver.switch_to.active_element.send_keys("j")
    wait.until(lambda d: "python.collections" in d.find_element(By.CSS_SELECTOR, "#panel-body h5 code").text)
    driver.switch_to.active_element.send_keys("d")
    body = loaded(after=body)
    seen["keyboardDone"] = status_of("python.collections")
    driver.find_element(By.TAG_NAME, "body").send_keys("u")
    body = loaded(after=body)
    seen["keyboardUndone"] = status_of("python.collections")
    driver.find_element(By.TAG_NAME, "body").send_keys("/")
    seen["slashFocusesSearch"] = driver.switch_to.active_element.get_attribute("id") == "search"
    driver.save_screenshot(shots + "/serve-1280.png")

    # Live: a CLI command changes the database underneath; the page shows it within a second or two.
    driver.find_element(By.ID, "search").send_keys(Keys.ESCAPE)
    started = time.monotonic()
    subprocess.run([binary, "done", "python.numpy"], env=dict(os.environ, ROADMAP_DB=database), check=True, capture_output=True)
    wait.until(lambda d: d.execute_script("var c = document.getElementById('card-python.numpy'); return c && c.getAttribute('data-status');") == "done")
    seen["liveUpdateSeconds"] = round(time.monotonic() - started, 3)

    # A phone: 390 px wide, nothing scrolls sideways, the list has the same actions.
    driver.set_window_size(390, 844)
    driver.get(url.split("#")[0])
    body = loaded()
    seen["phoneScrollsSideways"] = driver.execute_script("return document.documentElement.scrollWidth > window.innerWidth + 1;")
    driver.save_screenshot(shots + "/serve-390.png")
    driver.find_element(By.CSS_SELECTOR, "#skill-python\\.pandas h5").click()
    wait.until(lambda d: d.find_element(By.CSS_SELECTOR, "#panel-body .actions"))
    click_action("Learning")
    seen["phoneLearning"] = status_of("python.pandas")
    seen["phoneScrollsSidewaysWithPanel"] = driver.execute_script("return document.documentElement.scrollWidth > window.innerWidth + 1;")
finally:
    driver.quit()
print(json.dumps(seen))
