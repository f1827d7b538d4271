"""Who is signing in: password hashes, sign-in with slow-down, the OS keyring (Qt-free)."""
