"""Innovation cities map (/map): where the public institutions that left the capital region went.

Reads top to bottom: 1 title → 2 selection (?city=, ?province=) → 3 map and legend →
4 the chosen city's profile, sectors and institutions → 5 all institutions (search, filters,
downloads) → 6 reconciliation with MOLIT's 153. Builders and transforms are pure
(components/maps.py, data/transforms_map.py); this file only lays them out.
"""

import html

import pandas as pd
import streamlit as st

import geo
from components import maps
from components.formatting import format_int, source_links_markdown
from components.page import (
    cached_build,
    cached_chart,
    chart_block,
    download_row,
    guarded_section,
    lang_of,
    manifest_source,
    province_of,
    sources_line,
)
from components.strings import t
from components.url_state import parse_choice, shown_value, sync_widget_to_param
from data import transforms_map as tm
from data.loaders import load_dataset, load_map_frames, load_provinces

lang = lang_of()
province = province_of()


# 1. Title
st.title(t("page_map", lang))
st.markdown(t("map_intro", lang))

frames = None
with guarded_section(lang, "map §1 title"):
    frames = load_map_frames()
    provinces = load_provinces()
if frames is None:
    st.stop()
province_names = st.session_state.get("_province_names") or {
    row.iso_code: {"ko": row.name_ko, "en": row.name_en} for row in provinces.itertuples(index=False)
}
points, cities, institutions, places = frames["points"], frames["cities"], frames["institutions"], frames["places"]
city_ids = cities["city_id"].tolist()
city_points = points.set_index("place_id")
place_names = {row.place_id: {"ko": row.name_ko, "en": row.name_en} for row in places.itertuples(index=False)}

# 2. Selection: ?city= (shareable), pre-selected from ?province= when that province hosts a city
province_city = None
if province:
    hosts = points[
        (points["place_type"] == "innovation_city")
        & ((points["iso_code"] == province) | (points["partner_iso_code"] == province))
    ]
    province_city = hosts["place_id"].iloc[0] if not hosts.empty else None
raw_city = st.query_params.get("city")
city, city_invalid = parse_choice(raw_city, city_ids, province_city)
if city_invalid:
    st.warning(t("notice_bad_param", lang, name="city", value=shown_value(raw_city)), icon=":material/link_off:")
    del st.query_params["city"]


# Each click remounts the map (a new key), so Streamlit's own selection styling, which greys out
# every unselected shape, never lingers; what a click means is written to the URL instead.
deck_key = f"map_deck_{st.session_state.get('map_deck_round', 0)}"


def on_map_click() -> None:
    """A click on the map: a city (or an arc to it) -> ?city=; a province -> ?province= (its city follows)."""
    state = st.session_state.get(deck_key) or {}
    objects = (state.get("selection") or {}).get("objects") or {}
    picked_city = next(
        (
            obj.get(field)
            for layer, field in (("cities", "city_id"), ("flows", "place_id"))
            for obj in objects.get(layer) or []
            if obj.get(field) in city_ids
        ),
        None,
    )
    picked_province = next((obj.get("properties", {}).get("code") for obj in objects.get("provinces") or []), None)
    if picked_city:
        if picked_city == province_city:
            st.query_params.pop("city", None)
        else:
            st.query_params["city"] = picked_city
    elif picked_province in province_names:
        st.query_params["province"] = picked_province
        st.query_params.pop("city", None)
    st.session_state["map_deck_round"] = st.session_state.get("map_deck_round", 0) + 1


map_col, side_col = st.columns([3, 1.15], gap="medium")
with side_col:
    st.session_state["map_city"] = city or ""
    st.selectbox(
        t("map_city_label", lang),
        options=[""] + city_ids,
        format_func=lambda cid: city_points.loc[cid, f"name_{lang}"] if cid else t("map_city_none", lang),
        key="map_city",
        help=t("map_city_help", lang),
        on_change=sync_widget_to_param("map_city", "city", default=province_city or ""),
    )
    if province:
        pname = province_names.get(province, {}).get(lang, province)
        if province_city:
            st.caption(t("map_province_preselect", lang, name=pname))
        else:
            st.caption(t("map_province_no_city", lang, name=pname))
    show_flows = st.toggle(t("map_show_flows", lang), value=True, key="map_show_flows")
    show_labels = st.toggle(t("map_show_labels", lang), value=True, key="map_show_labels")


