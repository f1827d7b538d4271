"""The one door every sheet writer uses for cell values: text stays text, customer numbers are masked."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest
from openpyxl import Workbook, load_workbook

from qa_desktop.core.errors import ValidationError
from qa_desktop.core.reports.period import ReportPeriod
from qa_desktop.core.reports.privacy import mask_customer_numbers
from qa_desktop.core.reports.stats import ScoreStats, competition_ranks, round_cents
from qa_desktop.core.reports.xlsx_style import Column, TableWriter, display_width, safe_cell

ATTACKS = ['=cmd|" /C calc"!A0', "+1+1", "-2+3", "@SUM(1,2)", "=HYPERLINK(\"http://x\",\"y\")", "\t=1+1"]


def test_formula_like_text_is_written_as_text(tmp_path):
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("S")
    writer = TableWriter(wb, ws, [Column("Name"), Column("Note", "free"), Column("Score", "score"),
                                  Column("Answer", "clean")])
    for text in ATTACKS:
        writer.append([text, f"{text} call 13812345678", Decimal("85.50"), text])
    writer.finish()
    wb.save(tmp_path / "s.xlsx")
    back = load_workbook(tmp_path / "s.xlsx")["S"]
    for row, text in enumerate(ATTACKS, start=2):
        name, note, score = back.cell(row, 1), back.cell(row, 2), back.cell(row, 3)
        assert name.value == text and name.data_type == "s"
        assert note.data_type == "s" and note.value == f"{text} call 138****5678"
        assert score.value == 85.5 and score.number_format == "0.00"
        assert back.cell(row, 4).value == text and back.cell(row, 4).data_type == "s"
    assert back.cell(2, 1).quotePrefix  # Excel keeps it text even when the cell is edited


def test_safe_cell_keeps_plain_values_plain():
    ws = Workbook(write_only=True).create_sheet("S")
    assert safe_cell(ws, "王小明") == "王小明"
    assert safe_cell(ws, None) is None
    assert safe_cell(ws, 3) == 3
    assert safe_cell(ws, "bad\x07bell") == "badbell"   # XML cannot carry control characters
    assert safe_cell(ws, dt.date(2026, 10, 1)).number_format == "yyyy-mm-dd"


@pytest.mark.parametrize("text, masked", [
    ("回电 13812345678", "回电 138****5678"),
    ("+86 138 1234 5678", "+86 1** **** 5678"),
    ("tel 010-62345678 ext", "tel 010-****5678 ext"),
    ("on 2026-10-15, score 85.50, 工号 1008", "on 2026-10-15, score 85.50, 工号 1008"),
    ("138****5678", "138****5678"),
])
def test_customer_numbers_are_masked(text, masked):
    assert mask_customer_numbers(text) == masked


def test_widths_count_chinese_as_two():
    assert display_width("abc") == 3 and display_width("质检员") == 6 and display_width("ＡＢ") == 4


def test_rounding_is_half_up_once():
    assert round_cents(Fraction(160005, 2000)) == Decimal("80.00")   # 80.0025 → 80.00
    assert round_cents(Fraction(80005, 1000)) == Decimal("80.01")     # 80.005 → 80.01 (float: 80.00)
    assert round_cents(Fraction(-80005, 1000)) == Decimal("-80.01")
    stats = ScoreStats()
    for value in ("80.00", "80.01"):
        stats.add(Decimal(value), "good")
    assert stats.average == Decimal("80.01") and stats.low == Decimal("80.00") and stats.high == Decimal("80.01")
    low, high = stats.interval()
    assert low < Decimal("80.005") < high
    assert competition_ranks({1: Decimal(90), 2: Decimal(95), 3: Decimal(90), 4: None}) == {2: 1, 1: 2, 3: 2}


def test_periods_in_local_time():
    october = ReportPeriod.month("2026-10", "Asia/Shanghai")
    assert october.start_utc == dt.datetime(2026, 9, 30, 16) and october.end_utc == dt.datetime(2026, 10, 31, 16)
    assert october.previous().label == "2026-09" and [p.label for p in october.recent(3)] == \
        ["2026-08", "2026-09", "2026-10"]
    week = ReportPeriod.week("2026-W46")
    assert week.first_day == dt.date(2026, 11, 9) and week.last_day == dt.date(2026, 11, 15)
    assert ReportPeriod.week("2027-W01").previous().label == "2026-W53"
    with pytest.raises(ValidationError):
        ReportPeriod.month("2026-13")
