"""The registry of source sites: one `Source` per ministry site, by short name.

Adding a site = one module in this package implementing `flows.sources.base.Source`
and one line in `SOURCES`.
"""

from __future__ import annotations

from flows.sources.base import Source
from flows.sources.fmprc import FmprcSource
from flows.sources.idcpc import IdcpcSource

SOURCES: dict[str, Source] = {
    source.name: source for source in (IdcpcSource(), FmprcSource())
}


class UnknownSource(KeyError):
    """A source name that is not in the registry; the message lists the known ones."""

    def __str__(self) -> str:  # KeyError's str() would add quotes around the message
        return str(self.args[0]) if self.args else "unknown source"


def get_source(name: str) -> Source:
    """The registered source called `name`; UnknownSource (a KeyError) otherwise."""
    try:
        return SOURCES[name]
    except KeyError:
        raise UnknownSource(
            f"unknown source {name!r}; known sources: {', '.join(sorted(SOURCES))}") from None
