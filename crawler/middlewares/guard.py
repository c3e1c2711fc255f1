"""Keep the crawler off the operator's own network: no loopback, private, link-local or
metadata addresses, whatever a feed, a redirect or a DNS answer says; no non-HTTP schemes.

Two layers: the downloader middleware checks every request (redirects included) before it
is sent, resolving the host through the reactor; the resolver re-checks every answer it
gives, so a name that resolves somewhere public for the check and private for the
connection (DNS rebinding) is still refused. Sources marked `local: true` (the demo site,
test servers) are allowed by their exact host and port only.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request
from scrapy.resolver import CachingThreadedResolver
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet import defer
from twisted.internet.base import ReactorBase

ALLOWED_SCHEMES = ("http", "https")
DEFAULT_PORTS = {"http": 80, "https": 443}
_IPV4_FORMS = re.compile(r"[0-9a-fA-FxX.]+")


class BlockedAddress(IgnoreRequest):
    """A request to a non-public address or a non-HTTP scheme, refused before connecting."""


def netloc_key(url: str) -> str:
    """`host:port` with the scheme's default port filled in: what `local: true` allows."""
    parts = urlsplit(url)
    port = parts.port or DEFAULT_PORTS.get(parts.scheme.lower(), 0)
    return f"{(parts.hostname or '').lower().rstrip('.')}:{port}"


def literal_ip(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The address a host names by itself, including the decimal, hex and octal IPv4 forms."""
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        pass
    if _IPV4_FORMS.fullmatch(host) and any(c.isdigit() for c in host):
        try:
            return ipaddress.IPv4Address(socket.inet_aton(host))
        except OSError:
            return None
    return None


def is_public(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    mapped = getattr(ip, "ipv4_mapped", None)
    if mapped is not None:
        ip = mapped
    return ip.is_global and not ip.is_multicast


class GuardedResolver(CachingThreadedResolver):
    """Scrapy's caching resolver, refusing non-public answers for names no local source uses."""

    local_hosts: frozenset[str] = frozenset()
    stub: dict[str, str] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler, reactor: ReactorBase) -> GuardedResolver:
        resolver = super().from_crawler(crawler, reactor)
        resolver.local_hosts = frozenset(
            key.rsplit(":", 1)[0] for key in crawler.settings.getlist("TRACKER_LOCAL_NETLOCS")
        )
        resolver.stub = dict(crawler.settings.getdict("TRACKER_DNS_STUB"))
        return resolver

    def getHostByName(self, name: str, timeout: Any = ()) -> defer.Deferred:  # noqa: N802
        if name.lower() in self.stub:  # tests: a DNS answer we choose, no network
            answer: defer.Deferred = defer.succeed(self.stub[name.lower()])
        else:
            answer = super().getHostByName(name, timeout)
        answer.addCallback(self._check, name)
        return answer

    def _check(self, address: str, name: str) -> str:
        if name.lower() not in self.local_hosts and not is_public(ipaddress.ip_address(address)):
            raise BlockedAddress(f"blocked: {name} resolves to non-public address {address}")
        return address


class AddressGuardMiddleware:
    """Refuses non-HTTP schemes and non-public addresses before any connection is made."""

    def __init__(self, crawler: Crawler, local_netlocs: Iterable[str]) -> None:
        self.crawler = crawler
        self.local = frozenset(local_netlocs)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> AddressGuardMiddleware:
        return cls(crawler, crawler.settings.getlist("TRACKER_LOCAL_NETLOCS"))

    async def process_request(self, request: Request) -> None:
        parts = urlsplit(request.url)
        if parts.scheme.lower() not in ALLOWED_SCHEMES:
            self._blocked(request, f"blocked: scheme '{parts.scheme}' is not http(s)")
        if netloc_key(request.url) in self.local:
            return None
        host = (parts.hostname or "").rstrip(".")
        if not host:
            self._blocked(request, "blocked: no host")
        ip = literal_ip(host)
        if ip is None:
            from twisted.internet import reactor

            try:
                address = await maybe_deferred_to_future(reactor.resolve(host))
            except BlockedAddress as exc:
                self._blocked(request, str(exc))
            except Exception:  # noqa: BLE001 - DNS failure: let the download fail and retry
                return None
            ip = ipaddress.ip_address(address)
        if not is_public(ip):
            self._blocked(request, f"blocked: {host} is the non-public address {ip}")
        return None

    def _blocked(self, request: Request, reason: str) -> None:
        self.crawler.stats.inc_value("tracker/blocked")
        raise BlockedAddress(f"{reason} ({request.url})")
