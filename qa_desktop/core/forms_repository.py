"""Scoring forms in the database: create, edit, publish, import and export, with versions.

Rules (Five9 / Verint, issue 4):
- a form has numbered versions; evaluators score on the newest *published* version;
- a version is frozen (``FormVersion.locked``) from the moment an evaluation uses it; saving an
  edit of a frozen version makes the next version instead, so every evaluation keeps the exact
  definition it was scored on. The guard below refuses any change to a locked definition,
  whoever tries it;
- a definition only enters the database through ``FormDefinition.from_dict`` (a malformed or
  newer file is rejected before anything is written, existing forms untouched) and is published
  only when ``validate_for_publish`` finds no error;
- only a QA lead (质检组长) changes forms (anyone may read them); every change is audited.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import event, func, inspect, select
from sqlalchemy.orm import Session

from qa_desktop.core.db import Database, audit
from qa_desktop.core.db.models import FormVersion, ScoringForm, User, utcnow
from qa_desktop.core.errors import ValidationError
from qa_desktop.core.scoring.errors import FormLocked, FormNotFound
from qa_desktop.core.scoring.form import FormDefinition, Problem, pick
from qa_desktop.core.workflow.permissions import acting_user, require_qa_lead


class FormNotPublishable(ValidationError):
    code = "form_not_publishable"

    def __init__(self, form_code: str, problems: list[Problem]):
        text = "; ".join(f"{p.where}: {p.message}" for p in problems)
        super().__init__(f"Form {form_code} cannot be published: {text}", form=form_code,
                         problems=[p.to_dict() for p in problems])
        self.problems = problems


@dataclass
class VersionInfo:
    form_code: str
    form_name: str
    version_id: int
    version_no: int
    published: bool
    locked: bool
    created_new: bool = False  # this save made a new version (the previous one was in use)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class FormSummary:
    code: str
    name: str
    archived: bool
    versions: int
    latest_version: int | None
    published_version: int | None
    published_version_id: int | None
    locked_versions: int

    def to_dict(self) -> dict:
        return asdict(self)


@event.listens_for(Session, "before_flush")
def _refuse_changes_to_locked_versions(session: Session, _context, _instances) -> None:
    for obj in list(session.dirty) + list(session.deleted):
        if not isinstance(obj, FormVersion):
            continue
        state = inspect(obj)
        was_locked = state.attrs.locked.history.deleted or state.attrs.locked.history.unchanged
        if not (was_locked and was_locked[0]):
            continue
        if obj in session.deleted:
            raise FormLocked(f"Version {obj.version_no} of the form is used by evaluations and cannot be deleted.")
        if state.attrs.definition.history.has_changes() or (
                state.attrs.locked.history.has_changes() and not obj.locked):
            raise FormLocked(f"Version {obj.version_no} of the form is used by evaluations and cannot change; "
                             "save the edit as a new version.")


def _owner(session: Session, database) -> User | None:
    """The acting QA lead; on a brand-new database with no users yet, anyone may set forms up."""
    if session.scalar(select(func.count()).select_from(User)) == 0:
        return None
    user = acting_user(session, database.user_login)
    require_qa_lead(user, "change scoring forms")
    return user


def _form(session: Session, code: str) -> ScoringForm:
    form = session.scalar(select(ScoringForm).where(ScoringForm.code == code))
    if form is None:
        raise FormNotFound(f"No scoring form with code {code}.", code=code)
    return form


def _latest(form: ScoringForm) -> FormVersion | None:
    return max(form.versions, key=lambda v: v.version_no, default=None)


def published_version(session: Session, code: str) -> FormVersion | None:
    """The version evaluators score on now: the newest published one."""
    return session.scalar(select(FormVersion).join(ScoringForm).where(
        ScoringForm.code == code, FormVersion.published_at.is_not(None)).order_by(FormVersion.version_no.desc()))


def _info(version: FormVersion, created_new: bool = False) -> VersionInfo:
    return VersionInfo(version.form.code, version.form.name, version.id, version.version_no,
                       version.published_at is not None, version.locked, created_new)


def _as_definition(definition: FormDefinition | dict[str, Any]) -> FormDefinition:
    # Always through from_dict, so nothing unchecked reaches the database.
    data = definition.to_dict() if isinstance(definition, FormDefinition) else definition
    return FormDefinition.from_dict(data)


def _publish(session: Session, database, version: FormVersion, definition: FormDefinition) -> None:
    errors = [p for p in definition.validate_for_publish() if p.severity == "error"]
    if errors:
        raise FormNotPublishable(definition.code, errors)
    if version.published_at is None:
        version.published_at = utcnow()
        audit.record(session, database.user_login, "form.publish", "form_version", version.id,
                     form=definition.code, version_no=version.version_no)


def save_form(database: Database, definition: FormDefinition | dict[str, Any], *, publish: bool = False) -> VersionInfo:
    """Store ``definition`` under its code: a new form, an edit of the newest unused version,
    or a new version when the newest one is already in use (locked)."""
    checked = _as_definition(definition)
    data = checked.to_dict()

    def work(session: Session) -> VersionInfo:
        user = _owner(session, database)
        form = session.scalar(select(ScoringForm).where(ScoringForm.code == checked.code))
        created_new = False
        if form is None:
            form = ScoringForm(code=checked.code, name=pick(checked.name, "zh_CN") or checked.code)
            session.add(form)
            session.flush()
            audit.record(session, database.user_login, "form.create", "scoring_form", form.id, code=checked.code)
        form.name = pick(checked.name, "zh_CN") or checked.code
        latest = _latest(form)
        if latest is not None and not latest.locked and latest.published_at is None:
            if latest.definition != data:
                latest.definition = data
                audit.record(session, database.user_login, "form.edit", "form_version", latest.id,
                             form=checked.code, version_no=latest.version_no)
            version = latest
        elif latest is not None and latest.definition == data:
            version = latest  # saving an unchanged definition makes no new version
        else:
            # The newest version is published or in use: edits go to a new version, so
            # evaluators never see a form change under them.
            version = FormVersion(form=form, version_no=(latest.version_no + 1) if latest else 1, definition=data,
                                  created_by_id=user.id if user else None)
            session.add(version)
            session.flush()
            created_new = latest is not None
            audit.record(session, database.user_login, "form.new_version", "form_version", version.id,
                         form=checked.code, version_no=version.version_no)
        if publish:
            _publish(session, database, version, checked)
        session.flush()
        return _info(version, created_new)

    return database.write(work)


def publish_form(database: Database, code: str, version_no: int | None = None) -> VersionInfo:
    """Publish the newest (or the given) version after the publish checks pass."""

    def work(session: Session) -> VersionInfo:
        _owner(session, database)
        form = _form(session, code)
        version = (_latest(form) if version_no is None
                   else next((v for v in form.versions if v.version_no == version_no), None))
        if version is None:
            raise FormNotFound(f"Form {code} has no version {version_no}.", code=code)
        _publish(session, database, version, FormDefinition.from_dict(version.definition))
        return _info(version)

    return database.write(work)


def import_form(database: Database, data: Any, *, publish: bool = False) -> VersionInfo:
    """Import a form file's content. A malformed, inconsistent or newer file raises
    :class:`FormInvalid` (naming the item and the reason) before anything is written."""
    definition = FormDefinition.from_dict(data)
    info = save_form(database, definition, publish=publish)
    database.write(lambda session: audit.record(session, database.user_login, "form.import", "form_version",
                                                info.version_id, form=info.form_code, version_no=info.version_no))
    return info


def list_forms(database: Database, *, include_archived: bool = False) -> list[FormSummary]:
    with database.read() as session:
        query = select(ScoringForm).order_by(ScoringForm.code)
        if not include_archived:
            query = query.where(ScoringForm.archived.is_(False))
        result = []
        for form in session.scalars(query):
            published = [v for v in form.versions if v.published_at is not None]
            current = max(published, key=lambda v: v.version_no, default=None)
            latest = _latest(form)
            result.append(FormSummary(form.code, form.name, form.archived, len(form.versions),
                                      latest.version_no if latest else None,
                                      current.version_no if current else None, current.id if current else None,
                                      sum(1 for v in form.versions if v.locked)))
        return result


def load_definition(database: Database, code: str, version_no: int | None = None, *,
                    published_only: bool = False) -> tuple[VersionInfo, FormDefinition]:
    """A version's definition: the given number, else the newest (published, if asked)."""
    with database.read() as session:
        form = _form(session, code)
        if version_no is not None:
            version = next((v for v in form.versions if v.version_no == version_no), None)
        elif published_only:
            version = published_version(session, code)
        else:
            version = _latest(form)
        if version is None:
            raise FormNotFound(f"Form {code} has no {'published ' if published_only else ''}version"
                               f"{f' {version_no}' if version_no is not None else ''}.", code=code)
        return _info(version), FormDefinition.from_dict(version.definition)


