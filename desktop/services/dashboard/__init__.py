"""The dashboard's figures and the lists behind them (``records``), read by ``service``."""

from desktop.services.dashboard.service import DashboardService

__all__ = ["DashboardService"]
