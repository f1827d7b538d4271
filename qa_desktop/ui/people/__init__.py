"""The people screens: Users, Roster, Teams, and the sign-in dialog (all rules live in the core)."""
