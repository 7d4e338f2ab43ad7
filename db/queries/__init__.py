"""Query builders, one small module per aggregate; services compose them."""
