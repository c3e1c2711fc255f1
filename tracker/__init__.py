"""The job and the command line on top of the stages: crawl → extract → merge → serve."""

from core import __version__

__all__ = ["__version__"]
