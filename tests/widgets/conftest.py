from __future__ import annotations

import pytest

from desktop import fonts, i18n
from desktop.collector import UiThreadCollector


@pytest.fixture
def app(qapp):
    """The offscreen QApplication with the bundled fonts, in English (the source language) unless a test says;
    garbage collected on the UI thread, as in the app."""
    fonts.register(qapp)
    i18n.install("en")
    collector = UiThreadCollector(qapp)
    yield qapp
    collector.stop()
    collector.deleteLater()
    i18n.install("en")
