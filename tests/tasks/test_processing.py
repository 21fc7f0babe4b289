import datetime as dt
import re

import pytest
from hypothesis import given, settings, strategies as st

from tasks.inputs import RawArticle
from tasks.processing import domain_of, process_articles, rescore_articles, word_count

SEEN = dt.datetime(2026, 11, 20, 9, 0)
BODY = (
    "Port Alder's council voted 6-1 on Tuesday to raise ferry fares by 12 percent from January.\n"
    "\"We had no choice,\" said Harbor Authority director Mina Okafor, citing a $3.2 million deficit.\n"
    "Advertisement\n"
    "Critics said the increase would hurt commuters from Tillman Island, according to the Courier.\n"
)


def raw(text, content_type="text", **meta):
    return RawArticle(input_path="a.txt", article_id="id1", raw_text=text, content_type=content_type, **meta)


@pytest.mark.parametrize(
    "url, domain",
    [
        ("https://www.ledger.example/a/b", "ledger.example"),
        ("http://news.site.example:8080/x", "news.site.example"),
        ("ledger.example/story", "ledger.example"),
        ("", None),
        (None, None),
        ("not a url", None),
    ],
)
def test_domain_of(url, domain):
    assert domain_of(url) == domain


def test_process_articles_builds_rows_for_every_table():
    tables = process_articles([raw(BODY, source="Courier", published=dt.date(2026, 11, 3))], "r1", SEEN, "v1")
    [article] = tables["articles"]
    assert article["source"] == "Courier" and article["published_date"] == dt.date(2026, 11, 3)
    assert "Advertisement" not in article["clean_text"] and "ferry fares" in article["clean_text"]
    assert article["word_count"] == tables["article_scores"][0]["word_count"] > 20
    assert [(r["category"], r["text"]) for r in tables["removed_segments"]] == [("advertisement", "Advertisement")]
    assert tables["sentence_scores"] and all(r["scorer_version"] == "v1" for r in tables["sentence_scores"])
    assert any(r["kind"] == "direct_quote" and "Okafor" in (r["source"] or "") for r in tables["attributions"])
    # each row keeps whom it cites, and the article's distinct_sources counts those keys
    keys = {(r["source_type"], r["source_key"]) for r in tables["attributions"]
            if r["source_key"] and r["source_type"] in ("person", "organisation", "outlet")}
    assert ("person", "okafor") in keys
    assert len(keys) == tables["article_scores"][0]["distinct_sources"]


def test_source_falls_back_to_the_pages_domain_then_unknown():
    page = (
        "<html><head><title>Fares rise</title><link rel='canonical' href='https://www.courier.example/fares'></head>"
        "<body><article>" + "".join(f"<p>{line}</p>" for line in BODY.splitlines()) + "</article></body></html>"
    )
    [from_page] = process_articles([raw(page, "html")], "r1", SEEN, "v1")["articles"]
    assert from_page["source"] == "courier.example" and from_page["content_type"] == "html"
    [bare] = process_articles([raw(BODY)], "r1", SEEN, "v1")["articles"]
    assert bare["source"] == "unknown"


def test_an_input_with_no_body_becomes_a_rejection():
    tables = process_articles([raw("<html><script>var x = 1;</script></html>", "html")], "r1", SEEN, "v1")
    assert "articles" not in tables
    [rejection] = tables["rejected_inputs"]
    assert rejection["input_path"] == "a.txt" and rejection["reason"]


def test_rescore_gives_the_same_scores_as_the_first_pass():
    first = process_articles([raw(BODY)], "r1", SEEN, "v1")
    again = rescore_articles([("id1", first["articles"][0]["clean_text"])], "v1", SEEN)
    assert again["article_scores"] == first["article_scores"]
    assert again["attributions"] == first["attributions"]


@pytest.mark.parametrize(
    "text, max_words, refused",
    [
        ("word " * 50, 100, False),
        ("word " * 150, 100, True),
        ("<p>" + "word " * 150 + "</p>", 100, False),  # markup may carry three times the words
        ("<p>" + "word " * 350 + "</p>", 100, True),
    ],
)
def test_texts_far_too_long_for_one_article_are_refused(text, max_words, refused):
    tables = process_articles([raw(text)], "r1", SEEN, "v1", max_article_words=max_words)
    reasons = [r["reason"] for r in tables.get("rejected_inputs", [])]
    assert bool(reasons and "too long to be one article" in reasons[0]) is refused


@pytest.mark.parametrize(
    "text, words",
    [
        ("", 0),
        ("It's 9:30, said O'Neil.", 7),
        ("“Quoted” — and naïve café_menu déjà-vu", 6),
        ("snake_case stays one word; kebab-case is two", 8),
    ],
)
def test_word_count(text, words):
    assert word_count(text) == words


@settings(max_examples=500)
@given(st.text(alphabet=st.one_of(st.characters(), st.sampled_from(list(" _-'’“”—é9\n")))))
def test_word_count_counts_the_runs_of_word_characters(text):
    assert word_count(text) == len(re.findall(r"\w+", text))


def test_cleaning_again_from_the_first_labels_gives_the_full_clean_rows(monkeypatch):
    import hashlib

    import tasks.processing
    from tasks.cleaning.repetition import line_fingerprint
    from tasks.processing import clean_new_articles, reclean_articles

    tables = clean_new_articles([raw(BODY + "Subscribe to the Courier for $1 a week.\n", source="Courier")], "r", SEEN)
    article = tables["articles"][0]
    segments = sorted(tables["removed_segments"], key=lambda seg: seg["position"])
    learned = {"Courier": frozenset({line_fingerprint(BODY.splitlines()[3])})}
    full = reclean_articles([("id1", "Courier", article["raw_text"], "text")], learned)
    first = (hashlib.md5(article["clean_text"].encode()).hexdigest(), [s["position"] for s in segments],
             [s["category"] for s in segments], [s["text"] for s in segments])

    def no_full_clean(*args, **kwargs):
        raise AssertionError("plain text was classified again")

    monkeypatch.setattr(tasks.processing, "clean", no_full_clean)
    again = reclean_articles([("id1", "Courier", article["raw_text"], "text", *first)], learned)
    assert again == full
    assert "according to the Courier" not in again["recleaned"][0]["clean_text"]
    assert [seg["category"] for seg in again["removed_segments"]].count("source_repeated") == 1
