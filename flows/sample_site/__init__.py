"""The bundled sample site: generated releases with recorded truth, served like the real
IDCPC and FMPRC sites on 127.0.0.1 (the demo, the end-to-end tests and the benchmarks).

    releases = generate_releases(200, seed=0)
    site = SampleSite([r for r in releases if r.source == "idcpc"], layout="idcpc")
    with serve(site) as server:
        ... crawl server.base_url ...
"""

from flows.sample_site.demo import build_demo_sites
from flows.sample_site.generate import Release, generate_releases, release_truth_jsonl
from flows.sample_site.server import SampleServer, serve
from flows.sample_site.site import RequestRecord, Response, SampleSite

__all__ = ["Release", "RequestRecord", "Response", "SampleServer", "SampleSite", "build_demo_sites",
           "generate_releases", "release_truth_jsonl", "serve"]