def load_version(database: Database, version_id: int) -> tuple[VersionInfo, FormDefinition]:
    with database.read() as session:
        version = session.get(FormVersion, version_id)
        if version is None:
            raise FormNotFound(f"No form version #{version_id}.", version_id=version_id)
        return _info(version), FormDefinition.from_dict(version.definition)


def export_form(database: Database, code: str, version_no: int | None = None) -> dict[str, Any]:
    """The form file content (the definition JSON with its ``format`` number)."""
    return load_definition(database, code, version_no)[1].to_dict()


def versions_of(database: Database, code: str) -> list[VersionInfo]:
    with database.read() as session:
        form = _form(session, code)
        return [_info(v) for v in sorted(form.versions, key=lambda v: v.version_no)]


def set_archived(database: Database, code: str, archived: bool = True) -> None:
    def work(session: Session) -> None:
        _owner(session, database)
        form = _form(session, code)
        if form.archived != archived:
            form.archived = archived
            audit.record(session, database.user_login, "form.archive" if archived else "form.unarchive",
                         "scoring_form", form.id, code=code)

    database.write(work)


def ensure_default_form(database: Database) -> VersionInfo | None:
    """Install and publish the shipped default form when the database has no form at all."""
    from qa_desktop.core.scoring import default_form

    with database.read() as session:
        if session.scalar(select(func.count()).select_from(ScoringForm)):
            return None
    definition = default_form()

    def work(session: Session) -> VersionInfo | None:
        if session.scalar(select(func.count()).select_from(ScoringForm)):
            return None  # someone else installed one meanwhile
        form = ScoringForm(code=definition.code, name=pick(definition.name, "zh_CN"))
        version = FormVersion(form=form, version_no=1, definition=definition.to_dict(), published_at=utcnow())
        session.add_all([form, version])
        session.flush()
        audit.record(session, database.user_login, "form.install_default", "form_version", version.id,
                     form=definition.code)
        return _info(version)

    return database.write(work)


