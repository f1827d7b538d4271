"""Topic QA (专题质检) screens."""
