"""civcas.ingest (being written)."""
