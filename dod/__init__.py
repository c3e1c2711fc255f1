"""The Department of Defense's daily contract announcements: pure text in, award records out.

No spaCy and no database: the crawler parses day pages with it as it fetches them, and the
data layer (`core.contracts_store`) stores what it returns.
"""
