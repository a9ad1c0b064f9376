"""Regional comparison (/regions): 2–4 provinces side by side.

Indicators, ranks and gaps, a map, the capital-region story, policy profiles.

URL: ``?province=`` (app-wide, always in the comparison), ``?compare=KR-41,KR-46,KR-50``
(2–4 provinces), ``?indicator=`` and ``?period=`` (the ranking and the map).
Default comparison without ``?compare=``: the province + Seoul (Seoul → + Gyeonggi);
no province: Gyeonggi, South Jeolla, Sejong (see data/transforms_regions.py).
"""

import pandas as pd
import streamlit as st

from components.charts.headline import capital_share_line
from components.formatting import source_links_markdown
from components.page import (
    Source,
    cached_chart,
    chart_block,
    guarded_section,
    lang_of,
    load_or_error,
    manifest_source,
    province_of,
    sources_line,
)
from components.regions_charts import (
    capital_grdp_share_chart,
    choropleth,
    choropleth_outlined,
    format_gap,
    format_value,
    gap_dots,
    grdp_bars,
    institutions_bars,
    population_lines,
    ranking_bars,
    unit_of,
)
from components.strings import t
from components.url_state import parse_choice, parse_multi, shown_value, write_param
from data import transforms_regions as R
from data.loaders import (
    load_capital_region_share,
    load_dataset,
    load_provinces,
    load_regions_capital_grdp_share,
    load_regions_derivation,
    load_regions_grdp_series,
    load_regions_indicators,
    load_regions_institutions_by_type,
    load_regions_periods,
    load_regions_population_series,
    load_regions_profiles,
    load_regions_rank,
    load_regions_source_texts,
)
from data.provinces import CAPITAL_REGION
from geo import province_features

lang = lang_of()
province = province_of()
names = st.session_state.get("_province_names") or {
    row.iso_code: {"ko": row.name_ko, "en": row.name_en} for row in load_provinces().itertuples(index=False)
}
codes = list(names)


def name_of(code: str) -> str:
    return names.get(code, {}).get(lang, code)


def md(text: object) -> str:
    """Data text for Markdown: tildes and dollar signs must not turn into strike-through or maths."""
    return str(text).replace("~", "\\~").replace("$", "\\$")


def period_label(indicator: str, period: str) -> str:
    if indicator in ("grdp", "grdp_per_capita"):
        year, base = period.split("-b")
        return t("regions_period_grdp", lang, year=year, base=base)
    if indicator == "institutions":
        return t("regions_period_all", lang)
    if indicator == "population_change":
        start, end = period.split("-")
        return t("regions_period_change", lang, start=start, end=end)
    if indicator.startswith("employees"):
        return t("regions_period_employees", lang)
    return period


def indicator_sources(indicator: str, period: str) -> list[Source]:
    """Source line of an indicator: the manifest entries it is built from, with the period."""
    year = period.split("-")[0] if indicator != "institutions" else None
    if indicator == "population" and year not in ("2022", "2024"):
        return [manifest_source("province_indicators", year=year)]
    if indicator in ("population", "population_change"):
        return [manifest_source("population_2022_2024", year="2024")] + (
            [manifest_source("province_indicators", year="2014")] if indicator == "population_change" else []
        )
    if indicator in ("grdp", "grdp_per_capita"):
        extra = [manifest_source("population_2022_2024", year=year)] if indicator == "grdp_per_capita" else []
        return [*grdp_sources(period), *extra]
    if indicator == "institutions":
        return [manifest_source("institutions"), manifest_source("relocation_places")]
    return [manifest_source("innovation_cities", year="2021-09"), manifest_source("population_2022_2024", year="2021")]


