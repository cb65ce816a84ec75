"""The entry functions behind `eventscope serve` and `eventscope token ...`."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import httpx
import pytest

from eventscope.api import serve as srv


def test_token_lifecycle(tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    secret = srv.create_token(db, "amina")
    assert secret.startswith("es_") and len(secret) > 40
    assert [(t.name, t.revoked_at) for t in srv.list_tokens(db)] == [("amina", None)]
    assert srv.revoke_tokens(db, "amina") == 1
    assert srv.revoke_tokens(db, "amina") == 0
    assert srv.list_tokens(db)[0].revoked_at is not None


@pytest.mark.parametrize(
    ("host", "loopback"),
    [("127.0.0.1", True), ("localhost", True), ("::1", True), ("0.0.0.0", False), ("example.org", False)],
)
def test_is_loopback(host: str, loopback: bool) -> None:
    assert srv.is_loopback(host) is loopback


def test_serve_answers_on_the_given_port(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    servers: list[uvicorn.Server] = []

    def run_in_thread(app: object, **kwargs: object) -> None:
        # uvicorn.run blocks; keep the real server but make it stoppable from the test.
        config = uvicorn.Config(app, **kwargs)  # type: ignore[arg-type]
        servers.append(uvicorn.Server(config))
        servers[0].run()

    monkeypatch.setattr(uvicorn, "run", run_in_thread)
    thread = threading.Thread(
        target=srv.serve,
        args=(str(tmp_path / "s.db"),),
        kwargs={"port": port, "log_level": "warning"},
        daemon=True,
    )
    thread.start()
    try:
        deadline = time.monotonic() + 20
        while not (servers and servers[0].started):
            assert time.monotonic() < deadline, "server did not start"
            time.sleep(0.05)
        response = httpx.get(f"http://127.0.0.1:{port}/api/events")
        assert response.status_code == 200 and response.json()["total"] == 0
    finally:
        if servers:
            servers[0].should_exit = True
        thread.join(timeout=10)
