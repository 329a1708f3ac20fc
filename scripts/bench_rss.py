"""Peak resident memory of a process tree, sampled from /proc (Linux).

`resource.getrusage` gives the peak of this process and the peak of the largest
*single* waited-for child, not of the tree at one moment; the loader's worker
processes and Prefect's server run alongside, so the sampler sums VmRSS over the
process and its descendants every `interval` seconds and keeps the maximum. Pids in
`exclude` (and their descendants) are left out: the benchmark's sample-site process
is not part of the pipeline being measured.
"""

from __future__ import annotations

import os
import threading
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


def _rss_bytes(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def tree_rss(root: int, exclude: set[int] = frozenset()) -> int:
    """Sum of VmRSS of `root` and its descendants, minus excluded subtrees."""
    children = _children_map()
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        if pid in exclude:
            continue
        total += _rss_bytes(pid)
        stack.extend(children.get(pid, []))
    return total


class RssSampler:
    """Background thread keeping the peak tree RSS; `reset()` starts a new phase."""

    def __init__(self, root: int | None = None, interval: float = 0.25):
        self.root = root or os.getpid()
        self.interval = interval
        self.exclude: set[int] = set()
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="rss-sampler", daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.peak = max(self.peak, tree_rss(self.root, self.exclude))

    def reset(self) -> None:
        self.peak = tree_rss(self.root, self.exclude)

    def __enter__(self) -> "RssSampler":
        self.reset()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