def grdp_sources(period: str) -> list[Source]:
    """The press reports the GRDP figures of one (year, base) come from (Statistics Korea releases), as links."""
    texts = load_regions_source_texts("grdp", period)
    found: dict[str, str] = {}
    for text in texts:
        for part in str(text).split(" ; "):
            match = R.URL.search(part)
            if match and match.group(0) not in found.values():
                label = part[: match.start()].strip(" :(") or match.group(0)
                found[label] = match.group(0)
    base = t("regions_period_grdp", lang, year=period.split("-b")[0], base=period.split("-b")[1])
    return [Source(f"{label} ({base})", url) for label, url in list(found.items())[:2]] or [
        manifest_source("province_indicators", year=base)
    ]


# 1. Title
st.title(t("regions_title", lang))
st.markdown(t("regions_intro", lang))

# 2. Selection: the comparison set lives in the URL (?compare=), the sidebar province always in it
default = R.default_comparison(province)
chosen, invalid = parse_multi(st.query_params.get("compare"), codes, default, max_items=R.MAX_COMPARE)
if invalid:
    st.warning(
        t(
            "notice_bad_param",
            lang,
            name=t("regions_param_compare", lang),
            value=shown_value(st.query_params.get("compare")),
        ),
        icon=":material/link_off:",
    )
chosen = R.with_province(chosen, province)


def _sync_compare() -> None:
    value = R.with_province(list(st.session_state.get("regions_compare") or []), province)
    write_param("compare", value or None, default=",".join(default))


st.session_state["regions_compare"] = chosen
st.multiselect(
    t("regions_compare_label", lang),
    options=codes,
    format_func=name_of,
    max_selections=R.MAX_COMPARE,
    key="regions_compare",
    on_change=_sync_compare,
    help=t("regions_compare_help", lang),
)
notes = [t("regions_compare_default_note", lang)]
if province:
    notes.append(t("regions_province_kept", lang, name=name_of(province)))
st.caption(" ".join(notes))
if len(chosen) < 2:
    st.info(t("regions_compare_one", lang), icon=":material/add_circle:")

# 3. Data (cached loaders); a bad file is named here and the page stops calmly
long = load_or_error(load_regions_indicators, lang)
if long is None:
    st.stop()
CARD_INDICATORS = [
    ("population", None),
    ("grdp", None),
    ("grdp_per_capita", None),
    ("institutions", "all"),
    ("employees", "2021"),
]


LATEST: dict[str, str] = {}


def latest_period(indicator: str) -> str:
    if indicator not in LATEST:
        LATEST[indicator] = load_regions_periods(indicator)[0]
    return LATEST[indicator]


# 4. Side by side: each province's headline figures, rank among the 17 and gap to the national reference
with guarded_section(lang, "regions §4 side by side"):
    st.subheader(t("regions_cards_heading", lang))
    columns = st.columns(max(len(chosen), 2))
    capital = set(CAPITAL_REGION)
    tables = {
        ind: load_regions_rank(ind, period or latest_period(ind), codes).set_index("iso_code")
        for ind, period in CARD_INDICATORS
    }
    for column, code in zip(columns, chosen, strict=True):
        with column.container(border=True):
            badge = f" :blue-badge[{t('regions_capital_badge', lang)}]" if code in capital else ""
            st.markdown(f"### {name_of(code)}{badge}")
            for indicator, period in CARD_INDICATORS:
                period = period or latest_period(indicator)
                row = tables[indicator].loc[code]
                label = t(f"regions_ind_{indicator}", lang)
                when = period_label(indicator, period)
                if pd.isna(row["value"]):
                    missing = t("regions_no_city", lang) if indicator == "employees" else t("missing_value", lang)
                    st.metric(label, "–")
                    st.caption(f"{when} · {missing}  \n" + sources_line(indicator_sources(indicator, period), lang))
                    continue
                st.metric(label, format_value(indicator, row["value"], lang))
                if row["n_reported"] == len(codes):
                    rank = t("regions_rank", lang, rank=int(row["rank"]))
                else:
                    rank = t("regions_rank_partial", lang, rank=int(row["rank"]), n=int(row["n_reported"]))
                gap = t("regions_gap", lang, gap=format_gap(indicator, row["gap"], row["gap_pct"], lang))
                st.caption(f"{when} · {rank} · {gap}  \n" + sources_line(indicator_sources(indicator, period), lang))
    st.caption(t("regions_reference_note", lang))

