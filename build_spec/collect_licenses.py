"""Write the bundle's LICENSES folder from the lock:

    python build_spec/collect_licenses.py OUT_DIR      (run in the build environment)

Every runtime dependency in uv.lock (never the dev or build groups), as installed: name,
version, licence expression (or classifier) and its own licence files, plus the fixed notices
for Qt/PySide6 (LGPL-3.0, with how to replace the Qt libraries), Sarabun (OFL-1.1), the
geothai data (CC-BY-4.0) and PyThaiNLP (Apache-2.0). The spec runs it; the logic lives in
``desktop.licences`` so the About box lists exactly the same thing when run from source.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.licences import write_licenses  # noqa: E402


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    written = write_licenses(Path(argv[0]), ROOT / "uv.lock")
    print(f"collect_licenses: {len(written)} components → {argv[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
