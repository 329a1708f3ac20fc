"""Peak resident memory of a process tree, sampled from /proc (Linux).

`resource.getrusage` gives the peak of this process and the peak of the largest
*single* waited-for child, not of the tree at one moment; the loader's worker
processes and Prefect's server run alongside, so the sampler sums VmRSS over the
process and its descendants every `interval` seconds and keeps the maximum. Pids in
`exclude` (and their descendants) are left out: the benchmark's sample-site process
is not part of the pipeline being measured.

Summed VmRSS counts pages shared between processes (the spawned loader workers share
the interpreter and libraries) once per process, so it overstates the tree's memory; the
sampler also sums PSS (proportional set size: shared pages divided among their users,
from /proc/<pid>/smaps_rollup) and keeps, at the RSS peak, each process's share.
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path


def _children_map() -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # fields after the ')' that closes the command name: state ppid ...
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    return children


def _proc_kib(pid: int, file: str, field: str) -> int:
    """A `Field:  N kB` line of /proc/<pid>/<file>, in bytes (0 when the process is gone)."""
    try:
        for line in Path(f"/proc/{pid}/{file}").read_text().splitlines():
            if line.startswith(field):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _rss_bytes(pid: int) -> int:
    return _proc_kib(pid, "status", "VmRSS:")


def _pss_bytes(pid: int) -> int:
    return _proc_kib(pid, "smaps_rollup", "Pss:")


def _label(pid: int) -> str:
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return f"pid {pid}"
    if "multiprocessing" in cmdline:
        return "worker process"
    if "uvicorn" in cmdline or "prefect" in cmdline and "server" in cmdline:
        return "prefect server"
    return "main" if pid == os.getpid() else cmdline[:40]


def tree_pids(root: int, exclude: set[int] = frozenset()) -> list[int]:
    children = _children_map()
    found, stack = [], [root]
    while stack:
        pid = stack.pop()
        if pid in exclude:
            continue
        found.append(pid)
        stack.extend(children.get(pid, []))
    return found


def tree_rss(root: int, exclude: set[int] = frozenset()) -> int:
    """Sum of VmRSS of `root` and its descendants, minus excluded subtrees."""
    return sum(_rss_bytes(pid) for pid in tree_pids(root, exclude))


class RssSampler:
    """Background thread keeping the peak tree RSS; `reset()` starts a new phase."""

    def __init__(self, root: int | None = None, interval: float = 0.25):
        self.root = root or os.getpid()
        self.interval = interval
        self.exclude: set[int] = set()
        self.peak = 0
        self.peak_pss = 0
        self.at_peak: dict[str, int] = {}  # process label -> RSS bytes when the RSS sum peaked
        self.peak_after_s = 0.0  # seconds after the last reset() at which the RSS sum peaked
        self._since = time.monotonic()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="rss-sampler", daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self._sample()

    def _sample(self) -> None:
        pids = tree_pids(self.root, self.exclude)
        rss = {pid: _rss_bytes(pid) for pid in pids}
        self.peak_pss = max(self.peak_pss, sum(_pss_bytes(pid) for pid in pids))
        if sum(rss.values()) > self.peak:
            self.peak = sum(rss.values())
            shares: dict[str, int] = {}
            for pid, size in rss.items():
                label = _label(pid)
                shares[label] = shares.get(label, 0) + size
            self.at_peak = shares
            self.peak_after_s = round(time.monotonic() - self._since, 1)

    def reset(self) -> None:
        self.peak, self.peak_pss, self.at_peak = 0, 0, {}
        self._since = time.monotonic()
        self._sample()

    def __enter__(self) -> "RssSampler":
        self.reset()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
