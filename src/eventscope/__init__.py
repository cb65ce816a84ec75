"""eventscope: news in, evidence-linked conflict event data out.

The package tree is the pipeline (see README "Architecture"):

    ingest/    read files, folders, JSONL, HTML; clean pages to text          -> Document
    nlp.py     spaCy model loading and batched parsing                         -> spacy Doc
    extract/   dates, places, counts, event classification, actors, assembly  -> Event
    geo/       the gazetteer: build once, look up offline
    store/     SQLite / PostgreSQL storage
    cli.py     thin commands over the library
"""

__version__ = "0.1.0"
