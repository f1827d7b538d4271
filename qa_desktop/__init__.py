"""QA Desktop (质检工作台): offline, keyboard-first call-centre quality evaluation."""
from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("qa-desktop")
except _metadata.PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0.1.0"

APP_NAME = "QA Desktop"
ORGANIZATION = "QA Desktop"
ORGANIZATION_DOMAIN = "qa-desktop.local"
