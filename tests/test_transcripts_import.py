"""Transcript import: the platforms' real export shapes, GBK, matching to calls, idempotence, bad files."""
from __future__ import annotations

import json

from sqlalchemy import select

from qa_desktop.cli import main
from qa_desktop.core.db.models import Call, CallTranscript
from qa_desktop.core.library.catalogue import list_calls
from qa_desktop.core.transcripts.store import load_transcripts
from tests.transcript_files import (
    SPEAKER_VTT,
    TRANSCRIPT_CSV,
    alibaba_json,
    gbk_srt_pair,
)


def _calls(database, *keys):
    def work(session):
        calls = [Call(external_id=key, recording_path=f"//share/rec/{key}.wav") for key in keys]
        session.add_all(calls)
        session.flush()
        return [c.id for c in calls]

    return database.write(work)


def _run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr().out
    return code, out


def test_alibaba_json_and_gbk_srt_pair_import_by_file_name(sqlite_db, tmp_path, capsys):
    ali_id, srt_id = _calls(sqlite_db, "20261201-000123", "20261201-000124")
    folder = tmp_path / "transcripts"
    folder.mkdir()
    alibaba_json(folder / "20261201-000123.json")
    gbk_srt_pair(folder, "20261201-000124")
    code, out = _run(capsys, "--db", str(tmp_path / "qa.sqlite3"), "transcripts", "import", str(folder), "--json")
    report = json.loads(out)
    assert code == 0, report
    assert report["files"] == 3 and report["calls"] == 2 and report["added"] == 4 and not report["problems"]

    lines = load_transcripts(sqlite_db, ali_id)
    assert [line.side for line in lines[:2]] == ["agent", "customer"]  # ChannelId 0 is the agent by default
    assert lines[0].start_s == 0.6 and lines[0].end_s == 4.2 and "公号1023" in lines[0].text
    srt = load_transcripts(sqlite_db, srt_id)
    assert [(line.side, line.start_s) for line in srt[:3]] == [("agent", 0.5), ("customer", 4.2), ("agent", 8.2)]
    assert srt[0].text == "您好,公号2046为您服务"  # read as GBK, not mojibake

    # Importing again changes nothing; the library search finds the call by what was said.
    code, out = _run(capsys, "--db", str(tmp_path / "qa.sqlite3"), "transcripts", "import", str(folder), "--json")
    again = json.loads(out)
    assert code == 0 and again["unchanged"] == 4 and again["added"] == again["replaced"] == 0
    with sqlite_db.read() as session:
        assert session.query(CallTranscript).count() == 4
    assert [c["external_id"] for c in list_calls(sqlite_db, "快递三天")] == ["20261201-000124"]


def test_speaker_labelled_vtt_csv_with_chinese_headers_and_a_manifest(sqlite_db, tmp_path):
    from qa_desktop.core.transcripts.importer import import_transcripts

    vtt_id, a_id, b_id, m_id = _calls(sqlite_db, "C-9001", "C-9002", "C-9003", "C-9004")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "C-9001.vtt").write_text(SPEAKER_VTT, encoding="utf-8")
    (folder / "export.csv").write_bytes(TRANSCRIPT_CSV.format(a="C-9002", b="C-9003").encode("gbk"))
    alibaba_json(folder / "task_7f3a.json")  # the platform's task id as the name: only the manifest knows
    manifest = tmp_path / "清单.csv"
    manifest.write_bytes("文件名,通话ID\ntask_7f3a.json,C-9004\n".encode("gbk"))
    report = import_transcripts(sqlite_db, folder, manifest=manifest)
    assert not report.problems, report.to_dict()
    assert report.calls == {vtt_id, a_id, b_id, m_id}
    vtt = load_transcripts(sqlite_db, vtt_id)
    assert [(line.side, line.text) for line in vtt] == [
        ("agent", "您好,工号3301为您服务"), ("customer", "我要投诉,你们态度太差了"),
        ("agent", "你听不懂吗,我不是说了吗")]
    csv_lines = load_transcripts(sqlite_db, a_id)
    assert [(line.side, line.start_s, line.end_s) for line in csv_lines] == [
        ("agent", 0.5, 3.2), ("customer", 3.6, 7.0), ("agent", 7.4, 9.9)]
    assert len(load_transcripts(sqlite_db, m_id)) == 11


