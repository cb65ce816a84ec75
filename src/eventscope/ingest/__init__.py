"""Reading inputs (files, folders, JSONL, stdin) and cleaning HTML pages into ``Document`` records.

    sources.iter_documents / iter_pages   paths -> Document | Rejection, never raising per input
    clean.clean_html                      one page (str or bytes) -> Document
"""

from .clean import CleanOptions, TooLargeInput, clean_html, decode_bytes, stable_id
from .sources import iter_documents, iter_pages, parse_published

__all__ = [
    "CleanOptions",
    "TooLargeInput",
    "clean_html",
    "decode_bytes",
    "iter_documents",
    "iter_pages",
    "parse_published",
    "stable_id",
]
