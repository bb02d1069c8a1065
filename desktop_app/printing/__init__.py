"""Participant cards as PDFs (ReportLab; no Qt, no SQL in the drawing).

- `cards_pdf`: the card layout and `render_cards` (single cards or 10 per A4 sheet).
- `print_job`: `print_cards`, issuing and rendering as one all-or-nothing step (the one module here
  that uses storage).
- `qr_encode`, `qr_matrix`, `qr_vector`: QR codes for a batch of card codes as vector paths, module for
  module what the `qrcode` library draws.
- `text_fit`, `fonts`, `photo`: fitting names, the embedded fonts, photos scaled for print.
"""
