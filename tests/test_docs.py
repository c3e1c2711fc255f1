"""Docs that cannot drift: the README names every command, metadata.yml every column."""

import yaml

from core.db import connect
from core.paths import METADATA, ROOT
from tracker.cli import main


def test_readme_names_every_command():
    readme = (ROOT / "README.md").read_text()
    for name in main.commands:
        assert f"`tracker {name}" in readme, name


def test_metadata_describes_every_table_view_and_column(db_path):
    db = connect(db_path)
    described = yaml.safe_load(METADATA.read_text())["databases"]["tracker"]["tables"]
    hidden = ("_sqlite_migrations", "sqlite_sequence")
    for name in db.table_names() + db.view_names():
        if name in hidden or "_fts" in name:
            continue
        assert name in described, f"metadata.yml does not describe {name}"
        columns = {
            c.name for c in (db[name] if name in db.table_names() else db.view(name)).columns
        }
        missing = columns - set(described[name].get("columns", {}))
        assert not missing, f"metadata.yml does not describe {name}.{sorted(missing)}"
