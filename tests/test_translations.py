"""Every user-visible string of the Qt layer is translated into 简体中文 and 繁體中文."""
from __future__ import annotations

import importlib.util
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("ts_tool", ROOT / "translations" / "ts_tool.py")
ts_tool = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ts_tool)


@pytest.mark.parametrize("language", ts_tool.LANGUAGES)
def test_ts_file_has_no_unfinished_entries(language):
    assert ts_tool.unfinished(language) == []


def test_every_tr_string_in_the_sources_is_in_the_ts_files(tmp_path):
    """Run lupdate into a scratch copy: nothing new may appear, so no string is left untranslated."""
    for language in ts_tool.LANGUAGES:
        scratch = tmp_path / f"{language}.ts"
        shutil.copy(ts_tool.ts_path(language), scratch)
        subprocess.run([ts_tool._tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                        *ts_tool.ui_sources(), "-ts", str(scratch)], cwd=ROOT, check=True)
        original = ts_tool.ts_path
        ts_tool.ts_path = lambda _language, path=scratch: path
        try:
            missing = ts_tool.unfinished(language)
        finally:
            ts_tool.ts_path = original
        assert missing == [], "run: python translations/ts_tool.py update, then translate:\n" + "\n".join(missing)


def test_translations_compile_and_load(qapp):
    from PySide6.QtCore import QCoreApplication

    from qa_desktop.ui import i18n

    try:
        assert i18n.install_language("zh_CN") == "zh_CN"
        assert QCoreApplication.translate("Pages", "Work queue") == "工作队列"
        i18n.install_language("zh_TW")
        assert QCoreApplication.translate("Pages", "Work queue") == "工作佇列"
    finally:
        i18n.install_language("en")
    assert QCoreApplication.translate("Pages", "Work queue") == "Work queue"


@pytest.mark.parametrize("language", ts_tool.LANGUAGES)
def test_the_chinese_ui_names_the_agent_one_way(language):
    """座席, as the domain and the rest of the UI say: the work queue, the waveform, the player and the
    agent's record said 坐席 beside 座席 on the transcript, the coaching log and the roster, as if they were
    two roles. 坐席 stays only where the text quotes what a call platform writes (CALLID_坐席, "坐席:")."""
    import xml.etree.ElementTree as ET

    mixed = []
    for message in ET.parse(ts_tool.ts_path(language)).getroot().iter("message"):
        text = message.findtext("translation") or ""
        quoted = text.replace("_坐席", "").replace("坐席: /", "").replace("(坐席:", "")
        if "坐席" in quoted:
            mixed.append(f"{message.findtext('source')!r}: {text!r}")
    assert mixed == [], "\n".join(mixed)


def test_traditional_chinese_writes_share_as_taiwan_does():
    """繁體中文 says 佔比 (share) on five screens and said 累計占比 on the Pareto chart's axis."""
    import xml.etree.ElementTree as ET

    odd = [message.findtext("source") for message in ET.parse(ts_tool.ts_path("zh_TW")).getroot().iter("message")
           if "占" in (message.findtext("translation") or "")]
    assert odd == []
