"""Reading a telephony system's call list (CSV or XLSX) whatever its encoding and column names.

CSV files come from Chinese systems in UTF-8 (with or without BOM), GB18030/GBK or Big5.
The encoding is chosen by decoding the file with each plausible candidate (charset-normalizer's
guess first) and keeping the one whose header row names the most known columns: a header in
the wrong encoding is mojibake and names none, which is a far surer test on a short file
than byte statistics alone.

Column names may be English or Chinese (simplified or traditional); each maps to one field
of a call. Unknown columns are ignored.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import logging
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from qa_desktop.core.errors import QADesktopError

log = logging.getLogger(__name__)


class ManifestError(QADesktopError):
    code = "manifest_unreadable"


class ManifestTooLarge(ManifestError):
    """Bigger than any call list or roster (or a zip bomb): refused before it is read."""

    code = "manifest_too_large"


class ManifestTooManyRows(ManifestError):
    code = "manifest_too_many_rows"


# field -> accepted column names (compared after lower-casing and dropping spaces, _ - . ( ) etc.)
COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    "file": ("file", "filename", "path", "filepath", "recording", "recordingfile", "recordingpath", "audio",
             "audiofile", "wav", "录音文件", "录音", "录音文件名", "录音路径", "文件", "文件名", "文件路径",
             "錄音文件", "錄音", "錄音檔", "錄音檔案", "檔案", "檔名", "檔案名稱", "文件名稱", "錄音路徑"),
    "agent_code": ("agentid", "agentcode", "agent", "agentno", "employeeid", "staffid", "extension", "工号",
                   "坐席", "座席", "坐席工号", "座席工号", "坐席号", "座席号", "员工工号", "客服工号", "话务员",
                   "工號", "坐席工號", "座席工號", "員工工號", "客服工號", "坐席號", "座席號", "話務員"),
    "agent_name": ("agentname", "name", "employeename", "坐席姓名", "座席姓名", "姓名", "员工姓名", "客服姓名",
                   "員工姓名"),
    "external_id": ("callid", "call", "id", "uniqueid", "recordid", "sessionid", "通话id", "呼叫id", "流水号",
                    "通话编号", "录音编号", "录音id", "通話id", "流水號", "通話編號", "錄音編號", "錄音id"),
    "started_at": ("start", "starttime", "startedat", "calltime", "datetime", "calldate", "begintime", "time",
                   "通话时间", "开始时间", "呼叫时间", "通话开始时间", "来电时间", "日期时间",
                   "通話時間", "開始時間", "呼叫時間", "通話開始時間", "來電時間", "日期時間"),
    "duration": ("duration", "durations", "durationsec", "seconds", "length", "通话时长", "时长", "录音时长",
                 "通話時長", "時長", "錄音時長"),
    "customer_number": ("customer", "customernumber", "customerphone", "customerno", "phone", "客户号码",
                        "客户电话", "客户手机", "客戶號碼", "客戶電話", "客戶手機"),
    "caller": ("caller", "callernumber", "ani", "from", "callingnumber", "主叫", "主叫号码", "来电号码",
               "主叫號碼", "來電號碼"),
    "callee": ("callee", "callednumber", "dnis", "to", "被叫", "被叫号码", "被叫號碼"),
    "call_type": ("calltype", "type", "category", "businesstype", "呼叫类型", "通话类型", "业务类型", "类型",
                  "来电类型", "呼叫類型", "通話類型", "業務類型", "類型", "來電類型"),
    "queue": ("queue", "skill", "skillgroup", "队列", "技能组", "队列名称", "隊列", "技能組", "佇列"),
    "direction": ("direction", "calldirection", "inout", "方向", "呼叫方向", "通话方向", "呼入呼出",
                  "通話方向", "呼入/呼出"),
    # the agent's team and hire date, which place an agent the HR roster has not named yet
    "team": ("team", "teamname", "班组", "组别", "小组", "所属班组", "班組", "組別", "小組"),
    "hire_date": ("hiredate", "入职日期", "入职时间", "入職日期", "入職時間"),
}
_STRIP = re.compile(r"[\s_\-.()（）/:：#]+")


def normalise_header(text: str) -> str:
    return _STRIP.sub("", str(text or "").strip().lstrip("\ufeff").lower())


@dataclass(frozen=True)
class TableSpec:
    """What a table file must look like: its columns' accepted names and the one it cannot lack.

    The call list and the HR roster are read by the same code; each names its own columns.
    """
    aliases: dict[str, tuple[str, ...]]
    required: str          # the field without which a row means nothing (the recording, the 工号)
    required_label: str    # that column in words, for the error message
    required_hint: str     # how to name it
    what: str = "manifest"
    known: dict[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "known", {normalise_header(alias): name for name, aliases in self.aliases.items()
                                           for alias in aliases})


CALL_LIST = TableSpec(COLUMN_ALIASES, "file", "recording file", "'file' or '录音文件'")


def map_columns(header: list, spec: TableSpec = CALL_LIST) -> dict[int, str]:
    """Column index -> field for the columns we know; the first column claiming a field wins."""
    mapping: dict[int, str] = {}
    known = spec.known
    for index, name in enumerate(header):
        key = normalise_header(name)
        field_name = known.get(key)
        if field_name and field_name not in mapping.values():
            mapping[index] = field_name
    return mapping


@dataclass
class ManifestRow:
    line: int                     # 1-based line/row number in the manifest, for the report
    values: dict[str, object]     # field -> raw value (str, or datetime/number from XLSX)


@dataclass
class Manifest:
    path: Path
    encoding: str | None
    columns: dict[str, str]       # field -> column name as written in the file
    rows: list[ManifestRow] = field(default_factory=list)


# ---------------------------------------------------------------- CSV

def _candidate_encodings(data: bytes) -> list[str]:
    candidates = []
    if data.startswith(b"\xef\xbb\xbf"):
        return ["utf-8-sig"]
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
        if best is not None:
            candidates.append(best.encoding)
    except Exception:  # noqa: BLE001 - detection is a hint; the header test below decides
        log.debug("Encoding detection failed", exc_info=True)
    candidates += ["utf-8", "gb18030", "big5", "cp950", "utf-16"]
    # GBK/GB2312 guesses become GB18030, their strict superset
    normalised = ["gb18030" if c.lower().replace("-", "_") in ("gbk", "gb2312", "cp936", "gb18030") else c
                  for c in candidates]
    return list(dict.fromkeys(normalised))


def _sniff_dialect(text: str):
    try:
        return csv.Sniffer().sniff(text[:8192], delimiters=",;\t|")
    except csv.Error:
        return csv.excel


def _read_csv(path: Path, data: bytes, spec: TableSpec, encodings: list[str] | None = None) -> Manifest:
    best = None
    for encoding in encodings or _candidate_encodings(data):
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        text = text.lstrip("\ufeff")
        try:
            rows = []
            for row in csv.reader(io.StringIO(text, newline=""), _sniff_dialect(text)):
                rows.append(row[:MAX_COLUMNS])
                if len(rows) > MAX_ROWS:
                    raise _too_many_rows(path, spec)
        except csv.Error:  # a NUL byte or a field beyond csv's size limit: not this encoding, or not a CSV
            continue
        header_index = next((i for i, row in enumerate(rows) if any(cell.strip() for cell in row)), None)
        if header_index is None:
            continue
        mapping = map_columns(rows[header_index], spec)
        if best is None or len(mapping) > len(best[1]):
            best = (encoding, mapping, rows, header_index)
        if spec.required in mapping.values() and len(mapping) >= 3:
            break
    if best is None:
        raise ManifestError(f"{path.name}: the {spec.what} is empty or its text encoding is not recognised.",
                            path=str(path))
    encoding, mapping, rows, header_index = best
    return _build(path, encoding, mapping, rows[header_index], rows[header_index + 1:], header_index + 2, spec)


# ---------------------------------------------------------------- limits

# What a call list or roster can hold. A month of a large centre is ~100,000 calls; far beyond that a
# file is a mistake or an attack, and refusing it at once beats running for minutes.
MAX_ROWS = 500_000
MAX_COLUMNS = 200
MAX_TABLE_BYTES = 256 * 1024 * 1024        # a CSV's size, an XLSX's unpacked parts together
MAX_UNPACKED_BYTES = MAX_TABLE_BYTES
MAX_COMPRESSION_RATIO = 150                # real sheets compress 5-30 to 1; zip bombs by hundreds
_RATIO_CHECKED_FROM = 8 * 1024 * 1024      # small parts (styles, shared strings) may compress more


def _too_many_rows(path: Path, spec: TableSpec) -> ManifestError:
    return ManifestTooManyRows(f"{path.name}: the {spec.what} has more than {MAX_ROWS:,} rows; split it and import "
                         "the parts one after the other.", path=str(path), limit=MAX_ROWS)


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' for UTF-16 text saved without its byte-order mark, else None.

    In UTF-16 every ASCII character (digits, commas, line ends) has a zero byte on the same side;
    other text has zeros scattered on both sides or none.
    """
    sample = data[:8192]
    sample = sample[:len(sample) // 2 * 2]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > half * 0.2 and even < odd * 0.05:
        return "utf-16-le"
    if even > half * 0.2 and odd < even * 0.05:
        return "utf-16-be"
    return None


# ---------------------------------------------------------------- XLSX

def _check_xlsx_size(path: Path, spec: TableSpec) -> None:
    """Refuse a workbook whose parts unpack to more than any call list holds (a zip bomb: 3 MB that
    unpacks to 1 GB of XML kept the import at 100 % CPU for minutes) before openpyxl reads a byte.

    The sizes are those the zip declares; zipfile never inflates an entry past its declared size,
    so a lying header cannot get more through.
    """
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise ManifestError(f"{path.name}: the workbook cannot be opened ({error}).", path=str(path)) from error
    total = sum(entry.file_size for entry in entries)
    worst = max(((entry.file_size / max(entry.compress_size, 1), entry) for entry in entries
                 if entry.file_size > _RATIO_CHECKED_FROM), default=(0, None), key=lambda pair: pair[0])
    if total > MAX_UNPACKED_BYTES or worst[0] > MAX_COMPRESSION_RATIO:
        raise ManifestTooLarge(
            f"{path.name}: the workbook unpacks to {total / 1e6:,.0f} MB (compressed "
            f"{worst[0]:,.0f} to 1), more than any {spec.what} holds; it was not read. Save the sheet again "
            "from Excel or export it as CSV.", path=str(path), size=total)


def _read_xlsx(path: Path, spec: TableSpec) -> Manifest:
    _check_xlsx_size(path, spec)
    try:
        import openpyxl

        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as error:
        raise ManifestError(f"{path.name}: the workbook cannot be opened ({error}).", path=str(path)) from error
    try:
        sheet = workbook.worksheets[0]
        rows = []
        for row in sheet.iter_rows(values_only=True):
            rows.append(list(row[:MAX_COLUMNS]))
            if len(rows) > MAX_ROWS:
                raise _too_many_rows(path, spec)
    except ManifestError:
        raise
    except Exception as error:  # damaged XML inside a well-formed zip
        raise ManifestError(f"{path.name}: the workbook cannot be read ({error}).", path=str(path)) from error
    finally:
        workbook.close()
    header_index = next((i for i, row in enumerate(rows) if any(c not in (None, "") for c in row)), None)
    if header_index is None:
        raise ManifestError(f"{path.name}: the first sheet is empty.", path=str(path))
    header = ["" if c is None else str(c) for c in rows[header_index]]
    return _build(path, None, map_columns(header, spec), header, rows[header_index + 1:], header_index + 2, spec)


def _build(path: Path, encoding, mapping, header, body, first_line, spec: TableSpec) -> Manifest:
    if spec.required not in mapping.values():
        raise ManifestError(
            f"{path.name}: no column names the {spec.required_label} (expected e.g. {spec.required_hint}; "
            f"found {', '.join(str(h) for h in header if str(h).strip()) or 'no column names'}).",
            path=str(path))
    manifest = Manifest(path, encoding, {f: str(header[i]) for i, f in mapping.items()})
    for offset, row in enumerate(body):
        values = {}
        for index, field_name in mapping.items():
            value = row[index] if index < len(row) else None
            if isinstance(value, str):
                value = value.strip()
            if value not in (None, ""):
                values[field_name] = value
        if values:
            manifest.rows.append(ManifestRow(first_line + offset, values))
    return manifest


def read_manifest(path: str | os.PathLike) -> Manifest:
    """Read a CSV or XLSX call list; raises :class:`ManifestError` when it cannot be used."""
    return read_table(path, CALL_LIST)


def read_table(path: str | os.PathLike, spec: TableSpec) -> Manifest:
    """Read a CSV or XLSX table described by ``spec`` (a call list, an HR roster)."""
    what = spec.what
    path = Path(path)
    try:
        if path.stat().st_size > MAX_TABLE_BYTES:
            raise ManifestTooLarge(f"{path.name}: the {what} is larger than {MAX_TABLE_BYTES >> 20} MB; split it and "
                                "import the parts one after the other.", path=str(path))
        data = path.read_bytes()
    except FileNotFoundError as error:
        raise ManifestError(f"{path}: {what} not found.", path=str(path)) from error
    except OSError as error:
        raise ManifestError(f"{path}: cannot read the {what} ({error.strerror or error}).",
                            path=str(path)) from error
    if not data.strip():
        raise ManifestError(f"{path.name}: the {what} is empty.", path=str(path))
    if data.startswith(b"PK\x03\x04") or path.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx(path, spec)
    if b"\x00" in data[:4096] and data[:2] not in (b"\xff\xfe", b"\xfe\xff"):
        utf16 = _utf16_without_bom(data)  # Excel's "Unicode text" and some exports omit the mark
        if utf16 is None:
            raise ManifestError(f"{path.name}: not a CSV or XLSX file.", path=str(path))
        return _read_csv(path, data, spec, [utf16])
    return _read_csv(path, data, spec)


# ---------------------------------------------------------------- values

_DATETIME_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y/%m/%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y/%m/%d %H:%M",
                     "%Y%m%d%H%M%S", "%Y%m%d %H%M%S", "%Y-%m-%dT%H:%M:%S", "%Y年%m月%d日 %H:%M:%S",
                     "%Y年%m月%d日 %H:%M", "%Y-%m-%d", "%Y/%m/%d", "%Y%m%d")


