"""The targeted quota: calls the automatic checks found risks in join the week's sample on top of the
seed quotas, riskiest first, never beyond the rate cap."""
from __future__ import annotations

from sqlalchemy import select, update
from test_sampling_engine import _plan, _world

from qa_desktop.core.db.models import Assignment, Call
from qa_desktop.core.workflow.sampling import run_sample


def _risks(db, counts: dict[str, int]) -> dict[str, int]:
    def work(session):
        ids = {}
        for external_id, risks in counts.items():
            session.execute(update(Call).where(Call.external_id == external_id)
                            .values(risk_count=risks).execution_options(synchronize_session=False))
            ids[external_id] = session.scalar(select(Call.id).where(Call.external_id == external_id))
        return ids

    return db.write(work)


def test_risky_calls_fill_the_room_the_rate_cap_leaves_riskiest_first(any_db):
    _world(any_db)
    ids = _risks(any_db, {"G1-7": 3, "G3-11": 2, "P1-30": 1, "G2-40": 1})
    _plan(any_db)  # quotas take 10 of the 240 calls; the 5 % cap allows 12
    result = run_sample(any_db, "2026-W46", seed=7, assign=True)
    targeted = [c for c in result["calls"] if c["category"] == "targeted"]
    assert [c["external_id"] for c in targeted] == ["G1-7", "G3-11"]   # 3 risks, then 2; G1 is exempt as 'top'
    assert [c["risks"] for c in targeted] == [3, 2]
    assert result["selected"] == 12 == result["cap_calls"]
    with any_db.read() as session:
        categories = dict(session.execute(select(Assignment.call_id, Assignment.category)).all())
    assert categories[ids["G1-7"]] == categories[ids["G3-11"]] == "targeted"


def test_targeted_quota_is_the_plans(any_db):
    _world(any_db)
    _risks(any_db, {"G1-7": 3, "G3-11": 2})
    _plan(any_db, targeted=1)
    one = run_sample(any_db, "2026-W46", seed=7)
    assert [c["external_id"] for c in one["calls"] if c["category"] == "targeted"] == ["G1-7"]


def test_no_targeted_call_beyond_the_rate_cap(any_db):
    _world(any_db)
    _risks(any_db, {"G1-7": 3, "G3-11": 2})
    _plan(any_db, rate_cap=0.02)  # 4 of 240 calls: the quotas are trimmed already, no room left
    capped = run_sample(any_db, "2026-W46", seed=7)
    assert capped["period_calls"] == 240 and capped["selected"] == capped["cap_calls"] == 4
    assert all(c["category"] != "targeted" for c in capped["calls"])
