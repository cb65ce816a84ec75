"""REST API and offline web dashboard (``create_app``); ``serve`` runs it with uvicorn."""

from eventscope.api.app import create_app

__all__ = ["create_app"]