def test_each_bad_file_is_one_report_line_and_the_rest_is_imported(sqlite_db, tmp_path, capsys):
    (good_id,) = _calls(sqlite_db, "GOOD-1")
    folder = tmp_path / "mixed"
    folder.mkdir()
    alibaba_json(folder / "GOOD-1.json")
    (folder / "broken.json").write_text('{"TaskId": "x", "StatusText": "FILE_DOWNLOAD_FAILED"}', encoding="utf-8")
    (folder / "truncated.json").write_text('{"Result": {"Sentences": [', encoding="utf-8")
    (folder / "UNKNOWN-7_agent.srt").write_text("1\n00:00:01,000 --> 00:00:02,000\n您好\n", encoding="utf-8")
    (folder / "GOOD-1.srt").write_text("1\n00:00:01,000 --> 00:00:02,000\n您好\n", encoding="utf-8")
    (folder / "bad.srt").write_bytes(b"\x00\xff\xfe\x00garbage")
    code, out = _run(capsys, "--db", str(tmp_path / "qa.sqlite3"), "transcripts", "import", str(folder), "--json")
    report = json.loads(out)
    assert code == 1
    by_file = {p["file"].rsplit("/", 1)[-1]: p["code"] for p in report["problems"]}
    assert by_file == {"broken.json": "unreadable", "truncated.json": "unreadable", "UNKNOWN-7_agent.srt": "no_call",
                       "GOOD-1.srt": "no_side", "bad.srt": "unreadable"}
    assert report["added"] == 2
    with sqlite_db.read() as session:
        assert session.scalars(select(CallTranscript.side).where(CallTranscript.call_id == good_id)).all()


def test_tencent_cloud_recording_recognition_json_is_read_too(sqlite_db, tmp_path):
    from qa_desktop.core.transcripts.importer import import_transcripts

    (call_id,) = _calls(sqlite_db, "TC-1")
    response = {"Response": {"RequestId": "x", "Data": {"TaskId": 1, "Status": 2, "StatusStr": "success",
                "ResultDetail": [
                    {"FinalSentence": "您好,工号8001为您服务", "StartMs": 500, "EndMs": 3100, "SpeakerId": 0,
                     "SpeechSpeed": 4.2, "SilenceTime": 0, "EmotionType": []},
                    {"FinalSentence": "我的账单不对", "StartMs": 3500, "EndMs": 5200, "SpeakerId": 1}]}}}
    (tmp_path / "TC-1.json").write_text(json.dumps(response, ensure_ascii=False), encoding="utf-8")
    report = import_transcripts(sqlite_db, tmp_path)
    assert not report.problems
    assert [(line.side, line.start_s, line.text) for line in load_transcripts(sqlite_db, call_id)] == [
        ("agent", 0.5, "您好,工号8001为您服务"), ("customer", 3.5, "我的账单不对")]


def test_a_transcript_named_like_the_recording_finds_its_call(sqlite_db, tmp_path):
    from qa_desktop.core.transcripts.importer import import_transcripts

    def work(session):
        call = Call(external_id=None, recording_path="\\\\nas01\\rec\\1001_20261120_093000_C7.wav")
        session.add(call)
        session.flush()
        return call.id

    call_id = sqlite_db.write(work)
    (tmp_path / "1001_20261120_093000_C7_left.srt").write_text(
        "1\n00:00:00,800 --> 00:00:02,500\n您好,1001号为您服务\n", encoding="utf-8")
    (tmp_path / "1001_20261120_093000_C7_right.srt").write_text(
        "1\n00:00:03,000 --> 00:00:04,000\n你好\n", encoding="utf-8")
    report = import_transcripts(sqlite_db, tmp_path)
    assert not report.problems and report.calls == {call_id}
    assert [line.side for line in load_transcripts(sqlite_db, call_id)] == ["agent", "customer"]
