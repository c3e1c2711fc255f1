"""`tracker serve`: Datasette over the database, with this repo's metadata, templates and
plugins, and production settings for a public instance."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import click

from core import paths
from core.errors import DatabaseError

# Production settings for `serve --public`: no arbitrary SQL, bounded queries and downloads.
PUBLIC_SETTINGS = {
    "default_allow_sql": "off",
    "allow_download": "off",
    "sql_time_limit_ms": "1000",
    "max_csv_mb": "50",
    "max_returned_rows": "1000",
    "facet_time_limit_ms": "200",
    "suggest_facets": "off",
}


def metadata_for(db_path: Path) -> Path:
    """metadata.yml describes the database `tracker`; another file name gets a renamed copy."""
    name = db_path.stem
    if name == "tracker":
        return paths.METADATA
    import tempfile

    import yaml

    text = paths.METADATA.read_text(encoding="utf-8").replace("/tracker/", f"/{name}/")
    metadata = yaml.safe_load(text)
    metadata["databases"] = {name: metadata["databases"]["tracker"]}
    out = Path(tempfile.gettempdir()) / f"tracker-metadata-{name}.yml"
    out.write_text(yaml.safe_dump(metadata, sort_keys=False), encoding="utf-8")
    return out


def datasette_command(db_path: Path, host: str, port: int, public: bool) -> list[str]:
    """The `datasette serve` command line: metadata, templates and plugins from this repo."""
    cmd = [sys.executable, "-m", "datasette", "serve", str(db_path)]
    cmd += ["--metadata", str(metadata_for(db_path)), "--template-dir", str(paths.TEMPLATES)]
    cmd += ["--plugins-dir", str(paths.PLUGINS), "--host", host, "--port", str(port)]
    for name, value in (PUBLIC_SETTINGS if public else {}).items():
        cmd += ["--setting", name, value]
    return cmd


def serve_datasette(
    db_path: Path, host: str, port: int, public: bool, block_robots: bool = False
) -> None:
    """Run Datasette over the database (read-only: it never writes the file)."""
    if not db_path.exists():
        raise DatabaseError(
            f"database {db_path} does not exist; run `tracker demo --no-serve` first"
        )
    env = {**os.environ, "TRACKER_BLOCK_ROBOTS": "1" if block_robots else "0"}
    click.echo(f"Datasette: http://{host}:{port}/  (Ctrl-C to stop)")
    try:
        subprocess.run(datasette_command(db_path, host, port, public), check=False, env=env)
    except KeyboardInterrupt:
        pass
