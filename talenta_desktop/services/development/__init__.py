"""Individual development plans (DOMAIN §7): gaps, interventions from the box's rekomendasi, progress, JP."""
