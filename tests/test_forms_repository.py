"""Scoring forms in the database: versions, publishing, import/export, the lock on used versions."""
from __future__ import annotations

import copy

import pytest

from qa_desktop.core import forms_repository as forms
from qa_desktop.core.db.models import FormVersion, Role, User
from qa_desktop.core.errors import PermissionDenied
from qa_desktop.core.scoring import default_form
from qa_desktop.core.scoring.errors import FormInvalid, FormLocked, FormTooNew

SMALL = {"format": 1, "code": "small", "name": {"zh_CN": "小表", "en": "Small"}, "sections": [
    {"code": "s", "title": "S", "weight": 1, "items": [
        {"code": "a", "type": "yes_no", "text": {"zh_CN": "甲", "zh_TW": "甲", "en": "A"}, "points": 2},
        {"code": "b", "type": "yes_no", "text": {"zh_CN": "乙", "zh_TW": "乙", "en": "B"}, "points": 3}]}]}


@pytest.fixture
def lead_db(any_db):
    any_db.write(lambda s: s.add(User(login="tester", display_name="QA Lead", role=Role.QA_LEAD)))
    return any_db


def test_create_publish_and_edit_makes_versions_only_when_needed(lead_db):
    info = forms.save_form(lead_db, SMALL)
    assert (info.version_no, info.published, info.created_new) == (1, False, False)
    edited = copy.deepcopy(SMALL)
    edited["sections"][0]["items"][0]["points"] = 4
    assert forms.save_form(lead_db, edited).version_no == 1  # unpublished, unused: edited in place
    published = forms.publish_form(lead_db, "small")
    assert published.published and published.version_no == 1
    edited["sections"][0]["items"][1]["points"] = 6
    again = forms.save_form(lead_db, edited)
    assert (again.version_no, again.published, again.created_new) == (2, False, True)
    # Evaluators keep scoring on the published version 1 until version 2 is published.
    summary = forms.list_forms(lead_db)[0]
    assert (summary.versions, summary.latest_version, summary.published_version) == (2, 2, 1)
    assert forms.load_definition(lead_db, "small", published_only=True)[1].item("b").points == 3
    forms.publish_form(lead_db, "small")
    assert forms.list_forms(lead_db)[0].published_version == 2
    assert forms.export_form(lead_db, "small", 1)["sections"][0]["items"][0]["points"] == 4


def test_a_locked_version_cannot_change_and_edits_go_to_a_new_version(lead_db):
    info = forms.save_form(lead_db, SMALL, publish=True)

    def lock(session):
        session.get(FormVersion, info.version_id).locked = True

    lead_db.write(lock)

    def tamper(session):
        version = session.get(FormVersion, info.version_id)
        version.definition = {**version.definition, "code": "small", "name": {"en": "changed"}}

    with pytest.raises(FormLocked):
        lead_db.write(tamper)

    def unlock(session):
        session.get(FormVersion, info.version_id).locked = False

    with pytest.raises(FormLocked):
        lead_db.write(unlock)
    edited = copy.deepcopy(SMALL)
    edited["name"] = {"zh_CN": "小表二"}
    new = forms.save_form(lead_db, edited)
    assert new.version_no == 2 and new.created_new
    assert forms.export_form(lead_db, "small", 1) == forms.export_form(lead_db, "small", 1)
    assert forms.export_form(lead_db, "small", 1)["name"] == SMALL["name"]


def test_publish_refuses_a_form_with_problems(lead_db):
    bad = copy.deepcopy(SMALL)
    bad["sections"].append({"code": "empty", "title": "Empty", "weight": 1, "items": []})
    bad["sections"][0]["items"][0]["fatal"] = {"answers": ["yes"], "effect": "zero_total"}
    forms.save_form(lead_db, bad)
    with pytest.raises(forms.FormNotPublishable) as caught:
        forms.publish_form(lead_db, "small")
    codes = {(p.code, p.where) for p in caught.value.problems}
    assert codes == {("empty_section", "section empty"), ("fatal_inverted", "item a")}
    assert forms.list_forms(lead_db)[0].published_version is None


@pytest.mark.parametrize("change, error, where", [
    (lambda d: d.update(format=7), FormTooNew, "the file"),
    (lambda d: d["sections"][0]["items"][1].update(code="a"), FormInvalid, "item a"),
    (lambda d: d["sections"][0]["items"][0].update(type="rating"), FormInvalid, "item a"),
])
def test_import_of_a_bad_file_leaves_existing_forms_untouched(lead_db, change, error, where):
    forms.import_form(lead_db, SMALL, publish=True)
    before = forms.export_form(lead_db, "small")
    bad = copy.deepcopy(SMALL)
    change(bad)
    with pytest.raises(error) as caught:
        forms.import_form(lead_db, bad)
    assert caught.value.where == where
    assert forms.export_form(lead_db, "small") == before
    assert len(forms.versions_of(lead_db, "small")) == 1


def test_only_a_qa_lead_changes_forms(any_db):
    any_db.write(lambda s: s.add(User(login="tester", display_name="Eve", role=Role.EVALUATOR)))
    with pytest.raises(PermissionDenied):
        forms.save_form(any_db, SMALL)
    assert forms.list_forms(any_db) == []


def test_default_form_installed_once_and_audited(lead_db):
    info = forms.ensure_default_form(lead_db)
    assert info.published and info.form_code == "default"
    assert forms.ensure_default_form(lead_db) is None
    assert forms.export_form(lead_db, "default") == default_form().to_dict()
    from sqlalchemy import select

    from qa_desktop.core.db.models import AuditEntry

    with lead_db.read() as session:
        actions = list(session.scalars(select(AuditEntry.action)))
    assert "form.install_default" in actions