# 5. All indicators for the compared provinces: rank and gap, as a chart and a table
with guarded_section(lang, "regions §5 all indicators for the compared provinces"):
    rows = []
    for indicator in R.INDICATORS:
        period = latest_period(indicator)
        table = load_regions_rank(indicator, period, codes)
        derivation = load_regions_derivation(indicator, period)
        for _, row in table[table["iso_code"].isin(chosen)].iterrows():
            rows.append(
                {
                    "indicator_label": f"{t(f'regions_ind_{indicator}', lang)} ({period_label(indicator, period)})",
                    "iso_code": row["iso_code"],
                    "province": name_of(row["iso_code"]),
                    "value_label": format_value(indicator, row["value"], lang, missing=t("missing_value", lang)),
                    "value": row["value"],
                    "unit": unit_of(indicator, lang),
                    "rank": row["rank"],
                    "n_reported": row["n_reported"],
                    "reference": row["reference"],
                    "gap": row["gap"],
                    "gap_pct": row["gap_pct"],
                    "gap_label": format_gap(indicator, row["gap"], row["gap_pct"], lang),
                    "derivation": derivation,
                    "source": row["source"],
                }
            )
    overview = pd.DataFrame(rows)
    overview["order"] = overview["iso_code"].map({c: i for i, c in enumerate(chosen)})
    table = overview.rename(
        columns={
            "indicator_label": t("regions_col_indicator", lang),
            "province": t("regions_col_province", lang),
            "value": t("regions_col_value_exact", lang),
            "unit": t("regions_col_unit", lang),
            "rank": t("regions_col_rank", lang),
            "n_reported": t("regions_col_reported", lang),
            "reference": t("regions_col_reference", lang),
            "gap_label": t("regions_col_gap", lang),
            "derivation": t("regions_col_derivation", lang),
            "source": t("regions_col_source", lang),
        }
    ).drop(columns=["iso_code", "value_label", "gap", "gap_pct", "order"])
    sources = [
        manifest_source("population_2022_2024"),
        manifest_source("province_indicators"),
        manifest_source("institutions"),
        manifest_source("innovation_cities", year="2021-09"),
    ]
    chart_block(
        key="regions_gaps",
        title=t("regions_rank_heading", lang),
        chart=cached_chart(("regions_gaps", lang, tuple(chosen)), lambda: gap_dots(overview, chosen, names, lang)),
        table=table,
        unit="%",
        sources=sources,
        lang=lang,
        alt_text="; ".join(
            f"{r['province']} {r['indicator_label']}: {r['value_label']} ({r['gap_label']})" for r in rows
        ),
        note=t("regions_reference_note", lang),
    )

