"""GPT-NeoX: Pythia, RedPajama-INCITE, Dolly v2."""
