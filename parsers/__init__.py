"""diplomeet release parser: pure text → records (no I/O, no clock, no network)."""
from .release import PARSER_VERSION, parse_release

__all__ = ["PARSER_VERSION", "parse_release"]
