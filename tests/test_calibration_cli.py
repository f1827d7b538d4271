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