def parse_datetime(value) -> dt.datetime | None:
    """A local date-time from a manifest cell (text in common formats, or an Excel date)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None) if value.tzinfo is None else value
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    text = str(value).strip()
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        pass
    for fmt in _DATETIME_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt)
        except ValueError:
            continue
    raise ValueError(f"unrecognised date/time '{text}'")


def parse_duration(value) -> float | None:
    """Seconds from '95', '95.5', '1:35', '00:01:35' or an Excel time."""
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, dt.time):
        return value.hour * 3600 + value.minute * 60 + value.second + value.microsecond / 1e6
    if isinstance(value, dt.timedelta):
        return value.total_seconds()
    text = str(value).strip()
    if ":" in text:
        total = 0.0
        for part in text.split(":"):
            total = total * 60 + float(part)
        return total
    text = text.rstrip("sS秒")
    return float(text)


_DIRECTIONS = {"inbound": "inbound", "in": "inbound", "ib": "inbound", "incoming": "inbound", "呼入": "inbound",
               "入": "inbound", "来电": "inbound", "來電": "inbound", "outbound": "outbound", "out": "outbound",
               "ob": "outbound", "outgoing": "outbound", "呼出": "outbound", "出": "outbound", "外呼": "outbound"}


def parse_direction(value) -> str | None:
    if value in (None, ""):
        return None
    return _DIRECTIONS.get(str(value).strip().lower())
