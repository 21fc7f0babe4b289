"""Each category on lines written for these tests: the boilerplate line goes, a similar body line stays."""
import pytest

from tasks.cleaning import categories as C
from tasks.cleaning import clean

TITLE = "City Council Approves Plan to Rebuild the Old River Bridge"
P1 = ("The city council voted on Tuesday to rebuild the old river bridge, ending a debate that had "
      "divided residents for more than a decade and delayed repairs to the crumbling structure.")
P2 = ("Engineers told the council that the bridge, which opened in 1931, could no longer carry heavy "
      "trucks safely, and that a full replacement would cost less than years of patching.")
P3 = ("Opponents argued that the money should go to schools instead, but the plan passed by seven votes "
      "to two after a long evening of public comment from people on both sides.")
P4 = ("Work is expected to begin next spring and to last about three years, during which traffic will be "
      "sent across the northern crossing, the city's transport office said in a statement.")


def _doc(line, where="middle"):
    parts = {"top": [line, TITLE, P1, P2, P3, P4],
             "middle": [TITLE, P1, P2, line, P3, P4],
             "end": [TITLE, P1, P2, P3, P4, line]}[where]
    return "\n\n".join(parts)


# (category, boilerplate line, where it sits, a similar line that is body text)
CASES = [
    (C.ADVERTISEMENT, "Advertisement", "middle",
     "The advertisement campaign, which ran for six weeks in local papers, drew complaints from residents."),
    (C.ADVERTISEMENT, "- Advertisement -", "middle",
     "An advertisement for the bridge project appeared in three local papers last month, officials said."),
    (C.NEWSLETTER_PROMO, "Sign up for our daily newsletter to get the latest headlines delivered to your inbox.", "middle",
     "The council said it would send a newsletter to residents explaining the new traffic rules before the vote."),
    (C.AUTHOR_BIO, "About the author: Jane Doe covers city hall and transportation for the Daily Planet.", "end",
     "The author of the engineering report, a former city official, said the bridge needed urgent repairs."),
    (C.AUTHOR_CONTACT, "Jane Doe can be reached at jdoe@example.com.", "end",
     "Residents who want a say can write to the council before Friday, when the comment period closes, officials said."),
    (C.AUTHOR_CONTACT, "Follow her on Twitter @janedoe", "end",
     "Officials said they would follow the plan closely and report back to the council every three months."),
    (C.COPYRIGHT, "Copyright © 2025 Example Media Group. All rights reserved.", "end",
     "The lawsuit claims the company used copyrighted photographs of the bridge without permission from the photographers."),
    (C.COMMENT_POLICY, "Please read our comment policy before commenting.", "end",
     "The mayor declined to comment on the policy before the vote, a spokesperson for the city said on Wednesday."),
    (C.PHOTO_CAPTION, "Workers inspect the bridge on Tuesday. (Photo: John Smith/Daily Planet)", "middle",
     "Workers inspected the bridge on Tuesday and found cracks in two of its main supports, the report said."),
    (C.PHOTO_CREDIT, "Photo: John Smith / Reuters", "middle",
     "The photo, taken by a bystander in 2019, showed chunks of concrete falling into the river below the deck."),
    (C.NAVIGATION, "Home | World | Business | Sport | Opinion", "top",
     "Home prices near the bridge rose by 4 percent last year, according to figures from the housing agency."),
    (C.SECTION_LABEL, "Local News", "top",
     "Local businesses near the bridge said they expected to lose customers during the three years of work."),
    (C.RELATED_LINKS, "Read more: Council delays vote on school budget", "middle",
     "Read the full engineering report, which runs to 200 pages, on the council's website, officials said."),
    (C.JOB_AD, "Find your next job on our jobs board.", "end",
     "The project will create about 300 jobs over the next three years, the city's economic office estimated."),
    (C.DATELINE_HEADER, "Published: March 30, 2025 at 10:15 a.m.", "top",
     "The plan was published on March 30, 2025, after months of talks between engineers and the council."),
    (C.DATELINE_HEADER, "- The Daily Planet - Tuesday, April 1, 2025", "top",
     "The Daily Planet first reported on the cracks in the bridge on Tuesday, April 1, 2025, citing two engineers."),
    (C.COOKIE_NOTICE, "We use cookies to improve your experience on our site. By using this site you agree.", "end",
     "The bakery next to the bridge, which uses cookies from a family recipe, has been open since 1952."),
    (C.SHARE_BUTTONS, "Share this article", "middle",
     "Share prices of the construction firm rose sharply on Wednesday after it won the bridge contract."),
    (C.BYLINE, "By Jane Doe and John Smith", "top",
     "By the end of the meeting, more than 200 residents had signed a petition against the plan, organisers said."),
    (C.READ_TIME, "5 min read", "top",
     "It took the council five minutes to read the engineers' summary before the debate began on Tuesday."),
    (C.TAGS, "Tags: bridge, city council, transport", "end",
     "Tags on the bridge's supports mark the cracks that engineers found during their inspection last year."),
    (C.VIDEO_PLAYER, "Watch: Drone footage of the old bridge", "middle",
     "Hundreds of residents gathered to watch the vote from the public gallery, which was full for the first time."),
    (C.PAYWALL, "Subscribe to continue reading.", "middle",
     "Readers who subscribe to the print edition will continue to receive it on Sundays during the works."),
    (C.STORY_CONTINUES, "Story continues below advertisement", "middle",
     "The story continues to divide the city, with a second petition now circulating among residents."),
    (C.MOST_READ, "Most Read", "end",
     "Most read the vote as a sign that the council is finally ready to spend money on roads and bridges."),
]


