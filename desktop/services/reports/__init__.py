"""The fiscal-year reports' use cases: each computes its figures in one unit of work and
returns plain records (``desktop.domain.report_figures``) for the PDF, the Excel file and the
dashboard alike."""
