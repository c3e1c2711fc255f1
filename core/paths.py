"""Where things live by default; every default can be overridden by a CLI option or env var."""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
DEFAULT_DB = Path(os.environ.get("TRACKER_DB", DATA / "tracker.db"))
DEFAULT_SOURCES = Path(os.environ.get("TRACKER_SOURCES", DATA / "sources.yml"))
DEFAULT_ENTITIES = Path(os.environ.get("TRACKER_ENTITIES", DATA / "entities.yml"))
DEMO_SITE = DATA / "demo_site"
DEMO_SOURCES = DATA / "demo_sources.yml"
METADATA = ROOT / "metadata.yml"
TEMPLATES = ROOT / "templates"
PLUGINS = ROOT / "plugins"
