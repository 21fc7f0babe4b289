from tasks.inputs import RawArticle, Rejection
from tasks.triage import Triage


def article(path, article_id, **meta):
    return RawArticle(input_path=path, article_id=article_id, raw_text="x", content_type="text", **meta)


def test_triage_sorts_every_input_exactly_once():
    triage = Triage(known_ids={"old"}, run_id="r1")
    decisions = [
        triage.admit(article("a.txt", "new1")),
        triage.admit(article("b.txt", "old", source="Ledger")),
        triage.admit(article("c.txt", "new1")),
        triage.admit(Rejection("d.txt", "empty file")),
        triage.admit(article("e.txt", "old")),
    ]
    assert decisions == [True, False, False, False, False]
    counts = triage.counts
    assert (counts.inputs_seen, counts.articles_unchanged, counts.duplicates, counts.rejected) == (5, 1, 2, 1)
    triage.record_processed({"articles": [{}]})
    assert counts.balanced()
    rows = triage.take_rows()
    assert rows["duplicate_inputs"][0]["first_input_path"] == "a.txt"
    assert rows["metadata"] == [{"article_id": "old", "input_path": "b.txt", "source": "Ledger", "url": None,
                                 "title": None, "author": None, "published_date": None}]
    assert triage.take_rows() == {}


def test_a_new_article_the_cleaner_rejects_counts_as_rejected():
    triage = Triage(known_ids=set(), run_id="r1")
    assert triage.admit(article("a.txt", "x"))
    triage.record_processed({"rejected_inputs": [{"input_path": "a.txt"}]})
    assert triage.counts.rejected == 1 and triage.counts.articles_new == 0 and triage.counts.balanced()


def test_unbalanced_counts_are_detected():
    triage = Triage(known_ids=set(), run_id="r1")
    triage.admit(article("a.txt", "x"))
    assert not triage.counts.balanced()
