"""The form designer: outline editing (core) and the page a QA lead uses (pytest-qt, offscreen)."""
from __future__ import annotations

import json

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from qa_desktop.core import forms_repository
from qa_desktop.core.db.models import Role
from qa_desktop.core.scoring import default_form, designer
from qa_desktop.core.users import ensure_user
from qa_desktop.ui.context import AppContext
from qa_desktop.ui.settings import AppSettings

# -- core: editing operations ---------------------------------------------------------------------


def codes(form):
    return [(s.code, [i.code for i in s.items]) for s in form.sections]


def test_nudge_moves_items_across_sections_and_sections_among_themselves():
    form = default_form()
    first_section, second = form.sections[0], form.sections[1]
    last = first_section.items[-1].code
    assert designer.nudge(form, "item", last, +1)
    assert form.sections[1].items[0].code == last and last not in [i.code for i in first_section.items]
    assert designer.nudge(form, "item", last, -1)
    assert form.sections[0].items[-1].code == last
    assert not designer.nudge(form, "item", form.sections[0].items[0].code, -1)
    assert designer.nudge(form, "section", second.code, -1)
    assert form.sections[0] is second


def test_move_item_and_section_land_before_the_target_index():
    form = default_form()
    items = [i.code for i in form.sections[0].items]
    designer.move_item(form, items[0], form.sections[0].code, 3)  # before the 4th item
    assert [i.code for i in form.sections[0].items] == items[1:3] + items[:1] + items[3:]
    designer.move_section(form, form.sections[0].code, len(form.sections))
    assert form.sections[-1].code == "opening_closing"


def test_check_reports_unreadable_and_unpublishable_forms():
    form = designer.new_form()
    assert designer.check(form).publishable
    item = form.sections[0].items[0]
    designer.set_fatal(item, "yes")
    result = designer.check(form)
    assert result.definition is not None and not result.publishable
    assert [p.code for p in result.problems if p.severity == "error"] == ["fatal_inverted"]
    designer.set_fatal(item, "perhaps")
    result = designer.check(form)
    assert (
        result.definition is None and result.problems[0].code == "invalid" and "perhaps" in result.problems[0].message
    )
    designer.change_type(item, "scale")
    assert item.fatal is None and item.max_points == 5 and designer.check(form).definition is not None


# -- the page -------------------------------------------------------------------------------------


@pytest.fixture
def page_for(qtbot, sqlite_db):
    def make(role=Role.QA_LEAD):
        user = ensure_user(sqlite_db, "tester", "组长", role=role)
        forms_repository.ensure_default_form(sqlite_db)
        ctx = AppContext(sqlite_db, user, AppSettings())
        ctx.language = "zh_CN"
        from qa_desktop.ui.forms.page import FormsPage

        page = FormsPage(ctx)
        qtbot.addWidget(page)
        page.resize(1400, 900)
        page.show()
        return page

    return make


def item_order(page):
    return [i.code for _, i in page.form.items()]


def test_page_opens_the_published_form_with_its_preview(page_for):
    page = page_for()
    assert page.form.code == "default" and page.version.version_no == 1
    assert page.tree.model_.rowCount() == 4
    assert len(page.preview.rows) == 22 and page.preview.preview
    assert "can be published" in page.problems.item(0).text()
    assert not page.save_button.isEnabled()


