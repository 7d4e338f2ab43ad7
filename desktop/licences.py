"""The licences of everything the program ships, for the bundle's LICENSES folder and the
About box.

``build_spec/collect_licenses.py`` writes ``LICENSES/`` into the bundle: for each runtime
dependency in ``uv.lock`` (the project's own dependencies and theirs, for the platform being
built) the installed distribution's name, version, licence (``License-Expression``, else the
``License`` field, else the trove classifiers) and its licence files, copied; then the fixed
notices from ``resources/licenses`` (Qt/PySide6 LGPL-3.0 with how to replace the Qt
libraries, Sarabun OFL-1.1, geothai data CC-BY-4.0, PyThaiNLP Apache-2.0) and an
``index.json`` listing it all. The About box reads that index in the bundle, and computes the
same list from the lock and ``importlib.metadata`` when running from source.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
import tomllib
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path

from desktop.resources import project_root, resource_path

PROJECT = "labour-network-desk"
INDEX = "index.json"
# Licence texts in resources/licenses that packages without a licence file of their own share.
SHARED_TEXTS = {
    "LGPL-3.0": ("LGPL-3.0.txt", "GPL-3.0.txt", "Qt-PySide6-NOTICE.txt"),
    "Apache-2.0": ("Apache-2.0.txt",),
    "CC-BY-4.0": ("CC-BY-4.0.txt",),
}
LICENCE_FILE = re.compile(r"(^|[-_.])(licen[cs]e|copying|notice|authors|copyright)", re.I)


@dataclass(frozen=True)
class Component:
    """One thing the program ships and the licence it ships under."""

    name: str
    version: str
    licence: str
    files: tuple[str, ...] = ()  # paths relative to the LICENSES folder (or absolute, from source)
    note: str = ""
    fixed: bool = field(default=False, compare=False)


def _fixed(version_of: dict[str, str]) -> list[Component]:
    qt = version_of.get("pyside6-essentials", "")
    return [
        Component(
            "Qt 6, PySide6, Shiboken6",
            qt,
            "LGPL-3.0-only",
            ("Qt-PySide6-NOTICE.txt", "LGPL-3.0.txt", "GPL-3.0.txt"),
            "ไลบรารี Qt แทนที่ได้ (ดู Qt-PySide6-NOTICE.txt) / the Qt libraries can be replaced",
            True,
        ),
        Component(
            "Sarabun (fonts)",
            version_of.get("fontpkg-sarabun", ""),
            "OFL-1.1",
            ("Sarabun-NOTICE.txt", "OFL-1.1-Sarabun.txt"),
            fixed=True,
        ),
        Component(
            "GeoThai data (areas)",
            version_of.get("geothai", ""),
            "CC-BY-4.0",
            ("geothai-NOTICE.txt", "CC-BY-4.0.txt"),
            "ข้อมูลเขตการปกครอง: GeoThai / area data: GeoThai",
            True,
        ),
        Component(
            "PyThaiNLP",
            version_of.get("pythainlp", ""),
            "Apache-2.0",
            ("PyThaiNLP-NOTICE.txt", "Apache-2.0.txt", "PyThaiNLP-corpus.md"),
            fixed=True,
        ),
    ]


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _applies(marker: str | None) -> bool:
    """Whether a lock entry's environment marker holds for the platform being built."""
    if not marker:
        return True
    try:
        from packaging.markers import Marker
    except ImportError:  # no packaging (a bare runtime): what is installed tells instead
        return True
    return Marker(marker).evaluate({"extra": ""})


def runtime_packages(lock_path: Path) -> dict[str, str]:
    """Name → version of every package the project needs at run time on this platform: its
    ``dependencies`` in ``uv.lock`` and theirs, with extras, never the dev or build groups."""
    lock = tomllib.loads(lock_path.read_text(encoding="utf-8"))
    by_name: dict[str, list[dict]] = {}
    for package in lock["package"]:
        by_name.setdefault(_normal(package["name"]), []).append(package)

    def entry(dep: dict) -> dict:
        candidates = by_name[_normal(dep["name"])]
        wanted = dep.get("version")
        return next(p for p in candidates if wanted in (None, p["version"]))

    found: dict[str, str] = {}
    todo = [
        (dep, tuple(dep.get("extra", ())))
        for dep in entry({"name": PROJECT}).get("dependencies", [])
    ]
    while todo:
        dep, extras = todo.pop()
        if not _applies(dep.get("marker")):
            continue
        package = entry(dep)
        key = (_normal(package["name"]), extras)
        if (key[0] in found) and not extras:
            continue
        found[key[0]] = package["version"]
        nested = list(package.get("dependencies", []))
        for extra in extras:
            nested += package.get("optional-dependencies", {}).get(extra, [])
        todo += [(d, tuple(d.get("extra", ()))) for d in nested]
    return dict(sorted(found.items()))


