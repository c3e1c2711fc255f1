"""The event types of the data model (design §5): what the extractor writes, the importer
accepts and the site and exports filter by, so every layer reads the one list."""

EVENT_TYPES = (
    "meeting",
    "contract",
    "ultimatum",
    "designation",
    "partnership",
    "statement",
    "negotiation",
    "legal",
    "funding",
    "policy",
    "operation",
    "personnel",
    "launch",
)
