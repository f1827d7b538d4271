"""The Call library page: every registered call, importing recordings, relinking a moved share."""
