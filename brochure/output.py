"""Writing PDFs safely: a temporary file in the output folder, renamed into place when complete."""
from __future__ import annotations

import functools
import os
import tempfile
from pathlib import Path

TEMP_PREFIX = ".brochure-"
TEMP_SUFFIX = ".part"


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that readers see the old file or the new one, never a partial one.
    The file gets the permissions any new file gets (mkstemp's temporary is private to its owner)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{os.getpid()}-", suffix=TEMP_SUFFIX, dir=path.parent)
    try:
        os.fchmod(fd, _new_file_mode())
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


@functools.cache
def _new_file_mode() -> int:
    mask = os.umask(0)  # reading the umask means setting it: put it straight back
    os.umask(mask)
    return 0o666 & ~mask


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale_temporaries(folder: Path) -> int:
    """Delete temporary files left by interrupted runs (whose process is gone); returns how many."""
    removed = 0
    for temp in folder.glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}") if folder.is_dir() else []:
        pid = temp.name[len(TEMP_PREFIX):].split("-", 1)[0]
        if pid.isdigit() and _alive(int(pid)) and int(pid) != os.getpid():
            continue
        temp.unlink(missing_ok=True)
        removed += 1
    return removed
