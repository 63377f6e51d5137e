"""The exchange package: one signed file carrying a period's data between Talenta installations.

``identity`` is this installation's signing key; ``package`` the file format (manifest, parts, signature);
``tables`` what each table contributes and how rows are matched across installations; ``exchange`` the
export, the preview and the merge.
"""
