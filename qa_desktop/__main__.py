import sys

from qa_desktop.cli import main

sys.exit(main())
