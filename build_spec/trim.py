"""What the bundle leaves out: the rules the spec applies to PyInstaller's lists of binaries
and data files, kept here (plain Python, no PyInstaller) so a test can hold them to the app.

Each rule names a destination path in the bundle, with ``/`` separators, as PyInstaller's
TOC entries carry them (``PySide6/Qt/plugins/...`` on Linux, ``PySide6/plugins/...`` on
Windows). Measured sizes are in build_spec/README.md.
"""

from __future__ import annotations

import re

# The only PyThaiNLP data the app reads: newmm's word list (desktop.documents.thai_text) and
# the stop words pythainlp.tokenize loads with it; the corpus licence goes with them.
# pyinstaller-hooks-contrib's hook collects the whole 63 MB corpus; this overrides it.
PYTHAINLP_KEEP = {"words_th.txt", "stopwords_th.txt", "corpus_license.md"}

# Python packages the app never imports: dev tools that happen to sit in the build venv, Qt
# modules (widgets only: no QML/Quick, no WebEngine, no network), optional extras.
EXCLUDED_MODULES = [
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.Qt3DCore",
    "PySide6.QtMultimedia",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "tkinter",
    "matplotlib",
    "IPython",
    "pytest",
    "_pytest",
    "pluggy",
    "hypothesis",
    "pygments",  # mako highlights tracebacks with it when present; it works without
    "setuptools",
    "distutils",
    "psutil",
    "numpy.f2py",
    "numpy.distutils",
    "pandas.tests",
    "numpy.tests",
    # pyqtgraph draws the dashboard's bar charts; its 3-D, notebook, console, flowchart and
    # example parts are never imported by it.
    "pyqtgraph.opengl",
    "pyqtgraph.jupyter",
    "pyqtgraph.console",
    "pyqtgraph.flowchart",
    "pyqtgraph.examples",
    "pyqtgraph.canvas",
]

_QT = r"PySide6/(?:Qt/)?"
_PLUGINS = _QT + r"plugins/"
DROPPED = [
    re.compile(p)
    for p in (
        # Qt's own translations: the app loads only its own labour_desk_*.qm.
        _QT + r"translations/",
        # Plugins for things the app does not do: network, TLS, touch/evdev input, kiosk
        # (EGLFS, linuxfb, VNC, Vulkan) platforms, Wayland (Qt falls back to X11 / XWayland),
        # the GTK3 theme, rare image formats.
        _PLUGINS + r"(?:networkinformation|tls|generic|egldeviceintegrations|wayland-[^/]+|"
        r"sqldrivers|multimedia|position|qmltooling|designer|renderers|scenegraph)/",
        _PLUGINS + r"platforms/(?:lib)?q(?:eglfs|linuxfb|vnc|vkkhrdisplay|minimalegl|wayland"
        r"|wayland-[^/]*)\.",
        _PLUGINS + r"platformthemes/(?:lib)?qgtk3\.",
        _PLUGINS + r"imageformats/(?:lib)?q(?:icns|tga|tiff|wbmp|webp|pdf)\.",
        # The Qt libraries only those plugins and modules use.
        r"(?:^|/)(?:lib)?Qt6(?:Network|Wayland\w*|WlShellIntegration|EglFs\w*|"
        r"EglFSDeviceIntegration|Qml\w*|Quick\w*|OpenGLWidgets|Pdf\w*|VirtualKeyboard\w*)"
        r"(?:\.so\.6|\.dll)$",
        # Windows: the software OpenGL renderer (~20 MB) and Direct3D compiler serve OpenGL
        # and Qt Quick; widgets paint with Qt's raster engine and never load them.
        r"(?:^|/)(?:opengl32sw|d3dcompiler_\d+)\.dll$",
        # numpy / pandas test suites, should a hook have picked them up.
        r"^(?:numpy|pandas)/(?:.*/)?tests/",
        # Developer-only files among the resources.
        r"^resources/translations/(?:.*\.ts|update_translations\.py|en\.json)$",
    )
]
_CORPUS = re.compile(r"^pythainlp/corpus/([^/]+)$")


def dropped(dest: str) -> bool:
    """Whether the file at ``dest`` (a path inside the bundle) is left out."""
    dest = dest.replace("\\", "/")
    corpus = _CORPUS.match(dest)
    if corpus:
        return corpus.group(1) not in PYTHAINLP_KEEP
    return any(rule.search(dest) for rule in DROPPED)


def keep(toc):
    """A PyInstaller TOC (list of (dest, source, kind)) without the dropped entries."""
    return [entry for entry in toc if not dropped(entry[0])]
