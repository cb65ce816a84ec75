"""Extraction stages: event typing, actors, counts, dates, places, assembly."""
