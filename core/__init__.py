"""The data layer: schema and migrations, the store's writes, configuration, paths, errors.

Every other package of ours builds on this one; it imports none of them.
"""

__version__ = "0.1.0"
