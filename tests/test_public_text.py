"""Issue 20, a first visit without stumbles: what a machine can see of it.

Every public page in both languages shows no "None", no "seed"/"시드", no file or column names, no unfilled
Korean particle ("은(는)"), and every link's label names where it goes — in its text, its tables (chart tables
too), widget labels and chart titles (``tests/public_text.py`` gathers them). Beside that: the particle helper,
the Korean fields of the manifest, the readers' headers of every dataset, the Naju city's search names and the
way back from /present.
"""

from __future__ import annotations

import pytest

from components.formatting import final_consonant, particle, resolve_particles, with_particle
from components.strings import t
from components.strings.sources import COLUMN_LABELS
from data.datasets import csv_datasets, manifest, manifest_references, read_dataset
from tests.apptest_helpers import PAGE_FILES, run_page
from tests.public_text import (
    english_in_korean,
    label_names_host,
    link_problems,
    page_problems,
    problems_in_text,
    shown_tables,
    visible_texts,
)

# --- Korean particles --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "form", "expected"),
    [
        ("전라남도", "은", "전라남도는"),
        ("서울특별시", "을", "서울특별시를"),
        ("광주광역시", "이", "광주광역시가"),
        ("부산", "은", "부산은"),
        ("부산", "로", "부산으로"),
        ("서울", "으로", "서울로"),  # ㄹ takes 로
        ("세종", "와", "세종과"),
        ("경기도", "과", "경기도와"),
        ("‘KR-46’", "를", "‘KR-46’을"),  # 육
        ("‘KR-99’", "을", "‘KR-99’를"),  # 구
        ("153", "와", "153과"),  # 삼
        ("10", "는", "10은"),  # 십
        ("2", "은", "2는"),  # 이
        ("4/5/4/3", "는", "4/5/4/3은"),
        ("전자신문(2022-02-02)", "는", "전자신문(2022-02-02)은"),  # the particle follows the noun, not the bracket
        ("광주전남공동혁신도시(빛가람)", "은", "광주전남공동혁신도시(빛가람)는"),
        ("KTX", "이", "KTX가"),
        ("HTML", "을", "HTML을"),  # 엘
        ("Naju", "은", "Naju는"),
    ],
)
def test_the_particle_is_chosen_by_the_words_last_sound(word, form, expected):
    assert with_particle(word, form) == expected


def test_particles_in_the_catalogue_follow_the_value():
    assert final_consonant("") is None and particle("", "을") == "를"
    assert resolve_particles(
        "{name}은(는) {x}을(를) {y}(으)로 {z}와(과)", {"name": "전남", "x": "경기", "y": "서울", "z": "대전"}
    ) == ("{name}은 {x}를 {y}로 {z}과")
    assert resolve_particles("{other}({date})은(는)", {"other": "광주일보", "date": "2021"}) == "{other}({date})는"
    assert t("regions_province_kept", "ko", name="전라남도").startswith("사이드바에서 고른 전라남도는 ")
    assert "‘KR-46’을 알 수 없어" in t("notice_bad_province", "ko", value="KR-46")
    assert "‘KR-99’를 알 수 없어" in t("notice_bad_province", "ko", value="KR-99")
    text = t("map_province_no_city", "ko", name="서울특별시")
    assert "서울특별시를 강조" in text and "서울특별시로 이전한" in text


def test_no_catalogue_entry_leaves_a_particle_pair_a_value_cannot_fill():
    """A pair may only follow a placeholder (the value decides); anywhere else the author chooses the particle."""
    from components.strings import STRINGS

    for key, entry in STRINGS.items():
        text = entry["ko"]
        unresolved = resolve_particles(text, {field: "값" for field in _fields(text)})
        assert not [p for p in problems_in_text(unresolved) if p.startswith("particle")], key


def _fields(text: str) -> set[str]:
    import string

    return {field for _, field, _, _ in string.Formatter().parse(text) if field}


# --- The manifest in both languages, and links that go where they say ----------------------------------------------

KOREAN_FIELDS = ("citation_ko", "publisher_ko", "license_ko", "unit_ko", "vintage_ko", "caveats_ko")


