"""The extractor's version: articles a different version processed are re-done by `--stale`.

Its own module, so the job can compare versions without loading spaCy.
"""

EXTRACTOR_VERSION = "0.11.0"  # rules measured on real news (issue 14); 0.11.0: dated documents, notices, threats told to their target, court steps, foundings, launches flown
