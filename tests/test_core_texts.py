"""The core's catalogue (workbooks, "why this score", permissions, statuses) is complete in three languages."""
from __future__ import annotations

import re
import string

from ui_text_walk import latin_words

from qa_desktop.core import texts

ENTRIES = sorted(texts.catalogue().items())


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def test_every_entry_is_translated_with_the_same_placeholders():
    wrong = [key for key, (english, simplified, traditional) in ENTRIES
             if not (english and simplified and traditional)
             or not _fields(simplified) == _fields(english) == _fields(traditional)]
    assert wrong == [], "missing translation or different placeholders"


def test_chinese_entries_have_no_english_words():
    english = [f"{key}: {chinese!r}" for key, entry in ENTRIES for chinese in entry[1:]
               if latin_words(re.sub(r"\{[^}]*\}", "", chinese))]
    assert english == []


def test_the_checks_can_fail():
    assert latin_words("只有 QA lead 可以裁定") == ["QA", "lead"]
    assert latin_words("失分项：anything_else, polite") == ["anything_else", "polite"]
    assert latin_words("按环境变量 QA_DESKTOP_PLAYER 选择") == []
    assert not _fields("{a} {b}") == _fields("{a}")


def test_lookup_falls_back_to_english_and_to_the_key():
    assert texts.text("role.qa_lead", "zh_TW") == "質檢組長"
    assert texts.text("role.qa_lead", "fr") == "QA lead"
    assert texts.text("no.such.key", "zh_CN") == "no.such.key"
    assert texts.text("permission.qa_lead_only", "zh_CN", what="裁定申诉", login="qa.li", role="质检员") \
        == "只有质检组长可以裁定申诉（qa.li 是质检员）"
    assert texts.view("explain", "zh_CN")["yes"] == "是"


def test_a_refusal_reads_in_the_users_language_with_role_names_translated():
    from types import SimpleNamespace

    from qa_desktop.core.db.models import Role
    from qa_desktop.core.errors import PermissionDenied
    from qa_desktop.core.workflow.permissions import permission_reason, require_role

    evaluator = SimpleNamespace(login="qa.li", role=Role.EVALUATOR)
    try:
        require_role(evaluator, (Role.TEAM_LEAD, Role.QA_LEAD), "see disputes")
    except PermissionDenied as error:
        refused = error
    assert str(refused) == "Not allowed: only Team lead, QA lead may see disputes (qa.li is QA evaluator)"
    assert permission_reason(refused, "zh_CN") == "只有班组长、质检组长可以查看申诉（qa.li 是质检员）"
    assert permission_reason(refused, "zh_TW") == "只有班組長、質檢組長可以查看申訴（qa.li 是質檢員）"


def test_the_demo_names_its_steps_in_the_watchers_language(sqlite_db):
    from qa_desktop.core.demo import DemoOptions, build_demo
    from qa_desktop.core.progress import ProgressSink

    steps = []
    sink = ProgressSink(lambda done, total, message: steps.append(message), lang="zh_TW")
    build_demo(sqlite_db, DemoOptions(agents=4, calls=12, months=1, recordings=1), progress=sink)
    assert "正在產生通話和評估" in steps and "完成" in steps
    assert [s for s in steps if latin_words(s)] == []
