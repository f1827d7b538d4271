"""The call library (Qt-free): registering recordings as calls and keeping them findable.

- ``importer``: folders/files + manifest or file-name pattern -> calls, with a per-run report
- ``manifest``: CSV/XLSX call lists in any Chinese encoding, English or Chinese column names
- ``filename_pattern``: metadata from names like ``{agent_id}_{date:%Y%m%d}_{call_id}``
- ``phone``: customer numbers masked for display, keyed hash for lookups
- ``relink``: a share mounted under another path
- ``call_analysis``: analyse a registered call and store the result with it
- ``catalogue``: what the Call library page lists
"""
