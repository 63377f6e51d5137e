"""The sections of the Pengaturan page that have grown beyond a tab's worth of code."""
