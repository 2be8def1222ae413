from __future__ import annotations

import pytest

from desktop import fonts, i18n


@pytest.fixture
def app(qapp):
    """The offscreen QApplication with the bundled fonts, in English (the source language) unless a test says."""
    fonts.register(qapp)
    i18n.install("en")
    yield qapp
    i18n.install("en")