# 3. Map and legend
def build_deck() -> maps.CompactDeck:
    layers = [
        maps.sea_layer(),
        maps.province_base_layer(geo.province_features(), province_names, lang, selected=province),
    ]
    if province:
        host_codes = ()
        if city and (
            city_points.loc[city, "iso_code"] == province or city_points.loc[city, "partner_iso_code"] == province
        ):
            host_codes = tuple(city_points.loc[city, "host_municipality_codes"].split(";"))
        layers.append(maps.municipality_layer(geo.municipalities_of(province), lang, host_codes=host_codes))
    if show_flows:
        layers.append(maps.relocation_arcs_layer(frames["flows"], province_names, lang, selected=city))
    layers.append(maps.destination_layer(points, province_names, lang))
    layers.append(maps.innovation_city_layer(points, province_names, lang, selected=city))
    if show_labels:
        layers.append(maps.label_layer(points, lang))
    view = maps.view_for_bounds(geo.province_bounds(province)) if province else maps.KOREA_VIEW
    return maps.relocation_deck(layers, view)


with map_col, guarded_section(lang, "map §3 map"):
    # Built (and serialised) once per selection, then shared: the deck carries the boundaries.
    deck = cached_build(("map_deck", province, city, lang, show_flows, show_labels), build_deck)
    st.pydeck_chart(
        deck, on_select=on_map_click, selection_mode="single-object", key=deck_key, height=560, alt=t("map_alt", lang)
    )
    flows = frames["flows"]
    drawn = int(flows["n_institutions"].sum())
    known = int(flows.loc[flows["origin_known"], "n_institutions"].sum())
    st.caption(
        f"**{t('kogl_attribution', lang)}** · "
        f"{t('map_legend_counts', lang, drawn=drawn, known=known, unknown=drawn - known)} "
        f"{t('map_webgl_note', lang)}"
    )
    # Without WebGL the map stays blank: say so plainly (our own fixed text; no data or user text in this HTML).
    st.html(
        f'<div id="map-webgl-missing" role="alert" style="display:none;padding:0.75rem 1rem;border-radius:0.5rem;'
        f'background:#FFF4E5;color:#5C3200;border:1px solid #E86A00">{html.escape(t("map_webgl_missing", lang))}</div>'
        "<script>(function(){var c=document.createElement('canvas');var ok=false;"
        "try{ok=!!(window.WebGLRenderingContext&&(c.getContext('webgl2')||c.getContext('webgl')));}catch(e){}"
        "if(!ok){var el=document.getElementById('map-webgl-missing');if(el){el.style.display='block';}}})();</script>",
        unsafe_allow_javascript=True,
    )

with side_col, guarded_section(lang, "map §3 legend"):
    legend = [
        f"**{t('map_legend_heading', lang)}**",
        f":blue[●] {t('map_legend_first', lang)}",
        f":orange[●] {t('map_legend_second', lang)}",
        f"○ {t('map_legend_approx', lang)}",
        f":violet[●] {t('map_legend_other', lang)}",
        t("map_legend_size", lang),
        t("map_legend_arcs", lang),
        t("map_legend_capital", lang) + (" · " + t("map_legend_selected", lang) if province else ""),
    ]
    with st.container(border=True):
        st.markdown("\n\n".join(legend))
        st.caption(
            sources_line(
                [
                    manifest_source("innovation_cities"),
                    manifest_source("institutions"),
                    manifest_source("province_boundaries"),
                ],
                lang,
            )
        )

