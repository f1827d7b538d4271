"""PyInstaller hook for ``webrtcvad``, the call analysis's voice activity detector.

The module comes from the ``webrtcvad-wheels`` distribution (prebuilt wheels for Windows, macOS and
Linux). pyinstaller-hooks-contrib's own hook copies the metadata of a distribution named ``webrtcvad``,
which is not installed, and stops the build ("No package metadata was found for webrtcvad"). Hooks in
the spec's ``hookspath`` take precedence over the contributed ones.
"""
from PyInstaller.utils.hooks import copy_metadata

datas = copy_metadata("webrtcvad-wheels")
