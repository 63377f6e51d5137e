"""Critical posts and their successors (DOMAIN §6): vacancy dates, eligible candidates from the KRS,
readiness, the committee's confirmation, and bench strength."""
