"""Reading long-format rating files (``unit,rater,value``) for analysts checking the statistics."""
from __future__ import annotations

import csv
import io
from pathlib import Path

from qa_desktop.core.calibration.agreement import RatingTable, _as_number
from qa_desktop.core.errors import ValidationError

REQUIRED_COLUMNS = ("unit", "rater", "value")


def read_ratings_csv(path: str | Path) -> RatingTable:
    """A rating table from a CSV with header ``unit,rater,value`` (UTF-8, BOM or not; empty value = missing).

    Extra columns are ignored. A rater rating the same unit twice is an error, not a silent overwrite.
    """
    path = Path(path)
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValidationError(f"{path} is not UTF-8 text (byte {error.start}); save it as UTF-8 CSV.",
                              path=str(path)) from error
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [(name or "").strip().lower() for name in (reader.fieldnames or [])]
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise ValidationError(f"{path}: the header must name the columns unit,rater,value "
                              f"(missing: {', '.join(missing)}).", path=str(path))
    reader.fieldnames = header
    data: dict[str, dict[str, object]] = {}
    for line, row in enumerate(reader, start=2):
        unit, rater = (row.get("unit") or "").strip(), (row.get("rater") or "").strip()
        if not unit and not rater and not (row.get("value") or "").strip():
            continue  # blank line
        if not unit or not rater:
            raise ValidationError(f"{path}, line {line}: unit and rater must not be empty.", path=str(path),
                                  line=line)
        if rater in data.get(unit, {}):
            raise ValidationError(f"{path}, line {line}: rater {rater!r} rated unit {unit!r} twice.",
                                  path=str(path), line=line)
        value = (row.get("value") or "").strip()
        data.setdefault(unit, {})[rater] = value or None
    if not data:
        raise ValidationError(f"{path} has no ratings.", path=str(path))
    return RatingTable.from_mapping(data)


def guess_level(table: RatingTable) -> str:
    """Interval when every rating is a number, nominal otherwise."""
    values = [v for row in table.cells for v in row if v is not None]
    return "interval" if values and all(_as_number(v) is not None for v in values) else "nominal"
