"""Call metadata from recording file names, e.g. ``{agent_id}_{date:%Y%m%d}_{time:%H%M%S}_{call_id}``.

A pattern is matched against the file name without its extension. Fields:
``agent_id`` (alias ``agent``), ``agent_name``, ``call_id``, ``date``, ``time``, ``datetime``
(each with an optional strftime format), ``caller``, ``callee``, ``customer``, ``call_type``,
``queue``, ``direction``; ``{*}`` or ``{_}`` skips a part. Everything else is literal text.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from qa_desktop.core.errors import ValidationError

# field as written in the pattern -> call field it fills (None: the part is skipped)
_FIELD_NAMES: dict[str, str | None] = {"agent_id": "agent_code", "agent": "agent_code", "agent_code": "agent_code",
                "agent_name": "agent_name", "call_id": "external_id", "id": "external_id",
                "caller": "caller", "callee": "callee", "customer": "customer_number",
                "call_type": "call_type", "type": "call_type", "queue": "queue", "direction": "direction",
                "date": "date", "time": "time", "datetime": "datetime", "*": None, "_": None}
_DEFAULT_FORMATS = {"date": "%Y%m%d", "time": "%H%M%S", "datetime": "%Y%m%d%H%M%S"}
_STRFTIME_REGEX = {"%Y": r"\d{4}", "%y": r"\d{2}", "%m": r"\d{1,2}", "%d": r"\d{1,2}", "%H": r"\d{1,2}",
                   "%M": r"\d{2}", "%S": r"\d{2}", "%f": r"\d{1,6}", "%%": "%", "%j": r"\d{3}"}
_TOKEN = re.compile(r"\{([^{}:]+)(?::([^{}]*))?\}")


class PatternError(ValidationError):
    code = "filename_pattern"


def _format_regex(fmt: str) -> str:
    out, i = [], 0
    while i < len(fmt):
        piece = fmt[i:i + 2]
        if piece in _STRFTIME_REGEX:
            out.append(_STRFTIME_REGEX[piece])
            i += 2
        elif fmt[i] == "%":
            raise PatternError(f"unsupported date code {piece!r} in the file-name pattern", code_=piece)
        else:
            out.append(re.escape(fmt[i]))
            i += 1
    return "".join(out)


@dataclass
class FilenamePattern:
    text: str
    regex: re.Pattern
    formats: dict[str, str]   # group -> strftime format
    fields: dict[str, str]    # group -> call field

    @classmethod
    def compile(cls, text: str) -> FilenamePattern:
        parts: list[str] = []
        formats: dict[str, str] = {}
        fields: dict[str, str] = {}
        position = 0
        for index, token in enumerate(_TOKEN.finditer(text)):
            parts.append(re.escape(text[position:token.start()]))
            name, fmt = token.group(1).strip(), token.group(2)
            if name not in _FIELD_NAMES:
                raise PatternError(f"unknown field {{{name}}} in the file-name pattern; known fields: "
                                   + ", ".join(k for k in _FIELD_NAMES if k not in "*_"), field=name)
            group = f"g{index}"
            if name in _DEFAULT_FORMATS:
                formats[group] = fmt or _DEFAULT_FORMATS[name]
                parts.append(f"(?P<{group}>{_format_regex(formats[group])})")
            else:
                parts.append(f"(?P<{group}>.+?)")
            call_field = _FIELD_NAMES[name]
            if call_field is not None:
                fields[group] = call_field
            position = token.end()
        parts.append(re.escape(text[position:]))
        if not fields:
            raise PatternError("the file-name pattern has no {field}, e.g. {agent_id}_{date:%Y%m%d}_{call_id}")
        return cls(text, re.compile("^" + "".join(parts) + "$"), formats, fields)

    def parse(self, stem: str) -> dict[str, object] | None:
        """Fields read from a file name (without extension), or None when it does not match."""
        match = self.regex.match(stem)
        if not match:
            return None
        values: dict[str, object] = {}
        date = time = None
        for group, field_name in self.fields.items():
            raw = match.group(group)
            if group in self.formats:
                try:
                    parsed = dt.datetime.strptime(raw, self.formats[group])
                except ValueError:
                    return None
                if field_name == "date":
                    date = parsed.date()
                elif field_name == "time":
                    time = parsed.time()
                else:
                    values["started_at"] = parsed
            else:
                values[field_name] = raw
        if date is not None:
            values["started_at"] = dt.datetime.combine(date, time or dt.time())
        return values
