"""The call centre's own people as HR knows them: agents, teams, transfers and leavers (Qt-free)."""
