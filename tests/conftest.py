"""Shared fixtures: real SQLite files, a real PostgreSQL server when one is configured.

``QA_DESKTOP_TEST_PG_URL`` (set by tests/run.sh, which starts a throwaway server) names an
administrative connection; each test that asks for ``any_db`` gets a brand-new database on it.
"""
from __future__ import annotations

import os
import uuid

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    # Never touch the developer's real data, cache or settings.
    base = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("QA_DESKTOP_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("QA_DESKTOP_CACHE_DIR", str(base / "cache"))
    monkeypatch.setenv("QA_DESKTOP_SETTINGS_DIR", str(base / "settings"))
    monkeypatch.setenv("QA_DESKTOP_USER", "tester")


PG_URL = os.environ.get("QA_DESKTOP_TEST_PG_URL")


def _new_pg_database() -> tuple[str, callable]:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin_url = make_url(PG_URL.replace("postgresql://", "postgresql+psycopg://", 1))
    name = f"qa_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))

    def drop():
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return admin_url.set(database=name).render_as_string(hide_password=False), drop


@pytest.fixture
def sqlite_db(tmp_path):
    from qa_desktop.core.db import open_database

    database = open_database(tmp_path / "qa.sqlite3")
    yield database
    database.dispose()


@pytest.fixture
def pg_url():
    if not PG_URL:
        pytest.skip("no PostgreSQL server configured (QA_DESKTOP_TEST_PG_URL); tests/run.sh starts one")
    url, drop = _new_pg_database()
    yield url
    drop()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_db(request, tmp_path):
    """An empty, migrated database: a SQLite file, then a fresh PostgreSQL database."""
    from qa_desktop.core.db import open_database

    if request.param == "sqlite":
        database = open_database(tmp_path / "qa.sqlite3")
        yield database
        database.dispose()
    else:
        url = request.getfixturevalue("pg_url")
        database = open_database(url)
        yield database
        database.dispose()


@pytest.fixture
def memory_keyring():
    """The OS keyring replaced by one in memory (CI machines have no desktop keyring service)."""
    import keyring
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        priority = 1

        def __init__(self):
            super().__init__()
            self.items: dict[tuple[str, str], str] = {}

        def get_password(self, service, username):
            return self.items.get((service, username))

        def set_password(self, service, username, password):
            self.items[(service, username)] = password

        def delete_password(self, service, username):
            self.items.pop((service, username), None)

    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)
