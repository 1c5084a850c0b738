"""Ctrl-C and SIGTERM held back from a chunk's commit until the run has counted it.

Python raises KeyboardInterrupt at whatever line the main thread is on. Between
a chunk's COMMIT and the line that adds the chunk to the run's counts, that
left an archive with the chunk's articles and a run that said it had not
imported them (seen once in twelve group interrupts on a loaded machine). While
held, a signal is only noted; `release()` puts the handlers back and raises
KeyboardInterrupt then, so the run stops at a point where its counts and the
archive agree. Python runs signal handlers in the main thread only, so this
does nothing elsewhere (an import started from another thread is not
interruptible by signals anyway).
"""

from __future__ import annotations

import signal
import threading

HELD_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class HeldInterrupts:
    def __init__(self) -> None:
        self._previous: dict[int, object] = {}
        self._caught: int | None = None

    def hold(self) -> None:
        """From now until `release()`, a Ctrl-C or SIGTERM waits."""
        if self._previous or threading.current_thread() is not threading.main_thread():
            return
        for signum in HELD_SIGNALS:
            self._previous[signum] = signal.signal(signum, self._note)

    def _note(self, signum, frame) -> None:
        self._caught = signum

    def release(self) -> None:
        """The handlers as they were; KeyboardInterrupt now if a signal came while held."""
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)
        self._previous = {}
        if self._caught is not None:
            self._caught = None
            raise KeyboardInterrupt
