"""Labour Network Desk: the application without Qt (services, domain rules, documents)."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("labour-network-desk")
except PackageNotFoundError:  # running from a source tree or a frozen bundle
    __version__ = "0.1.0"

APP_NAME = "Labour Network Desk"
APP_NAME_TH = "ระบบเครือข่ายแรงงาน"