# 4. The chosen city: profile, sectors, institutions
with guarded_section(lang, "map §4 the chosen city"):
    if not city:
        st.info(t("map_profile_pick", lang), icon=":material/touch_app:")
    else:
        row = cities.set_index("city_id").loc[city]
        point = city_points.loc[city]
        name = point[f"name_{lang}"]
        st.header(name, divider="gray")
        pname = province_names.get(point["iso_code"], {}).get(lang, point["iso_code"])
        partner = point["partner_iso_code"]
        rows_here = institutions[institutions["place_id"] == city]
        excluded = int((~rows_here["counted_in_153"]).sum())
        cols = st.columns(4)
        with cols[0].container(border=True):
            st.metric(t("map_metric_province", lang), pname)
            if isinstance(partner, str):
                st.caption(t("map_partner_note", lang, partner=province_names.get(partner, {}).get(lang, partner)))
            st.caption(
                f"{t('map_metric_host', lang)}: **{row['city_county_ko'] if lang == 'ko' else row['city_county_en']}**"
            )
        with cols[1].container(border=True):
            st.metric(
                t("map_metric_institutions", lang), t("map_institutions_value", lang, n=int(row["n_institutions"]))
            )
            st.caption(t("map_rows_vs_count", lang, rows=len(rows_here), excluded=excluded))
            st.caption(f"{t('source_label', lang)}: {source_links_markdown(row['n_institutions_source'], limit=2)}")
        with cols[2].container(border=True):
            if pd.isna(row["area_m2"]):
                st.metric(t("map_metric_area", lang), t("missing_value", lang))
            else:
                area = int(row["area_m2"])
                st.metric(t("map_metric_area", lang), f"{area / 1_000_000:,.2f} km²", help=f"{area:,} m²")
                st.caption(
                    f"{area:,} m² · {t('source_label', lang)}: {source_links_markdown(row['area_source'], limit=2)}"
                )
        with cols[3].container(border=True):
            population = row["planned_population"]
            st.metric(
                t("map_metric_population", lang),
                t("missing_value", lang) if pd.isna(population) else format_int(population),
            )
            if pd.notna(population):
                st.caption(
                    f"{t('source_label', lang)}: {source_links_markdown(row['planned_population_source'], limit=2)}"
                )
        cols = st.columns([1, 3])
        with cols[0].container(border=True):
            employees = row["relocated_employees"]
            st.metric(
                t("map_metric_employees", lang),
                t("missing_value", lang) if pd.isna(employees) else format_int(employees),
            )
            if pd.notna(employees):
                st.caption(
                    f"{t('source_label', lang)}: {source_links_markdown(row['relocated_employees_source'], limit=2)}"
                )
        with cols[1].container(border=True):
            phase = "second" if point["phase"] == "second" else "first"
            theme = (
                row["theme_en"]
                if lang == "en" or not row["theme_ko_2005_07"]
                else f"{row['theme_ko_2005_07']} — {row['theme_en']}"
            )
            st.markdown(
                f"**{t('map_metric_phase', lang)}:** {t('map_phase_' + phase, lang)} · "
                f"**{t('map_theme_label', lang)}:** {theme}"
            )
            st.markdown(f"**{t('map_sectors_label', lang)}:** {row['specialised_sectors']}")
            notes = [
                text
                for text in (row["n_institutions_note"], row["area_note"], row["planned_population_note"])
                if isinstance(text, str) and text
            ]
            if notes:
                st.caption(f"{t('note_label', lang)}: " + " · ".join(notes))
            st.caption(
                f"{t('map_english_only_note', lang)} {t('source_label', lang)}: "
                f"{source_links_markdown(row['sector_source'], limit=2)}"
            )

        if rows_here.empty:
            st.info(t("map_no_institutions", lang), icon=":material/hourglass_empty:")
        elif city == "IC03":
            groups = tm.naju_groups(load_dataset("naju_sector_groups"), rows_here)
            chart_rows, table_rows = [], []
            for group in groups.itertuples(index=False):
                label = (
                    (group.group_ko if lang == "ko" else group.group_en)
                    if group.group_id != "other"
                    else (f"{tm.sector_label(group.reference_group, lang)} {t('map_naju_not_in_seed', lang)}")
                )
                if pd.notna(group.seed_count):
                    chart_rows.append(
                        {"label": label, "series": t("map_naju_seed_series", lang), "count": int(group.seed_count)}
                    )
                chart_rows.append(
                    {
                        "label": label,
                        "series": t("map_naju_reference_series", lang),
                        "count": int(group.reference_count),
                    }
                )
                table_rows.append(
                    {
                        t("map_naju_table_group", lang): label,
                        t("map_naju_table_seed", lang): group.seed_count,
                        t("map_naju_table_ref_group", lang): tm.sector_label(group.reference_group, lang),
                        t("map_naju_table_ref", lang): group.reference_count,
                        t("map_naju_table_members", lang): group.members_ko if lang == "ko" else group.members_en,
                    }
                )
            chart_block(
                key="map_naju_groups",
                title=t("map_naju_heading", lang),
                chart=cached_chart(
                    ("map_naju_groups", lang), lambda: maps.naju_group_bars(pd.DataFrame(chart_rows), lang)
                ),
                table=pd.DataFrame(table_rows),
                unit=t("map_sector_chart_unit", lang),
                sources=[manifest_source("naju_sector_groups"), manifest_source("institutions")],
                lang=lang,
                alt_text=t("map_naju_alt", lang),
                note=t("map_naju_note", lang),
            )
        else:
            counts = tm.sector_counts(rows_here)
            if (counts["sector_group"] == "").all():
                st.info(t("map_sector_none", lang, sectors=row["specialised_sectors"]), icon=":material/category:")
            else:
                counts["label"] = [tm.sector_label(v, lang) for v in counts["sector_group"]]
                chart_block(
                    key=f"map_sectors_{city}",
                    title=t("map_sector_chart_title", lang, name=name),
                    chart=cached_chart(("map_sectors", city, lang), lambda: maps.sector_bars(counts, lang)),
                    table=counts[["label", "n_institutions"]].rename(
                        columns={"label": t("map_col_sector", lang), "n_institutions": t("map_sector_chart_unit", lang)}
                    ),
                    unit=t("map_sector_chart_unit", lang),
                    sources=[manifest_source("institutions")],
                    lang=lang,
                    alt_text=t(
                        "map_sector_alt",
                        lang,
                        parts=", ".join(
                            f"{label} {n}" for label, n in zip(counts["label"], counts["n_institutions"], strict=True)
                        ),
                    ),
                )
        if not rows_here.empty:
            st.subheader(t("map_list_heading", lang, name=name, n=len(rows_here)))
            shown = tm.institution_display(
                rows_here.sort_values("row_id"), lang, place_names, province_names, place_columns=False
            )
            st.dataframe(shown, hide_index=True, width="stretch")
            st.caption(t("map_table_note", lang) + " " + sources_line([manifest_source("institutions")], lang))
            download_row(shown, f"map_institutions_{city}", lang)

