"""Smoke-test the built bundle as an office would first use it:

    python build_spec/smoke_test.py [DIST]       (DIST: where dev.py bundle put it; default dist)

Runs the console companion: ``--version``; ``demo`` into a temporary data folder;
``print roster`` to a PDF (Thai text checked when pypdf is at hand); ``cases list --format
csv`` piped, which must come out as UTF-8 Thai; portable mode (a ``portable.txt`` beside the
executable puts the database in ``data/`` beside it). Then starts the windowed executable
offscreen, which must start and stay up for a few seconds (it waits at the sign-in), and
ends it. Exit code 0 when all of it passed; each step prints one line.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXE = ".exe" if os.name == "nt" else ""
WINDOW_SECONDS = 6


def fail(message: str) -> None:
    print(f"smoke: FAILED — {message}", flush=True)
    raise SystemExit(1)


def ok(message: str) -> None:
    print(f"smoke: ok — {message}", flush=True)


def bundle_dir(dist: Path, version: str) -> Path:
    folder = dist / f"LabourNetworkDesk-{version}"
    if not folder.is_dir():
        fail(f"no bundle at {folder} (run `python dev.py bundle` first)")
    return folder


def run(exe: Path, *args: str, env: dict[str, str], timeout: int = 300):
    done = subprocess.run(
        [str(exe), *args], env=env, capture_output=True, timeout=timeout, stdin=subprocess.DEVNULL
    )
    if done.returncode != 0:
        err = done.stderr.decode("utf-8", "replace").strip()
        fail(f"{exe.name} {' '.join(args)} exited {done.returncode}: {err[-2000:]}")
    return done


def main(argv: list[str]) -> int:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"
    ]
    folder = bundle_dir(Path(argv[0]) if argv else ROOT / "dist", version)
    console = folder / f"labour-desk{EXE}"
    windowed = folder / f"LabourNetworkDesk{EXE}"
    for exe in (console, windowed):
        if not exe.is_file():
            fail(f"missing {exe}")
    for index in (
        folder / "LICENSES" / "index.json",
        folder / "_internal" / "LICENSES" / "index.json",
    ):
        if not index.is_file():
            fail(f"missing {index}")
    ok("both executables and LICENSES are there")

    tmp = Path(tempfile.mkdtemp(prefix="ld-smoke-"))
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("LABOUR_DESK_") and k not in ("PYTHONPATH", "PYTHONHOME")
    }
    env.update(
        LABOUR_DESK_DATA_DIR=str(tmp / "data"),
        LABOUR_DESK_LOG_DIR=str(tmp / "logs"),
        LABOUR_DESK_CACHE_DIR=str(tmp / "cache"),
        LABOUR_DESK_SETTINGS_DIR=str(tmp / "settings"),
        QT_QPA_PLATFORM="offscreen",
        PYTHONIOENCODING="",  # the bundle must choose UTF-8 itself
    )
    try:
        out = run(console, "--version", env=env).stdout.decode("utf-8")
        if version not in out:
            fail(f"--version printed {out!r}, not {version}")
        ok(f"--version: {out.strip()}")

        started = time.monotonic()
        run(console, "demo", "--people", "40", env=env)
        if not (tmp / "data" / "labour-desk.sqlite3").is_file():
            fail("demo wrote no database into the data folder")
        ok(f"demo into {tmp / 'data'} ({time.monotonic() - started:.1f} s)")

        signed = dict(env, LABOUR_DESK_USER="admin", LABOUR_DESK_PASSWORD="demo1234")
        pdf = tmp / "roster.pdf"
        run(console, "print", "roster", "--out", str(pdf), env=signed)
        if not pdf.is_file() or not pdf.read_bytes().startswith(b"%PDF"):
            fail("print roster wrote no PDF")
        try:
            from pypdf import PdfReader
        except ImportError:
            ok(f"print roster: {pdf.stat().st_size} bytes (pypdf not here: text not checked)")
        else:
            text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
            if "ทะเบียน" not in text:
                fail("the roster PDF has no Thai title text")
            ok(f"print roster: {len(PdfReader(pdf).pages)} page(s) with Thai text")

        listing = run(console, "cases", "list", "--format", "csv", env=signed).stdout
        try:
            decoded = listing.decode("utf-8")
        except UnicodeDecodeError:
            fail("cases list --format csv is not UTF-8")
        if not any("\u0e00" <= ch <= "\u0e7f" for ch in decoded):
            fail("cases list --format csv has no Thai in it")
        ok(f"cases list --format csv: {len(decoded.splitlines())} lines of UTF-8")

        marker = folder / "portable.txt"
        portable_data = folder / "data"
        had_data = portable_data.exists()
        marker.write_text("portable\n", encoding="utf-8")
        try:
            portable_env = {
                k: v
                for k, v in env.items()
                if k not in ("LABOUR_DESK_DATA_DIR", "LABOUR_DESK_LOG_DIR")
            }
            run(console, "demo", "--people", "5", env=portable_env)
            if not (portable_data / "labour-desk.sqlite3").is_file():
                fail("portable mode kept no database beside the executable")
            ok(f"portable mode: database in {portable_data}")
        finally:
            marker.unlink()
            if not had_data:
                shutil.rmtree(portable_data, ignore_errors=True)

        window = subprocess.Popen(
            [str(windowed)],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        try:
            time.sleep(WINDOW_SECONDS)
            code = window.poll()
            if code is not None:
                early = window.stderr.read().decode("utf-8", "replace") if window.stderr else ""
                fail(f"the window exited with {code} within {WINDOW_SECONDS} s: {early[-2000:]}")
        finally:
            window.terminate()
            try:
                _, err = window.communicate(timeout=15)
            except subprocess.TimeoutExpired:
                window.kill()
                _, err = window.communicate()
        # A Qt that cannot start (a missing platform plugin or library) may hang instead of
        # exiting: what it printed tells.
        for sign in (b"Traceback", b"failed to start", b"Could not load the Qt platform plugin"):
            if sign in err:
                fail(f"the window did not start: {err.decode('utf-8', 'replace')[-2000:]}")
        ok(f"the window started offscreen and stayed up {WINDOW_SECONDS} s")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())
    files = sum(1 for f in folder.rglob("*") if f.is_file())
    print(f"smoke: all passed — bundle {size / 2**20:.0f} MiB in {files} files", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
