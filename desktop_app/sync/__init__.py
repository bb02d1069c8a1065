"""Sync by file: bundles (plain manifest + encrypted events), import with merge, join files, sync folders."""
