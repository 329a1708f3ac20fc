"""Run the dbt project (dbt/) in-process against the working database.

Decisions:
- dbt runs through `dbtRunner` in this process (no subprocess, no shell), with the profile in
  the repo (dbt/profiles.yml) reading the database path from DIPLOMEET_WORK_DB, which is set
  only for the duration of the call.
- Nothing is written into the repo: target/ (manifest, partial parse, run results) and dbt's
  log file go under `target_dir` (the flow passes <wh>/work/dbt). The console gets no dbt
  output at all (`--log-level none`); the file log keeps `info`.
- No network: anonymous usage stats and the version check are switched off.
- `target` picks a profile output: None is the profile's default (`work`, the one DuckDB
  file); `lake` builds the same models into a DuckLake whose catalog and data folder come
  from `env` (DIPLOMEET_LAKE_CATALOG / DIPLOMEET_LAKE_DATA, see dbt/profiles.yml).
- The profile has `keep_open: false`, so dbt-duckdb closes its connection when the run ends and
  the work database can be opened read-write right after (tests/warehouse checks it).
- dbtRunner is not safe to call from two threads at once; calls are serialised by a lock.
- Incremental models only work on tables of the shape the project gives them, so a build after
  the project itself changed (a model, macro, seed or dbt_project.yml; e.g. an upgrade of
  diplomeet) is a full refresh: `project_changed` compares the project's fingerprint with the
  one `record_built_project` wrote after the last successful build.
"""

from __future__ import annotations

import hashlib
import os
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Mapping

DBT_PROJECT_DIR = Path(__file__).resolve().parent.parent / "dbt"
WORK_DB_ENV = "DIPLOMEET_WORK_DB"
BUILT_PROJECT_FILE = "built_project.sha256"  # under a target_dir: the project of its last good build
PROJECT_SOURCES = ("models", "macros", "seeds", "tests", "snapshots")

# Statuses that make a run unsuccessful ('warn' and 'skipped' do not by themselves).
_FAILING_STATUSES = {"error", "fail", "runtime error"}
_dbt_lock = threading.Lock()


@dataclass(frozen=True)
class DbtFailure:
    """One node that failed: a model/seed that errored or a test that failed."""

    name: str  # e.g. 'not_null_fct_meetings_meeting_date' or 'fct_meetings'
    resource_type: str  # model | test | seed | unit_test | snapshot
    status: str  # error | fail
    message: str  # dbt's message, first line


@dataclass
class DbtResult:
    """What a dbt invocation did, in a form the CLI and the run summary can print."""

    command: str
    success: bool
    failures: list[DbtFailure] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)  # node name → seconds
    node_count: int = 0
    seconds: float = 0.0
    error: str | None = None  # an error before/outside the nodes (compilation, profile, ...)

    def summary(self) -> str:
        """One line: 'dbt build passed (57 nodes, 12.3 s)' or what failed first."""
        if self.success:
            return f"dbt {self.command} passed ({self.node_count} nodes, {self.seconds:.1f} s)"
        if self.failures:
            first = self.failures[0]
            kind = "test" if first.resource_type in ("test", "unit_test") else first.resource_type
            more = f" (+{len(self.failures) - 1} more)" if len(self.failures) > 1 else ""
            return f"dbt {kind} failed: {first.name}{more}: {first.message}{memory_hint(first.message)}"
        return f"dbt {self.command} failed: {self.error or 'unknown error'}{memory_hint(self.error)}"


def memory_hint(message: str | None) -> str:
    """What to do when DuckDB ran out of its memory cap (a 100k full build needs ~400 MB)."""
    if not message or "Out of Memory" not in message:
        return ""
    from flows.workdb import duckdb_memory_limit

    return (f" [DuckDB's memory cap DIPLOMEET_DUCKDB_MEMORY={duckdb_memory_limit()} is too small for this "
            "warehouse: raise it, e.g. DIPLOMEET_DUCKDB_MEMORY=1GB]")


