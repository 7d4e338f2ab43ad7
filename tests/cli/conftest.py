"""Demo databases for the command-line tests: each ``labour-desk demo`` seeding runs once per
session into a template file, and every test gets its own copy, so a test that writes never
sees another test's writes while the suite pays for the seeding only once."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.cli import main

DemoCopy = Callable[..., str]
DEMO_PASSWORD = "demo1234"


@pytest.fixture(autouse=True)
def signed_in_as_admin(monkeypatch) -> None:
    """Every command signs in; as a scheduled script would, these tests give the demo admin's
    name and password in the environment (``--user`` overrides the name; every demo user has
    the same password). Tests of the sign-in itself unset them."""
    monkeypatch.setenv("LABOUR_DESK_USER", "admin")
    monkeypatch.setenv("LABOUR_DESK_PASSWORD", DEMO_PASSWORD)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Callable[..., Path]:
    """The seeded file for the given ``demo`` arguments, made on first use. The demo's seeds
    are fixed, so a copy holds exactly what running the command again would write."""
    made: dict[tuple[str, ...], Path] = {}

    def template(*demo_args: str) -> Path:
        if demo_args not in made:
            folder = tmp_path_factory.mktemp("demo")
            path = folder / "demo.sqlite3"
            with pytest.MonkeyPatch.context() as patch:
                patch.setenv("LABOUR_DESK_LOG_DIR", str(folder / "logs"))
                assert main(["--database", f"sqlite:///{path}", "demo", *demo_args]) == 0
            made[demo_args] = path
        return made[demo_args]

    return template


@pytest.fixture
def demo_copy(demo_template, tmp_path, monkeypatch) -> DemoCopy:
    """``demo_copy("--people", "20")`` -> the URL of this test's own copy of that demo data."""
    monkeypatch.setenv("LABOUR_DESK_LOG_DIR", str(tmp_path / "logs"))

    def copy(*demo_args: str, name: str = "cli.sqlite3") -> str:
        source = demo_template(*demo_args)
        target = tmp_path / name
        shutil.copyfile(source, target)
        # The command closes its connections, which folds the WAL into the file; a leftover
        # log would still hold committed rows, so it travels with the copy.
        wal = source.with_name(source.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, target.with_name(target.name + "-wal"))
        return f"sqlite:///{target}"

    return copy
