"""The call's transcript beside the player, and the automatic checks' suggestions (thin Qt layer)."""
