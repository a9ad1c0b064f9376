"""One module per page: pure view builders (display tables, alt texts, headline figures, citations)."""
