"""civcas.web (being written)."""
