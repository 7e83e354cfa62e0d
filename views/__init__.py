"""The explorer's panels, one module each; `app.py` composes them."""
