"""Manifests in the encodings and column names Chinese telephony systems produce; file-name patterns."""
from __future__ import annotations

import datetime as dt

import pytest

from qa_desktop.core.library.filename_pattern import FilenamePattern, PatternError
from qa_desktop.core.library.manifest import ManifestError, parse_duration, read_manifest
from qa_desktop.core.library.phone import hash_number, mask_number

SIMPLIFIED = ("录音文件,工号,坐席姓名,通话时间,主叫,呼叫类型,队列,方向,通话时长\n"
              "a.wav,1001,张伟,2026-11-20 09:30:01,13812345678,投诉,售后队列,呼入,95\n"
              "b.wav,1002,李娜,2026/11/20 10:05:00,+86 139-0000-1111,查询,咨询队列,呼出,1:35\n")
TRADITIONAL = ("錄音檔案,工號,坐席姓名,通話時間,主叫,呼叫類型,隊列,方向\n"
               "a.wav,2001,陳大文,2026-11-20 09:30:01,0912345678,投訴,客服隊列,呼入\n")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030"])
def test_simplified_chinese_csv_in_any_encoding(tmp_path, encoding):
    path = tmp_path / "manifest.csv"
    path.write_bytes(SIMPLIFIED.encode(encoding))
    manifest = read_manifest(path)
    assert manifest.columns["agent_code"] == "工号" and manifest.columns["caller"] == "主叫"
    first, second = manifest.rows
    assert first.values == {"file": "a.wav", "agent_code": "1001", "agent_name": "张伟",
                            "started_at": "2026-11-20 09:30:01", "caller": "13812345678", "call_type": "投诉",
                            "queue": "售后队列", "direction": "呼入", "duration": "95"}
    assert second.values["call_type"] == "查询" and second.line == 3


@pytest.mark.parametrize("encoding", ["big5", "cp950", "utf-8-sig"])
def test_traditional_chinese_csv_in_big5(tmp_path, encoding):
    path = tmp_path / "manifest.csv"
    path.write_bytes(TRADITIONAL.encode(encoding))
    manifest = read_manifest(path)
    row = manifest.rows[0].values
    assert row["agent_name"] == "陳大文" and row["call_type"] == "投訴" and row["queue"] == "客服隊列"
    assert row["file"] == "a.wav" and row["agent_code"] == "2001"


def test_english_columns_semicolons_and_xlsx(tmp_path):
    csv_path = tmp_path / "calls.csv"
    csv_path.write_text("File;Agent ID;Call Time;Caller;Call Type;Queue;Direction\n"
                        "x.mp3;A7;2026-11-19T08:00:00;555-1234;booking;Sales;outbound\n", encoding="utf-8")
    row = read_manifest(csv_path).rows[0].values
    assert row["agent_code"] == "A7" and row["call_type"] == "booking" and row["direction"] == "outbound"

    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["文件名", "工号", "通话时间", "客户号码", "通话时长"])
    sheet.append(["y.wav", 1003, dt.datetime(2026, 11, 18, 14, 0, 5), "13700001234", 61])
    xlsx = tmp_path / "calls.xlsx"
    workbook.save(xlsx)
    manifest = read_manifest(xlsx)
    values = manifest.rows[0].values
    assert values["file"] == "y.wav" and values["started_at"] == dt.datetime(2026, 11, 18, 14, 0, 5)
    assert values["customer_number"] == "13700001234" and values["agent_code"] == 1003


@pytest.mark.parametrize("content,needle", [
    (b"", "empty"),
    ("工号,姓名\n1001,张伟\n".encode("gbk"), "no column names the recording"),
    (b"\x00\x01\x02binary\x00junk" * 20, "not a CSV"),
])
def test_unusable_manifests_are_refused_with_a_reason(tmp_path, content, needle):
    path = tmp_path / "manifest.csv"
    path.write_bytes(content)
    with pytest.raises(ManifestError) as caught:
        read_manifest(path)
    assert needle in str(caught.value) and caught.value.code == "manifest_unreadable"
    with pytest.raises(ManifestError):
        read_manifest(tmp_path / "missing.csv")


def test_file_name_pattern():
    pattern = FilenamePattern.compile("{agent_id}_{date:%Y%m%d}_{time:%H%M%S}_{call_id}")
    assert pattern.parse("1001_20261120_093001_C0001") == {
        "agent_code": "1001", "external_id": "C0001", "started_at": dt.datetime(2026, 11, 20, 9, 30, 1)}
    assert pattern.parse("1001_20261320_093001_C1") is None  # month 13
    assert pattern.parse("notes") is None
    other = FilenamePattern.compile("{queue}-{agent}-{datetime:%Y-%m-%d %H.%M.%S}-{*}")
    assert other.parse("售后-A7-2026-11-20 09.30.01-xyz") == {
        "queue": "售后", "agent_code": "A7", "started_at": dt.datetime(2026, 11, 20, 9, 30, 1)}
    with pytest.raises(PatternError):
        FilenamePattern.compile("{agent_id}_{colour}")
    with pytest.raises(PatternError):
        FilenamePattern.compile("no fields at all")


def test_numbers_are_masked_and_hashed_with_a_key():
    assert mask_number("13812345678") == "138****5678"
    assert mask_number("+86 138-1234-5678") == "138****5678"
    assert mask_number("0912345678") == "091***5678"
    key = b"k" * 32
    assert hash_number("+86 138 1234 5678", key) == hash_number("13812345678", key)
    assert hash_number("13812345678", key) != hash_number("13812345678", b"x" * 32)
    assert parse_duration("00:01:35") == 95 and parse_duration("95") == 95 and parse_duration("61秒") == 61
