import io

from flows import progress
from flows.progress import Progress


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_plain_lines_are_periodic_and_the_last_says_done(monkeypatch):
    stream = io.StringIO()
    monkeypatch.setattr(progress, "LINE_EVERY_SECONDS", 0.0)
    bar = Progress(4, "scoring", stream)
    bar.advance(1)
    bar.advance(2)
    bar.finish()
    lines = stream.getvalue().splitlines()
    assert lines[0].startswith("scoring: 1/4 input files (25%") and lines[-1].startswith("scoring: 4/4 input files (100%")
    assert "\r" not in stream.getvalue()


def test_a_terminal_gets_a_redrawn_bar(monkeypatch):
    stream = Terminal()
    monkeypatch.setattr(progress, "BAR_EVERY_SECONDS", 0.0)
    bar = Progress(10, "scoring", stream)
    bar.advance(5)
    bar.finish()
    out = stream.getvalue()
    assert out.count("\r") == 2 and "[" + "#" * 15 + "." * 15 + "] 5/10" in out and "10/10" in out
    assert out.endswith("\n")


def test_progress_never_passes_the_total():
    stream = io.StringIO()
    bar = Progress(2, "scoring", stream)
    bar.advance(5)
    assert bar.done == 2
