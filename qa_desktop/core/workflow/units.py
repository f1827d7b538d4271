"""Composing another service's unit of work into ours, so a workflow step commits as one.

The evaluation and flag services run their work through ``database.write(fn)``. A review
adjustment or a dispute decision must amend the evaluation *and* record the review or the
decision together, or neither. :class:`InTransaction` stands in for the database inside our
own write: the service's ``fn`` runs on our session, under the same acting user.
"""
from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import TypeVar

from sqlalchemy.orm import Session

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


@contextlib.contextmanager
def reading(source) -> Iterator[Session]:
    """A read session from a database, or the given session itself (for callers already in one)."""
    if isinstance(source, Session):
        yield source
    else:
        with source.read() as session:
            yield session
