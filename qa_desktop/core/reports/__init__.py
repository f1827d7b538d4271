"""Reports: the monthly and weekly Excel workbooks and the figures behind the in-app charts (Qt-free)."""
