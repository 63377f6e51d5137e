"""The Pengembangan page's parts: labels, table models, the plan detail panel and dialogs."""