# 6. One indicator over all 17 provinces: ranking bars and the choropleth (offline, from geo/)
with guarded_section(lang, "regions §6 one indicator over all 17 provinces"):
    st.subheader(t("regions_map_heading", lang))
    indicators = list(R.INDICATORS)
    indicator, bad_indicator = parse_choice(st.query_params.get("indicator"), indicators, "population")
    available = load_regions_periods(indicator)
    period, bad_period = parse_choice(st.query_params.get("period"), available, available[0])
    if bad_indicator:
        st.warning(
            t(
                "notice_bad_param",
                lang,
                name=t("regions_param_indicator", lang),
                value=shown_value(st.query_params.get("indicator")),
            )
        )
    if bad_period:
        st.warning(
            t(
                "notice_bad_param",
                lang,
                name=t("regions_param_period", lang),
                value=shown_value(st.query_params.get("period")),
            )
        )

    def _sync_indicator() -> None:
        write_param("indicator", st.session_state.get("regions_indicator"), default="population")
        write_param("period", None)

    pick_indicator, pick_period = st.columns(2)
    st.session_state["regions_indicator"] = indicator
    pick_indicator.selectbox(
        t("regions_indicator_label", lang),
        indicators,
        format_func=lambda key: t(f"regions_ind_{key}", lang),
        key="regions_indicator",
        on_change=_sync_indicator,
    )
    st.session_state["regions_period"] = period
    pick_period.selectbox(
        t("regions_period_label", lang),
        available,
        format_func=lambda key: period_label(indicator, key),
        key="regions_period",
        on_change=lambda: write_param("period", st.session_state.get("regions_period"), default=available[0]),
    )
    ranking = load_regions_rank(indicator, period, codes)
    shown = ranking.assign(province=[name_of(c) for c in ranking["iso_code"]])
    download = shown[
        ["iso_code", "province", "value", "rank", "n_reported", "reference", "gap", "gap_pct", "source"]
    ].rename(
        columns={
            "province": t("regions_col_province", lang),
            "value": t("regions_col_value_exact", lang),
            "rank": t("regions_col_rank", lang),
            "n_reported": t("regions_col_reported", lang),
            "reference": t("regions_col_reference", lang),
            "gap": t("regions_col_gap", lang),
            "source": t("regions_col_source", lang),
        }
    )
    missing_names = [name_of(c) for c in ranking.loc[ranking["value"].isna(), "iso_code"]]
    title_values = {"indicator": t(f"regions_ind_{indicator}", lang), "period": period_label(indicator, period)}
    items = ", ".join(
        f"{name_of(c)} {format_value(indicator, v, lang)}"
        for c, v in zip(ranking["iso_code"], ranking["value"], strict=True)
        if c in chosen
    )
    note = None
    if indicator.startswith("grdp"):
        note = t("regions_grdp_note", lang) + (
            " " + t("regions_grdp_pc_note", lang) if indicator == "grdp_per_capita" else ""
        )
    elif indicator.startswith("employees"):
        note = t("regions_employees_note", lang)
    elif indicator == "institutions":
        note = t("regions_institutions_note", lang)
    # Full width, one after the other: side by side, the chart blocks' buttons get cut at 1366 px.
    chart_block(
        key="regions_ranking",
        title=t("regions_ranking_chart", lang, **title_values),
        chart=cached_chart(
            ("regions_ranking", lang, indicator, period, tuple(chosen)),
            lambda: ranking_bars(ranking, indicator, chosen, names, lang),
        ),
        table=download,
        unit=unit_of(indicator, lang),
        sources=indicator_sources(indicator, period),
        lang=lang,
        alt_text=t("regions_ranking_alt", lang, items=items, n=int(ranking["n_reported"].iloc[0]), **title_values),
        note=note,
        height=560,
    )
    chart_block(
        key="regions_map",
        title=t("regions_map_chart", lang, **title_values),
        # Built once per indicator with every province outlined, then narrowed to the compared ones.
        chart=lambda: (
            choropleth_outlined(
                cached_chart(
                    ("regions_map", lang, indicator, period),
                    lambda: choropleth(province_features(), ranking, indicator, codes, names, lang),
                )(),
                chosen,
            )
            or cached_chart(
                ("regions_map", lang, indicator, period, tuple(chosen)),
                lambda: choropleth(province_features(), ranking, indicator, chosen, names, lang),
            )()
        ),
        table=download,
        unit=unit_of(indicator, lang),
        sources=[*indicator_sources(indicator, period), manifest_source("province_boundaries")],
        lang=lang,
        alt_text=t(
            "regions_map_alt",
            lang,
            missing=", ".join(missing_names) or t("regions_none", lang),
            items=", ".join(map(name_of, chosen)),
        ),
        note=t("kogl_attribution", lang),
        height=560,
    )

