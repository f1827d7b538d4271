"""Qt Linguist workflow for QA Desktop's translations (zh_CN, zh_TW).

    python translations/ts_tool.py update          # lupdate: collect tr() strings from qa_desktop/ui
    python translations/ts_tool.py fill NEW.json   # add translations: {"Context": {"source": ["简体", "繁體"]}}
    python translations/ts_tool.py check           # list unfinished or missing entries (exit 1 if any)
    python translations/ts_tool.py release DIR     # compile .qm files into DIR (packaging)

Translators can equally open the .ts files in Qt Linguist (`pyside6-linguist`). A file lock
makes concurrent runs safe.
"""
from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LANGUAGES = ("zh_CN", "zh_TW")


def ts_path(language: str) -> Path:
    return HERE / f"qa_desktop_{language}.ts"


def _tool(name: str) -> str:
    import PySide6

    for candidate in (Path(PySide6.__file__).parent / name, Path(PySide6.__file__).parent / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    raise SystemExit(f"{name} not found in the PySide6 installation")


@contextlib.contextmanager
def _locked():
    lock_path = HERE / ".ts.lock"
    with open(lock_path, "w") as handle:
        try:
            import fcntl

            fcntl.flock(handle, fcntl.LOCK_EX)
        except ImportError:  # Windows: translators rarely run this concurrently there
            pass
        try:
            yield
        finally:
            lock_path.unlink(missing_ok=True)


def ui_sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "qa_desktop" / "ui").rglob("*.py"))


def update() -> None:
    with _locked():
        for language in LANGUAGES:
            subprocess.run([_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none", *ui_sources(),
                            "-ts", str(ts_path(language))], cwd=ROOT, check=True)
            tree = ET.parse(ts_path(language))
            tree.getroot().set("language", language)
            _write(tree, ts_path(language))


def _write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def entries(language: str):
    """(context, source, translation element, message element) for every message."""
    tree = ET.parse(ts_path(language))
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message.findtext("source"), message.find("translation"), message


def fill(mapping_file: Path) -> int:
    mapping = json.loads(Path(mapping_file).read_text(encoding="utf-8"))
    filled = 0
    with _locked():
        for index, language in enumerate(LANGUAGES):
            tree = ET.parse(ts_path(language))
            for context in tree.getroot().iter("context"):
                texts = mapping.get(context.findtext("name"), {})
                for message in context.iter("message"):
                    pair = texts.get(message.findtext("source"))
                    if pair is None:
                        continue
                    translation = message.find("translation")
                    translation.text = pair[index]
                    translation.attrib.pop("type", None)
                    filled += 1
            _write(tree, ts_path(language))
    return filled


def unfinished(language: str) -> list[str]:
    problems = []
    for context, source, translation, _message in entries(language):
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete") \
                or not (translation.text or "").strip():
            problems.append(f"{language}: [{context}] {source!r}")
    return problems


def release(target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        subprocess.run([_tool("lrelease"), "-silent", str(ts_path(language)), "-qm",
                        str(target / f"qa_desktop_{language}.qm")], check=True)


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    command = argv[0]
    if command == "update":
        update()
        return 0
    if command == "fill":
        print(f"{fill(Path(argv[1]))} translations set")
        return 0
    if command == "check":
        problems = [p for language in LANGUAGES for p in unfinished(language)]
        print("\n".join(problems) or "all translations complete")
        return 1 if problems else 0
    if command == "release":
        release(Path(argv[1]))
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
