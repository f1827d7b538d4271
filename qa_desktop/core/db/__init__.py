"""Data access: models, opening a database, migrations, backup and integrity checks.

Topic QA's and the training records' tables live in their own modules on the same Base; importing
them with the package keeps the schema whole wherever any part of it is used (models.py cannot
import them: they import its Base).
"""
from qa_desktop.core.db import topic_models, training_models  # noqa: F401
from qa_desktop.core.db.database import Database, open_database  # noqa: F401
