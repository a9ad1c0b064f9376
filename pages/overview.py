"""Overview (/): the headline figures, each with unit, year and source; a province's own figures when one is chosen."""

import streamlit as st

from components.charts.headline import capital_share_line, special_account_total_bars
from components.formatting import format_krw_million, format_pct, format_persons, format_trillion
from components.page import (
    Source,
    cached_chart,
    chart_block,
    guarded_section,
    lang_of,
    manifest_source,
    province_of,
    sources_line,
)
from components.strings import t
from components.url_state import current_params
from data.loaders import (
    load_capital_region_share,
    load_dataset,
    load_institutions,
    load_resident_population,
    load_special_account_budget,
)

lang = lang_of()
province = province_of()
names = st.session_state.get("_province_names", {})

# 1. Title
st.title(t("overview_title", lang))
st.markdown(t("overview_intro", lang))

# 2. Headline figures (national)
with guarded_section(lang, "overview §2 headline figures"):
    budget = load_special_account_budget()
    cities = load_dataset("innovation_cities")
    official = load_dataset("relocation_totals").set_index("category")["count"]
    share, census = load_capital_region_share()
    latest_year = int(budget["year"].max())
    total = budget[(budget["account_id"] == "total")].set_index("year")["amount_krw_million"]
    latest_share = share.iloc[-1]
    previous_share = share.iloc[-2]
    cols = st.columns(4)
    with cols[0].container(border=True):
        st.metric(
            t("metric_budget", lang, year=latest_year),
            format_krw_million(total[latest_year], lang),
            delta=f"{(total[latest_year] / total[latest_year - 1] - 1) * 100:+.1f}%",
            delta_description=t("metric_delta_prev_year", lang),
            delta_color="off",
            help=f"{total[latest_year]:,} 백만원 (KRW million)",
        )
        st.caption(sources_line([manifest_source("special_account_budget", year=str(latest_year))], lang))
    with cols[1].container(border=True):
        st.metric(
            t("metric_cities", lang), t("metric_cities_value", lang, n=len(cities)), help=t("metric_cities_help", lang)
        )
        st.caption(sources_line([manifest_source("innovation_cities")], lang))
    with cols[2].container(border=True):
        st.metric(
            t("metric_relocated", lang),
            t("metric_relocated_value", lang, n=int(official["total"])),
            help=t("metric_relocated_help", lang),
        )
        st.caption(sources_line([manifest_source("relocation_totals", year="2019")], lang))
    with cols[3].container(border=True):
        st.metric(
            t("metric_capital_share", lang, year=int(latest_share["year"])),
            format_pct(latest_share["share_pct"], digits=2),
            delta=f"{latest_share['share_pct'] - previous_share['share_pct']:+.2f}%p",
            delta_description=t("metric_delta_prev_year", lang),
            delta_color="off",
            help=t("metric_capital_share_help", lang),
        )
        st.caption(
            sources_line([manifest_source("population_2022_2024", year=str(int(latest_share["year"])))], lang)
            + " · "
            + t("derived_share_note", lang)
        )

