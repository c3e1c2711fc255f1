"""Canonical URLs: one story under utm_ parameters, http/https or a trailing slash is one URL."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "msclkid",
        "mc_cid",
        "mc_eid",
        "igshid",
        "ref",
        "ref_src",
        "cmpid",
        "ncid",
        "ocid",
        "smid",
        "sr_share",
        "taid",
        "guccounter",
        "output",
    }
)
TRACKING_PREFIXES = ("utm_", "at_", "__twitter")


def canonicalize(url: str) -> str:
    """Lower-case scheme and host, drop default ports, fragments and tracking parameters."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    if ":" in host:  # an IPv6 literal keeps its brackets
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:  # a port out of range: keep the URL as the source wrote it
        return url.strip()
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k.lower() not in TRACKING_PARAMS and not k.lower().startswith(TRACKING_PREFIXES)
    ]
    path = parts.path or "/"
    if path.endswith("/amp") or path.endswith("/amp/"):
        path = path[: path.rstrip("/").rfind("/amp")] or "/"
    return urlunsplit((scheme, host, path, urlencode(sorted(query)), ""))


def dedupe_key(url: str) -> str:
    """The URL as compared across schemes: http and https copies of one page are one page."""
    canonical = canonicalize(url)
    return canonical.split("://", 1)[1] if "://" in canonical else canonical


def domain(url: str) -> str:
    """The host without a leading `www.`."""
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host
