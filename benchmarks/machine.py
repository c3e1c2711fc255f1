"""What a benchmark ran on: figures differ between machines of the same size."""

from __future__ import annotations

import os
import platform
from pathlib import Path


def describe() -> str:
    """CPU model and cores, the BLAS kernel numpy uses, Python and spaCy versions."""
    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    blas = "unknown"
    try:
        import numpy  # noqa: F401 - loads its BLAS so threadpoolctl sees it
        from threadpoolctl import threadpool_info

        libs = [i for i in threadpool_info() if i.get("user_api") == "blas"]
        if libs:
            blas = f"{libs[0].get('internal_api')} {libs[0].get('version')} ({libs[0].get('architecture')})"
    except ImportError:
        pass
    try:
        from importlib.metadata import version

        spacy = version("spacy")
    except Exception:  # noqa: BLE001 - a description, never a failure
        spacy = "not installed"
    return (
        f"machine: {cpu}, {os.cpu_count()} cores; BLAS: {blas}; "
        f"Python {platform.python_version()}; spaCy {spacy}"
    )
