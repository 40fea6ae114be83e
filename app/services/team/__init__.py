"""Working as a team through a hub (DESIGN.md §10): set-up, membership, and the exchange of
sealed operations with the hub. The replica engine (app/services/sync) makes and applies the
operations; this package seals, signs, routes and checks them."""
