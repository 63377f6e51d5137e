"""Qt widgets only: pages, table models, views and dialogs. Work is delegated to services via Workspace."""
