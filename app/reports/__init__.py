"""PDF documents (ReportLab platypus): pure renderers of plain data, no Qt."""