@contextmanager
def _work_db_env(work_db: Path, env: Mapping[str, str] | None = None) -> Iterator[None]:
    """Point the profile at work_db (and set `env`) for the duration of one invocation."""
    values = {**(env or {}), WORK_DB_ENV: str(Path(work_db).resolve())}
    previous = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in previous.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _one_line(text: object, limit: int = 400) -> str:
    """dbt's multi-line messages ("Parsing Error\n  at path ...: reason") as one line."""
    line = " ".join(part.strip() for part in str(text or "").splitlines() if part.strip())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _invoke(command: list[str], work_db: Path, target_dir: Path, *, target: str | None = None,
            env: Mapping[str, str] | None = None) -> DbtResult:
    """Run one dbt command in-process and turn its result into a DbtResult."""
    from dbt.cli.main import dbtRunner  # imported late: dbt's import costs ~1 s

    target_dir = Path(target_dir)
    target_dir.mkdir(parents=True, exist_ok=True)
    args = [
        *command,
        "--project-dir", str(DBT_PROJECT_DIR),
        "--profiles-dir", str(DBT_PROJECT_DIR),
        "--target-path", str(target_dir / "target"),
        "--log-path", str(target_dir / "logs"),
        "--log-level", "none",
        "--log-level-file", "info",
        "--no-use-colors",
        "--no-send-anonymous-usage-stats",
        "--no-version-check",
        *(["--target", target] if target else []),
    ]
    started = time.perf_counter()
    with _dbt_lock, _work_db_env(work_db, env):
        outcome = dbtRunner().invoke(args)
    result = DbtResult(command=command[0], success=bool(outcome.success), seconds=time.perf_counter() - started)
    node_results = getattr(outcome.result, "results", None) or []
    for node_result in node_results:
        node = node_result.node
        name = getattr(node, "name", str(node))
        result.node_count += 1
        result.timings[name] = float(node_result.execution_time or 0.0)
        status = str(getattr(node_result.status, "value", node_result.status)).lower()
        if status in _FAILING_STATUSES:
            result.failures.append(
                DbtFailure(
                    name=name,
                    resource_type=str(getattr(node.resource_type, "value", node.resource_type)),
                    status=status,
                    message=_one_line(node_result.message) or status,
                )
            )
        elif status == "skipped":
            result.skipped.append(name)
    if outcome.exception is not None:
        result.success = False
        result.error = _one_line(outcome.exception) or type(outcome.exception).__name__
    elif not result.success and not result.failures:
        result.error = "dbt reported failure without a failing node (see the dbt log under target_dir/logs)"
    return result


def run_dbt_build(
    work_db: Path,
    *,
    full_refresh: bool = False,
    select: str | None = None,
    target_dir: Path,
    unit_tests: bool = True,
    target: str | None = None,
    env: Mapping[str, str] | None = None,
) -> DbtResult:
    """`dbt build` (seeds, models, data tests, unit tests) against work_db.

    `unit_tests=False` leaves out dbt's unit tests: they check model logic on fixed
    inputs, not the night's data, so the nightly run leaves them to CI (as dbt advises).

    Incremental facts process only releases loaded since the last build unless full_refresh.
    The caller publishes only when `.success` is true; `.summary()` is the line to show.
    """
    if not Path(work_db).exists():
        # dbt-duckdb would silently create an empty database and fail on missing sources.
        return DbtResult(command="build", success=False,
                         error=f"work database {work_db} does not exist (load staging first)")
    command = ["build"]
    if full_refresh:
        command.append("--full-refresh")
    if select:
        command += ["--select", select]
    if not unit_tests:
        command += ["--exclude-resource-type", "unit_test"]
    return _invoke(command, work_db, target_dir, target=target, env=env)


def run_dbt_docs_generate(work_db: Path, *, target_dir: Path) -> DbtResult:
    """`dbt docs generate`: writes catalog.json/index.html under <target_dir>/target."""
    return _invoke(["docs", "generate"], work_db, target_dir)


def project_fingerprint(project_dir: Path = DBT_PROJECT_DIR) -> str:
    """sha256 over the project's own files (not the profile: settings do not shape tables)."""
    files = [project_dir / "dbt_project.yml"] + sorted(
        path for folder in PROJECT_SOURCES for path in (project_dir / folder).rglob("*") if path.is_file())
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.relative_to(project_dir).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def project_changed(target_dir: Path) -> bool:
    """True unless the last successful build under target_dir was of this very project."""
    try:
        return (Path(target_dir) / BUILT_PROJECT_FILE).read_text().strip() != project_fingerprint()
    except OSError:
        return True


def record_built_project(target_dir: Path) -> None:
    Path(target_dir).mkdir(parents=True, exist_ok=True)
    (Path(target_dir) / BUILT_PROJECT_FILE).write_text(project_fingerprint() + "\n")