def test_keyboard_reorder_with_ctrl_up_down(page_for, qtbot):
    page = page_for()
    before = item_order(page)
    page.tree.setFocus()
    page.tree.select("item", "silent_caller")
    qtbot.keyClick(page.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert item_order(page)[:2] == ["silent_caller", "greeting_id"]
    assert page.tree.selected() == ("item", "silent_caller")  # the moved line stays selected
    assert page.preview.rows[0].item.code == "silent_caller"  # the preview follows the new order
    qtbot.keyClick(page.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert item_order(page) == before
    assert page.dirty and page.save_button.isEnabled()


def test_drag_targets_move_items_and_sections(page_for):
    page = page_for()
    tree = page.tree
    above = QAbstractItemView.DropIndicatorPosition.AboveItem
    on = QAbstractItemView.DropIndicatorPosition.OnItem
    hold = tree.model_.item(1)
    target = tree.drop_target("item", hold.child(1).index(), above)  # above the 2nd item of section 2
    page._move("item", "greeting_id", *target)
    assert [i.code for i in page.form.sections[1].items][:3] == ["hold_phrase", "greeting_id", "return_phrase"]
    page._move("item", "mandarin", *tree.drop_target("item", tree.model_.item(0).index(), on))
    assert page.form.sections[0].items[-1].code == "mandarin"
    page._move("section", "handling", *tree.drop_target("section", tree.model_.item(0).index(), above))
    assert [s.code for s in page.form.sections][0] == "handling"
    assert tree.model_.item(0).data(Qt.ItemDataRole.UserRole + 2) == "handling"


def test_editing_checks_and_saving_a_used_form_makes_a_new_version(page_for, qtbot, sqlite_db):
    page = page_for()
    page.tree.select("item", "polite_no_rudeness")
    page._show_editor("item", "polite_no_rudeness")
    editor = page.item_editor
    # An inverted fatal rule is caught before publishing.
    editor.fatal_answers.setText("yes")
    editor.fatal_answers.textEdited.emit("yes")
    qtbot.waitUntil(lambda: any("fatal" in page.problems.item(n).text() for n in range(page.problems.count())))
    assert not page.publish_button.isEnabled()
    editor.fatal_answers.setText("no")
    editor.fatal_answers.textEdited.emit("no")
    english = editor.text.edits["en"]
    english.clear()
    qtbot.keyClicks(english, "Polite throughout")
    qtbot.waitUntil(lambda: page.form.item("polite_no_rudeness").text["en"] == "Polite throughout")
    assert page.save_button.isEnabled()
    assert page.save()
    assert page.version.version_no == 2 and page.version.created_new and not page.version.published
    assert "version 2" in page.message.text()
    # Version 1 stays as it was; publishing makes version 2 the one evaluators use.
    assert forms_repository.export_form(sqlite_db, "default", 1) == default_form().to_dict()
    assert page.publish()
    assert forms_repository.list_forms(sqlite_db)[0].published_version == 2


def test_preview_scores_like_the_evaluator_panel(page_for, qtbot):
    page = page_for()
    page.preview.rows[0].setFocus()
    qtbot.keyClick(page.preview.rows[0], Qt.Key.Key_2)  # "no" on the greeting
    assert page.preview.result.items[0].status == "fail"
    assert page.preview.result.total == 0
    assert page.preview.result.missing_comments == ["greeting_id"]


def test_import_rejects_a_bad_file_and_loads_a_good_one(page_for, tmp_path, sqlite_db):
    page = page_for()
    bad = default_form().to_dict()
    bad["format"] = 9
    (tmp_path / "bad.json").write_text(json.dumps(bad), encoding="utf-8")
    assert not page.import_file(tmp_path / "bad.json")
    assert "newer QA Desktop" in page.message.text() and not page.dirty
    broken = default_form().to_dict()
    broken["sections"][0]["items"][0]["type"] = "stars"
    (tmp_path / "broken.json").write_text(json.dumps(broken), encoding="utf-8")
    assert not page.import_file(tmp_path / "broken.json")
    # the item named by its title in the file, its code in brackets
    assert "Item “Opened with the standard greeting and agent ID" in page.message.text()
    assert "(greeting_id): The item type cannot be 'stars'" in page.message.text()
    good = default_form().to_dict()
    good["code"], good["name"] = "short", {"zh_CN": "简表"}
    (tmp_path / "good.json").write_text(json.dumps(good), encoding="utf-8")
    assert page.import_file(tmp_path / "good.json") and page.dirty and page.form.code == "short"
    assert [f.code for f in forms_repository.list_forms(sqlite_db)] == ["default"]  # nothing stored yet
    assert page.save()
    assert sorted(f.code for f in forms_repository.list_forms(sqlite_db)) == ["default", "short"]


def test_new_form_add_and_remove(page_for):
    page = page_for()
    page.new_form()
    assert page.form.code == "new_form" and len(item_order(page)) == 1
    page.add_item()
    page.add_section()
    page.add_item()
    assert [len(s.items) for s in page.form.sections] == [2, 1]
    assert page.tree.selected()[0] == "item"
    page.remove_selected()
    assert [len(s.items) for s in page.form.sections] == [2, 0]
    assert any("has no items" in page.problems.item(n).text() for n in range(page.problems.count()))
    assert not page.publish_button.isEnabled()


def test_exports(page_for, tmp_path):
    page = page_for()
    assert page.export_json(tmp_path / "f.json")
    assert json.loads((tmp_path / "f.json").read_text(encoding="utf-8")) == default_form().to_dict()
    assert page.export_sheet(tmp_path / "f.xlsx")
    assert openpyxl.load_workbook(tmp_path / "f.xlsx").active.cell(1, 1).value.startswith("呼叫中心")


def test_an_evaluator_can_look_but_not_change(page_for):
    page = page_for(Role.EVALUATOR)
    assert not page.item_editor.isEnabled() and not page.save_button.isEnabled()
    assert not page.new_button.isEnabled() and not page.import_button.isEnabled()
    assert "Only a QA lead" in page.version_label.text()
    before = item_order(page)
    page._nudge("item", before[1], -1)
    assert item_order(page) == before


def test_language_tags_are_written_in_the_readers_script(qtbot):
    """The designer tags each field with its language; in 繁體中文 the simplified field's tag read 简, a
    simplified character, in the grade bands' and options' headers as beside the titles."""
    from PySide6.QtWidgets import QLabel

    from qa_desktop.ui import i18n
    from qa_desktop.ui.forms.editors import LocalizedTextEdit

    i18n.install_language("zh_TW")
    try:
        edit = LocalizedTextEdit()
        qtbot.addWidget(edit)
        tags = [label.text() for label in edit.findChildren(QLabel)]
    finally:
        i18n.install_language("en")
    assert tags[:2] == ["簡", "繁"]
