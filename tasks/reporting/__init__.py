"""Pure rendering for the weekly report: the quality chart (PNG) and the self-contained HTML page.

Nothing here touches the warehouse or Prefect; callers pass plain rows in and get files/strings out.
"""
from tasks.reporting.chart import chart_data, render_quality_chart
from tasks.reporting.html_page import render_report_page, write_text_atomic

__all__ = ["chart_data", "render_quality_chart", "render_report_page", "write_text_atomic"]
