"""Agreement statistics against published worked examples, and honest refusals on bad data."""
from __future__ import annotations

import json
import math
import re

import numpy as np
import pytest

from qa_desktop.core.calibration.agreement import (
    RatingTable,
    all_statistics,
    fleiss_kappa,
    fleiss_kappa_from_counts,
    icc,
    icc_forms,
    icc_mean_squares,
    krippendorff_alpha,
    percent_agreement,
)

NAN = math.nan

# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", p. 8: 4 observers × 12 units,
# the example also used in the krippendorff package's docstring (nominal .743, ordinal .815, interval .849).
KRIPPENDORFF_RELIABILITY_DATA = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, NAN, NAN, NAN],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, NAN, 3],
    [NAN, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, NAN],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, NAN],
]

# Shrout & Fleiss (1979), Table 2: 6 targets × 4 judges.
SHROUT_FLEISS = [[9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7]]

# Fleiss (1971): 10 subjects, 14 raters, 5 categories; kappa = 0.210.
FLEISS_1971 = [[0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
               [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7]]


def observers_by_unit(matrix):
    """Rows = observers, columns = units → {unit: {observer: value}}."""
    return {f"u{u + 1}": {f"obs{o + 1}": (None if math.isnan(row[u]) else row[u]) for o, row in enumerate(matrix)}
            for u in range(len(matrix[0]))}


@pytest.mark.parametrize("level, expected", [("nominal", 0.743), ("ordinal", 0.815), ("interval", 0.849),
                                             ("ratio", 0.797)])
def test_alpha_matches_krippendorffs_worked_example(level, expected):
    result = krippendorff_alpha(observers_by_unit(KRIPPENDORFF_RELIABILITY_DATA), level)
    assert result.computable
    assert round(result.value, 3) == expected
    # unit 12 has a single rating, so 11 units and n = 3 + 8×4 + 3 + 2 = 40 pairable values (as in the paper)
    assert result.n_units == 11
    assert result.n_raters == 4
    assert result.n_pairable == 40


def test_alpha_readings_use_krippendorffs_thresholds():
    ordinal = krippendorff_alpha(observers_by_unit(KRIPPENDORFF_RELIABILITY_DATA), "ordinal")
    assert ordinal.band == "good" and "reliable" in ordinal.reading
    nominal = krippendorff_alpha(observers_by_unit(KRIPPENDORFF_RELIABILITY_DATA), "nominal")
    assert nominal.band == "moderate" and "tentative" in nominal.reading
    assert "Krippendorff" in nominal.threshold_source and "0.667" in nominal.threshold_source


def test_alpha_on_words_with_an_ordered_scale():
    words = ["very low", "low", "mid", "high", "very high"]
    data = {u: {o: (None if v is None else words[int(v) - 1]) for o, v in by.items()}
            for u, by in observers_by_unit(KRIPPENDORFF_RELIABILITY_DATA).items()}
    assert round(krippendorff_alpha(data, "nominal").value, 3) == 0.743
    assert round(krippendorff_alpha(data, "ordinal", value_order=words).value, 3) == 0.815
    refused = krippendorff_alpha(data, "interval")
    assert not refused.computable and "numeric" in refused.reason


def test_icc_matches_shrout_and_fleiss_table():
    forms = icc_forms(np.array(SHROUT_FLEISS, dtype=float))
    published = {"ICC(1,1)": 0.17, "ICC(2,1)": 0.29, "ICC(3,1)": 0.71,
                 "ICC(1,k)": 0.44, "ICC(2,k)": 0.62, "ICC(3,k)": 0.91}
    assert {name: round(value, 2) for name, value in forms.items()} == published
    ms = icc_mean_squares(np.array(SHROUT_FLEISS, dtype=float))
    # Shrout & Fleiss Table 3 mean squares
    assert (round(ms["BMS"], 2), round(ms["WMS"], 2), round(ms["JMS"], 2), round(ms["EMS"], 2)) == \
        (11.24, 6.26, 32.49, 1.02)


def test_icc_result_names_the_form_and_reads_with_koo_and_li():
    data = {t: {j: v for j, v in enumerate(row)} for t, row in enumerate(SHROUT_FLEISS)}
    default = icc(data)
    assert default.details["form"] == "ICC(2,1)"
    assert "two-way random effects, absolute agreement" in default.label
    assert round(default.value, 2) == 0.29 and default.band == "poor"
    assert "Koo" in default.threshold_source and "Shrout" in default.threshold_source
    consistency = icc(data, "ICC(3,k)")
    assert round(consistency.value, 2) == 0.91 and consistency.band == "excellent"
    assert icc(data, "ICC(3,1)").band == "moderate"
    assert (default.n_units, default.n_raters, default.n_pairable) == (6, 4, 24)


def test_icc_uses_complete_cases_and_says_how_many_were_dropped():
    data = {t: {j: v for j, v in enumerate(row)} for t, row in enumerate(SHROUT_FLEISS)}
    data[6] = {0: 5, 1: None, 2: 4, 3: 6}
    data[7] = {0: 8, 2: 7}
    result = icc(data)
    assert result.computable and round(result.value, 2) == 0.29
    assert result.details["units_dropped_incomplete"] == 2
    assert "2 unit(s) with a missing rating were left out" in result.reading


def test_fleiss_kappa_matches_fleiss_1971():
    assert round(fleiss_kappa_from_counts(np.array(FLEISS_1971)), 3) == 0.210
    # the same data as ratings: 14 raters per subject
    data = {}
    for s, row in enumerate(FLEISS_1971):
        ratings = [c for c, count in enumerate(row) for _ in range(count)]
        data[s] = {r: f"cat{c}" for r, c in enumerate(ratings)}
    result = fleiss_kappa(data)
    assert round(result.value, 3) == 0.210 and result.band == "poor"
    assert "fair agreement" in result.reading and "below the 0.7 target" in result.reading


def test_percent_agreement_counts_pairs():
    data = {"c1": {"a": 3, "b": 3, "c": 3}, "c2": {"a": 3, "b": 4, "c": 1}, "c3": {"a": "2", "b": 2.0}}
    exact = percent_agreement(data)
    # c1: 3 of 3 pairs, c2: 0 of 3, c3: 1 of 1 → 4/7
    assert exact.value == pytest.approx(4 / 7) and exact.details["units_all_agree"] == 2
    within = percent_agreement(data, within=1)
    # c2: (3,4) ok, (3,1) no, (4,1) no → 5/7
    assert within.value == pytest.approx(5 / 7) and within.band == "poor"
    assert exact.band == "poor" and "85%" in exact.reading and "chance" in exact.reading
    close = percent_agreement({"c1": {"a": 3, "b": 4}, "c2": {"a": 2, "b": 2}}, within=1)
    assert close.value == 1 and close.band == "good" and "meets" in close.reading


@pytest.mark.parametrize("data, reason", [
    ({"c1": {"a": 1}, "c2": {"a": 2}}, "at least two raters"),
    ({"c1": {"a": 1, "b": 2}, "c2": {"a": 2}}, "at least two units"),
    ({"c1": {"a": 4, "b": 4}, "c2": {"a": 4, "b": 4}, "c3": {"a": 4, "b": 4}}, "identical"),
    ({"c1": {"a": 1, "b": None}, "c2": {"a": None, "b": 2}, "c3": {"a": 3, "b": ""}}, "missing"),
])
def test_alpha_refuses_to_give_a_misleading_number(data, reason):
    result = krippendorff_alpha(data, "interval")
    assert not result.computable and result.value is None
    assert reason in result.reason and result.reading.startswith("Not computable")


@pytest.mark.parametrize("data, reason", [
    ({"c1": {"a": 1}, "c2": {"a": 2}}, "at least two raters"),
    ({"c1": {"a": 1, "b": 2}, "c2": {"a": 2, "b": None}}, "dropped for missing"),
    ({"c1": {"a": 80, "b": 80}, "c2": {"a": 80, "b": 80}}, "identical"),
    ({"c1": {"a": "yes", "b": "no"}, "c2": {"a": "no", "b": "no"}}, "numeric"),
])
def test_icc_refuses_to_give_a_misleading_number(data, reason):
    result = icc(data)
    assert not result.computable and result.value is None and reason in result.reason


def test_everything_serialises_to_json():
    table = RatingTable.from_long((u, r, v) for u, by in observers_by_unit(KRIPPENDORFF_RELIABILITY_DATA).items()
                                  for r, v in by.items())
    for level in ("nominal", "ordinal", "interval", "ratio"):
        results = all_statistics(table, level)
        text = json.dumps([r.to_dict() for r in results])
        assert "NaN" not in text
    statistics = {r.statistic for r in all_statistics(table, "interval")}
    assert statistics == {"percent_exact", "percent_within_one", "alpha", "icc"}


def test_alpha_matches_the_three_coder_example_with_many_missing_values():
    # krippendorff package docstring / Wikipedia: 3 coders, 15 units, most cells missing
    data = [[NAN, NAN, NAN, NAN, NAN, 3, 4, 1, 2, 1, 1, 3, 3, NAN, 3],
            [1, NAN, 2, 1, 3, 3, 4, 3, NAN, NAN, NAN, NAN, NAN, NAN, NAN],
            [NAN, NAN, 2, 1, 3, 4, 4, NAN, 2, 1, 1, 3, 3, NAN, 4]]
    table = observers_by_unit(data)
    assert round(krippendorff_alpha(table, "nominal").value, 6) == 0.691358
    assert round(krippendorff_alpha(table, "interval").value, 6) == 0.810845
    # units 1, 2 and 14 have fewer than two ratings: 12 units enter, as in the worked example
    assert krippendorff_alpha(table, "nominal").n_units == 12


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

matrices = st.integers(min_value=3, max_value=8).flatmap(
    lambda n: st.integers(min_value=2, max_value=5).flatmap(
        lambda k: st.lists(st.lists(st.integers(min_value=0, max_value=100), min_size=k, max_size=k),
                           min_size=n, max_size=n)))


@settings(max_examples=60, deadline=None)
@given(matrices, st.integers(min_value=1, max_value=30))
def test_icc_forms_behave_as_their_definitions_say(rows, shift):
    data = {u: {r: v for r, v in enumerate(row)} for u, row in enumerate(rows)}
    base = icc(data, "ICC(3,1)")
    if not base.computable:
        assert base.value is None and base.reason
        return
    forms = base.details["forms"]
    # a rater who is uniformly harsher leaves consistency (ICC 3) unchanged, and never raises agreement (ICC 2)
    shifted = {u: {r: v + (shift if r == 0 else 0) for r, v in by.items()} for u, by in data.items()}
    moved = icc(shifted, "ICC(3,1)").details["forms"]
    if forms["ICC(3,1)"] is not None and moved["ICC(3,1)"] is not None:
        assert moved["ICC(3,1)"] == pytest.approx(forms["ICC(3,1)"], abs=1e-6)
    # the order of raters and units does not matter
    reordered = {u: {r: data[u][r] for r in reversed(list(data[u]))} for u in reversed(list(data))}
    assert icc(reordered, "ICC(2,1)").value == pytest.approx(icc(data, "ICC(2,1)").value, abs=1e-9)
    for value in forms.values():
        assert value is None or value <= 1 + 1e-9


@settings(max_examples=60, deadline=None)
@given(matrices)
def test_alpha_and_percent_agreement_do_not_depend_on_order(rows):
    data = {u: {r: v % 4 for r, v in enumerate(row)} for u, row in enumerate(rows)}
    reordered = {u: {r: data[u][r] for r in reversed(list(data[u]))} for u in reversed(list(data))}
    for level in ("nominal", "ordinal", "interval"):
        a, b = krippendorff_alpha(data, level), krippendorff_alpha(reordered, level)
        assert a.computable == b.computable
        if a.computable:
            assert a.value == pytest.approx(b.value, abs=1e-9) and a.value <= 1 + 1e-9
        else:
            assert "identical" in a.reason
    assert percent_agreement(data).value == pytest.approx(percent_agreement(reordered).value)


def test_icc_without_valid_estimate_is_not_a_number_above_one():
    # every call has the same mean total while the two raters disagree: no between-call variance
    data = {0: {"a": 0, "b": 1}, 1: {"a": 0, "b": 1}, 2: {"a": 1, "b": 0}}
    average = icc(data, "ICC(2,k)")
    assert not average.computable and "calls differ less than the raters disagree" in average.reason
    single = icc(data, "ICC(1,1)")
    assert single.value == pytest.approx(-1.0) and single.band == "poor"


def test_icc_confidence_intervals_on_shrout_and_fleiss_data():
    from qa_desktop.core.calibration.agreement import icc_confidence_intervals

    matrix = np.array(SHROUT_FLEISS, dtype=float)
    intervals = icc_confidence_intervals(matrix, icc_forms(matrix))
    rounded = {name: tuple(round(x, 2) for x in ci) for name, ci in intervals.items()}
    # ICC(1,1): NAG g04gac published example, 95% CI -0.13 to 0.72; the others as R psych::ICC(sf) reports
    assert rounded == {"ICC(1,1)": (-0.13, 0.72), "ICC(2,1)": (0.02, 0.76), "ICC(3,1)": (0.34, 0.95),
                       "ICC(1,k)": (-0.88, 0.91), "ICC(2,k)": (0.07, 0.93), "ICC(3,k)": (0.68, 0.99)}
    data = {t: {j: v for j, v in enumerate(row)} for t, row in enumerate(SHROUT_FLEISS)}
    result = icc(data)
    assert "95% confidence interval 0.02 to 0.76 (from poor to good)" in result.reading
    assert result.details["ci95"]["ICC(2,1)"] == pytest.approx([0.02, 0.76], abs=0.005)


def test_alpha_bootstrap_interval_is_reproducible_and_narrows_with_more_calls():
    table = observers_by_unit(KRIPPENDORFF_RELIABILITY_DATA)
    first = krippendorff_alpha(table, "interval", bootstrap=400)
    again = krippendorff_alpha(table, "interval", bootstrap=400)
    interval = first.details["bootstrap"]["ci95"]
    assert interval == again.details["bootstrap"]["ci95"]  # fixed seed
    assert interval[0] < first.value <= interval[1] <= 1
    assert "95% bootstrap interval" in first.reading and "Zapf" in first.threshold_source
    # the same pattern over four times as many calls: the point estimate stays, the interval tightens
    bigger = {f"{copy}-{unit}": by for copy in range(4) for unit, by in table.items()}
    wide = krippendorff_alpha(bigger, "interval", bootstrap=400)
    low, high = wide.details["bootstrap"]["ci95"]
    assert high - low < interval[1] - interval[0]
    assert krippendorff_alpha(table, "interval").details.get("bootstrap") is None  # only when asked


@settings(max_examples=40, deadline=None)
@given(matrices, st.integers(min_value=0, max_value=2**31))
def test_fast_interval_alpha_equals_the_package(rows, seed):
    import krippendorff as package

    from qa_desktop.core.calibration.agreement import interval_alpha

    matrix = np.array(rows, dtype=float).T  # raters × units
    holes = np.random.default_rng(seed).random(matrix.shape) < 0.2
    matrix[holes] = np.nan
    present = matrix[~np.isnan(matrix)]
    pairable = (~np.isnan(matrix)).sum(axis=0) >= 2
    if pairable.sum() == 0 or len(np.unique(matrix[:, pairable][~np.isnan(matrix[:, pairable])])) < 2 \
            or len(np.unique(present)) < 2:
        return
    expected = package.alpha(reliability_data=matrix, level_of_measurement="interval")
    assert interval_alpha(matrix) == pytest.approx(expected, abs=1e-9)


def _every_kind_of_result():
    """Results of every statistic, computable and refused, that together use every reading's part."""
    rows = {u: {r: v for r, v in enumerate(row)} for u, row in enumerate(
        [[9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7]])}
    few = {"c1": {"a": 3, "b": 4}, "c2": {"a": 2, "b": 2}, "c3": {"a": 5, "b": 1}}
    words = {"c1": {"a": "yes", "b": "no"}, "c2": {"a": "no", "b": "no"}}
    yield from all_statistics(rows, "interval", bootstrap=40)
    yield from all_statistics(few, "ordinal")
    yield from all_statistics({"c1": {"a": "yes", "b": "yes"}, "c2": {"a": "no", "b": "no"},
                               "c3": {"a": "yes", "b": "no", "c": "yes"}}, "nominal")
    yield icc({**few, "c4": {"a": 3}})
    for data in ({"c1": {"a": 1}}, {"c1": {"a": 1, "b": 2}, "c2": {"a": 2}}, words,
                 {"c1": {"a": 4, "b": 4}, "c2": {"a": 4, "b": 4}}, {"c1": {"a": 1, "b": None}, "c2": {"a": 2}}):
        yield percent_agreement(data, within=1)
        for level in ("nominal", "ordinal", "interval", "ratio"):
            yield krippendorff_alpha(data, level)
        yield icc(data)
        yield fleiss_kappa(data)
    yield krippendorff_alpha({"c1": {"a": -1, "b": 2}, "c2": {"a": 1, "b": 2}}, "ratio")
    yield fleiss_kappa({"c1": {"a": "y", "b": "y"}, "c2": {"a": "y", "b": "y", "c": "n"}})


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW"])
def test_readings_and_refusals_read_in_chinese_and_the_same_in_english(lang):
    from ui_text_walk import latin_words

    from qa_desktop.core.calibration.readings import reading_in, reason_in

    seen = set()
    for result in _every_kind_of_result():
        data = json.loads(json.dumps(result.to_dict()))  # as a report carries it
        assert reading_in(data, "en") == result.reading and reason_in(data, "en") == result.reason
        shown = reading_in(data, lang)
        assert shown and shown != result.reading
        # a rating quoted as it was given ('yes') is the data's own; "ICC(2,1)", α and κ name the statistics
        assert latin_words(re.sub(r"'[^']*'", "", shown)) == [], shown
        if not result.computable:
            assert shown.endswith(reason_in(data, lang))
        seen |= {key for key, _ in result.wording}
    assert {"reading.bootstrap", "reading.few_units", "reading.icc_dropped", "reading.percent_meets",
            "reading.percent_below", "reading.kappa", "reason.two_raters", "reason.level_numeric"} <= seen


def test_every_reason_and_reading_part_the_statistics_name_is_in_the_catalogue():
    import ast
    from pathlib import Path

    from qa_desktop.core import texts

    source = (Path(__file__).resolve().parent.parent / "qa_desktop" / "core" / "calibration" / "agreement.py"
              ).read_text(encoding="utf-8")
    named = {f"reason.{node.args[2].value}" for node in ast.walk(ast.parse(source))
             if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "_not_computable"
             and isinstance(node.args[2], ast.Constant)}
    named |= set(re.findall(r'"((?:reading|reason)\.[a-z_]+)"', source))
    assert len(named) > 20
    assert sorted(key for key in named if not texts.has(f"agreement.{key}")) == []