# 7. Over time: population, GRDP (each base year apart), relocated institutions
with guarded_section(lang, "regions §7 population over time"):
    series = load_regions_population_series(chosen)
    measure = st.segmented_control(
        t("regions_population_measure", lang),
        ["population", "share"],
        default="population",
        required=True,
        key="regions_pop_measure",
        format_func=lambda key: t(f"regions_measure_{key}", lang),
    )
    table = series[["iso_code", "year", "population", "share_of_national_pct", "source"]].assign(
        province=[name_of(c) for c in series["iso_code"]]
    )[["iso_code", "province", "year", "population", "share_of_national_pct", "source"]]
    last_year = int(series["year"].max())
    latest = series[series["year"] == last_year]
    chart_block(
        key="regions_population",
        title=t("regions_population_chart", lang),
        chart=cached_chart(
            ("regions_population", lang, tuple(chosen), measure),
            lambda: population_lines(series, chosen, names, lang, measure=measure),
        ),
        table=table,
        unit=unit_of("population", lang) if measure == "population" else "%",
        sources=[
            manifest_source("population_2022_2024", year="2022, 2024"),
            manifest_source("province_indicators", year="2014–2021, 2023"),
        ],
        lang=lang,
        note=t("regions_population_note", lang),
        alt_text=t(
            "regions_population_alt",
            lang,
            items="; ".join(
                f"{name_of(r.iso_code)} {last_year}: {format_value('population', r.population, lang)}"
                for r in latest.itertuples()
            ),
        ),
    )

with guarded_section(lang, "regions §7 GRDP over time"):
    st.subheader(t("regions_grdp_heading", lang))
    grdp_measure = st.segmented_control(
        t("regions_grdp_measure", lang),
        ["total", "per_capita"],
        default="total",
        required=True,
        key="regions_grdp_measure",
        format_func=lambda key: t(f"regions_measure_{key}", lang),
    )
    grdp_indicator = "grdp" if grdp_measure == "total" else "grdp_per_capita"
    grdp = load_regions_grdp_series(chosen, grdp_indicator)
    for base in ["2020", "2015"]:
        part = grdp[grdp["base"] == base]
        table = part.assign(province=[name_of(c) for c in part["iso_code"]])[
            ["iso_code", "province", "year", "base", "value", "source"]
        ]
        chart_title = t("regions_grdp_chart" if grdp_indicator == "grdp" else "regions_grdp_pc_chart", lang, base=base)
        chart_block(
            key=f"regions_grdp_{base}",
            title=chart_title,
            chart=cached_chart(
                ("regions_grdp", base, lang, tuple(chosen), grdp_indicator),
                lambda part=part: grdp_bars(part, chosen, names, lang, indicator=grdp_indicator),
            ),
            table=table,
            unit=unit_of(grdp_indicator, lang),
            sources=list(
                {
                    src.url: src for src in (grdp_sources(period)[0] for period in sorted(part["period"].unique()))
                }.values()
            ),
            lang=lang,
            note=t("regions_grdp_note", lang)
            + (" " + t("regions_grdp_pc_note", lang) if grdp_indicator != "grdp" else ""),
            alt_text=t(
                "regions_grdp_alt",
                lang,
                base=base,
                items="; ".join(
                    f"{name_of(r.iso_code)} {r.year}: "
                    f"{format_value(grdp_indicator, r.value, lang, missing=t('missing_value', lang))}"
                    for r in part.itertuples()
                ),
            ),
        )

with guarded_section(lang, "regions §7 institutions over time"):
    st.subheader(t("regions_relocation_heading", lang))
    by_type = load_regions_institutions_by_type(chosen)
    type_table = by_type.assign(province=[name_of(c) for c in by_type["iso_code"]])[
        ["iso_code", "province", "destination_type", "status", "count"]
    ]
    employees = load_regions_rank("employees", "2021", codes).set_index("iso_code")
    chart_block(
        key="regions_institutions",
        title=t("regions_institutions_chart", lang),
        chart=cached_chart(
            ("regions_institutions", lang, tuple(chosen)),
            lambda: institutions_bars(by_type, chosen, names, lang, height=70 * len(chosen) + 60),
        ),
        table=type_table,
        unit=t("regions_col_count", lang),
        sources=[manifest_source("institutions"), manifest_source("relocation_places")],
        lang=lang,
        note=t("regions_institutions_note", lang),
        alt_text=t(
            "regions_institutions_alt",
            lang,
            items="; ".join(
                f"{name_of(c)}: {int(by_type.loc[by_type['iso_code'] == c, 'count'].sum())}" for c in chosen
            ),
        ),
    )
    with st.container(border=True):
        st.markdown(f"#### {t('regions_ind_employees', lang)} · {t('regions_period_employees', lang)}")
        for column, code in zip(st.columns(max(len(chosen), 2)), chosen, strict=True):
            value = employees.loc[code, "value"]
            text = format_value("employees", value, lang) if not pd.isna(value) else t("regions_no_city", lang)
            column.markdown(f"**{name_of(code)}**  \n{text}")
        st.caption(t("regions_employees_note", lang))
        st.caption(
            sources_line(
                [
                    manifest_source("innovation_cities", year="2021-09"),
                    Source("etnews 2022-02-02", "https://m.etnews.com/20220202000071"),
                ],
                lang,
            )
        )

