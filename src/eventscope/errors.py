"""Errors raised by eventscope.

    EventscopeError
     ├── ModelMissingError        the spaCy model package is not installed
     ├── InputError               an input cannot be used (the batch records it and goes on)
     │    ├── UnreadableInput     missing file, permission, not decodable
     │    ├── BinaryInput         looks like a binary file, not text or HTML
     │    ├── BadJSONL            a JSONL line that is not a valid document
     │    ├── TooLargeInput       over the size cap (a huge page cannot stall a batch)
     │    └── EmptyDocument       nothing left after cleaning
     ├── NotFound                 a command names something that does not exist (an incident id)
     ├── GazetteerError           the place index is missing or cannot be built
     └── StoreError               the database cannot be opened or written

Third-party exceptions are translated at the boundary (``raise X(...) from exc``). Each
``InputError`` carries a short ``reason`` code that ends up in a ``Rejection`` record.
"""

from __future__ import annotations


class EventscopeError(Exception):
    """Base class for every error eventscope raises on purpose."""


class ModelMissingError(EventscopeError):
    pass


class InputError(EventscopeError):
    reason = "unusable"

    def __init__(self, source: str, detail: str) -> None:
        super().__init__(f"{source}: {detail}")
        self.source = source
        self.detail = detail


class UnreadableInput(InputError):
    reason = "unreadable"


class BinaryInput(InputError):
    reason = "binary"


class BadJSONL(InputError):
    reason = "bad-jsonl"


class TooLargeInput(InputError):
    reason = "too-large"


class EmptyDocument(InputError):
    reason = "empty"


class NotFound(EventscopeError):
    pass


class GazetteerError(EventscopeError):
    pass


class StoreError(EventscopeError):
    pass
