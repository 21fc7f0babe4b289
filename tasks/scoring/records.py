"""The scoring's result records, ``Attribution`` and ``Analysis``.

They live apart from the modules that ``setup.py`` compiles with mypyc: a compiled frozen
dataclass cannot be unpickled, and results travel between processes (Dask workers, Prefect).
"""

from __future__ import annotations

from dataclasses import dataclass, field

Span = tuple[int, int]
# between the keys of the people or bodies that one source phrase names ("hegseth; nakatani")
KEY_SEPARATOR = "; "


@dataclass(frozen=True)
class Attribution:
    kind: str
    cue: Span
    source: Span | None
    source_type: str
    content: Span | None
    source_text: str = ""
    source_key: str = ""  # normalised source for distinct counts ("" when unknown)

    @property
    def source_keys(self) -> tuple[str, ...]:
        """Whom it cites, one key each: "Mr. Hegseth and Mr. Nakatani" cite two."""
        return tuple(self.source_key.split(KEY_SEPARATOR)) if self.source_key else ()


@dataclass(frozen=True)
class Analysis:
    scores: dict
    sentences: list = field(default_factory=list)  # [(position, sentence_text, specificity)]
    attributions: list = field(default_factory=list)  # [Attribution]
