import sys

from casebook.cli.main import main

sys.exit(main())