# 5. All institutions: search, filters, downloads
with guarded_section(lang, "map §5 all institutions"):
    st.header(t("map_all_heading", lang), divider="gray")
    st.markdown(t("map_all_intro", lang, rows=len(institutions)))
    top = st.columns([2, 2])
    search = top[0].text_input(
        t("map_filter_search", lang),
        key="map_f_search",
        placeholder=t("map_filter_search_placeholder", lang),
        max_chars=80,
    )
    verification = top[1].pills(
        t("map_filter_verification", lang),
        options=["verified", "partial", "uncertain"],
        selection_mode="multi",
        format_func=lambda v: t(f"map_verif_{v}", lang),
        key="map_f_verification",
    )
    row2 = st.columns(4)
    chosen_places = row2[0].multiselect(
        t("map_filter_destination", lang),
        options=places["place_id"].tolist(),
        format_func=lambda p: place_names[p][lang],
        key="map_f_places",
        placeholder=t("map_filter_all", lang),
    )
    province_options = sorted(
        set(institutions["iso_code"].dropna()) | set(institutions["partner_iso_code"].dropna()),
        key=lambda c: list(province_names).index(c) if c in province_names else 99,
    )
    chosen_provinces = row2[1].multiselect(
        t("map_filter_province", lang),
        options=province_options,
        format_func=lambda c: province_names.get(c, {}).get(lang, c),
        default=[province] if province in province_options else [],
        key=f"map_f_provinces_{province or 'all'}",
        placeholder=t("map_filter_all", lang),
    )
    sector_options = sorted(institutions["sector_group"].dropna().unique().tolist()) + [""]
    chosen_sectors = row2[2].multiselect(
        t("map_filter_sector", lang),
        options=sector_options,
        format_func=lambda s: tm.sector_label(s, lang),
        key="map_f_sectors",
        placeholder=t("map_filter_all", lang),
    )
    years = institutions["year_relocated"].dropna().astype(int)
    year_range = row2[3].slider(
        t("map_filter_years", lang),
        min_value=int(years.min()),
        max_value=int(years.max()),
        value=(int(years.min()), int(years.max())),
        key="map_f_years",
    )
    include_unknown = row2[3].checkbox(t("map_filter_unknown_year", lang), value=True, key="map_f_unknown_year")
    full_range = year_range == (int(years.min()), int(years.max()))
    filtered = tm.filter_institutions(
        institutions,
        places=chosen_places,
        provinces=chosen_provinces,
        sectors=chosen_sectors,
        years=None if full_range and include_unknown else year_range,
        include_unknown_year=include_unknown,
        verification=list(verification or []),
        search=search or "",
    )
    st.caption(t("map_filter_count", lang, shown=len(filtered), total=len(institutions)))
    if filtered.empty:
        st.info(t("map_filter_empty", lang), icon=":material/filter_alt_off:")
    shown = tm.institution_display(filtered, lang, place_names, province_names)
    if not filtered.empty:
        st.dataframe(shown, hide_index=True, width="stretch", height=420)
    st.caption(
        t("map_table_note", lang)
        + " "
        + sources_line([manifest_source("institutions"), manifest_source("relocation_places")], lang)
    )
    download_row(shown, "map_institutions_filtered", lang)

