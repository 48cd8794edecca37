"""CLI command groups. Each module registers its commands on the apps in ``_apps``."""
