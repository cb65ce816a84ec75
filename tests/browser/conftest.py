"""Browser fixtures: the app under uvicorn on a free localhost port, driven by Debian's Chromium.

Skips cleanly when selenium, chromium or chromedriver is absent. Install them with:

    apt-get install -y chromium chromium-driver
    pip install selenium==4.51.0

The browser never downloads anything: selenium is pointed at /usr/bin/chromedriver (no Selenium
Manager), and Chromium runs with background networking, updates and sync off, in a fresh profile.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from api.seed import Seeded, seed

CHROMIUM = os.environ.get("EVENTSCOPE_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("EVENTSCOPE_CHROMEDRIVER", "/usr/bin/chromedriver")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LiveServer:
    """The app over ``db`` in a uvicorn thread (``seeded``: what the store was filled with, if known)."""

    def __init__(self, db: str, seeded: Seeded | None = None) -> None:
        import uvicorn

        from eventscope.api import create_app

        self.seeded = seeded
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(create_app(db), host="127.0.0.1", port=self.port, log_level="warning")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)

    def start(self) -> None:
        self._thread.start()
        deadline = time.monotonic() + 20
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)


@pytest.fixture(scope="session")
def chromium_paths() -> tuple[str, str]:
    pytest.importorskip("selenium")
    if not (shutil.which(CHROMIUM) and shutil.which(CHROMEDRIVER)):
        pytest.skip(f"needs {CHROMIUM} and {CHROMEDRIVER} (apt-get install chromium chromium-driver)")
    return CHROMIUM, CHROMEDRIVER


@pytest.fixture(scope="session")
def live_server(
    chromium_paths: tuple[str, str], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LiveServer]:
    db = str(tmp_path_factory.mktemp("browser") / "events.db")
    server = LiveServer(db, seed(db))
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def browser(chromium_paths: tuple[str, str], tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    binary, driver_path = chromium_paths
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    profile: Path = tmp_path_factory.mktemp("chromium-profile")
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1400,1000",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()
