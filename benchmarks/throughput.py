"""End-to-end throughput of the score_articles flow, with baselines measured in the same process.

Builds a deterministic synthetic corpus in a temporary directory (N plain-text articles of
~800 words made from the sample inputs, and an HTML set from the scrapinghub pages), runs the
real flow (Prefect + worker processes + DuckDB) into a fresh warehouse, runs it again over the
unchanged corpus, and compares with:
  (a) trafilatura `extract(html, include_comments=False)` alone over the same HTML, and
  (b) a bare loop over the workers' pure functions (read, decode, processing.process_articles:
      clean, language guess, line fingerprints, analyse, table rows): no Prefect, no DuckDB,
both in the same number of `spawn` worker processes as the flow, at the same niceness.

Usage:
    PYTHONPATH=. .venv/bin/python benchmarks/throughput.py --n 1000 [--html 181] [--workers 2] [--out r.json]
    PYTHONPATH=. .venv/bin/python benchmarks/throughput.py --sizes 1000,10000,100000 --html 0

With --sizes each N runs in its own process (so peak RSS is per N) and one table row per N is printed.
The Prefect server is the flow's own ephemeral one unless PREFECT_API_URL is set; a warm-up run on
a few articles starts it (and the worker pool) before anything is timed.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import gzip
import json
import math
import multiprocessing
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from flows.quiet import apply_quiet_defaults  # noqa: E402  (before anything imports prefect)

apply_quiet_defaults()

from benchmarks.worker_costs import log_costs, step_costs  # noqa: E402

SAMPLES_DIR = ROOT / "inputs"
HTML_DIR = ROOT.parent / "shared" / "bench" / "extraction" / "scrapinghub" / "html"
HTML_TRUTH = HTML_DIR.parent / "ground-truth.json"
TARGET_WORDS = 720  # body words; page chrome and the reporter line bring an article to ~800
CHUNK = 1000  # articles per task in the baselines: the flow's default batch size
# Articles timed step by step (benchmarks/worker_costs.py) after the first flow run.
COST_ARTICLES = 2000
# Two batches of the smallest size: the warm-up run starts both worker processes, not only one.
WARM_UP_ARTICLES = 20
FIRST_DATE = dt.date(2026, 10, 5)
WEEKS = 6
# A sentence ends at . ! or ? (optionally closed by a quote) before a capital or an opening quote.
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’]))\s+(?=[A-Z\"“‘])")
# Syllables spelling a unique reporter name per article: digits would not do, since the
# pipeline's line fingerprints mask digits and would see one line recurring everywhere.
_SYLLABLES = ["ba", "ko", "ri", "su", "te", "mo", "la", "ni", "ve", "do", "pa", "zi", "gu", "he", "jo",
              "ka", "lu", "me", "no", "pi", "ro", "sa", "ti", "vo", "wa", "ya", "ze", "fi", "ge", "hu"]


# ----------------------------------------------------------------------------- corpus


def _unique_name(n: int) -> str:
    """A pronounceable word unique to n (30 syllables: 810,000 names of four syllables)."""
    parts = []
    for _ in range(4):
        n, r = divmod(n, len(_SYLLABLES))
        parts.append(_SYLLABLES[r])
    return "".join(parts).capitalize()


def _sample_parts() -> list[dict]:
    """Each sample article split into page chrome (head, tail, inner lines) and body sentences."""
    from tasks.decoding import decode_bytes, normalise_text

    with open(SAMPLES_DIR / "manifest.csv", newline="", encoding="utf-8") as f:
        manifest = {row["path"]: row for row in csv.DictReader(f)}
    parts = []
    for path in sorted(SAMPLES_DIR.glob("*.txt")):
        text = normalise_text(decode_bytes(path.read_bytes())[0])  # some samples are cp1252
        blocks = [b.strip("\n") for b in re.split(r"\n\s*\n", text) if b.strip()]
        body_at = [i for i, b in enumerate(blocks) if "\n" not in b and len(b.split()) >= 15]
        first, last = body_at[0], body_at[-1]
        sentences = [s for i in body_at for s in _SENTENCE_END.split(blocks[i]) if s.strip()]
        parts.append({
            "source": manifest.get(path.name, {}).get("source") or path.stem.split("_")[0].title(),
            "title": manifest.get(path.name, {}).get("title") or None,
            "head": blocks[:first],
            "tail": blocks[last + 1 :],
            "inner": [b for b in blocks[first : last + 1] if b not in {blocks[i] for i in body_at}],
            "sentences": sentences,
        })
    return parts


def build_text_corpus(folder: Path, n: int, seed: int = 0) -> int:
    """n distinct plain-text articles of ~800 words and a manifest; returns the bytes written.

    Article i keeps the page chrome of sample i mod k (its outlet's boilerplate lines) around a
    body of paragraphs, each 2-5 sentences drawn from all samples with a per-article seed, and a
    line naming a reporter unique to i; the sample's headline becomes one made for article i.
    Body lines thus rarely recur, as in real news, while each outlet's chrome recurs in all its
    articles (some of which the cleaner only removes once it has learned it). Dates spread over
    six weeks.
    """
    folder.mkdir(parents=True, exist_ok=True)
    parts = _sample_parts()
    pool = [s for p in parts for s in p["sentences"]]
    rows, written = [], 0
    for i in range(n):
        rng = random.Random(f"{seed}:{i}")
        base = parts[i % len(parts)]
        body, words = [], 0
        while words < TARGET_WORDS:
            paragraph = " ".join(rng.sample(pool, rng.randint(2, 5)))
            body.append(paragraph)
            words += len(paragraph.split())
        for line in base["inner"]:
            body.insert(rng.randrange(1, len(body)), line)
        body.append(f"{_unique_name(i)} {_unique_name(i * 7 + 3)} contributed reporting from the county desk.")
        # Each article its own headline: a sample's headline repeated would be learned as boilerplate.
        lead = body[0].split()
        headline = " ".join(lead[: rng.randint(6, 10)]).rstrip(",.;:!?\"”") + f", {_unique_name(i + 1)} reports"
        head = [b.replace(base["title"], headline) if base["title"] else b for b in base["head"]]
        text = "\n\n".join([*head, *body, *base["tail"]]) + "\n"
        name = f"a{i:06d}.txt"
        sub = folder / f"d{i // 1000:03d}"  # 1,000 files per folder, as a dated drop would be
        sub.mkdir(exist_ok=True)
        written += (sub / name).write_text(text, encoding="utf-8")
        published = FIRST_DATE + dt.timedelta(days=(i * 5) % (7 * WEEKS))
        rows.append([f"{sub.name}/{name}", base["source"], "", published.isoformat(), "", ""])
    _write_manifest(folder, rows)
    return written


def build_html_corpus(folder: Path, n: int) -> int:
    """n HTML pages from the scrapinghub set, decompressed here; past 181 pages, copies.

    Copy k of a page gets a comment naming k (so its content hash differs) and the source
    "Mirror k" (so the copies of a page are not one source's recurring lines).
    """
    folder.mkdir(parents=True, exist_ok=True)
    pages = sorted(HTML_DIR.glob("*.html.gz"))
    truth = json.loads(HTML_TRUTH.read_text(encoding="utf-8")) if HTML_TRUTH.exists() else {}
    rows, written = [], 0
    for i in range(n):
        page = pages[i % len(pages)]
        copy = i // len(pages)
        page_id = page.name.removesuffix(".html.gz")
        data = gzip.decompress(page.read_bytes())
        if copy:
            data += f"\n<!-- sourcescore benchmark copy {copy} -->\n".encode()
        name = f"h{i:06d}.html"
        written += (folder / name).write_bytes(data)
        url = truth.get(page_id, {}).get("url", "")
        rows.append([name, f"Mirror {copy}" if copy else "", url, "", "", ""])
    _write_manifest(folder, rows)
    return written


def _write_manifest(folder: Path, rows: list[list[str]]) -> None:
    with open(folder / "manifest.csv", "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["path", "source", "url", "published", "title", "author"])
        writer.writerows(rows)


def input_files(folder: Path) -> list[str]:
    return sorted(str(p) for p in folder.rglob("*") if p.is_file() and p.name != "manifest.csv")


# ----------------------------------------------------------------------------- memory


# The monitor lists this process's descendants afresh every this many samples (2 s).
CHILDREN_EVERY = 10


class RssMonitor:
    """Samples the RSS of this process and of its descendants (worker processes vs the rest).

    It also takes the CPU seconds each used between enter and exit: CPU time, unlike wall time,
    is not inflated by other work on the machine.
    """

    def __init__(self, interval: float = 0.2):
        import psutil

        self.psutil, self.interval = psutil, interval
        self.me = psutil.Process()
        self.peak = {"flow_mb": 0.0, "worker_max_mb": 0.0, "workers_sum_mb": 0.0, "other_children_mb": 0.0}
        self._cpu_start: dict[int, float] = {}
        self._cpu_last: dict[int, tuple[str, float]] = {}
        # Listing descendants scans all of /proc: done every CHILDREN_EVERY samples, not each one.
        self._children: list = []
        self._roles: dict[int, str] = {}
        self._samples = 0
        self.cpu = {"flow_s": 0.0, "workers_s": 0.0, "other_children_s": 0.0}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _is_worker(self, proc) -> bool:
        try:
            cmd = " ".join(proc.cmdline())
        except self.psutil.Error:
            return False
        return "multiprocessing" in cmd and "resource_tracker" not in cmd

    def _note_cpu(self, proc, role: str) -> None:
        times = proc.cpu_times()
        used = times.user + times.system
        self._cpu_start.setdefault(proc.pid, used)
        self._cpu_last[proc.pid] = (role, used)

    def sample(self) -> None:
        mb = 1024 * 1024
        try:
            self.peak["flow_mb"] = max(self.peak["flow_mb"], self.me.memory_info().rss / mb)
            self._note_cpu(self.me, "flow_s")
            if self._samples % CHILDREN_EVERY == 0:
                self._children = self.me.children(recursive=True)
            self._samples += 1
            workers, others = [], []
            for child in self._children:
                try:
                    if child.pid not in self._roles:  # a process's command line is read once
                        self._roles[child.pid] = "workers_s" if self._is_worker(child) else "other_children_s"
                    role = self._roles[child.pid]
                    (workers if role == "workers_s" else others).append(child.memory_info().rss / mb)
                    self._note_cpu(child, role)
                except self.psutil.Error:
                    continue
        except self.psutil.Error:
            return
        self.peak["worker_max_mb"] = max(self.peak["worker_max_mb"], max(workers, default=0.0))
        self.peak["workers_sum_mb"] = max(self.peak["workers_sum_mb"], sum(workers))
        self.peak["other_children_mb"] = max(self.peak["other_children_mb"], sum(others))

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()

    def __enter__(self):
        self.sample()
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        self._samples = 0  # the last sample lists the descendants afresh
        self.sample()
        self.peak = {k: round(v, 1) for k, v in self.peak.items()}
        for pid, (role, used) in self._cpu_last.items():
            self.cpu[role] += used - self._cpu_start[pid]
        self.cpu = {k: round(v, 2) for k, v in self.cpu.items()}


def _maxrss_mb(who: int) -> float:
    return round(resource.getrusage(who).ru_maxrss / 1024, 1)  # kilobytes on Linux


# ----------------------------------------------------------------------------- baselines (worker side)


def _same_niceness_as_flow_workers() -> None:
    # The flow's workers run nicer than the flow; baselines get the same share of a busy machine.
    from tasks.parallel import WORKER_NICENESS

    try:
        os.nice(WORKER_NICENESS)
    except OSError:
        pass


def _warm_worker() -> None:
    from tasks.processing import warm_up

    _same_niceness_as_flow_workers()
    warm_up()  # as the flow's workers do when they start


def _warm_trafilatura() -> None:
    import logging

    import trafilatura
    from tasks.processing import WARM_UP_PAGE

    _same_niceness_as_flow_workers()
    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    trafilatura.extract(WARM_UP_PAGE, include_comments=False)  # its first call sets up lazily too


def _bare_chunk(paths: list[str]) -> tuple[int, float]:
    """The workers' pure functions over paths, in a worker; returns (articles, CPU seconds).

    Read and decode each file, then processing.process_articles (clean, language guess, line
    fingerprints, analyse, and the rows for every table): everything the flow's workers do for
    a new article, with no Prefect, no DuckDB and no learning pass.
    """
    from tasks.inputs import RawArticle, inputs_of_file
    from tasks.processing import process_articles
    from tasks.scoring import SCORER_VERSION

    cpu = 0.0
    seen_at = dt.datetime.now()
    for path in paths:
        started = time.process_time()
        articles = [item for item in inputs_of_file(Path(path).parent, path) if isinstance(item, RawArticle)]
        process_articles(articles, "bare", seen_at, SCORER_VERSION)
        cpu += time.process_time() - started
    return len(paths), cpu


def _trafilatura_chunk(paths: list[str]) -> tuple[int, float]:
    import logging

    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    cpu = 0.0
    for path in paths:
        started = time.process_time()
        trafilatura.extract(Path(path).read_text(encoding="utf-8"), include_comments=False)
        cpu += time.process_time() - started
    return len(paths), cpu


def pooled(fn, paths: list[str], workers: int, initializer) -> dict:
    """fn over paths in chunks, in `workers` spawn processes started (and warmed) before timing."""
    from flows.score_articles import batch_size_for

    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=max(workers, 1), mp_context=context, initializer=initializer) as pool:
        list(pool.map(_noop, range(max(workers, 1))))  # every worker up and warmed
        # Chunked as the flow cuts batches, so few inputs still spread over every worker.
        chunk = batch_size_for(len(paths), CHUNK, workers)
        started = time.perf_counter()
        results = list(pool.map(fn, [paths[i : i + chunk] for i in range(0, len(paths), chunk)]))
        wall = time.perf_counter() - started
    count = sum(n for n, _ in results)
    cpu = sum(c for _, c in results)
    return {"items": count, "wall_s": round(wall, 3), "per_s": round(count / wall, 1) if wall else 0.0,
            "cpu_s": round(cpu, 3)}


def _noop(_):
    time.sleep(0.05)  # long enough that every worker takes one
    return None


# ----------------------------------------------------------------------------- flow runs


def run_flow(inputs: Path, db: Path, workers: int, batch_size: int | None = None) -> dict:
    from flows.score_articles import score_articles

    extra = {"batch_size": batch_size} if batch_size else {}
    started = time.perf_counter()
    result = score_articles(inputs_dir=str(inputs), warehouse_path=str(db), workers=workers, **extra)
    result["wall_s"] = round(time.perf_counter() - started, 3)
    return result


# The flow's stages: clean and score are waits for worker results; fetch reads texts back to score.
STAGES = ("discover", "clean", "load", "learn", "fetch", "score")


def _stages(result: dict) -> dict:
    stages = result.get("stage_seconds", {})
    return {k: round(stages.get(k, 0.0), 3) for k in STAGES}


def measure(n: int, n_html: int = 181, workers: int | None = None, workdir: Path | None = None,
            seed: int = 0, log=print, batch_size: int | None = None) -> dict:
    """Build the corpora, run the flow and the baselines; return every number (also logged)."""
    from tasks import parallel

    workers = parallel.default_workers() if workers is None else workers
    own_tmp = workdir is None
    workdir = Path(tempfile.mkdtemp(prefix="sourcescore-throughput-")) if own_tmp else Path(workdir)
    out: dict = {"n": n, "n_html": n_html, "workers": workers, "batch_size": batch_size, "cpus": os.cpu_count(),
                 "load_before": os.getloadavg()}
    try:
        started = time.perf_counter()
        text_dir, html_dir = workdir / "text", workdir / "html"
        out["text_bytes"] = build_text_corpus(text_dir, n, seed)
        if n_html:
            out["html_bytes"] = build_html_corpus(html_dir, n_html)
        out["build_s"] = round(time.perf_counter() - started, 2)
        log(f"corpus: {n:,} text articles ({out['text_bytes'] / 1e6:.1f} MB), {n_html} HTML pages,"
            f" built in {out['build_s']} s under {workdir}")

        # Warm-up: starts the Prefect server (unless PREFECT_API_URL is set) and the worker pool.
        warm = workdir / "warm"
        build_text_corpus(warm, WARM_UP_ARTICLES, seed + 1)
        started = time.perf_counter()
        run_flow(warm, workdir / "warm.duckdb", workers)
        out["warmup_s"] = round(time.perf_counter() - started, 2)
        log(f"warm-up run (Prefect server + {workers} worker processes): {out['warmup_s']} s, not counted")

        db = workdir / "text.duckdb"
        with RssMonitor() as rss:
            first = run_flow(text_dir, db, workers, batch_size)
        out["text"] = _flow_numbers(first, n)
        out["rss"] = rss.peak
        out["text"]["cpu"] = rss.cpu
        with RssMonitor() as rss_again:
            again = run_flow(text_dir, db, workers, batch_size)
        out["rerun"] = {"wall_s": again["wall_s"], "ratio": round(again["wall_s"] / first["wall_s"], 4),
                        "articles_unchanged": again.get("articles_unchanged"), "stages": _stages(again)}
        out["rss_rerun"] = rss_again.peak
        out["warehouse_mb"] = round(sum(p.stat().st_size for p in workdir.glob("text.duckdb*")) / 1e6, 1)
        _log_text(out, log)
        out["costs"] = step_costs(text_dir, db, min(n, COST_ARTICLES))
        log_costs(out["costs"], log)

        if n_html:
            with RssMonitor() as rss_html:
                html_run = run_flow(html_dir, workdir / "html.duckdb", workers, batch_size)
            out["html"] = _flow_numbers(html_run, n_html)
            out["rss_html"] = rss_html.peak
        parallel.shutdown()  # joins the flow's workers, so RUSAGE_CHILDREN now holds their peak
        out["maxrss_self_mb"] = _maxrss_mb(resource.RUSAGE_SELF)
        out["maxrss_children_mb"] = _maxrss_mb(resource.RUSAGE_CHILDREN)

        # Baselines, in as many spawn processes as the flow had workers.
        text_paths = input_files(text_dir)
        out["bare_text"] = pooled(_bare_chunk, text_paths, workers, _warm_worker)
        cpu = out["bare_text"]["cpu_s"]
        out["text"]["outside_share"] = round(1 - (cpu / workers) / out["text"]["wall_s"], 4)
        out["text"]["vs_bare"] = round(out["text"]["per_s"] / out["bare_text"]["per_s"], 3)
        flow_cpu = sum(out["text"]["cpu"].values())
        out["text"]["outside_cpu_share"] = round(1 - cpu / flow_cpu, 4) if flow_cpu else None
        if n_html:
            html_paths = input_files(html_dir)
            out["trafilatura"] = pooled(_trafilatura_chunk, html_paths, workers, _warm_trafilatura)
            out["bare_html"] = pooled(_bare_chunk, html_paths, workers, _warm_worker)
            out["html"]["outside_share"] = round(
                1 - (out["bare_html"]["cpu_s"] / workers) / out["html"]["wall_s"], 4)
            out["html"]["vs_trafilatura"] = round(out["html"]["per_s"] / out["trafilatura"]["per_s"], 3)
        out["load_after"] = os.getloadavg()
        _log_baselines(out, log)
        return out
    finally:
        if own_tmp:
            shutil.rmtree(workdir, ignore_errors=True)


def _flow_numbers(result: dict, n: int) -> dict:
    stages = _stages(result)
    wall = result["wall_s"]
    return {
        "inputs": n, "articles_new": result.get("articles_new"), "rejected": result.get("rejected"),
        "recleaned": result.get("articles_recleaned"), "failed_batches": result.get("failed_batches"),
        "wall_s": wall, "flow_seconds": result.get("seconds"), "per_s": round(n / wall, 1),
        "stages": stages, "load_s_per_1000": round(1000 * stages["load"] / max(n, 1), 3),
    }


def _log_text(out: dict, log) -> None:
    t, r, m = out["text"], out["rerun"], out["rss"]
    s = t["stages"]
    log(f"text: {t['inputs']:,} inputs -> {t['articles_new']:,} new, {t['rejected']} rejected,"
        f" {t['recleaned']} cleaned again after learning")
    log(f"  end to end {t['wall_s']:.2f} s = {t['per_s']:,.1f} articles/s  (flow's own clock {t['flow_seconds']} s)")
    log(f"  stages (s): discover {s['discover']}, clean wait {s['clean']}, load {s['load']}, learn {s['learn']},"
        f" fetch {s['fetch']}, score wait {s['score']}; load per 1,000 articles {t['load_s_per_1000']} s")
    log(f"  peak RSS (sampled every 0.2 s): flow process {m['flow_mb']} MB, largest worker {m['worker_max_mb']} MB,"
        f" workers together {m['workers_sum_mb']} MB, other children (Prefect server) {m['other_children_mb']} MB")
    log(f"  re-run over the unchanged corpus: {r['wall_s']:.2f} s = {100 * r['ratio']:.1f}% of the first run"
        f" ({r['articles_unchanged']} unchanged); warehouse {out['warehouse_mb']} MB")


def _log_baselines(out: dict, log) -> None:
    b = out["bare_text"]
    log(f"bare loop, text (read+decode+process_articles, {out['workers']} spawn processes, no Prefect/DuckDB):"
        f" {b['per_s']:,.1f} articles/s, {b['cpu_s']:.1f} CPU s; flow/bare = {out['text']['vs_bare']}")
    log(f"outside share, text = 1 - (bare CPU s of the pure functions / workers) / flow wall s"
        f" = 1 - ({b['cpu_s']:.1f} / {out['workers']}) / {out['text']['wall_s']:.1f} = {out['text']['outside_share']:.3f}")
    c = out["text"]["cpu"]
    log(f"CPU seconds of the flow run: flow process {c['flow_s']}, workers {c['workers_s']},"
        f" Prefect server and other children {c['other_children_s']}; outside share of CPU ="
        f" 1 - {b['cpu_s']:.1f} / {sum(c.values()):.1f} = {out['text']['outside_cpu_share']:.3f}")
    per = {k: 1000 * v / max(out["n"], 1) for k, v in c.items()}
    log(f"  per article: flow process {per['flow_s']:.2f} ms, workers {per['workers_s']:.2f} ms, Prefect server"
        f" {per['other_children_s']:.2f} ms; the bare loop {1000 * b['cpu_s'] / max(out['n'], 1):.2f} ms")
    if "html" in out:
        h, tr, bh = out["html"], out["trafilatura"], out["bare_html"]
        log(f"html: {h['inputs']} pages, flow {h['per_s']:,.1f} pages/s (stages {h['stages']});"
            f" trafilatura.extract alone {tr['per_s']:,.1f} pages/s; flow/trafilatura = {h['vs_trafilatura']}")
        log(f"  bare loop, html: {bh['per_s']:,.1f} pages/s; outside share {h['outside_share']:.3f}")
    log(f"max RSS (getrusage): this process {out['maxrss_self_mb']} MB over its life;"
        f" largest reaped child (a flow worker) {out['maxrss_children_mb']} MB")
    log(f"load average before {tuple(round(x, 2) for x in out['load_before'])},"
        f" after {tuple(round(x, 2) for x in out['load_after'])} on {out['cpus']} CPUs")


# ----------------------------------------------------------------------------- table


COLUMNS = [
    ("N", lambda o: f"{o['n']:,}"),
    ("articles/s", lambda o: f"{o['text']['per_s']:,.1f}"),
    ("wall s", lambda o: f"{o['text']['wall_s']:.1f}"),
    ("discover", lambda o: f"{o['text']['stages']['discover']:.1f}"),
    ("clean", lambda o: f"{o['text']['stages']['clean']:.1f}"),
    ("score", lambda o: f"{o['text']['stages']['score']:.1f}"),
    ("load", lambda o: f"{o['text']['stages']['load']:.1f}"),
    ("learn", lambda o: f"{o['text']['stages']['learn']:.1f}"),
    ("outside", lambda o: f"{100 * o['text']['outside_share']:.1f}%"),
    ("outside CPU", lambda o: f"{100 * o['text']['outside_cpu_share']:.1f}%"),
    ("bare/s", lambda o: f"{o['bare_text']['per_s']:,.1f}"),
    ("RSS flow MB", lambda o: f"{o['rss']['flow_mb']:.0f}"),
    ("RSS worker MB", lambda o: f"{o['rss']['worker_max_mb']:.0f}"),
    ("re-run s", lambda o: f"{o['rerun']['wall_s']:.1f} ({100 * o['rerun']['ratio']:.1f}%)"),
    ("html/s", lambda o: f"{o['html']['per_s']:,.1f}" if "html" in o else "-"),
    ("trafilatura/s", lambda o: f"{o['trafilatura']['per_s']:,.1f}" if "trafilatura" in o else "-"),
    ("html ratio", lambda o: f"{o['html']['vs_trafilatura']:.2f}" if "html" in o else "-"),
]


def table(results: list[dict]) -> str:
    cells = [[name for name, _ in COLUMNS]] + [[fmt(o) for _, fmt in COLUMNS] for o in results]
    widths = [max(len(row[i]) for row in cells) for i in range(len(COLUMNS))]
    lines = ["| " + " | ".join(c.rjust(w) for c, w in zip(row, widths)) + " |" for row in cells]
    lines.insert(1, "|" + "|".join("-" * (w + 1) + ":" for w in widths) + "|")
    return "\n".join(lines)


def _finite_positive(value) -> bool:
    return isinstance(value, (int, float)) and math.isfinite(value) and value > 0


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=1000, help="plain-text articles (default 1000)")
    ap.add_argument("--sizes", help="several N, comma-separated; each runs in its own process")
    ap.add_argument("--html", type=int, default=181, help="HTML pages (default 181, the whole set; 0: none)")
    ap.add_argument("--workers", type=int, default=None, help="worker processes (default: one per core)")
    ap.add_argument("--batch-size", type=int, default=None, help="the flow's batch_size (default: its own)")
    ap.add_argument("--workdir", help="build the corpus here and keep it (default: a temp dir, removed)")
    ap.add_argument("--out", help="write every number as JSON here")
    args = ap.parse_args(argv)

    if args.sizes:
        results = []
        for n in [int(x.replace("_", "")) for x in args.sizes.split(",")]:
            with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as f:
                child_out = f.name
            cmd = [sys.executable, str(Path(__file__).resolve()), "--n", str(n), "--html", str(args.html),
                   "--out", child_out]
            if args.workers is not None:
                cmd += ["--workers", str(args.workers)]
            if args.batch_size:
                cmd += ["--batch-size", str(args.batch_size)]
            print(f"== N = {n:,}: {' '.join(cmd[1:])}", flush=True)
            subprocess.run(cmd, check=True, cwd=ROOT)
            results.append(json.loads(Path(child_out).read_text())[0])
            os.unlink(child_out)
            if args.out:  # keep what is done so far
                Path(args.out).write_text(json.dumps(results, indent=2, default=str))
    else:
        workdir = Path(args.workdir) if args.workdir else None
        results = [measure(args.n, args.html, args.workers, workdir, log=lambda m: print(m, flush=True),
                           batch_size=args.batch_size)]
        if args.out:
            Path(args.out).write_text(json.dumps(results, indent=2, default=str))
    print()
    print(table(results))


if __name__ == "__main__":
    main()
