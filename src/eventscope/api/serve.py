"""Entry points behind ``eventscope serve`` and ``eventscope token create|revoke|list``.

The CLI parses its arguments and calls one of these; they take plain values and return plain values
(or run until interrupted), so they are tested without the CLI.
"""

from __future__ import annotations

import ipaddress

from eventscope.store.db import Store
from eventscope.store.reviews import ReviewStore, TokenInfo

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


def serve(db: str, *, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, log_level: str = "info") -> None:
    """Serve the API and dashboard over the store at ``db`` until interrupted (Ctrl-C)."""
    import uvicorn

    from eventscope.api.app import create_app

    app = create_app(db)
    uvicorn.run(app, host=host, port=port, log_level=log_level)


def is_loopback(host: str) -> bool:
    """Whether ``host`` only accepts connections from this machine (reads need no token)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def create_token(db: str, name: str) -> str:
    """A new API token for ``name``; the secret is returned once and only its hash is stored."""
    with Store.open(db) as store:
        return ReviewStore(store).create_token(name)


def revoke_tokens(db: str, name: str) -> int:
    with Store.open(db) as store:
        return ReviewStore(store).revoke_tokens(name)


def list_tokens(db: str) -> list[TokenInfo]:
    with Store.open(db) as store:
        return ReviewStore(store).list_tokens()