def lock_version(session: Session, version: FormVersion) -> None:
    """Freeze a version because an evaluation uses it (called inside the evaluation's transaction)."""
    if not version.locked:
        version.locked = True


def item_titles(database: Database, lang: str | None) -> dict[str, str]:
    """Every item code of every form version, as the item's text in ``lang``: what a person reads
    instead of a code (coaching links, Pareto charts). The newest version's wording wins."""
    with database.read() as session:
        definitions = session.scalars(select(FormVersion.definition).order_by(FormVersion.id.desc())).all()
    titles: dict[str, str] = {}
    for data in definitions:
        for section in data.get("sections", []):
            for item in section.get("items", []):
                if item.get("code") and item["code"] not in titles:
                    titles[item["code"]] = pick(item.get("text") or {}, lang or "en") or item["code"]
    return titles


def form_titles(database: Database, lang: str | None) -> dict[str, str]:
    """Each form's code as its name in ``lang`` (the newest version's name)."""
    with database.read() as session:
        rows = session.execute(select(ScoringForm.code, FormVersion.definition).join(FormVersion)
                               .order_by(FormVersion.version_no.desc())).all()
    titles: dict[str, str] = {}
    for code, data in rows:
        titles.setdefault(code, pick(data.get("name") or {}, lang or "en") or code)
    return titles
