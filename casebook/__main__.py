import multiprocessing
import sys

# The exchange runs age in a second process (core/exchange/age_pipe.py). In a frozen build
# that child is this program started again: it runs its task here and never reaches main().
multiprocessing.freeze_support()

from casebook.cli.main import main  # noqa: E402

sys.exit(main())
