"""Data access: models, opening a database, migrations, backup and integrity checks."""
from qa_desktop.core.db.database import Database, open_database  # noqa: F401
