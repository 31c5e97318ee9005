"""Keep an unlocked casebook's secrets out of crash dumps and other programs' reach.

From the passphrase on, this process holds the data key and decrypted case data; a crash
would write them into a core file or hand them to the system's crash reporter. Core dumps
are therefore switched off (RLIMIT_CORE 0, soft and hard) before a casebook is unlocked,
for the rest of the process: Python cannot wipe memory, so the key may outlive ``close``.
On Linux the process is also marked not dumpable (``prctl(PR_SET_DUMPABLE, 0)``, as
ssh-agent and KeePassXC do), which stops crash handlers fed through a pipe and keeps other
programs of the same user from attaching to it or reading its memory and environment.
"""

from __future__ import annotations

import contextlib
import ctypes
import sys

_PR_SET_DUMPABLE = 4


def keep_secrets_out_of_dumps() -> None:
    """Idempotent; where the platform has no such switch, nothing is done."""
    try:
        import resource
    except ImportError:  # Windows: no core files; its error reporting is the system's
        return
    with contextlib.suppress(OSError, ValueError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)