def test_every_dataset_describes_itself_in_korean_too():
    for dataset_id, entry in manifest().items():
        assert all(entry.get(field) for field in KOREAN_FIELDS), dataset_id
        assert len(entry["caveats_ko"]) == len(entry["caveats"]), dataset_id
        for text in [entry["title"]["ko"], entry["title"]["en"], *(str(entry[f]) for f in KOREAN_FIELDS)]:
            assert not problems_in_text(text), (dataset_id, problems_in_text(text))
        for text in [entry["citation"], entry["publisher"], entry["license"], entry["vintage"], *entry["caveats"]]:
            assert not problems_in_text(text), (dataset_id, problems_in_text(text))
    for reference in manifest_references():
        assert reference.get("publisher_ko") and reference.get("title_ko"), reference["id"]


def test_every_citation_names_the_host_of_its_link():
    """Issue 20 (7): a label naming nabis.go.kr opened hankyung.com. Each citation, in both languages, names the
    host of the first source link it is shown with; each cited document's label names its link's host."""
    for dataset_id, entry in manifest().items():
        url = entry["source_urls"][0]
        for label in (entry["citation"], entry["citation_ko"]):
            assert label_names_host(label, url), (dataset_id, label, url)
    for reference in manifest_references():
        for lang in ("", "_ko"):
            label = f"{reference['publisher' + lang]}, {reference['title' + lang]}"
            assert label_names_host(label, reference["url"]), (reference["id"], label)
            assert label_names_host(reference["publisher" + lang], reference["url"]), reference["id"]  # /sources
    assert not label_names_host("PCBND/MOTIE (2018–19); nabis.go.kr", "https://hankyung.com/article/201802014945Y")
    assert link_problems(["[MOIS, MOEF/MOLIT (korea.kr)](http://parangse.org/atl/view.asp?a_id=11582)"])


def test_every_column_of_every_dataset_has_a_readers_header_in_both_languages():
    for dataset_id in csv_datasets():
        for column in read_dataset(dataset_id).columns:
            labels = COLUMN_LABELS.get(column, {})
            assert labels.get("ko") and labels.get("en"), (dataset_id, column)
            assert not problems_in_text(labels["ko"] + " " + labels["en"]), column


# --- The Naju city is found by every name a person types ------------------------------------------------------------


def test_the_naju_city_is_found_by_its_korean_english_and_nick_names():
    from components.views.map import city_search_labels

    labels = city_search_labels(
        read_dataset("innovation_cities"), read_dataset("relocation_places"), read_dataset("provinces")
    )
    for lang in ("ko", "en"):
        naju = labels["IC03"][lang].lower()
        for typed in ("나주", "빛가람", "Naju", "Bitgaram"):
            assert typed.lower() in naju, (lang, typed, naju)
        others = [label[lang].lower() for city, label in labels.items() if city != "IC03"]
        assert not any("naju" in label or "나주" in label for label in others)  # it finds Naju, not Jinju
    assert labels["IC03"]["ko"].startswith("광주전남공동혁신도시(빛가람)")  # the name first, then the other names
    assert "원주" in labels["IC05"]["en"] and "Jinju" in labels["IC09"]["ko"]


# --- Every public page, both languages (AppTest) --------------------------------------------------------------------

PAGE_RUNS = [(path, {}) for path in PAGE_FILES] + [
    ("map", {"city": "IC03"}),
    ("", {"province": "KR-46"}),
    ("regions", {"province": "KR-29"}),
    ("present", {"province": "KR-46"}),
]


def _table_views(at):
    """The same run with every chart block switched to its table (what its CSV and XLSX hold)."""
    switches = [control for control in at.button_group if (control.key or "").startswith("view_")]
    for switch in switches:
        switch.set_value("table")
    return at.run() if switches else None


@pytest.mark.apptest
@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize(("path", "params"), PAGE_RUNS, ids=[f"/{p}{'?' if q else ''}{q}" for p, q in PAGE_RUNS])
def test_no_working_vocabulary_and_every_link_names_where_it_goes(path, params, lang):
    at = run_page(path, lang=lang, **params)
    texts = visible_texts(at) + [str(v) for table in shown_tables(at) for v in table.astype(str).stack()]
    found = page_problems(at) + link_problems(texts)
    if lang == "ko":  # the city picker's options carry every name a person might type, English ones too
        aliases = {option for box in at.selectbox if box.key == "map_city" for option in box.options}
        found += english_in_korean([text for text in visible_texts(at) if text not in aliases])
    tables = _table_views(at)
    if tables is not None:
        found += [f"table view: {problem}" for problem in page_problems(tables)]
        assert any(True for _ in shown_tables(tables)), "the switch showed no table"
    assert not found, "\n".join(found)


