"""The extractor's version: articles a different version processed are re-done by `--stale`.

Its own module, so the job can compare versions without loading spaCy.
"""

EXTRACTOR_VERSION = "0.3.1"  # spaCy 3.8.7: a few lemmas differ