# 8. The capital region's share: population past 50% in 2019 (both series labelled) and GRDP
with guarded_section(lang, "regions §8 the capital region's share"):
    st.subheader(t("regions_capital_heading", lang))
    share, census = load_capital_region_share()
    grdp_share = load_regions_capital_grdp_share()
    by_year = share.set_index("year")["share_pct"]
    census_table = census.assign(series="census")
    share_table = pd.concat([share.assign(series="resident_registration"), census_table], ignore_index=True)
    chart_block(
        key="regions_capital_share",
        title=t("regions_capital_pop_chart", lang),
        chart=cached_chart(("capital_share_line", lang), lambda: capital_share_line(share, lang, census=census)),
        table=share_table,
        unit="%",
        sources=[manifest_source("province_indicators"), manifest_source("population_2022_2024")],
        lang=lang,
        note=t("regions_capital_pop_note", lang),
        alt_text=t(
            "regions_capital_pop_alt",
            lang,
            first=f"{by_year[2014]:.2f}",
            cross=f"{by_year[2019]:.3f}",
            last=f"{by_year.iloc[-1]:.2f}",
            last_year=int(by_year.index[-1]),
        ),
    )
    chart_block(
        key="regions_capital_grdp",
        title=t("regions_capital_grdp_chart", lang),
        chart=cached_chart(("regions_capital_grdp", lang), lambda: capital_grdp_share_chart(grdp_share, lang)),
        table=grdp_share,
        unit="%",
        lang=lang,
        sources=[
            Source(f"{R.URL.split(str(r.source))[0].strip(' :(')} ({r.year})", R.URL.search(str(r.source)).group(0))
            for r in grdp_share.itertuples()
        ],
        note=t("regions_capital_grdp_note", lang),
        alt_text=t(
            "regions_capital_grdp_alt",
            lang,
            items="; ".join(f"{r.year} ({r.base}): {r.share_pct:.1f}%" for r in grdp_share.itertuples()),
        ),
    )

