"""Ctrl-C and SIGTERM held back from a chunk's commit until the run has counted it.

Python raises KeyboardInterrupt at whatever line the main thread is on. Between
a chunk's COMMIT and the line that adds the chunk to the run's counts, that
left an archive with the chunk's articles and a run that said it had not
imported them (seen once in twelve group interrupts on a loaded machine). While
held, a signal is only noted; `release()` puts the handlers back and hands the
signal to the handler that was there before (the command's turns it into
KeyboardInterrupt), so the run stops at a point where its counts and the
archive agree.

- A second signal while held is not held: it is handed on at once (Ctrl-C
  twice stops a run that is stuck, say waiting for a lock).
- A signal that was ignored before (a background job started by a script) is
  not held, and stays ignored.
- Python runs signal handlers in the main thread only, so this does nothing
  elsewhere.
"""

from __future__ import annotations

import os
import signal
import threading

HELD_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class HeldInterrupts:
    def __init__(self) -> None:
        self._previous: dict[int, object] = {}
        self._caught: int | None = None

    def hold(self) -> None:
        """From now until `release()`, a first Ctrl-C or SIGTERM waits."""
        if self._previous or threading.current_thread() is not threading.main_thread():
            return
        for signum in HELD_SIGNALS:
            previous = signal.getsignal(signum)
            if previous in (signal.SIG_IGN, None):  # ignored, or set outside Python: leave it be
                continue
            self._previous[signum] = signal.signal(signum, self._note)

    def _note(self, signum, frame) -> None:
        if self._caught is not None:  # a second one: the first is handed on now, no longer held
            self.release()
            return
        self._caught = signum

    def release(self, deliver: bool = True) -> None:
        """The handlers as they were; the signal that came while held is handed to its handler now (unless not `deliver`)."""
        previous, self._previous = self._previous, {}
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        caught, self._caught = self._caught, None
        if caught is None or not deliver:
            return
        handler = previous[caught]
        if callable(handler):
            handler(caught, None)  # default_int_handler, or the command's: KeyboardInterrupt
        elif handler == signal.SIG_DFL:
            os.kill(os.getpid(), caught)
