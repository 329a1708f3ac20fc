"""Fixtures of the warehouse tests: shared real dbt builds (each costs ~20 s here).

  base_build         scenario BASE loaded, `dbt build`
  incremental_build  a copy of base_build + scenario NIGHTLY, incremental `dbt build`
  wap_run            write-audit-publish with readers attached: publish base_build, then a
                     `--full-refresh` build of the incremental database and its publish
                     (the full-refresh result is what the incremental one is compared with)
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from warehouse_scenarios import (  # noqa: E402
    Build, build_scenario, load_base, load_nightly, mark_untouched_meeting, run_write_audit_publish,
)


@pytest.fixture(scope="session")
def base_build(tmp_path_factory) -> Build:
    build = build_scenario(tmp_path_factory.mktemp("base"), [load_base])
    assert build.result.success, build.result.summary()
    return build


@pytest.fixture(scope="session")
def incremental_build(tmp_path_factory, base_build) -> Build:
    build = build_scenario(tmp_path_factory.mktemp("incremental"), [mark_untouched_meeting, load_nightly],
                           from_db=base_build.work_db)
    assert build.result.success, build.result.summary()
    return build


@pytest.fixture(scope="session")
def wap_run(tmp_path_factory, base_build, incremental_build):
    """Publish BASE, attach two reader processes, then build (--full-refresh) and publish the
    NIGHTLY state while they read; stop them and hand back their logs."""
    return run_write_audit_publish(tmp_path_factory.mktemp("wap"), base_build, incremental_build)