# 9. Policy profiles side by side, grouped by category, each item with its source
with guarded_section(lang, "regions §9 policy profiles side by side"):
    st.subheader(t("regions_profiles_heading", lang))
    st.caption(t("regions_profiles_intro", lang))
    profiles = load_regions_profiles()
    expo = load_dataset("expo_policies")
    translated = f":gray-badge[{t('regions_translation_badge', lang)}]"
    unconfirmed = f":orange-badge[{t('regions_unconfirmed_badge', lang)}]"

    def item_markdown(name: str, description: str, status: str, flag: bool = False) -> str:
        badges = (" " + translated if lang == "ko" and status == "translation" else "") + (
            " " + unconfirmed if flag else ""
        )
        return f"**{md(name)}**{badges}  \n{md(description)}"

    def seed_sources(row: pd.Series) -> str:
        parts = [source_links_markdown(str(row["source"]))]
        if lang == "ko" and not pd.isna(row["ko_source"]) and row["ko_status"] == "official":
            parts.append(f"{t('regions_official_ko', lang)}: " + source_links_markdown(str(row["ko_source"])))
        return f"{t('source_label', lang)}: " + " · ".join(parts)

    columns = st.columns(max(len(chosen), 2))
    for column, code in zip(columns, chosen, strict=True):
        with column.container(border=True):
            st.markdown(f"### {name_of(code)}")
            seeds = expo[expo["iso_code"] == code].sort_values("order")
            for group in ["expo_2021", "season2"]:
                part = seeds[seeds["group"] == group]
                if part.empty:
                    continue
                st.markdown(f"##### {t(f'regions_group_{group}', lang)}")
                for _, row in part.iterrows():
                    st.markdown(
                        item_markdown(
                            row[f"name_{lang}"],
                            row[f"description_{lang}"],
                            row["ko_status"],
                            row["verification"] == "unconfirmed",
                        )
                    )
                    if lang == "en" and not pd.isna(row["note"]):
                        st.caption(md(row["note"]))
                    st.caption(seed_sources(row))
            vision = seeds[seeds["group"].isin(["vision", "values", "goal", "tasks"])]
            if not vision.empty:
                st.markdown(f"##### {t('regions_group_vision', lang)}")
                head = vision[vision["group"] == "vision"].iloc[0]
                st.markdown(item_markdown(head[f"name_{lang}"], head[f"description_{lang}"], head["ko_status"]))
                values = vision[vision["group"] == "values"]
                if not values.empty:
                    st.markdown(f"*{t('regions_sejong_values', lang)}*: " + md(values.iloc[0][f"name_{lang}"]))
                goals = vision[vision["group"] == "goal"]
                st.markdown(
                    f"*{t('regions_sejong_goals', lang)}*  \n"
                    + "  \n".join(f"{i}. {md(g)}" for i, g in enumerate(goals[f"name_{lang}"], start=1))
                )
                for _, row in vision[vision["group"] == "tasks"].iterrows():
                    st.markdown(
                        item_markdown(
                            row[f"name_{lang}"],
                            row[f"description_{lang}"],
                            row["ko_status"],
                            row["verification"] == "unconfirmed",
                        )
                    )
                    st.caption(
                        f"{t('regions_unconfirmed_note', lang)} {md(row['note']) if lang == 'en' else ''}".strip()
                    )
                if lang == "en" and not pd.isna(head["note"]):
                    st.caption(md(head["note"]))
                st.caption(seed_sources(head))
            mine = profiles[profiles["iso_code"] == code]
            real = mine[~mine["placeholder"] & ~mine["covered_by_seed"]]
            if real.empty and seeds.empty:
                st.info(t("regions_no_profile", lang), icon=":material/search_off:")
            for group in R.GROUP_ORDER:
                part = real[real["group"] == group]
                if part.empty:
                    continue
                st.markdown(f"##### {t(f'regions_group_{group}', lang)}")
                for _, row in part.iterrows():
                    name = row["policy_name_ko"] if lang == "ko" else row["policy_or_project"]
                    description = row["description_ko"] if lang == "ko" else row["description"]
                    st.markdown(item_markdown(name, description, row["ko_status"]))
                    meta = []
                    if not pd.isna(row["year"]):
                        meta.append(f"{t('regions_year_label', lang)}: {row['year']}")
                    if not pd.isna(row["note"]):
                        meta.append(t("regions_note_en", lang) + md(row["note"]))
                    sources = source_links_markdown(str(row["source"]))
                    if lang == "ko" and row["ko_status"] == "official" and not pd.isna(row["ko_source"]):
                        sources += f" · {t('regions_official_ko', lang)}: " + source_links_markdown(
                            str(row["ko_source"])
                        )
                    st.caption(" · ".join([*meta, f"{t('source_label', lang)}: {sources}"]))
            for _, row in mine[mine["placeholder"]].iterrows():
                st.caption(
                    md(row["description_ko"] if lang == "ko" else row["description"])
                    + " · "
                    + f"{t('source_label', lang)}: "
                    + source_links_markdown(str(row["source"]))
                )
    if lang == "ko":
        st.caption(f"{translated} {t('regions_translation_help', lang)}")
