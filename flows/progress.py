"""Live progress of a run on the terminal (rich), fed by the flow's progress events.

Events come from worker threads (one per source); rich's Progress is thread-safe.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn


class RunProgress:
    def __init__(self, console: Console):
        self.console = console
        self.progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                                 MofNCompleteColumn(), TimeElapsedColumn(), console=console,
                                 transient=False, disable=not console.is_terminal)
        self.source_tasks: dict[str, int] = {}
        self.counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        self.parse_task: int | None = None
        self.stage_task: int | None = None
        self.lock = threading.Lock()

    def __enter__(self):
        self.progress.start()
        return self

    def __exit__(self, *exc) -> None:
        self.progress.stop()

    def __call__(self, event: str, **info: Any) -> None:
        with self.lock:
            if event == "load_start" and self.parse_task is not None:  # parsed in parts while crawling
                done = self.progress.tasks[self.parse_task].completed
                self.progress.update(self.parse_task, total=done + (info.get("total") or 0))
            elif event == "load_start":
                self.parse_task = self.progress.add_task("parse releases", total=info.get("total") or 0)
            elif event == "load" and self.parse_task is not None:
                self.progress.advance(self.parse_task, info.get("advance", 1))
            elif event == "stage":
                self.finish_stage()
                self.stage_task = self.progress.add_task(info.get("name", ""), total=None)
            elif "source" in info:
                self.crawl_event(event, info)

    def crawl_event(self, event: str, info: dict) -> None:
        source = info["source"]
        counts = self.counts[source]
        counts[event] += 1
        outcome = info.get("outcome")
        if outcome:
            counts[outcome] += 1
        if source not in self.source_tasks:
            self.source_tasks[source] = self.progress.add_task(source, total=None)
        parts = [f"{counts[k]} {k}" for k in ("listing", "new", "changed", "failed") if counts.get(k)]
        self.progress.update(self.source_tasks[source],
                             description=f"fetch {source}: " + (", ".join(parts) or "starting"))

    def finish_stage(self) -> None:
        if self.stage_task is not None:
            self.progress.update(self.stage_task, total=1, completed=1)
