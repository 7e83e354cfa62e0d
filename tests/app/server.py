"""Start `streamlit run app.py` on a free port for browser tests and the benchmark; stop it afterwards."""
from __future__ import annotations

import contextlib
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def streamlit_server(db: str, env: dict | None = None, timeout: float = 90.0, app: str | None = None):
    """Yield the base URL of a running app (or of the Streamlit script `app`) on store `db`; the process is
    stopped on exit."""
    port = free_port()
    environ = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    environ.update({"WHOSAID_DB": db, **(env or {})})
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", app or os.path.join(ROOT, "app.py"), "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true",
         "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=environ, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + timeout
        while True:
            try:
                with urllib.request.urlopen(base + "/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.time() > deadline:
                raise RuntimeError("streamlit did not start: " + (proc.stderr.read() or b"").decode()[-2000:])
            time.sleep(0.3)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def upload(page, path) -> None:
    """Ingest one file through the sidebar's upload panel and wait for its summary."""
    page.get_by_text("Add articles").click()
    page.locator("[data-testid=stFileUploader] input[type=file][multiple]").set_input_files(str(path))
    page.get_by_role("button", name="Ingest").click()
    page.get_by_text(re.compile(r"read 1 articles, wrote 1")).wait_for(timeout=120_000)


def download_snapshot(page, path) -> None:
    """Download the explorer's offline HTML snapshot to `path`."""
    page.get_by_text("Snapshot: HTML, PNG, CSV, JSON, permalink").click()
    with page.expect_download() as info:
        page.get_by_role("button", name="HTML snapshot").click()
    info.value.save_as(str(path))


def local_page(browser, url: str):
    """A fresh 1400x1000 browser context that may reach only this machine, with a page opened on `url`;
    returns (context, page)."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    context.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("http://127.0.0.1", "data:", "blob:",
                                                                                  "about:")) else r.abort())
    page = context.new_page()
    page.goto(url)
    return context, page
