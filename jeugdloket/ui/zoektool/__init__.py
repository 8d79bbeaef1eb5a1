"""The zoektool: searching contracted care and recording the toewijzing."""
