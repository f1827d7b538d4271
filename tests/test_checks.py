"""Automatic checks: form rules validated and bounded, tolerant phrase matching, prohibited words with
their time, audio facts, and ``qa-desktop screen`` on imported real-shaped transcripts."""
from __future__ import annotations

import json

import pytest

from qa_desktop.cli import main
from qa_desktop.core.checks.matching import PhraseMatcher, ProhibitedWords
from qa_desktop.core.checks.run import suggest
from qa_desktop.core.db.models import Call
from qa_desktop.core.scoring import FormInvalid, default_form
from qa_desktop.core.scoring.form import FormDefinition
from qa_desktop.core.transcripts.formats import read_transcript_file
from qa_desktop.core.transcripts.store import TranscriptLine
from tests.transcript_files import alibaba_json, gbk_srt_pair


def _form(checks, item_type="yes_no"):
    return {"format": 1, "code": "f", "name": {"en": "F"}, "sections": [
        {"code": "s", "title": {"en": "S"}, "items": [
            {"code": "greet", "type": item_type, "text": {"en": "Greeting"}, "checks": checks}]}]}


@pytest.mark.parametrize("check, message", [
    ({"kind": "said", "phrases": ["工号"], "similarity": 120}, "similarity"),
    ({"kind": "said", "phrases": ["工号"], "at": "start", "within_s": 0}, "within_s"),
    ({"kind": "said", "phrases": ["工号"], "at": "middle"}, "'at'"),
    ({"kind": "said", "phrases": []}, "phrases"),
    ({"kind": "said", "phrases": ["x" * 41]}, "phrase"),
    ({"kind": "said", "phrases": ["工号"], "by": "robot"}, "'by'"),
    ({"kind": "audio", "fact": "agent_talk_ratio", "max": 1.5}, "max"),
    ({"kind": "audio", "fact": "dead_air_s"}, "max"),
    ({"kind": "audio", "fact": "loudness", "max": 3}, "audio fact"),
    ({"kind": "sentiment"}, "kind"),
    ({"kind": "not_said", "phrases": ["滚"], "at": "start"}, "unknown field"),
])
def test_form_rejects_unbounded_or_malformed_checks(check, message):
    with pytest.raises(FormInvalid, match=message):
        FormDefinition.from_dict(_form([check]))


def test_null_numbers_of_a_phrase_check_mean_not_given():
    # A form file written by another tool may carry null for a setting it leaves alone: it takes the
    # default, as a null 'min'/'max' means no bound (it used to crash the reader with a TypeError).
    form = FormDefinition.from_dict(_form([{"kind": "said", "phrases": ["工号"], "at": "start",
                                            "within_s": None, "hold_over_s": None, "similarity": None}]))
    check = form.sections[0].items[0].checks[0]
    assert (check.within_s, check.hold_over_s, check.similarity) == (15.0, 10.0, 85)
    assert FormDefinition.from_dict(form.to_dict()).to_dict() == form.to_dict()


def test_checks_only_on_yes_no_items_and_survive_a_round_trip():
    with pytest.raises(FormInvalid, match="only yes/no items"):
        FormDefinition.from_dict({**_form([]), "sections": [{"code": "s", "title": {"en": "S"}, "items": [
            {"code": "tone", "type": "scale", "text": {"en": "Tone"}, "options": [{"value": 0}, {"value": 2}],
             "checks": [{"kind": "not_said", "phrases": ["滚"]}]}]}]})
    form = default_form()
    assert FormDefinition.from_dict(form.to_dict()).to_dict() == form.to_dict()
    checked = [item.code for _, item in form.items() if item.checks]
    assert {"greeting_id", "hold_phrase", "return_phrase", "anything_else", "closing_phrase",
            "polite_no_rudeness", "clear_answer", "handling_time"} <= set(checked)


def test_recognition_errors_and_dropped_particles_still_match():
    assert PhraseMatcher(["工号"]).matches("您好,很高兴为您服务,公号1023")      # homophone
    assert PhraseMatcher(["对不起,请稍等"]).matches("对不起请烧等")              # 稍 → 烧
    assert PhraseMatcher(["让您久等了"]).matches("好的让您久等")                 # 了 dropped
    assert PhraseMatcher(["请问您还有什么问题吗"]).matches("好的请问还有什么问题呢")  # 您 dropped, 吗 → 呢
    assert not PhraseMatcher(["请问您还有什么问题吗"]).matches("您好请问有什么可以帮您")
    assert not PhraseMatcher(["工号"]).matches("您好,很高兴为您服务")
    assert not PhraseMatcher(["请稍等"]).matches("好的我帮您查一下")