# 6. Reconciliation with the official count (153 = 112 + 19 + 22)
with guarded_section(lang, "map §6 reconciliation with the official count"):
    st.header(t("map_recon_heading", lang), divider="gray")
    st.markdown(t("map_recon_intro", lang))
    recon = tm.reconciliation(institutions, load_dataset("relocation_totals"))
    labels = {
        "innovation_city": t("map_type_innovation_city", lang),
        "sejong": t("map_type_sejong", lang),
        "individual": t("map_type_individual", lang),
        "total": t("map_recon_total", lang),
    }
    recon_shown = pd.DataFrame(
        {
            t("map_recon_category", lang): recon["category"].map(labels),
            t("map_recon_official", lang): recon["official"],
            t("map_recon_rows", lang): recon["rows"],
            t("map_recon_not153", lang): recon["rows_not_of_153"],
            t("map_recon_edge", lang): recon["rows_edge_case"],
            t("map_recon_uncertain", lang): recon["rows_uncertain"],
            t("map_recon_partial", lang): recon["rows_partial"],
            t("map_recon_difference", lang): recon["difference"],
        }
    )
    st.dataframe(recon_shown, hide_index=True, width="stretch")

    def names_of(rows: pd.DataFrame) -> str:
        column = "name_ko" if lang == "ko" else "name_en"
        return ", ".join(rows[column].fillna(rows["name_ko"]))

    by_type = {
        key: institutions[institutions["destination_type"] == key]
        for key in ("innovation_city", "sejong", "individual")
    }
    ic = by_type["innovation_city"]
    ic_counted = ic[ic["counted_in_153"]]
    ic_edge = ic_counted[ic_counted["edge_case"].notna()]
    official = load_dataset("relocation_totals").set_index("category")["count"]
    after = len(ic_counted) - len(ic_edge)
    sejong_uncertain = by_type["sejong"][by_type["sejong"]["verification_group"] == "uncertain"]
    individual_uncertain = by_type["individual"][by_type["individual"]["verification_group"] == "uncertain"]
    st.markdown(
        "\n".join(
            [
                "- "
                + t(
                    "map_recon_ic",
                    lang,
                    rows=len(ic),
                    not153=int((~ic["counted_in_153"]).sum()),
                    not153_names=names_of(ic[~ic["counted_in_153"]]),
                    counted=len(ic_counted),
                    edge=len(ic_edge),
                    edge_names=names_of(ic_edge),
                    after=after,
                    gap=after - int(official["innovation_city"]),
                ),
                "- "
                + t(
                    "map_recon_sejong",
                    lang,
                    rows=len(by_type["sejong"]),
                    uncertain=len(sejong_uncertain),
                    uncertain_names=names_of(sejong_uncertain),
                    missing=int(official["sejong"])
                    - (len(by_type["sejong"]) - len(sejong_uncertain))
                    - len(sejong_uncertain),
                ),
                "- "
                + t(
                    "map_recon_individual",
                    lang,
                    rows=len(by_type["individual"]),
                    missing=int(official["individual"]) - len(by_type["individual"]),
                    uncertain=len(individual_uncertain),
                    uncertain_names=names_of(individual_uncertain),
                ),
            ]
        )
    )
    st.caption(sources_line([manifest_source("relocation_totals", year="2019"), manifest_source("institutions")], lang))
    download_row(recon_shown, "map_reconciliation", lang)

    st.subheader(t("map_recon_cities_heading", lang))
    per_city = tm.city_row_counts(institutions, cities)
    per_city_shown = pd.DataFrame(
        {
            t("map_city_label", lang): per_city["name_ko" if lang == "ko" else "name_en"],
            t("map_recon_city_count", lang): per_city["n_institutions"],
            t("map_recon_city_rows", lang): per_city["rows"],
            t("map_recon_city_rows153", lang): per_city["rows_counted_in_153"],
            t("map_recon_city_note", lang): per_city["n_institutions_note"],
        }
    )
    st.dataframe(per_city_shown, hide_index=True, width="stretch")
    st.caption(
        t("map_english_only_note", lang)
        + " "
        + sources_line([manifest_source("innovation_cities"), manifest_source("institutions")], lang)
    )
    download_row(per_city_shown, "map_city_counts", lang)
