"""An agent's score interval stays on the 0–100 scale, whatever the spread."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from qa_desktop.core.workflow.confidence import score_interval


def test_two_scattered_scores_give_the_whole_scale_not_beyond():
    interval = score_interval([30, 99], 60)  # t(0.975, 1) = 12.7: the raw interval is [-373, 503]
    assert (interval.low, interval.high) == (0, 100)
    assert interval.verdict == "undecided" and interval.mean == 64.5


def test_a_tight_interval_is_not_touched():
    interval = score_interval([70, 75, 80], 60)
    assert 60 < interval.low < 75 < interval.high < 90


@given(st.lists(st.floats(0, 100, allow_nan=False), min_size=2, max_size=30))
def test_interval_always_inside_the_scale(scores):
    interval = score_interval(scores)
    assert 0 <= interval.low <= interval.mean + 0.01 and interval.mean - 0.01 <= interval.high <= 100
