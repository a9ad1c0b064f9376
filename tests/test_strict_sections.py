"""The net under the suite: a section that crashes fails the test and names the section; viewers get a notice."""

from __future__ import annotations

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

import components.sections.overview
from components.strings import t
from tests.apptest_helpers import run_page


def _crash(*_args, **_kwargs):
    raise RuntimeError("injected fault")


@pytest.fixture
def broken_share_chart(monkeypatch):
    """The Overview's capital-region share chart raises while the page renders (its cached spec cleared)."""
    monkeypatch.setattr(components.sections.overview, "capital_share_line", _crash)
    st.cache_resource.clear()
    yield
    st.cache_resource.clear()


@pytest.mark.apptest
def test_a_crashing_section_fails_the_run_and_names_the_section(broken_share_chart):
    with pytest.raises(AssertionError) as failure:
        run_page("", lang="en")
    message = str(failure.value)
    assert "section 'overview §4 capital-region share chart' failed: RuntimeError: injected fault" in message


@pytest.mark.apptest
def test_viewers_get_a_calm_notice_and_the_rest_of_the_page(broken_share_chart, monkeypatch):
    monkeypatch.delenv("BND_STRICT_SECTIONS")
    at = run_page("", lang="en")
    assert [notice.value for notice in at.info] == [t("section_error", "en")]
    assert "Special Account total (2023 government bill)" in [metric.label for metric in at.metric]  # the rest renders


def _page_with_two_sections():
    import streamlit as st

    from components.page import guarded_section, needs
    from data.validation import DatasetError

    with guarded_section("en", "bad file"):
        raise DatasetError("data/x.csv", "not a number", row=3, column="year")
    with guarded_section("en", "needs the bad file"):
        needs(None)
        st.write("never shown")
    with guarded_section("en", "fine"):
        st.write("still here")


@pytest.mark.apptest
def test_a_data_error_is_shown_once_and_dependent_sections_are_skipped():
    at = AppTest.from_function(_page_with_two_sections).run()
    assert not at.exception
    assert len(at.error) == 1 and "data/x.csv" in at.error[0].value
    assert [element.value for element in at.markdown] == ["still here"]
