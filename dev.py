"""Set up and run Labour Network Desk on a fresh machine with nothing but Python 3.11+.

    python dev.py run    set everything up, fill a demo database, open the window
    python dev.py test   set everything up, check contracts, lint and format, run the tests
    python dev.py bundle [--smoke]   build the PyInstaller one-folder bundle into dist/
                         (and smoke-test the built executables: build_spec/smoke_test.py)

It installs `uv` into .tools/ (unless uv is already on PATH), creates .venv with the exact
versions in uv.lock, and runs the command there. Works the same on Windows and Linux.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
TOOLS = ROOT / ".tools"
BIN = "Scripts" if os.name == "nt" else "bin"
EXE = ".exe" if os.name == "nt" else ""


def find_uv() -> str:
    found = shutil.which("uv")
    if found:
        return found
    uv = TOOLS / BIN / f"uv{EXE}"
    if not uv.exists():
        print("dev.py: installing uv into .tools/ …", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(TOOLS)
        subprocess.check_call(
            [str(TOOLS / BIN / f"python{EXE}"), "-m", "pip", "install", "-q", "uv"]
        )
    return str(uv)


def uv_env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("UV_PYTHON", sys.executable)  # use this Python; never download one
    env.setdefault("UV_PYTHON_DOWNLOADS", "never")
    env.setdefault("UV_PROJECT_ENVIRONMENT", str(ROOT / ".venv"))
    return env


def uv(*args: str, env: dict[str, str] | None = None) -> int:
    return subprocess.call([find_uv(), *args], cwd=ROOT, env=env or uv_env())


def sync(*groups: str) -> None:
    extra = [a for g in groups for a in ("--group", g)]
    if uv("sync", "--locked", *extra) != 0:
        raise SystemExit("dev.py: could not install the dependencies")


def run_app() -> int:
    sync()
    from_env = os.environ.get("LABOUR_DESK_DATABASE_URL")
    args = ["run", "--locked", "labour-desk"]
    if not from_env:
        data = Path(os.environ.get("LABOUR_DESK_DATA_DIR") or ROOT / ".demo-data")
        data.mkdir(exist_ok=True)
        args += ["--database", f"sqlite:///{(data / 'demo.sqlite3').as_posix()}"]
    return uv(*args, "demo", "--if-empty", "--open")


def run_tests(pytest_args: list[str]) -> int:
    sync()
    env = uv_env()
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # The cheap guards run first, so a broken contract or an unformatted file fails in seconds;
    # pytest runs last so its closing summary stays the last line of output (CI reads it).
    guards = [
        (("lint-imports",), "layer contracts broken (see above)"),
        (("ruff", "check", "."), "ruff found lint errors (see above; `ruff check --fix .`)"),
        (
            ("ruff", "format", "--check", "."),
            "files not formatted (see above; run `ruff format .`)",
        ),
    ]
    for command, failure in guards:
        code = uv("run", "--locked", *command, env=env)
        if code != 0:
            print(f"dev.py: {failure}", file=sys.stderr)
            return code
    return uv("run", "--locked", "pytest", *pytest_args, env=env)


def bundle(smoke: bool) -> int:
    """Build dist/LabourNetworkDesk-<version>/ with the locked PyInstaller (the build group)."""
    sync("build")
    env = uv_env()
    env.setdefault("QT_QPA_PLATFORM", "offscreen")  # the icon and licence steps need no screen
    code = uv(
        "run",
        "--locked",
        "--group",
        "build",
        "pyinstaller",
        str(Path("build_spec") / "labour_desk.spec"),
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        "dist",
        "--workpath",
        str(Path("build") / "pyinstaller"),
        env=env,
    )
    if code != 0 or not smoke:
        return code
    return uv(
        "run", "--locked", "python", str(Path("build_spec") / "smoke_test.py"), "dist", env=env
    )


def main(argv: list[str]) -> int:
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py itself may run on an older Python
        raise SystemExit("dev.py: Python 3.11 or newer is needed")
    if not argv or argv[0] not in ("run", "test", "bundle"):
        print(__doc__)
        return 2
    if argv[0] == "bundle":
        return bundle(smoke="--smoke" in argv[1:])
    return run_app() if argv[0] == "run" else run_tests(argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
