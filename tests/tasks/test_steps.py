from prefect.utilities.collections import visit_collection

from tasks.steps import Payload


def _visits(expr) -> int:
    seen = []
    visit_collection(expr, visit_fn=lambda x: seen.append(x) or x, return_data=False, max_depth=-1)
    return len(seen)


def test_prefect_does_not_walk_into_a_payload():
    batch = [("id", "text " * 100) for _ in range(1_000)]
    assert _visits(batch) > 1_000  # a bare list: every tuple and string is visited
    assert _visits(Payload(batch)) == 1  # the payload itself, nothing inside


def test_a_payload_hands_its_value_over_unchanged():
    batch = {"source": frozenset({1, 2})}
    assert Payload(batch).value is batch