def test_prohibited_words_in_one_pass_by_sound_for_long_words():
    words = ProhibitedWords(["你听不懂吗", "没办法", "不归我们管", "这不归我们管"])
    assert words.find("这个我也没办法,这不归我们管") == ["没办法", "这不归我们管"]
    assert words.find("你听不懂嘛") == ["你听不懂吗"]  # 嘛 for 吗: same sound
    assert words.find("好的我帮您办理") == []


def _lines(path):
    parsed = read_transcript_file(path)
    side = {0: "agent", 1: "customer"}
    return [TranscriptLine(line.side or side[line.channel], line.start_ms / 1000, line.end_ms / 1000, line.text)
            for line in parsed.lines]


def test_default_form_on_an_alibaba_transcript_suggests_answers_with_evidence(tmp_path):
    lines = _lines(alibaba_json(tmp_path / "call.json"))
    analysis = {"duration_s": 67.0, "channels": 2, "mono": False, "dead_air": [{"start_s": 22.4, "end_s": 41.0}],
                "talk_over": [], "talk_ratio": {"agent": 0.55, "customer": 0.45}}
    by_item = {s.item: s for s in suggest(default_form(), lines, analysis)}
    greeting = by_item["greeting_id"]
    assert greeting.answer == "yes" and greeting.evidence[0].start_s == 0.6 and "公号" in greeting.evidence[0].text
    assert by_item["hold_phrase"].answer == "yes" and by_item["hold_phrase"].evidence[0].text == "对不起请稍等"
    assert by_item["return_phrase"].answer == "yes" and by_item["return_phrase"].evidence[0].start_s == 41.0
    assert by_item["anything_else"].answer == "yes"
    assert by_item["closing_phrase"].answer == "yes"
    assert by_item["polite_no_rudeness"].answer == "yes"
    # the prohibited words, found with their time
    vague = by_item["clear_answer"]
    assert vague.answer == "no"
    assert [(e.side, e.start_s, e.end_s) for e in vague.evidence] == [("agent", 51.5, 56.5)]
    assert vague.outcomes[0].words == ["没办法", "不归我们管"]
    assert by_item["handling_time"].answer == "yes" and by_item["no_unexplained_wait"].answer == "yes"


def test_gbk_srt_pair_without_analysis_finds_the_hold_in_the_transcript(sqlite_db, tmp_path):
    from qa_desktop.core.transcripts.importer import import_transcripts
    from qa_desktop.core.transcripts.store import load_transcripts

    sqlite_db.write(lambda s: s.add(Call(external_id="SRT-1", recording_path="//share/SRT-1.wav")))
    gbk_srt_pair(tmp_path, "SRT-1")
    import_transcripts(sqlite_db, tmp_path)
    with sqlite_db.read() as session:
        call_id = session.query(Call.id).scalar()
    by_item = {s.item: s for s in suggest(default_form(), load_transcripts(sqlite_db, call_id), None)}
    assert by_item["greeting_id"].answer == "yes"                 # 公号2046
    assert by_item["hold_phrase"].answer == "yes"                 # 请烧等, before the 11.0-25.3 s silence
    assert by_item["return_phrase"].answer == "yes"
    assert by_item["anything_else"].answer == "yes"               # 请问还有什么问题吗: 您 dropped
    assert by_item["closing_phrase"].answer == "no"               # never said: the agent's last lines shown
    assert by_item["closing_phrase"].evidence[0].text == "请问还有什么问题吗"
    assert "handling_time" not in by_item                         # no analysis: no guess about audio facts


def test_missing_greeting_id_and_a_silent_hold_are_risks():
    lines = [TranscriptLine("agent", 0.5, 3.0, "喂,你好"), TranscriptLine("customer", 3.2, 6.0, "我查一下话费"),
             TranscriptLine("agent", 6.5, 8.0, "嗯"), TranscriptLine("agent", 30.0, 33.0, "查到了,八十六块")]
    analysis = {"duration_s": 40.0, "mono": False, "dead_air": [{"start_s": 8.0, "end_s": 30.0}],
                "hold": [{"start_s": 9.0, "end_s": 29.0}], "talk_over": [], "talk_ratio": {"agent": 0.6}}
    by_item = {s.item: s for s in suggest(default_form(), lines, analysis)}
    assert by_item["greeting_id"].answer == "no" and by_item["greeting_id"].risks
    hold = by_item["hold_phrase"]
    assert hold.answer == "no" and hold.risks
    assert any(e.side == "audio" and e.start_s == 8.0 and e.end_s == 30.0 for e in hold.evidence)


