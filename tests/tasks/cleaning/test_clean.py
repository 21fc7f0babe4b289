"""The clean() contract: types, content-type sniffing, HTML path, empty and hostile input."""
import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tasks.cleaning import Cleaned, RemovedSegment, clean, looks_like_html

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Harbour Town Opens Its First Tidal Power Plant | The Coastal Courier</title>
<meta property="og:title" content="Harbour Town Opens Its First Tidal Power Plant">
<meta property="og:site_name" content="The Coastal Courier">
<meta name="author" content="Maria Lopez">
<meta property="article:published_time" content="2025-03-30T09:00:00+00:00">
<link rel="canonical" href="https://courier.example.com/2025/03/30/tidal-plant">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/opinion">Opinion</a></li></ul></nav>
<main><article>
<h1>Harbour Town Opens Its First Tidal Power Plant</h1>
<p class="byline">By Maria Lopez</p>
<p>Harbour Town switched on its first tidal power plant on Sunday, becoming the first town on the coast
to draw a share of its electricity from the daily rise and fall of the sea.</p>
<figure><img src="/img/plant.jpg" alt="">
<figcaption>The turbines sit beneath the old pier at low tide. (Photo: Sam Reed/Coastal Courier)</figcaption></figure>
<p>The plant, built under the old pier, has four turbines that turn as the tide flows in and out of the
harbour, and engineers expect it to supply about a fifth of the town's homes once it runs at full power.</p>
<p>"This is a proud day for a town that has always lived from the sea," the mayor told a crowd of several
hundred people who gathered on the quay despite the rain and the cold wind.</p>
<div class="newsletter"><p>Sign up for our daily newsletter to get the latest local news delivered to your inbox.</p></div>
<p>The project cost 40 million euros, most of it from a regional fund for renewable energy, and took five
years to plan and build after a long fight over its effect on fishing in the bay.</p>
<p>Fishermen, who had feared the turbines would drive fish away, said they would watch the first season
closely, but several said the early signs from test runs last autumn had been good.</p>
</article></main>
<footer><p>Copyright © 2025 The Coastal Courier. All rights reserved.</p>
<p><a href="/privacy">Privacy Policy</a> | <a href="/terms">Terms of Use</a> | <a href="/contact">Contact</a></p></footer>
</body></html>
"""


def test_html_page_body_kept_chrome_gone():
    result = clean(PAGE)
    assert result.content_type == "html" and result.reason is None
    assert result.title == "Harbour Town Opens Its First Tidal Power Plant"
    for phrase in ("switched on its first tidal power plant", "four turbines", "a proud day",
                   "40 million euros", "watch the first season"):
        assert phrase in result.text
    for chrome in ("Sport", "Opinion", "newsletter", "Copyright", "Privacy Policy", "beneath the old pier"):
        assert chrome not in result.text
    assert result.metadata.get("sitename") == "The Coastal Courier"
    assert result.metadata.get("date") == "2025-03-30"
    assert result.metadata.get("author") == "Maria Lopez"


def test_html_promo_left_by_extraction_is_removed_and_audited():
    # Without its telltale class the promo survives trafilatura; the line classifier catches it.
    page = PAGE.replace('<div class="newsletter"><p>', "<p>").replace("inbox.</p></div>", "inbox.</p>")
    result = clean(page, "html")
    assert "newsletter" not in result.text
    assert "newsletter_promo" in {seg.category for seg in result.removed}


def test_html_author_from_byline_when_metadata_has_none():
    page = PAGE.replace('<meta name="author" content="Maria Lopez">', "").replace(
        '<p class="byline">By Maria Lopez</p>', "<p>By Maria Lopez, Staff Writer</p>")
    result = clean(page, "html")
    assert result.metadata.get("author") == "Maria Lopez"
    assert "By Maria Lopez" not in result.text


@pytest.mark.parametrize(("raw", "expected"), [
    (PAGE, "html"),
    ("<p>One paragraph.</p>", "html"),
    ("<div class='x'>text</div>", "html"),
    ("Plain prose with a < b and c > d in it.", "text"),
    ("Just a line of text.\nAnd another.", "text"),
    ("", "text"),
])
def test_auto_sniffs_content_type(raw, expected):
    assert looks_like_html(raw) == (expected == "html")
    assert clean(raw).content_type == expected


@pytest.mark.parametrize("raw", ["", " ", "\n\n\t \n", "\u3000\n"])
@pytest.mark.parametrize("content_type", ["text", "html", "auto"])
def test_empty_input_has_reason(raw, content_type):
    result = clean(raw, content_type)
    assert result.text == "" and result.reason
    assert result.removed == []


@pytest.mark.parametrize("raw", ["<html><body></body></html>", "<p></p>", "<html><script>var x = 1;</script></html>",
                                 "<<<>>></p></div><p", "<p>Short.</p>"])
def test_html_without_body_has_reason_or_text(raw):
    result = clean(raw, "html")
    assert isinstance(result.text, str)
    assert (result.text == "") == (result.reason is not None)


def test_types_are_frozen_dataclasses():
    result = clean("Headline Here\n\nA first paragraph of the article that is long enough to read as prose text.")
    assert isinstance(result, Cleaned)
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.text = "x"
    seg = RemovedSegment(0, "navigation", "Home")
    with pytest.raises(dataclasses.FrozenInstanceError):
        seg.position = 1
    assert result.metadata == {}


def test_kept_lines_are_verbatim():
    raw = ("  Indented first paragraph of the story that runs on long enough to count as prose, it says.  \n\n"
           "\tSecond one, also long enough to be read as a paragraph of prose by the cleaner.\t\n")
    assert clean(raw, "text").text.split("\n") == [line.strip() for line in raw.splitlines() if line.strip()]


def test_huge_line_and_garbage():
    raw = ("word " * 200_000) + "\n" + "\x00\x01\ufffd" * 1000 + "\n" + "|" * 5000
    result = clean(raw, "text")
    assert isinstance(result.text, str)


def test_a_line_is_removed_once_when_only_fragments_survive():
    # a repeated title is removed as such, and the same text kept elsewhere is not removed again
    result = clean("Vote 1:2\nVote 1:2\n0 0 0:0:0 0:0 0:0:0", "text")
    assert result.text == "" and sorted(seg.position for seg in result.removed) == [0, 1, 2]


_LINES = st.lists(st.one_of(
    st.text(max_size=80),
    st.sampled_from(["Advertisement", "Home | News | Sport", "By Jane Doe", "Share this article", "",
                     "Copyright © 2024 Example", "Read more: Something else", "   ",
                     "The council voted on Tuesday to rebuild the bridge, ending a long debate among residents."]),
), max_size=40)


@settings(max_examples=300, deadline=None, database=None)
@given(_LINES, st.sampled_from(["text", "auto"]))
def test_never_raises_and_keeps_only_input_lines(lines, content_type):
    raw = "\n".join(lines)
    result = clean(raw, content_type)
    if result.content_type == "html":
        return
    inputs = raw.splitlines()
    stripped = {line.strip() for line in inputs}
    kept = [line for line in result.text.split("\n") if result.text]
    assert all(line in stripped and line for line in kept)
    for seg in result.removed:
        assert inputs[seg.position].strip() == seg.text
    assert len(kept) + len(result.removed) == sum(1 for line in inputs if line.strip())
    assert (result.text == "") == (result.reason is not None)


@settings(max_examples=100, deadline=None, database=None)
@given(st.text(max_size=300))
def test_html_path_never_raises(raw):
    result = clean(raw, "html")
    assert result.content_type == "html"
    assert isinstance(result.text, str)
