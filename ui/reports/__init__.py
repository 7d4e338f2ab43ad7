"""The Reports page: the reports the province sends upward, printed or exported from the window."""
