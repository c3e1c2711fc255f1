"""The merged timeline: many reports folded into one event each, and its exports."""

FORMATS = ("csv", "timelinejs", "json", "ics")  # what `tracker export timeline` writes
