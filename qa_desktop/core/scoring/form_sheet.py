"""A printable Excel sheet of a scoring form, for agents and team leads (openpyxl, Qt-free).

One row per item under its section: what is checked, what each answer is worth, what N/A
does, whether it is critical or fatal (and what the fatal answer does), and the guidance
the evaluator follows, so an agent can read exactly how they are scored. Landscape, fit to
one page wide, header row repeated on every printed page.
"""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from qa_desktop.core.scoring.explain import answer_text
from qa_desktop.core.scoring.form import FormDefinition, Item, pick, points_text

WORDS = {
    "en": {
        "sheet": "Scoring form", "version": "Version", "method_points":
            "Score = Σ(section points earned × weight) ÷ Σ(section points possible × weight) × 100.",
        "method_percent": "Score = Σ(weight × section %) ÷ Σ weight.",
        "rounding": "Rounded half-up to 2 decimals once, at the end.",
        "grades": "Grades", "at_least": "≥ {min}",
        "cols": ["Code", "Item", "Points", "Answers (points)", "N/A", "Critical / fatal", "Guidance"],
        "section": "{title} (weight {weight}, {points} points)", "over100": "bonus may exceed 100%",
        "na_no": "not allowed", "na_exclude": "left out of the score", "na_full": "full points",
        "na_fixed": "{points} points", "critical": "critical", "bonus": "bonus",
        "fatal": "fatal if {answers}: {effect}", "zero_total": "whole evaluation 0",
        "zero_section": "section 0", "mark_failed": "marked failed (score kept)", "or": " or ",
        "comment": "comment required when points are lost",
        "critical_mark": "Critical score: points on critical items; below {mark} = critical failed.",
    },
    "zh_CN": {
        "sheet": "评分表", "version": "版本",
        "method_points": "总分 = Σ(各部分实得分 × 权重) ÷ Σ(各部分应得分 × 权重) × 100。",
        "method_percent": "总分 = Σ(权重 × 部分得分率) ÷ Σ权重。", "rounding": "最后一步统一四舍五入保留两位小数。",
        "grades": "等级", "at_least": "≥ {min}",
        "cols": ["编号", "评分项目", "分值", "评分标准(得分)", "不适用", "关键 / 致命", "评分说明"],
        "section": "{title}(权重 {weight},共 {points} 分)", "over100": "加分可超过 100%",
        "na_no": "不允许", "na_exclude": "不计入得分", "na_full": "按满分计", "na_fixed": "按 {points} 分计",
        "critical": "关键项", "bonus": "加分项", "fatal": "评为{answers}时致命:{effect}", "zero_total": "整份计 0 分",
        "zero_section": "本部分计 0 分", "mark_failed": "评定不合格(保留得分)", "or": "或",
        "comment": "失分须填写说明",
        "critical_mark": "关键项得分:关键项的得分率;低于 {mark} 即关键项不合格。",
    },
    "zh_TW": {
        "sheet": "評分表", "version": "版本",
        "method_points": "總分 = Σ(各部分實得分 × 權重) ÷ Σ(各部分應得分 × 權重) × 100。",
        "method_percent": "總分 = Σ(權重 × 部分得分率) ÷ Σ權重。", "rounding": "最後一步統一四捨五入保留兩位小數。",
        "grades": "等級", "at_least": "≥ {min}",
        "cols": ["編號", "評分項目", "分值", "評分標準(得分)", "不適用", "關鍵 / 致命", "評分說明"],
        "section": "{title}(權重 {weight},共 {points} 分)", "over100": "加分可超過 100%",
        "na_no": "不允許", "na_exclude": "不計入得分", "na_full": "按滿分計", "na_fixed": "按 {points} 分計",
        "critical": "關鍵項", "bonus": "加分項", "fatal": "評為{answers}時致命:{effect}", "zero_total": "整份計 0 分",
        "zero_section": "本部分計 0 分", "mark_failed": "評定不合格(保留得分)", "or": "或",
        "comment": "失分須填寫說明",
        "critical_mark": "關鍵項得分:關鍵項的得分率;低於 {mark} 即關鍵項不合格。",
    },
}

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


def _na(item: Item, w: dict) -> str:
    if not item.allows_na:
        return w["na_no"]
    if item.na_mode == "fixed":
        return w["na_fixed"].format(points=points_text(item.na_points or Decimal(0)))
    return w["na_" + item.na_mode]


def _flags(item: Item, w: dict, lang: str) -> str:
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
    w = WORDS.get(lang, WORDS["en"])
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
    for column, name in enumerate(w["cols"], 1):
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
    build_form_workbook(definition, lang=lang, version_no=version_no).save(path)
    return path
