import sys

if sys.argv[1:2] == ["--exchange-age-process"]:
    # The exchange's second process (core/exchange/age_pipe.py), started by this program
    # itself (also as a frozen build): age only, before the command line is even imported.
    from casebook.core.exchange.age_pipe import child_main

    sys.exit(child_main(sys.argv[2:]))

from casebook.cli.main import main

sys.exit(main())
