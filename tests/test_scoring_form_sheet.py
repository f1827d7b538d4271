"""The printable sheet never turns a form text into a formula."""
from __future__ import annotations

import openpyxl

from qa_desktop.core.scoring.form import FormDefinition
from qa_desktop.core.scoring.form_sheet import write_form_sheet


def test_form_texts_starting_with_formula_characters_stay_text(tmp_path):
    form = FormDefinition.from_dict({"format": 1, "code": "x", "name": "=1+1", "sections": [
        {"code": "s", "title": "-section", "items": [
            {"code": "a", "type": "yes_no", "text": "=HYPERLINK(\"http://x\",\"click\")", "guidance": "@sum"}]}]})
    path = write_form_sheet(form, tmp_path / "f.xlsx", lang="en")
    sheet = openpyxl.load_workbook(path).active
    texts = [c for row in sheet.iter_rows() for c in row if isinstance(c.value, str) and c.value[:1] in "=-@"]
    assert texts and all(c.data_type == "s" for c in texts)
