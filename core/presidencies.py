"""Who is in office when: the administration and the president from each inauguration day.

Read by the extractor (an executive order that names no signer is the president's in
office on its date) and by the merge (the White House and the president stand for the
administration of the report's day), so both know one list. ISO dates sort as they count.
"""

from __future__ import annotations

PRESIDENCIES: tuple[tuple[str, str, str], ...] = (
    ("2009-01-20", "obama-administration", "barack-obama"),
    ("2017-01-20", "trump-administration", "donald-trump"),
    ("2021-01-20", "biden-administration", "joe-biden"),
    ("2025-01-20", "trump-administration", "donald-trump"),
)
