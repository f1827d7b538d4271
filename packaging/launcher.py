"""Entry point of the frozen app: the same ``qa-desktop`` command line as a pip installation."""
import multiprocessing
import sys

from qa_desktop.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a frozen child process must not re-run the app
    sys.exit(main())
