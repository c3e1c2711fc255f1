"""Bounds on what one article may hold, shared by every way articles come in.

The crawl cuts a longer page to them (and flags it `truncated`) and `tracker import` refuses
a longer record, so a worker's exported batch always loads on the central machine.
"""

# Main text, in characters: far beyond any news story (extraction reads the first 100,000).
MAX_TEXT_CHARS = 5_000_000
# A headline, in characters: a longer title is a hostile or broken page, and would also
# decide the article's language detection on its own.
MAX_TITLE_CHARS = 1_000
