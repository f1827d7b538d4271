"""``qa-desktop calibration stats``: an analyst's check of the statistics from a CSV file."""
from __future__ import annotations

import json
import math

import pytest

from qa_desktop import cli
from tests.test_calibration_agreement import KRIPPENDORFF_RELIABILITY_DATA


def write_long_csv(path, matrix, *, bom: bool, words=None):
    lines = ["unit,rater,value"]
    for o, row in enumerate(matrix):
        for u, v in enumerate(row):
            value = "" if math.isnan(v) else (words[int(v) - 1] if words else str(int(v)))
            lines.append(f"call-{u + 1},evaluator {o + 1},{value}")
    path.write_bytes(("\ufeff" if bom else "").encode() + "\r\n".join(lines).encode("utf-8") + b"\r\n")
    return path


@pytest.mark.parametrize("bom", [True, False])
@pytest.mark.parametrize("level, expected", [("nominal", 0.743), ("ordinal", 0.815), ("interval", 0.849)])
def test_stats_json_reproduces_krippendorffs_example(tmp_path, capsys, bom, level, expected):
    path = write_long_csv(tmp_path / "ratings.csv", KRIPPENDORFF_RELIABILITY_DATA, bom=bom)
    assert cli.main(["calibration", "stats", str(path), "--level", level, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["level"] == level and data["units"] == 12 and data["raters"] == 4
    assert data["missing"] == 48 - 41
    alpha = next(s for s in data["statistics"] if s["statistic"] == "alpha")
    assert round(alpha["value"], 3) == expected
    assert alpha["n_units"] == 11 and alpha["n_pairable"] == 40
    assert alpha["details"]["bootstrap"]["resamples"] == 1000 and alpha["details"]["bootstrap"]["ci95"]


def test_stats_text_names_every_statistic_and_its_reading(tmp_path, capsys):
    path = write_long_csv(tmp_path / "ratings.csv", KRIPPENDORFF_RELIABILITY_DATA, bom=True)
    assert cli.main(["calibration", "stats", str(path)]) == 0
    out = capsys.readouterr().out
    assert "level interval (guessed" in out
    assert "Krippendorff's alpha (interval): 0.849" in out
    assert "Percent agreement (within one scale point)" in out
    # unit 1 lacks evaluator 3 and units 10-12 miss someone: ICC works on the 8 complete calls
    assert "ICC(2,1): two-way random effects, absolute agreement" in out
    assert "4 unit(s) with a missing rating were left out" in out


def test_stats_ordinal_words_need_their_order(tmp_path, capsys):
    words = ["very low", "low", "mid", "high", "very high"]
    path = write_long_csv(tmp_path / "words.csv", KRIPPENDORFF_RELIABILITY_DATA, bom=False, words=words)
    assert cli.main(["calibration", "stats", str(path), "--level", "ordinal", "--json"]) == 0
    alpha = next(s for s in json.loads(capsys.readouterr().out)["statistics"] if s["statistic"] == "alpha")
    assert alpha["computable"] is False and "ordered list" in alpha["reason"]
    assert cli.main(["calibration", "stats", str(path), "--level", "ordinal", "--json",
                     "--order", ",".join(words)]) == 0
    alpha = next(s for s in json.loads(capsys.readouterr().out)["statistics"] if s["statistic"] == "alpha")
    assert round(alpha["value"], 3) == 0.815


def test_stats_identical_ratings_are_reported_not_computable(tmp_path, capsys):
    path = tmp_path / "same.csv"
    path.write_text("unit,rater,value\nc1,a,5\nc1,b,5\nc2,a,5\nc2,b,5\nc3,a,5\nc3,b,\n", encoding="utf-8")
    assert cli.main(["calibration", "stats", str(path), "--json"]) == 0
    stats = {s["statistic"]: s for s in json.loads(capsys.readouterr().out)["statistics"]}
    assert stats["alpha"]["computable"] is False and "identical" in stats["alpha"]["reason"]
    assert stats["icc"]["computable"] is False and stats["icc"]["value"] is None
    assert stats["percent_exact"]["value"] == 1.0


@pytest.mark.parametrize("content, message", [
    ("call,who,score\n1,a,3\n", "header must name the columns"),
    ("unit,rater,value\n1,a,3\n1,a,4\n", "rated unit '1' twice"),
    ("unit,rater,value\n", "no ratings"),
])
def test_stats_bad_files_fail_with_a_reason(tmp_path, capsys, content, message):
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    assert cli.main(["calibration", "stats", str(path)]) == 2
    assert message in capsys.readouterr().err


def test_stats_missing_file(tmp_path, capsys):
    assert cli.main(["calibration", "stats", str(tmp_path / "nope.csv")]) == 2
    assert "file not found" in capsys.readouterr().err


def test_sessions_consistency_and_self_check_commands(sqlite_db, capsys):
    from qa_desktop.core import evaluations
    from qa_desktop.core.calibration import sessions as cal
    from tests.test_calibration_consistency import past_evaluations
    from tests.test_calibration_sessions import answers, as_user, make_session, seed

    ids = seed(sqlite_db)
    session_id = make_session(sqlite_db, ids, call_ids=ids["calls"][:2])
    for n, values in enumerate([("yes", "yes", 4, 4), ("yes", "no", 3, 3)]):
        for login, shift in (("ann", 0), ("bo", 1), ("cai", 0), ("exp", 0)):
            as_user(sqlite_db, login)
            cal.save_answers(sqlite_db, session_id, ids["calls"][n], answers(*values[:2], values[2] + shift,
                                                                               values[3]), submit=True)
    db = ["--db", str(sqlite_db.path), "--user", "lead"]
    assert cli.main(["calibration", "sessions", *db]) == 0
    assert f"#{session_id} November calibration (open)" in capsys.readouterr().out
    assert cli.main(["calibration", "consistency", *db, "--json"]) == 0
    months = {r["login"]: r for r in json.loads(capsys.readouterr().out)["months"]}
    assert months["bo"]["vs_expert"]["mean_signed"] == pytest.approx(4.29, abs=0.01)
    assert months["ann"]["vs_expert"]["bias"] == "in_line"
    assert cli.main(["calibration", "consistency", *db, "--evaluator", "bo"]) == 0
    out = capsys.readouterr().out
    assert "Bo (bo)" in out and "Ann" not in out

    past_evaluations(sqlite_db, ids, "cai", 45, [("yes", "yes", 4, 4), ("no", "no", 1, 1)])
    assert cli.main(["calibration", "self-check", "cai", "--assign", "2", *db, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["assigned"]) == 2 and data["summary"]["pending"] == 2 and data["pairs"] == []
    as_user(sqlite_db, "cai")
    for check in data["assigned"]:
        evaluations.submit(sqlite_db, check, answers("yes", "yes", 4, 4))
    assert cli.main(["calibration", "self-check", "cai", *db]) == 0
    out = capsys.readouterr().out
    assert "2 self-check(s) compared, 0 pending" in out and "greeting no->yes" in out
    assert cli.main(["calibration", "self-check", "nobody", *db]) == 2
    assert "No user with the login 'nobody'" in capsys.readouterr().err


def test_stats_treat_nan_and_words_as_not_numbers(tmp_path, capsys):
    path = tmp_path / "odd.csv"
    path.write_text("unit,rater,value\nc1,a,3\nc1,b,nan\nc2,a,4\nc2,b,4\n", encoding="utf-8")
    assert cli.main(["calibration", "stats", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["level"] == "nominal"  # "nan" is a word here, not a number
    assert cli.main(["calibration", "stats", str(path), "--level", "interval", "--json"]) == 0
    alpha = next(s for s in json.loads(capsys.readouterr().out)["statistics"] if s["statistic"] == "alpha")
    assert not alpha["computable"] and "'nan'" in alpha["reason"]
