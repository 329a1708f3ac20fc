"""Where things live and how politely we fetch, resolved once per command.

Precedence for the warehouse folder: `--warehouse DIR`, then `DIPLOMEET_HOME`,
then `./warehouse` (the folder that also holds the schema DDL in the repo).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_HOME = Path("warehouse")


def env_float(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return float(raw)
    except ValueError:
        raise ValueError(f"{name} must be a number, got {raw!r}") from None


@dataclass(frozen=True)
class Settings:
    home: Path
    delay: float = 1.0  # seconds between requests to one host (Scrapy's DOWNLOAD_DELAY)
    timeout: float = 20.0
    max_bytes: int = 5_000_000
    contact: str | None = None

    @property
    def published_db(self) -> Path:
        return self.home / "diplomeet.duckdb"

    @property
    def work_dir(self) -> Path:
        return self.home / "work"

    @property
    def work_db(self) -> Path:
        return self.work_dir / "work.duckdb"

    @property
    def dbt_dir(self) -> Path:
        return self.work_dir / "dbt"

    @property
    def runs_dir(self) -> Path:
        return self.home / "runs"

    def ensure_dirs(self) -> None:
        for d in (self.home, self.work_dir, self.dbt_dir, self.runs_dir):
            d.mkdir(parents=True, exist_ok=True)


def load_settings(home: Path | str | None = None, *, delay: float | None = None) -> Settings:
    """Settings from the CLI value, else the environment, else defaults."""
    resolved = Path(home or os.environ.get("DIPLOMEET_HOME") or DEFAULT_HOME).expanduser()
    return Settings(
        home=resolved.resolve(),
        delay=delay if delay is not None else env_float("DIPLOMEET_DELAY", 1.0),
        timeout=env_float("DIPLOMEET_TIMEOUT", 20.0),
        max_bytes=int(env_float("DIPLOMEET_MAX_BYTES", 5_000_000)),
        contact=os.environ.get("DIPLOMEET_CONTACT") or None,
    )
