"""How an agreement statistic reads, in the reader's language: a result keeps its reading as parts of the
catalogue (core/texts/agreement.py), said in English when computed and in any language afterwards."""
from __future__ import annotations

from typing import Any

from qa_desktop.core import texts

Wording = list[tuple[str, dict[str, Any]]]


def say(wording: Wording, lang: str | None = "en") -> str:
    """A reading (or a reason) from its parts, in ``lang``. A value named ``*_text`` is another entry,
    one named ``*band`` a band said inside the sentence."""
    out = []
    for key, values in wording:
        shown = {name: texts.text(f"agreement.{value}", lang) if name.endswith("_text")
                 else texts.text(f"agreement.band.{value}", lang) if name.endswith("band") else value
                 for name, value in values.items()}
        out.append(texts.text(f"agreement.{key}", lang, **shown))
    return "".join(out)


def reading_in(result: dict[str, Any], lang: str | None) -> str:
    """The reading of ``AgreementResult.to_dict()`` in ``lang`` (its English reading when it has no parts)."""
    wording = [(key, values) for key, values in result.get("wording") or []]
    return say(wording, lang) if wording else result.get("reading", "")


def reason_in(result: dict[str, Any], lang: str | None) -> str | None:
    """Why ``AgreementResult.to_dict()`` could not be computed, in ``lang`` (None when it was)."""
    parts = [(key, values) for key, values in result.get("wording") or [] if key.startswith("reason.")]
    return say(parts, lang) if parts else result.get("reason")