def test_audio_facts_from_the_analysis_and_na_without_a_hold():
    analysis = {"duration_s": 412.0, "mono": False, "dead_air": [], "hold": [],
                "talk_over": [{"start_s": 10, "end_s": 11}, {"start_s": 20, "end_s": 21}, {"start_s": 30, "end_s": 31}],
                "talk_ratio": {"agent": 0.7, "customer": 0.3}}
    lines = [TranscriptLine("agent", 0.5, 3.0, "您好,工号1001为您服务")]
    by_item = {s.item: s for s in suggest(default_form(), lines, analysis)}
    assert by_item["handling_time"].answer == "no" and by_item["handling_time"].evidence[0].value == 412.0
    assert by_item["active_listening"].answer == "no" and len(by_item["active_listening"].evidence) == 3
    assert by_item["hold_phrase"].answer == "na" and by_item["return_phrase"].answer == "na"


def test_screen_cli_prints_each_call_with_suggestions_evidence_and_risks(tmp_path, capsys):
    db = str(tmp_path / "qa.sqlite3")
    from qa_desktop.core import forms_repository
    from qa_desktop.core.db import open_database

    database = open_database(db)
    database.write(lambda s: s.add_all([Call(external_id="ALI-1", recording_path="//share/ALI-1.wav"),
                                        Call(external_id="SRT-2", recording_path="//share/SRT-2.wav"),
                                        Call(external_id="NONE-3", recording_path="//share/NONE-3.wav")]))
    forms_repository.ensure_default_form(database)
    database.dispose()
    alibaba_json(tmp_path / "ALI-1.json")
    gbk_srt_pair(tmp_path, "SRT-2")
    assert main(["--db", db, "transcripts", "import", str(tmp_path), "--json"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "screen", "--json"]) == 0
    results = {r["call"]: r for r in json.loads(capsys.readouterr().out)}
    assert set(results) == {"ALI-1", "SRT-2"}  # NONE-3 has neither transcript nor analysis
    ali = results["ALI-1"]
    greeting = next(s for s in ali["suggestions"] if s["item"] == "greeting_id")
    assert greeting["answer"] == "yes" and greeting["evidence"][0] == {
        "side": "agent", "start_s": 0.6, "end_s": 4.2, "text": "您好,很高兴为您服务,公号1023"}
    risk = next(r for r in ali["risks"] if r["item"] == "clear_answer")
    assert risk["words"] == ["没办法", "不归我们管"] and risk["evidence"][0]["start_s"] == 51.5
    assert main(["--db", db, "screen", "--call", "SRT-2"]) == 0
    assert "Screened 1 call(s)" in capsys.readouterr().out
    assert main(["--db", db, "screen", "--since", "2099-01-01", "--json"]) == 0  # calls started before: none
    assert json.loads(capsys.readouterr().out) == []
    database = open_database(db)
    with database.read() as session:
        stored = {c.external_id: (c.risk_count, bool(c.screening)) for c in session.query(Call)}
    database.dispose()
    assert stored["ALI-1"] == (len(ali["risks"]), True) and stored["NONE-3"] == (0, False)


def test_screening_reads_the_analysis_facts_in_sqlite_and_postgresql(any_db, tmp_path):
    from qa_desktop.core import forms_repository
    from qa_desktop.core.checks.screening import screen_calls
    from qa_desktop.core.transcripts.importer import import_transcripts

    analysis = {"duration_s": 412.0, "mono": False, "speech": [[{"start_s": 0.6, "end_s": 4.2}], []],
                "dead_air": [{"start_s": 22.4, "end_s": 41.0}], "hold": [], "talk_over": [],
                "talk_ratio": {"agent": 0.55, "customer": 0.45}}
    any_db.write(lambda s: s.add_all([Call(external_id="ALI-1", recording_path="//share/ALI-1.wav", analysis=analysis),
                                      Call(external_id="ONLY-AUDIO", recording_path="//share/2.wav", analysis=analysis),
                                      Call(external_id="NOTHING", recording_path="//share/3.wav")]))
    forms_repository.ensure_default_form(any_db)
    alibaba_json(tmp_path / "ALI-1.json")
    import_transcripts(any_db, tmp_path)
    results = {r.external_id: r for r in screen_calls(any_db)}
    assert set(results) == {"ALI-1", "ONLY-AUDIO"}
    ali = {s.item: s for s in results["ALI-1"].suggestions}
    assert ali["handling_time"].answer == "no" and ali["hold_phrase"].answer == "yes"  # 412 s; the 18.6 s wait
    audio_only = {s.item: s.answer for s in results["ONLY-AUDIO"].suggestions}
    assert audio_only == {"no_unexplained_wait": "yes", "active_listening": "yes", "handling_time": "no"}
    with any_db.read() as session:
        stored = dict(session.query(Call.external_id, Call.risk_count).all())
    assert stored == {"ALI-1": len(results["ALI-1"].risks), "ONLY-AUDIO": 0, "NOTHING": 0}
