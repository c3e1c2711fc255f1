"""The news and event timeline tracker: crawl → extract → merge → serve."""

__version__ = "0.1.0"
