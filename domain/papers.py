"""The receipt papers a station can print on (its setting). Apart from domain.documents, which loads the
templates, so the settings read at start-up do not load them."""

RECEIPT_PAPERS = ("A4", "A5", "roll80")