@pytest.mark.apptest
@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_presentation_has_a_way_back_that_keeps_language_and_province(lang):
    at = run_page("present", lang=lang, province="KR-46")
    [link] = [link for link in at.get("page_link") if link.proto.page == ""]
    assert link.proto.label == t("present_exit", lang)
    assert "province=KR-46" in link.proto.query_string and f"lang={lang}" in link.proto.query_string


@pytest.mark.apptest
def test_a_fifth_province_takes_the_place_of_the_first_in_our_own_words():
    """Instead of the widget's English "You can only select up to 4 options": the newest choice replaces the
    oldest, and the page says so in the reader's language."""
    at = run_page("regions", compare="KR-41,KR-46,KR-50,KR-11")
    at.multiselect(key="regions_compare").select("KR-26").run()
    assert at.multiselect(key="regions_compare").value == ["KR-46", "KR-50", "KR-11", "KR-26"]
    assert any("경기도를 뺐습니다" in notice.value for notice in at.info), [n.value for n in at.info]


# --- One unit per chart -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "unit", "value_2020"), [("ko", "억 원 (명목)", 2337.21), ("en", "KRW billion (nominal)", 233.721)]
)
def test_an_account_below_a_trillion_is_drawn_in_the_unit_of_its_labels(lang, unit, value_2020):
    """Issue 20 (6): Jeju's chart had a 조 원 axis (0.0–0.8) beside 억 원 labels; now both count in 억 원 / bn."""
    from components.charts.budget import fragments_chart
    from components.views.budget import amount_block_unit
    from data.budget import account_fragments, special_account_long

    budget = special_account_long(read_dataset("special_account_budget"))
    jeju = account_fragments(
        budget, read_dataset("special_account_accounts_2021_2026"), read_dataset("special_account_totals"), "jeju"
    )
    spec = fragments_chart(jeju, lang).to_dict()
    titles = set(_spec_values(spec, "title"))
    assert unit in titles and t("budget_unit_tn", lang) not in titles
    values = [row["value_tn"] for data in spec["datasets"].values() for row in data if row.get("year") == 2020]
    assert pytest.approx(value_2020) in values  # 233,721 KRW million
    assert amount_block_unit("nominal", lang, jeju["amount_krw_million"]) == t("budget_unit_block_small", lang)
    assert amount_block_unit("nominal", lang, budget["amount_krw_million"]) == t("budget_unit_block_amount", lang)


def _spec_values(spec: object, key: str):
    if isinstance(spec, dict):
        for k, v in spec.items():
            if k == key and isinstance(v, str):
                yield v
            else:
                yield from _spec_values(v, key)
    elif isinstance(spec, list):
        for item in spec:
            yield from _spec_values(item, key)


# --- The map frames the chosen city ---------------------------------------------------------------------------------


def test_a_chosen_city_is_framed_with_the_capital_region_its_flows_come_from():
    """Issue 20 (5): a click on a city changed nothing above the fold; the map now frames the city (closer than the
    whole country, the capital region still in view) and its names are set larger, on white plates."""
    from components.charts import maps
    from data.relocation import relocation_frames

    frames = relocation_frames(
        read_dataset("institutions"),
        read_dataset("relocation_places"),
        read_dataset("innovation_cities"),
        read_dataset("provinces"),
    )
    naju = frames.points.set_index("place_id").loc["IC03"]
    view = maps.view_for_city(frames.points, "IC03", height=640)
    assert view["zoom"] > maps.KOREA_VIEW["zoom"]
    assert naju["lat"] < view["latitude"] < maps.CAPITAL_BOUNDS[3] and naju["lon"] - 1 < view["longitude"] < 128
    labels = maps.label_layer(frames.points, "ko")
    assert labels.get_size >= 15 and labels.background is True
