"""Joint crisis plans: written with the person, versioned, printed for them and for crisis partners."""
