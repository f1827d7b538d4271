"""Composing another service's unit of work into ours, so a workflow step commits as one.

The evaluation and flag services run their work through ``database.write(fn)``. A review
adjustment or a dispute decision must amend the evaluation *and* record the review or the
decision together, or neither. :class:`InTransaction` stands in for the database inside our
own write: the service's ``fn`` runs on our session, under the same acting user.
:func:`in_transaction` hands it out typed as the ``Database`` the services take.
"""
from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, TypeVar, cast

from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from qa_desktop.core.db import Database

T = TypeVar("T")


class InTransaction:
    def __init__(self, database, session: Session):
        self._database = database
        self._session = session
        self.user_login = database.user_login

    def write(self, work: Callable[[Session], T], **_ignored) -> T:
        return work(self._session)

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        yield self._session

    def __getattr__(self, name):
        return getattr(self._database, name)



def in_transaction(database: Database, session: Session) -> Database:
    """``database`` as seen from inside ``session``'s transaction: a service called with it joins it."""
    return cast("Database", InTransaction(database, session))

@contextlib.contextmanager
def reading(source) -> Iterator[Session]:
    """A read session from a database, or the given session itself (for callers already in one)."""
    if isinstance(source, Session):
        yield source
    else:
        with source.read() as session:
            yield session
