"""The evaluator's workspace: work queue, player, notes, flags, call details and the scoring panel."""
