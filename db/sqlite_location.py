"""Where a SQLite file may live: on a local disk, never a network share.

WAL needs shared memory between the processes using the file, which network file systems
(SMB/CIFS, NFS, FUSE mounts of remote storage) do not provide: two clerks on one file there
corrupt it. Windows paths are resolved first, so a SUBST drive or a link onto a share is caught
and a ``\\\\?\\C:\\`` long local path is not mistaken for a share.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from urllib.parse import unquote, urlsplit


class DatabaseProblem(ValueError):
    """The database cannot be used as it is; ``str()`` is one Thai line saying what to do."""

    @property
    def message(self) -> str:
        return str(self)


class UnsafeDatabaseLocation(DatabaseProblem):
    """The SQLite file would live somewhere WAL cannot work safely."""


NETWORK_FS_TYPES = {
    "nfs",
    "nfs4",
    "cifs",
    "smbfs",
    "smb3",
    "9p",
    "afs",
    "ncpfs",
    "ceph",
    "lustre",
    "glusterfs",
    "davfs",
    "fuse.davfs",
    "fuse.sshfs",
    "fuse.rclone",
    "fuse.s3fs",
    "fuse.gcsfuse",
    "fuse.glusterfs",
    "fuse.smbnetfs",
    "fuse.gvfsd-fuse",
    "fuse.cifs",
}


def windows_plain(path: str) -> str:
    r"""``\\?\C:\x`` → ``C:\x`` and ``\\?\UNC\srv\share`` → ``\\srv\share``: the long-path
    prefixes Windows APIs return say nothing about where the file is."""
    for prefix, becomes in (("\\\\?\\UNC\\", "\\\\"), ("\\\\.\\UNC\\", "\\\\"), ("//?/UNC/", "//")):
        if path.upper().startswith(prefix.upper()):
            return becomes + path[len(prefix) :]
    for prefix in ("\\\\?\\", "\\\\.\\", "//?/", "//./"):
        if path.startswith(prefix):
            return path[len(prefix) :]
    return path


def is_unc(path: str) -> bool:
    plain = windows_plain(path)
    return plain.startswith("\\\\") or plain.startswith("//")


def _windows_drive_is_remote(path: str) -> bool:
    import ctypes

    drive = os.path.splitdrive(path)[0]
    if not drive or is_unc(drive):
        return False
    DRIVE_REMOTE = 4
    return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == DRIVE_REMOTE  # type: ignore[attr-defined]


def linux_fs_type(path: Path, mounts_text: str | None = None) -> str:
    """The file system type of the mount holding ``path`` (longest matching mount point)."""
    if mounts_text is None:
        try:
            mounts_text = Path("/proc/mounts").read_text()
        except OSError:
            return ""
    best, fstype = "", ""
    target = str(path)
    for line in mounts_text.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) > len(best):
            best, fstype = mount_point, parts[2]
    return fstype


def is_network_fs(fstype: str) -> bool:
    return fstype in NETWORK_FS_TYPES


def _existing_parent(path: Path) -> Path:
    for candidate in (path, *path.parents):
        if candidate.exists():
            return candidate
    return path


def check_sqlite_location(file_path: str) -> None:
    message = (
        "ไม่สามารถเปิดฐานข้อมูล SQLite บนไดรฟ์เครือข่ายหรือที่อยู่แบบ UNC ได้ ({path}) "
        "เพราะอาจทำให้ข้อมูลเสียหาย หากหลายเครื่องต้องใช้ข้อมูลร่วมกัน "
        "ให้ใช้ฐานข้อมูล PostgreSQL ของสำนักงาน (--database postgresql+psycopg://...)"
    )
    if is_unc(file_path):
        raise UnsafeDatabaseLocation(message.format(path=file_path))
    # Links, junctions and (on Windows) SUBST drives resolve to where the file really is.
    real = os.path.realpath(_existing_parent(Path(windows_plain(file_path)).absolute()))
    if sys.platform == "win32":
        real = windows_plain(real)
        if is_unc(real) or _windows_drive_is_remote(real):
            raise UnsafeDatabaseLocation(message.format(path=file_path))
    elif is_network_fs(linux_fs_type(Path(real))):
        raise UnsafeDatabaseLocation(message.format(path=file_path))


def file_of_uri(database: str, query: dict) -> str | None:
    """The file of a ``file:`` URI database (``sqlite:///file:x.db?uri=true``); None in memory."""
    if str(query.get("mode", "")).lower() == "memory" or database.startswith("file::memory:"):
        return None
    parts = urlsplit(database)
    path = unquote(parts.path if not parts.netloc or parts.netloc == "localhost" else "")
    if parts.netloc and parts.netloc != "localhost":
        return f"//{parts.netloc}{unquote(parts.path)}"  # file://server/share/x.db: a share
    if len(path) > 2 and path[0] == "/" and path[2] == ":":
        path = path[1:]  # file:///C:/x.db
    return path or None
