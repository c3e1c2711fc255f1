"""The extractor's version: articles a different version processed are re-done by `--stale`.

Its own module, so the job can compare versions without loading spaCy.
"""

EXTRACTOR_VERSION = "0.10.0"  # rules measured on real news (issue 14); 0.10.0: what the demo's evidence contradicted, plans with no day, ranks and suffixes in names
