"""The form designer (QA leads): sections and items, live preview, checks, publishing, import/export."""
