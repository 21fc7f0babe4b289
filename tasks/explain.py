"""Explain an article's scores: its sentences, its attributions, and the arithmetic between.

Pure formatting over `analyse`; the CLI prints what this returns.
"""
from __future__ import annotations

from tasks.scoring import Analysis
from tasks.scoring.analysis import distinct_sources
from tasks.scoring.composite import COMPONENTS, DENSITY_TARGET, components, normalise_weights, quality_score


def _snippet(text: str, span, width: int = 70) -> str:
    if span is None:
        return "-"
    piece = " ".join(text[span[0] : span[1]].split())
    return f'"{piece}"' if len(piece) <= width else f'"{piece[: width - 1]}…"'


def explain_lines(clean_text: str, analysis: Analysis, weights: dict | None = None) -> list[str]:
    """Human-readable lines: sentences with specificity, attributions, then the score arithmetic."""
    scores = dict(analysis.scores)
    lines = [f"Sentences ({len(analysis.sentences)}), each with its specificity (0-1):"]
    for position, sentence, specificity in analysis.sentences:
        lines.append(f"  {position + 1:>3}. [{specificity:.2f}] {' '.join(sentence.split())}")

    lines += ["", f"Attributions ({len(analysis.attributions)}):"]
    for number, found in enumerate(analysis.attributions, start=1):
        lines.append(
            f"  {number:>3}. {found.kind:<12} {found.source_type:<12} cue {_snippet(clean_text, found.cue)}"
            f"  source {_snippet(clean_text, found.source, 40)}"
            # whom the source is counted as: a pronoun's person, a role's holder
            + (f" [{found.source_key}]" if found.source_key else "")
        )
        if found.content:
            lines.append(f"       says {_snippet(clean_text, found.content)}")

    values = [s for _, _, s in analysis.sentences]
    words, count = scores["word_count"], scores["attributions"]
    lines += ["", "Arithmetic:"]
    if values:
        lines.append(
            f"  specificity      = mean of {len(values)} sentence values × 100 = "
            f"{sum(values):.2f} / {len(values)} × 100 = {scores['specificity']:.1f}"
        )
    else:
        lines.append("  specificity      = 0 (no sentences)")
    lines.append(
        f"  sourcing_density = attributions / words × 100 = {count} / {words} × 100 = {scores['sourcing_density']:.2f}"
    )
    by_type = ", ".join(
        f"{name} {scores[key]}" for name, key in [
            ("person", "person_sources"), ("organisation", "organisation_sources"), ("outlet", "outlet_sources"),
            ("anonymous", "anonymous_sources"), ("vague", "vague_sources"),
        ]
    )
    lines.append(f"  by source type   : {by_type}")
    keys = ", ".join(key for _, key in distinct_sources(analysis.attributions)) or "none"
    lines.append(f"  distinct_sources = distinct people, organisations and outlets cited, by key = {scores['distinct_sources']}: {keys}")
    lines.append(
        f"  by kind          : direct quotes {scores['direct_quotes']}, indirect {scores['indirect']}, "
        f"according to {scores['according_to']}"
    )
    lines.append(f"  anonymous or vague share = {scores['anonymous_or_vague_share']:.2f}; secondhand share = {scores['secondhand_share']:.2f}")
    parts = components(scores)
    weight = normalise_weights(weights)
    rules = {
        "specificity": f"specificity / 100 = {scores['specificity']:.1f} / 100",
        "sourcing": f"min(1, density / {DENSITY_TARGET}) = min(1, {scores['sourcing_density']:.2f} / {DENSITY_TARGET})",
        "named_sources": "1 - anonymous or vague share" if count else "0 (no attributions)",
        "readability": f"plateau of Flesch reading ease {scores['flesch_reading_ease']:.1f} (1 for 30-70)",
    }
    total = 0.0
    for name in COMPONENTS:
        contribution = weight[name] * parts[name]
        total += contribution
        lines.append(f"  {name:<14} {rules[name]} = {parts[name]:.3f}  × weight {weight[name]:.2f} = {contribution:.3f}")
    lines.append(f"  quality_score    = 100 × {total:.3f} = {quality_score(scores, weights):.1f}")
    lines.append(
        "  readability      : "
        f"Flesch reading ease {scores['flesch_reading_ease']:.1f}, Flesch-Kincaid grade {scores['flesch_kincaid_grade']:.1f}, "
        f"Gunning fog {scores['gunning_fog']:.1f}, SMOG {scores['smog_index']:.1f}, Dale-Chall {scores['dale_chall']:.1f}"
    )
    return lines
