"""Progress of a long run: a bar on a terminal, a plain line every few seconds otherwise,
and a Prefect progress artifact for the UI."""
from __future__ import annotations

import sys
import time

from prefect.artifacts import create_progress_artifact, update_progress_artifact

# Without a terminal, print a line at most this often; redraw a bar and update the UI less often than every input.
LINE_EVERY_SECONDS = 10.0
BAR_EVERY_SECONDS = 0.2
ARTIFACT_EVERY_SECONDS = 2.0
BAR_WIDTH = 30


class Progress:
    """Counts inputs read against the number of input files (a JSON Lines file's records share its one)."""

    def __init__(self, total: int, label: str, stream=None):
        self.total = max(total, 1)
        self.label = label
        self.stream = stream or sys.stderr
        self.is_terminal = hasattr(self.stream, "isatty") and self.stream.isatty()
        self.started = time.monotonic()
        self.last_line = self.started  # the first plain line comes after LINE_EVERY_SECONDS
        self.last_bar = 0.0
        self.last_artifact = 0.0
        self.done = 0
        try:
            self.artifact_id = create_progress_artifact(progress=0.0, description=label)
        except Exception:  # outside a flow run, or no API: the console still shows progress
            self.artifact_id = None

    def advance(self, count: int, force: bool = False) -> None:
        self.done = min(self.total, self.done + count)
        now = time.monotonic()
        share = self.done / self.total
        rate = self.done / max(now - self.started, 1e-9)
        if self.is_terminal and (force or now - self.last_bar >= BAR_EVERY_SECONDS):
            self.last_bar = now
            filled = int(BAR_WIDTH * share)
            self.stream.write(f"\r{self.label} [{'#' * filled}{'.' * (BAR_WIDTH - filled)}] "
                              f"{self.done}/{self.total} ({rate:.0f}/s)")
            self.stream.flush()
        elif not self.is_terminal and (force or now - self.last_line >= LINE_EVERY_SECONDS):
            self.stream.write(f"{self.label}: {self.done}/{self.total} input files ({100 * share:.0f}%, {rate:.0f}/s)\n")
            self.stream.flush()
            self.last_line = now
        if self.artifact_id is not None and (force or now - self.last_artifact >= ARTIFACT_EVERY_SECONDS):
            self.last_artifact = now
            try:
                update_progress_artifact(self.artifact_id, progress=100 * share)
            except Exception:  # the UI missing one update is not worth failing a run
                self.artifact_id = None

    def finish(self) -> None:
        """Show 100% once every input is loaded."""
        self.advance(self.total, force=True)
        if self.is_terminal:
            self.stream.write("\n")
            self.stream.flush()
