"""A printable Excel sheet of a scoring form, for agents and team leads (openpyxl, Qt-free).

One row per item under its section: what is checked, what each answer is worth, what N/A
does, whether it is critical or fatal (and what the fatal answer does), and the guidance
the evaluator follows, so an agent can read exactly how they are scored. Landscape, fit to
one page wide, header row repeated on every printed page.
"""
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from qa_desktop.core import texts
from qa_desktop.core.leftovers import write_atomically
from qa_desktop.core.scoring.explain import answer_text
from qa_desktop.core.scoring.form import FormDefinition, Item, pick, points_text

WIDTHS = [16, 44, 8, 40, 16, 24, 56]
SECTION_FILL = PatternFill("solid", fgColor="DDE4EE")
HEADER_FILL = PatternFill("solid", fgColor="1F3A5F")
THIN = Side(style="thin", color="B4BFCD")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")




def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def _set(cell, text, **style):
    # Form texts are typed by people: never let one become a formula.
    cell.value = text
    if isinstance(text, str) and text[:1] in ("=", "+", "-", "@"):
        cell.data_type = "s"
        cell.quotePrefix = True
    for name, value in style.items():
        setattr(cell, name, value)
    return cell


def _answers(item: Item, lang: str) -> str:
    if item.type in ("yes_no", "yes_no_na"):
        return f"{answer_text(item, 'yes', lang)} ({points_text(item.points)}) / {answer_text(item, 'no', lang)} (0)"
    if item.type == "scale":
        return "\n".join(f"{answer_text(item, o.value, lang)}" for o in sorted(item.options, key=lambda o: -o.points))
    sign = "+" if item.type == "checklist" else ""
    return "\n".join(f"{pick(o.label, lang) or o.value} ({sign}{points_text(o.points)})" for o in item.options)


def _na(item: Item, w: Mapping[str, str]) -> str:
    if not item.allows_na:
        return w["na_no"]
    if item.na_mode == "fixed":
        return w["na_fixed"].format(points=points_text(item.na_points or Decimal(0)))
    return w["na_" + item.na_mode]


def _flags(item: Item, w: Mapping[str, str], lang: str) -> str:
    parts = []
    if item.critical:
        parts.append(w["critical"])
    if item.bonus:
        parts.append(w["bonus"])
    if item.fatal:
        answers = w["or"].join(answer_text(item, [a] if item.type == "checklist" else a, lang)
                               for a in item.fatal.answers)
        parts.append(w["fatal"].format(answers=answers, effect=w[item.fatal.effect]))
    if item.comment_required_on_loss:
        parts.append(w["comment"])
    return "\n".join(parts)


def build_form_workbook(definition: FormDefinition, *, lang: str = "zh_CN", version_no: int | None = None) -> Workbook:
    w = texts.view("form_sheet", lang)
    book = Workbook()
    sheet = book.active
    sheet.title = w["sheet"]
    for column, width in enumerate(WIDTHS, 1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    last = get_column_letter(len(WIDTHS))

    title = pick(definition.name, lang)
    if version_no is not None:
        title += f"  ({w['version']} {version_no})"
    _set(sheet.cell(1, 1), title, font=Font(bold=True, size=14, color="1F3A5F"))
    sheet.merge_cells(f"A1:{last}1")
    notes = [pick(definition.description, lang),
             w["method_points" if definition.scoring_method == "weighted_points" else "method_percent"]
             + " " + w["rounding"],
             w["grades"] + ": " + ";  ".join(f"{pick(b.label, lang)} {w['at_least'].format(min=points_text(b.min))}"
                                             for b in definition.grade_bands),
             w["critical_mark"].format(mark=points_text(definition.critical_pass_mark))]
    row = 2
    for note in notes:
        if note:
            _set(sheet.cell(row, 1), note, alignment=WRAP)
            sheet.merge_cells(f"A{row}:{last}{row}")
            row += 1
    row += 1
    header_row = row
    for column, name in enumerate((w[f"col.{i}"] for i in range(len(WIDTHS))), 1):
        _set(sheet.cell(row, column), name, font=Font(bold=True, color="FFFFFF"), fill=HEADER_FILL, border=BORDER,
             alignment=Alignment(vertical="center", wrap_text=True))
    row += 1
    for section in definition.sections:
        points = sum((i.max_points for i in section.items if not i.bonus), Decimal(0))
        label = w["section"].format(title=pick(section.title, lang), weight=points_text(section.weight),
                                    points=points_text(points))
        if section.allow_over_100:
            label += f" — {w['over100']}"
        _set(sheet.cell(row, 1), label, font=Font(bold=True), fill=SECTION_FILL, border=BORDER)
        sheet.merge_cells(f"A{row}:{last}{row}")
        row += 1
        for item in section.items:
            values = [item.code, pick(item.text, lang), f"+{points_text(item.max_points)}" if item.bonus
                      else _number(item.max_points),
                      _answers(item, lang), _na(item, w), _flags(item, w, lang), pick(item.guidance, lang)]
            for column, value in enumerate(values, 1):
                bold = column == 6 and bool(item.fatal or item.critical)
                _set(sheet.cell(row, column), value, alignment=WRAP, border=BORDER,
                     font=Font(bold=bold, color="9C0006" if bold else "000000"))
            row += 1

    sheet.freeze_panes = sheet.cell(header_row + 1, 1)
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.gridLines = False
    return book


def write_form_sheet(definition: FormDefinition, path: str | Path, *, lang: str = "zh_CN",
                     version_no: int | None = None) -> Path:
    path = Path(path)
    write_atomically(path, build_form_workbook(definition, lang=lang, version_no=version_no).save,
                     prefix=".qa-report-")
    return path
