"""The cached chart path (components.page.altair_spec / build_chart) sends exactly what st.altair_chart would."""

from __future__ import annotations

import pytest
from streamlit.elements.vega_charts import _convert_altair_to_vega_lite_spec

from components.charts import budget as budget_charts
from components.charts import regions as regions_charts
from components.charts import vision as vision_charts
from components.charts.headline import capital_share_line, special_account_total_bars
from components.page import altair_spec, build_chart
from components.views import vision as vision_views
from data import budget as tb
from data import regions as R
from data.budget import special_account_long
from data.datasets import read_dataset
from data.population import capital_region_share, census_capital_share, resident_population
from data.relocation import institutions_with_place
from geo import province_features


def _builders():
    budget = special_account_long(read_dataset("special_account_budget"))
    indicators = read_dataset("province_indicators")
    population = resident_population(indicators, read_dataset("population_2022_2024"))
    share, census = capital_region_share(population), census_capital_share(indicators)
    institutions = institutions_with_place(read_dataset("institutions"), read_dataset("relocation_places"))
    long = R.indicator_long(
        population, indicators, institutions, read_dataset("innovation_cities"), read_dataset("relocation_places")
    )
    codes = list(read_dataset("provinces")["iso_code"])
    names = {code: {"ko": code + " 도", "en": code} for code in codes}
    chosen = ["KR-46", "KR-11", "KR-50"]
    table = R.rank_table(long, "grdp", "2023-b2020", codes)
    structure = read_dataset("plan_structure")
    return {
        "total_bars": lambda: special_account_total_bars(budget, "ko"),
        "share_line": lambda: capital_share_line(share, "en", census=census),
        "choropleth": lambda: regions_charts.choropleth(province_features(), table, "grdp", chosen, names, "ko"),
        "ranking": lambda: regions_charts.ranking_bars(table, "grdp", chosen, names, "en"),
        "population": lambda: regions_charts.population_lines(
            R.population_series(population, chosen), chosen, names, "ko", measure="share"
        ),
        "structure": lambda: budget_charts.structure_diagram(
            tb.structure_cells(read_dataset("account_structure"), "ko"), tb.account_names(budget), "ko"
        ),
        "financing": lambda: vision_charts.financing_bars(vision_views.financing_table(structure, "en"), "en"),
    }


BUILDERS = _builders()


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_cached_spec_equals_streamlit_conversion(name):
    build = BUILDERS[name]
    assert altair_spec(build_chart(build)) == _convert_altair_to_vega_lite_spec(build())


def test_builders_still_validate():
    """The fast path skips validation, so the charts themselves must stay valid Vega-Lite."""
    for build in BUILDERS.values():
        build().to_dict(validate=True)