def _licence_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression.strip()
    classifiers = [
        c.split("::")[-1].strip()
        for c in meta.get_all("Classifier") or []
        if c.startswith("License ::") and c.split("::")[-1].strip() != "OSI Approved"
    ]
    text = (meta.get("License") or "").strip()
    if text and len(text) <= 80 and "\n" not in text:
        return text
    return " AND ".join(classifiers) or (text.splitlines()[0][:80] if text else "UNKNOWN")


def _licence_files(dist: metadata.Distribution) -> list[Path]:
    files = []
    for f in dist.files or []:
        parts = Path(str(f)).parts
        in_info = parts and parts[0].endswith(".dist-info")
        if in_info and (
            "licenses" in parts or "license_files" in parts or LICENCE_FILE.search(parts[-1])
        ):
            if parts[-1] in ("RECORD", "METADATA", "WHEEL", "INSTALLER", "REQUESTED"):
                continue
            files.append(Path(str(dist.locate_file(f))))
    return [f for f in files if f.is_file()]


def installed_components(lock_path: Path) -> list[Component]:
    """From source: every runtime package of the lock as installed, its licence files where
    they lie (absolute paths), then the fixed notices."""
    packages = runtime_packages(lock_path)
    components = []
    for name, locked in packages.items():
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            components.append(Component(name, locked, "UNKNOWN", note="not installed here"))
            continue
        files = tuple(str(f) for f in _licence_files(dist))
        components.append(Component(name, dist.version, _licence_of(dist), files))
    fixed_dir = resource_path("licenses")
    fixed = [
        Component(
            c.name, c.version, c.licence, tuple(str(fixed_dir / f) for f in c.files), c.note, True
        )
        for c in _fixed(packages)
    ]
    return fixed + components


def write_licenses(target: Path, lock_path: Path) -> list[Component]:
    """Fill ``target`` (the bundle's LICENSES folder): fixed notices at the top, each package's
    files under ``packages/<name>-<version>/``, ``index.json`` and a plain ``LICENSES.txt``."""
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    written = []
    for c in installed_components(lock_path):
        if c.fixed:
            for f in c.files:
                shutil.copyfile(f, target / Path(f).name)
            written.append(
                Component(
                    c.name, c.version, c.licence, tuple(Path(f).name for f in c.files), c.note, True
                )
            )
            continue
        folder = Path("packages") / f"{c.name}-{c.version}"
        copied = []
        for f in c.files:
            rel = folder / _inside_dist_info(Path(f))
            (target / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(f, target / rel)
            copied.append(rel.as_posix())
        note = c.note
        if not copied:
            # The package ships no licence file: point at the fixed text of its licence.
            texts = [t for spdx, ts in SHARED_TEXTS.items() if spdx in c.licence for t in ts]
            copied = sorted(set(texts))
            note = note or "the package ships no licence file; the licence's text is shared"
        written.append(Component(c.name, c.version, c.licence, tuple(copied), note))
    (target / INDEX).write_text(
        json.dumps([asdict(c) for c in written], ensure_ascii=False, indent=1), encoding="utf-8"
    )
    lines = [
        f"{c.name} {c.version}: {c.licence}" + (f" ({c.note})" if c.note else "") for c in written
    ]
    (target / "LICENSES.txt").write_text(
        "Labour Network Desk ships these components under these licences; the texts are in "
        "this folder.\n\n" + "\n".join(lines) + "\n",
        encoding="utf-8-sig",  # with a BOM: Notepad and the installer's licence page read Thai
    )
    return written


def _inside_dist_info(path: Path) -> Path:
    """``…/numpy-2.4.6.dist-info/licenses/numpy/random/LICENSE.md`` → ``licenses/numpy/…``:
    a package's files keep their own layout, so two files of one name never collide."""
    parts = path.parts
    for i in range(len(parts) - 1, -1, -1):
        if parts[i].endswith(".dist-info"):
            return Path(*parts[i + 1 :])
    return Path(path.name)


def licences_dir() -> Path:
    return project_root() / "LICENSES"


def bundled_components() -> list[Component]:
    """What the About box lists: the bundle's index, or from source the lock as installed."""
    index = licences_dir() / INDEX
    if index.is_file():
        raw = json.loads(index.read_text(encoding="utf-8"))
        return [
            Component(
                r["name"],
                r["version"],
                r["licence"],
                tuple(str(licences_dir() / f) for f in r["files"]),
                r.get("note", ""),
                r.get("fixed", False),
            )
            for r in raw
        ]
    lock = project_root() / "uv.lock"
    if not lock.is_file():
        return []
    return installed_components(lock)


def licence_text(component: Component, limit: int = 400_000) -> str:
    """The licence files of one component, one after another, each under its name."""
    parts = []
    for f in component.files:
        try:
            text = Path(f).read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        parts.append(f"==== {Path(f).name} ====\n{text.strip()}\n")
    return "\n".join(parts)[:limit]


if __name__ == "__main__":  # pragma: no cover - a quick look from the command line
    for c in bundled_components():
        sys.stdout.write(f"{c.name} {c.version}: {c.licence}\n")
