"""civcas.evaluate (being written)."""
