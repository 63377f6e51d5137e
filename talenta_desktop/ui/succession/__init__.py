"""The Suksesi page's pieces: labels, table models, dialogs and the side-by-side talent cards."""