@pytest.mark.parametrize(("category", "line", "where", "body_line"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_boilerplate_line_removed(category, line, where, body_line):
    result = clean(_doc(line, where), "text")
    removed = {seg.text: seg.category for seg in result.removed}
    assert removed.get(line) == category
    for para in (P1, P2, P3, P4):
        assert para in result.text.split("\n")


@pytest.mark.parametrize(("category", "line", "where", "body_line"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_similar_body_line_kept(category, line, where, body_line):
    result = clean(_doc(body_line, "middle"), "text")
    assert body_line in result.text.split("\n")
    assert [seg.text for seg in result.removed] == []


def test_duplicate_title():
    raw = "\n\n".join([TITLE, "Politics | Local", TITLE, P1, P2, TITLE, P3, P4])
    result = clean(raw, "text")
    assert result.title == TITLE
    dups = [seg.position for seg in result.removed if seg.category == C.DUPLICATE_TITLE]
    assert len(dups) == 2 and result.text.count(TITLE) == 1


def test_caption_before_credit_line():
    caption = "Engineers inspect the underside of the bridge, which opened in 1931, on Monday morning."
    raw = "\n\n".join([TITLE, P1, P2, caption, "Credit: Jane Doe", P3, P4])
    removed = {seg.text: seg.category for seg in clean(raw, "text").removed}
    assert removed == {caption: C.PHOTO_CAPTION, "Credit: Jane Doe": C.PHOTO_CREDIT}


def test_caption_repeated_with_credit():
    caption = "Engineers inspect the underside of the bridge on Monday morning."
    raw = "\n\n".join([TITLE, P1, P2, caption + "\n" + caption + " | Jane Doe", P3, P4])
    removed = {seg.text: seg.category for seg in clean(raw, "text").removed}
    assert removed == {caption: C.PHOTO_CAPTION, caption + " | Jane Doe": C.PHOTO_CAPTION}


def test_link_list_after_body_goes_subheadings_stay():
    links = ["Council Delays School Budget Vote", "New Bus Lanes Open on Main Street",
             "Mayor Announces Run for Second Term", "River Flood Defences Get Funding"]
    raw = "\n".join([TITLE, P1, "Why the Bridge Matters", P2, "What Happens Next", P3, P4, "More News"] + links)
    result = clean(raw, "text")
    kept = result.text.split("\n")
    assert "Why the Bridge Matters" in kept and "What Happens Next" in kept
    assert not set(links) & set(kept)


def test_reader_comments_go():
    comment = ("I drive over that bridge every day and frankly it is about time the council did something, "
               "though I doubt it will be finished on schedule or anywhere near the budget.")
    raw = "\n".join([TITLE, P1, P2, P3, P4, "Comments (2)", "jsmith 2 hours ago", comment,
                     "reader99 1 hour ago", comment.replace("every day", "every week")])
    result = clean(raw, "text")
    assert comment not in result.text
    assert {seg.category for seg in result.removed if seg.text == comment} == {C.COMMENTS}


def test_short_body_sentence_kept():
    short = "The vote was seven to two."
    raw = "\n\n".join([TITLE, P1, P2, short, P3, P4])
    assert short in clean(raw, "text").text.split("\n")


def test_categories_are_unique_strings():
    assert len(set(C.ALL)) == len(C.ALL)
    assert all(isinstance(c, str) and c for c in C.ALL)


def test_comment_thread_without_heading_goes():
    # Signatures lead each comment here; when they trail it, the first comment can stay attached to the body.
    comments = [
        "roadwarrior says:",
        "Honestly I think this bridge is a waste of money and the council should have fixed the roads first instead.",
        "Posted by cyclist22 on Jan 10, 2025 6:02 PM",
        "I cross it every morning on my bike and the potholes on the deck are getting worse every single winter.",
        "northsider says:",
        "Three years of detours will be a nightmare for everyone who lives on the north side of the river, mark my words.",
    ]
    raw = "\n".join([TITLE, P1, P2, P3, P4] + comments)
    result = clean(raw, "text")
    kept = result.text.split("\n")
    assert [P1, P2, P3, P4] == [line for line in kept if line != TITLE]
    assert {seg.category for seg in result.removed if seg.text in comments[1::2]} == {C.COMMENTS}


def test_article_split_by_embedded_link_box_keeps_both_parts():
    box = ["Related Videos", "Mayor Speaks After the Vote", "Inside the Old Bridge", "Drone Footage of the River",
           "Council Meeting Highlights", "More Coverage", "Bridge Closure Map", "Traffic Plan Explained"]
    raw = "\n".join([TITLE, P1, P2] + box + [P3, P4, P1.replace("Tuesday", "Monday"), P2.replace("1931", "1932")])
    kept = clean(raw, "text").text.split("\n")
    assert P1 in kept and P2 in kept and P3 in kept and P4 in kept
    assert not set(box) & set(kept)
