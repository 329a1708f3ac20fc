"""The benchmark's sample sites, served from their own process.

Why a separate process: the site renders every article it serves and keeps what it
rendered (100k releases are hundreds of MB), and its server threads would share the
GIL with the pipeline being measured. In its own process it neither inflates the
pipeline's peak RSS nor slows its Python code (it still takes CPU from the 2 cores,
as a real remote site would not; figures are pessimistic by that much).

    with SiteProcess(n=10_000, seed=0, held_back=20) as sites:
        sites.base_urls            # {'idcpc': 'http://127.0.0.1:PORT', 'fmprc': ...}
        sites.publish(20)          # the next 20 held-back releases go live (top of page 0)

The releases are `generate_releases(n + held_back, seed)`, deterministic; the newest
`held_back` of them are kept off the sites until `publish` (so an incremental run finds
exactly those as new).
"""

from __future__ import annotations

import multiprocessing
from multiprocessing.connection import Connection


def _serve_sites(n: int, seed: int, held_back: int, page_size: int, conn: Connection) -> None:
    """Child process: generate, serve both layouts, answer 'publish k' / 'stop' commands."""
    from flows.sample_site import SampleSite, generate_releases, serve

    releases = generate_releases(n + held_back, seed)  # oldest first
    live, later = releases[:n], releases[n:]
    sites = {layout: SampleSite([r for r in live if r.source == layout], layout, page_size)
             for layout in ("idcpc", "fmprc")}
    servers = {layout: serve(site) for layout, site in sites.items()}
    conn.send({layout: server.base_url for layout, server in servers.items()})
    try:
        while True:
            command, arg = conn.recv()
            if command == "stop":
                break
            if command == "publish":
                batch, later = later[:arg], later[arg:]
                for layout, site in sites.items():
                    mine = [r for r in batch if r.source == layout]
                    if mine:
                        site.publish(mine)
                conn.send(len(batch))
    except EOFError:
        pass  # the parent went away
    finally:
        for server in servers.values():
            server.stop()


class SiteProcess:
    """Context manager around the child serving the two sample sites."""

    def __init__(self, n: int, seed: int = 0, held_back: int = 20, page_size: int = 20):
        self.n, self.seed, self.held_back, self.page_size = n, seed, held_back, page_size
        self.base_urls: dict[str, str] = {}
        self.process: multiprocessing.Process | None = None
        self._conn: Connection | None = None

    def __enter__(self) -> "SiteProcess":
        context = multiprocessing.get_context("spawn")
        parent, child = context.Pipe()
        self.process = context.Process(target=_serve_sites, name="bench-sample-sites",
                                       args=(self.n, self.seed, self.held_back, self.page_size, child),
                                       daemon=True)
        self.process.start()
        self._conn = parent
        if not parent.poll(600):
            self.__exit__(None, None, None)
            raise RuntimeError("the sample-site process did not start within 10 minutes")
        self.base_urls = parent.recv()
        return self

    @property
    def pid(self) -> int | None:
        return self.process.pid if self.process else None

    def publish(self, count: int) -> int:
        """Put the next `count` held-back releases live; returns how many were."""
        assert self._conn is not None
        self._conn.send(("publish", count))
        return self._conn.recv()

    def __exit__(self, *exc: object) -> None:
        if self._conn is not None:
            try:
                self._conn.send(("stop", None))
            except (BrokenPipeError, OSError):
                pass
        if self.process is not None:
            self.process.join(10)
            if self.process.is_alive():
                self.process.kill()
                self.process.join(5)
