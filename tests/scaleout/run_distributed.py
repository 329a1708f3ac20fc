"""Driver the scale-out test runs in a subprocess (so its Prefect settings point at the
test's own server, not at whatever API the pytest process set up):

    python run_distributed.py REPO POOL URLS_JSON WH_DISTRIBUTED WH_SINGLE

Deploys `fetch_and_parse_source` on POOL from REPO, runs `nightly_distributed` into
WH_DISTRIBUTED, then the single-process `nightly` into WH_SINGLE on the same sites, and
prints one JSON line: both summaries and the fetch flow runs the server recorded.
"""

from __future__ import annotations

import json
import sys


def main() -> None:
    repo, pool, urls_json, wh_distributed, wh_single = sys.argv[1:6]
    urls = json.loads(urls_json)
    from prefect.client.orchestration import get_client

    from flows.nightly import nightly
    from flows.scaleout import FETCH_FLOW_NAME, deploy_fetch_flow, nightly_distributed

    deploy_fetch_flow(repo, pool)
    distributed = nightly_distributed(sources=urls, warehouse=wh_distributed, delay=0.0,
                                      fetch_timeout=240, return_state=True)
    single = nightly(sources=urls, warehouse=wh_single, delay=0.0, return_state=True)
    with get_client(sync_client=True) as client:
        runs = [r for r in client.read_flow_runs() if r.deployment_id is not None]
        fetch_runs = [{"name": r.name, "state": r.state.type.value, "parameters": r.parameters,
                       "worker": getattr(r, "infrastructure_pid", None)} for r in runs]
    print(json.dumps({
        "distributed": distributed.result(raise_on_failure=False),
        "distributed_ok": distributed.is_completed(),
        "single": single.result(raise_on_failure=False),
        "single_ok": single.is_completed(),
        "fetch_flow": FETCH_FLOW_NAME,
        "fetch_runs": fetch_runs,
    }, default=str))


if __name__ == "__main__":
    main()
