"""Ship the top-level resources/ and translations/ inside the wheel.

The checkout keeps them at the top level (the layout the team works in); an installed
wheel finds them under qa_desktop/_data (see qa_desktop/paths.py).
"""
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).parent


class BuildWithData(build_py):
    def run(self):
        super().run()
        target = Path(self.build_lib) / "qa_desktop" / "_data"
        for name in ("resources", "translations"):
            src = ROOT / name
            if src.is_dir():
                shutil.copytree(src, target / name, dirs_exist_ok=True,
                                ignore=shutil.ignore_patterns("*.py", "__pycache__", "screenshots", ".ts.lock"))


setup(cmdclass={"build_py": BuildWithData})
