"""What every print action in the window shares: asking for full IDs, a save dialog, and
running long documents in a worker with progress and cancel."""