# 3. The chosen province's own figures
if province:
    with guarded_section(lang, "overview §3 the chosen province's own figures"):
        name = names.get(province, {}).get(lang, province)
        st.subheader(t("overview_province_heading", lang, name=name))
        population = load_resident_population()
        mine = population[population["iso_code"] == province].sort_values("year")
        national = population[population["iso_code"] == "KR"].set_index("year")["population"]
        last = mine.iloc[-1]
        institutions = load_institutions()
        here = institutions[institutions["iso_code"] == province]
        places = load_dataset("relocation_places")
        host = places[
            (places["place_type"] == "innovation_city")
            & ((places["iso_code"] == province) | (places["partner_iso_code"] == province))
        ]
        grdp = load_dataset("province_indicators")
        grdp = grdp[(grdp["indicator"] == "grdp_nominal") & (grdp["iso_code"] == province)].sort_values("year")
        cols = st.columns(4)
        with cols[0].container(border=True):
            st.metric(
                t("metric_province_population", lang, year=int(last["year"])), format_persons(last["population"], lang)
            )
            st.caption(sources_line([manifest_source("population_2022_2024", year=str(int(last["year"])))], lang))
        with cols[1].container(border=True):
            st.metric(
                t("metric_province_pop_share", lang, year=int(last["year"])),
                format_pct(last["population"] / national[int(last["year"])] * 100, digits=2),
            )
            st.caption(t("derived_share_note", lang))
        with cols[2].container(border=True):
            city_label = (
                " · ".join(host["name_ko" if lang == "ko" else "name_en"]) if not host.empty else t("metric_none", lang)
            )
            st.markdown(f"{t('metric_province_city', lang)}\n\n**{city_label}**")
            st.caption(
                f"{t('metric_province_institutions', lang)}: **{len(here)}** · "
                + sources_line([manifest_source("institutions")], lang)
            )
        with cols[3].container(border=True):
            if grdp.empty:
                st.metric(t("metric_province_grdp", lang, year="–"), t("missing_value", lang))
            else:
                row = grdp.iloc[-1]
                st.metric(
                    t("metric_province_grdp", lang, year=int(row["year"])),
                    format_trillion(row["value"], lang, digits=0),
                )
                st.caption(f"{row['basis']} · " + sources_line([Source(row["source"].split(" http")[0][:80])], lang))
        st.caption(t("overview_national_only", lang))

# 4. Two headline charts
left, right = st.columns(2)
with left, guarded_section(lang, "overview §4 budget chart"):
    budget = load_special_account_budget()
    totals = budget[budget["account_id"] == "total"][["year", "account_ko", "account_en", "amount_krw_million"]]
    chart_block(
        key="overview_special_account_total",
        title=t("overview_budget_chart", lang),
        chart=cached_chart(("overview_budget", lang), lambda: special_account_total_bars(budget, lang)),
        table=totals,
        unit="조 원 (표: 백만 원)" if lang == "ko" else "KRW trillion (table: KRW million)",
        sources=[manifest_source("special_account_budget", year="2015–2020")],
        lang=lang,
        alt_text=(
            "균특회계 총액은 2015년 10.34조 원에서 2019년 10.75조 원으로 늘었다가 2020년 9.23조 원으로 줄었습니다."
            if lang == "ko"
            else "The total rose from KRW 10.34 tn in 2015 to KRW 10.75 tn in 2019 and fell to KRW 9.23 tn in 2020."
        ),
    )
with right, guarded_section(lang, "overview §4 capital-region share chart"):
    share, census = load_capital_region_share()
    chart_block(
        key="overview_capital_share",
        title=t("overview_share_chart", lang),
        chart=cached_chart(("capital_share_line", lang), lambda: capital_share_line(share, lang, census=census)),
        table=share,
        unit="%",
        sources=[manifest_source("province_indicators"), manifest_source("population_2022_2024")],
        lang=lang,
        alt_text=(
            f"수도권 인구 비중은 2014년 {share.iloc[0]['share_pct']:.2f}%에서 2019년 처음 50%를 넘어 "
            f"{int(share.iloc[-1]['year'])}년 "
            f"{share.iloc[-1]['share_pct']:.2f}%가 되었습니다."
            if lang == "ko"
            else f"The capital region's share rose from {share.iloc[0]['share_pct']:.2f}% in 2014, crossed 50% in "
            f"2019 and reached {share.iloc[-1]['share_pct']:.2f}% in {int(share.iloc[-1]['year'])}."
        ),
        note=t("derived_share_note", lang),
    )

# 5. Where to go next
st.subheader(t("explore_heading", lang))
links = current_params()
cols = st.columns(5)
for col, (path, key, icon) in zip(
    cols,
    [
        ("pages/vision.py", "page_vision", ":material/account_tree:"),
        ("pages/budget.py", "page_budget", ":material/payments:"),
        ("pages/map.py", "page_map", ":material/map:"),
        ("pages/regions.py", "page_regions", ":material/compare_arrows:"),
        ("pages/sources.py", "page_sources", ":material/database:"),
    ],
    strict=True,
):
    col.page_link(path, label=t(key, lang), icon=icon, query_params=links, width="stretch")
