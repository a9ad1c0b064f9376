"""/vision: seed figures and names reproduced exactly, the plan (data.plan), its views and charts, and the page."""

from __future__ import annotations

import pytest

from components.charts.vision import financing_bars, hierarchy_layout, hierarchy_tree, plan_timeline
from components.sections import present as present_sections
from components.sections import vision as vision_sections
from components.strings import STRINGS
from components.views import vision as views
from data import loaders, plan
from data.datasets import data_root, read_dataset
from tests.apptest_helpers import all_text, run_page
from tests.conftest import source_document

SEED_TASKS = {
    "1-1": "Establish an Education System that Creates a Virtuous Cycle between Regional Workforce and Jobs",
    "1-2": "Use Regional Assets to Develop Unique Regional Culture and Tourism",
    "1-3": "Establish Health and Welfare Systems to Guarantee Quality of Life",
    "2-1": "Reinvigorate Farming, Mountainous and Fishing Villages",
    "2-2": "Urban Regeneration New Deal and Reinvigoration of Small-to-Medium-Sized Cities",
    "2-3": "Develop Population-Declining Regions into Small but Strong Regions",
    "3-1": "Innovative City Season 2",
    "3-2": "Innovation for Regional Industries (3 major innovation of regional industries)",
    "3-3": "Transform Idling Regional Assets into Economical Assets",
}
KOREAN_TASKS = {
    "2-2": "도시재생 뉴딜 및 중소도시 재도약",
    "2-3": "인구감소지역을 거주강소지역으로",
    "3-1": "혁신도시 시즌2",
}


def param(at, name: str) -> str | None:
    value = at.query_params.get(name)
    return value[-1] if isinstance(value, list) else value


@pytest.fixture(scope="module")
def tree():
    return plan.plan_tree(read_dataset("plan_structure"), read_dataset("plan_names_en_seed"))


@pytest.fixture(scope="module")
def tasks(tree):
    return plan.key_tasks(tree, read_dataset("key_task_seed"))


def test_nine_key_tasks_in_seed_order_with_exact_english_and_reference_korean(tasks):
    assert tasks["task_id"].tolist() == list(SEED_TASKS)
    assert dict(zip(tasks["task_id"], tasks["name_en"], strict=True)) == SEED_TASKS
    korean = dict(zip(tasks["task_id"], tasks["name_ko"], strict=True))
    for task, name in KOREAN_TASKS.items():
        assert korean[task] == name
    assert tasks.loc[tasks["order_doubt"], "task_id"].tolist() == ["2-2", "2-3"]
    assert tasks.set_index("task_id").loc["2-2", "reference_task_no"] == "2-3"


def test_one_plan_tree_for_vision_and_present(tree):
    # /vision and /present draw the same plan tree, built once by one loader around data.plan.plan_tree
    assert present_sections.load_plan_tree is vision_sections.load_plan_tree
    assert loaders._plan_tree.__wrapped__(str(data_root())) == loaders.load_plan_tree()
    assert [s.key for s in tree.strategies] == list(plan.STRATEGY_KEYS)
    assert [task.task_id for task in tree.key_tasks] == list(SEED_TASKS)
    assert [(s.short_ko, s.short_en, s.plan_krw_trillion) for s in tree.strategies] == [
        ("사람", "People", 51.0),
        ("공간", "Space", 66.0),
        ("산업", "Industry", 56.0),
    ]
    assert tree.vision("en") == "A Nation with Strong Regions. A Well-Balanced Republic of Korea"
    assert tree.goal("ko") == "지역주도 자립적 성장기반 마련"
    table = plan.plan_tree_table(tree)
    assert table["level"].value_counts().to_dict() == {"key_task": 9, "strategy": 3, "vision": 1, "goal": 1}
    assert table["source"].str.contains("nabis.go.kr").all() and table["source"].str.contains("Korean: ").all()


def test_the_two_seeds_must_agree_on_each_key_task(tree):
    seed = read_dataset("key_task_seed").copy()
    seed.loc[seed["task_id"] == "3-1", "name_en"] = "Innovation City Season 2"
    with pytest.raises(ValueError, match="3-1"):
        plan.key_tasks(tree, seed)


def test_seed_texts_appear_verbatim_in_the_seed_documents(tasks):
    text = " ".join(source_document("nabis_vision_goal_strategy").split())
    for row in tasks.itertuples():
        assert row.name_en in text and row.description_en in text, row.task_id
    frame = read_dataset("plan_frame")
    for group in ("policy_goal", "innovative_task", "key_value_point"):
        for value in plan.plan_frame_group(frame, group)["text_en"]:
            assert value in text, value
    areas_text = source_document("nabis_projects_and_budget")
    for value in read_dataset("project_areas")["text_en"]:
        assert value in areas_text


def test_frame_has_five_goals_four_tasks_three_values_with_two_points_each():
    frame = read_dataset("plan_frame")
    assert len(plan.plan_frame_group(frame, "policy_goal")) == 5
    assert len(plan.plan_frame_group(frame, "innovative_task")) == 4
    values = plan.plan_frame_group(frame, "key_value")
    assert values["label_en"].tolist() == ["Decentralization", "Innovation", "Inclusiveness"]
    points = plan.plan_frame_group(frame, "key_value_point")
    assert points.groupby("parent_id").size().tolist() == [2, 2, 2]
    assert plan.plan_counts(frame) == {"strategies": 3, "key_tasks": 9, "action_tasks": 37, "annual_tasks": 334}
    # Korean text without a sourced wording is marked as a translation
    assert set(values["text_ko_status"]) == {"translation"}
    assert set(plan.plan_frame_group(frame, "policy_goal")["text_ko_status"]) == {"sourced"}


def test_eleven_project_areas_without_invented_mapping():
    areas = read_dataset("project_areas")
    assert areas["area_no"].tolist() == list(range(1, 12))
    assert areas["related_key_tasks"].isna().all()
    assert set(areas["text_ko_status"]) == {"translation"}


def test_financing_per_strategy_and_the_caveat_figures():
    structure = read_dataset("plan_structure")
    table = views.financing_table(structure, "en")
    assert dict(zip(table["strategy_key"], table["plan_2018_2022_krw_trillion"], strict=True)) == {
        "people": 51.0,
        "space": 66.0,
        "industry": 56.0,
    }
    finance = plan.plan_financing(structure)
    assert finance["total"] == 174.8
    assert finance["annual"] == {2019: 36.1, 2020: 35.8, 2021: 38.6, 2022: 37.5}
    assert finance["annual_sum"] == 148.0 and finance["strategy_sum"] == 173.0
    assert financing_bars(table, "ko").to_dict()["layer"]


def test_reported_measures_follow_the_korean_name_not_the_reference_number(tasks):
    measures = plan.measures_by_task(read_dataset("reported_measures"), tasks)
    assert len(measures) == 16  # the 'official titles not found' row is not a measure
    urban = measures[measures["task_id"] == "2-2"]
    assert set(urban["key_task_ko"]) == {"도시재생 뉴딜 및 중소도시 재도약"} and len(urban) == 2
    assert set(measures[measures["task_id"] == "2-3"]["key_task_ko"]) == {"인구감소지역을 거주강소지역으로"}


def test_hierarchy_focus_marks_only_the_chosen_branch(tree):
    nodes, edges = hierarchy_layout(tree, "en", "space", "2-2")
    focused = nodes[nodes["focused"] & (nodes["level"] == 2)]["task_id"].tolist()
    assert focused == ["2-2"]
    assert nodes.set_index("node").loc["space", "focused"] and not nodes.set_index("node").loc["people", "focused"]
    assert len(edges) == 12
    everything, _ = hierarchy_layout(tree, "ko", None, None)
    assert everything["focused"].all()
    assert hierarchy_tree(nodes, edges, "A Nation with Strong Regions", "en").to_dict()["layer"]


def test_timeline_plans_and_years():
    plans = plan.plans_in_order(read_dataset("plan_timeline"))
    assert plans["period"].tolist() == ["2004–2008", "2009–2013", "2014–2018", "2018–2022", "2023–2027"]
    assert plans.iloc[4]["name_ko"].startswith("제1차 지방시대 종합계획")
    assert plans["source"].str.contains("http").all()
    assert plan_timeline(plans, "en").to_dict()["layer"]
    strategies = read_dataset("local_era_strategies")
    assert strategies["short_ko"].tolist() == ["지방분권", "교육개혁", "혁신성장", "특화발전", "생활복지"]


def test_province_lens_transforms():
    places, cities = read_dataset("relocation_places"), read_dataset("innovation_cities")
    jeonnam = plan.province_innovation_cities("KR-46", places, cities)
    assert len(jeonnam) == 1 and "Gwangju-Jeonnam" in jeonnam.iloc[0]["name_en"]
    assert jeonnam.iloc[0]["theme_ko"] and jeonnam.iloc[0]["theme_en"]
    assert plan.province_innovation_cities("KR-29", places, cities)["city_id"].tolist() == ["IC03"]  # shared
    assert plan.province_innovation_cities("KR-11", places, cities).empty
    policies = plan.province_policies("KR-46", read_dataset("province_profiles"), read_dataset("province_profiles_ko"))
    assert len(policies) == 4 and policies["name_ko"].notna().all()  # each with its Korean name (issue 20)


# --- Views: text alternatives derived from the data they describe ----------------------------------------


def test_tree_alt_counts_the_tree_and_names_the_focus(tree):
    assert views.tree_alt(tree, "en", None) == (
        "Under the vision ‘A Nation with Strong Regions. A Well-Balanced Republic of Korea’ are 3 strategies "
        "(People with 3 key tasks, Space with 3 key tasks, Industry with 3 key tasks), 9 key tasks in all."
    )
    assert "‘공간’" in views.tree_alt(tree, "ko", "space") and "9개" in views.tree_alt(tree, "ko", "space")


def test_financing_alt_follows_the_figures():
    structure = read_dataset("plan_structure")
    tree = plan.plan_tree(structure, read_dataset("plan_names_en_seed"))
    assert views.plan_financing_alt(tree, "en") == (
        "Planned financing by strategy: People KRW 51 tn, Space KRW 66 tn, Industry KRW 56 tn. Space is the largest."
    )
    assert views.plan_financing_alt(tree, "ko").startswith(
        "전략별 계획 재원은 사람 51조 원, 공간 66조 원, 산업 56조 원"
    )
    changed = structure.copy()
    changed.loc[
        (changed["level"] == "strategy") & (changed["strategy_no"] == 2), "plan_budget_2018_2022_krw_trillion"
    ] = 6
    smaller = plan.plan_tree(changed, read_dataset("plan_names_en_seed"))
    assert views.plan_financing_alt(smaller, "en").endswith(
        "Space KRW 6 tn, Industry KRW 56 tn. Industry is the largest."
    )


def test_timeline_alt_lists_the_plans_and_their_overlap():
    plans = plan.plans_in_order(read_dataset("plan_timeline"))
    alt = views.plans_timeline_alt(plans, "en")
    assert alt.startswith("5 plans follow each other: First Five-Year Balanced National Development Plan (2004–2008)")
    assert "Fourth Five-Year Balanced National Development Plan (2018–2022) (highlighted)" in alt
    assert alt.endswith(" The 2014–2018 and 2018–2022 plans overlap in 2018.")
    assert "2018년이 겹칩니다" in views.plans_timeline_alt(plans, "ko")
    citations = views.plans_timeline_citations(plans, "en")
    assert len(citations) == 5 and all(url.startswith("http") for _, url in citations)
    assert views.plans_timeline_citations(plans, "ko")[0][0] == "전자신문 2004-08-17 (2004–2008)"


def test_measures_table_escapes_data_text_and_links_sources(tasks):
    measures = plan.measures_by_task(read_dataset("reported_measures"), tasks)
    table = views.reported_measures_table(measures, tasks, "en")
    assert list(table.columns) == ["Key task", "Reported measure", "Korean (as reported)", "Mapping basis", "Source"]
    assert any("\\~" in cell for cell in table["Korean (as reported)"])
    assert table["Source"].str.contains(r"\]\(http").all()


def test_every_vision_string_has_both_languages():
    for key, entry in STRINGS.items():
        if key.startswith("vision_"):
            assert entry.get("ko") and entry.get("en"), key


# --- The page through AppTest -------------------------------------------------------


@pytest.mark.apptest
def test_page_in_korean_shows_the_whole_hierarchy_and_frame():
    at = run_page("vision")
    assert not at.exception
    text = all_text(at)
    for name in [
        "지역이 강한 나라, 균형잡힌 대한민국",
        "지역주도 자립적 성장기반 마련",
        "혁신도시 시즌2",
        "도시재생 뉴딜 및 중소도시 재도약",
        "국민이 주인인 정부",
        "평화와 번영의 한반도",
        "분권",
        "포용",
        "37개 실천과제",
        "공식 실천과제 목록이 아닙니다",
    ]:
        assert name in text, name
    for english in SEED_TASKS.values():  # a Korean page reads Korean only (issue 20)
        assert english not in text, english
    metrics = {m.label: m.value for m in at.metric}
    assert metrics == {"전략": "3", "핵심과제": "9", "실천과제": "37", "연차 시행계획 과제": "334"}
    assert "번역" in text
    assert "148.0조 원" in text and "174.8조 원" in text
    assert "출처" in text and "nabis.go.kr" in text
    assert at.segmented_control(key="vision_strategy").value == "all"


@pytest.mark.apptest
def test_page_in_english_with_a_strategy_and_task_link():
    at = run_page("vision", lang="en", strategy="space", task="2-3", province="KR-46")
    assert not at.exception
    assert at.segmented_control(key="vision_strategy").value == "space"
    assert at.pills(key="vision_task").value == "2-3"
    assert at.pills(key="vision_task").options == ["2-1", "2-2", "2-3"]
    text = all_text(at)
    assert "Key task 2-3 in detail" in text
    assert "Develop Population-Declining Regions into Small but Strong Regions" in text
    assert "The nabis.go.kr English page lists this task as no. 3 in Space" in text  # its own note, not 2-2's
    assert "Measures reported in the press (1; not the official action tasks)" in text
    assert "Moon Administration’s Five Key Policy Goals" in text and "A Job-Creating" in text
    assert "What the plan means for South Jeolla" in text
    assert "KRW 148.0 tn" in text
    links = {link.proto.label: link.proto.query_string for link in at.main.get("page_link")}
    assert "province=KR-46" in links["See it on the map"] and "lang=en" in links["Compare regions"]


@pytest.mark.apptest
def test_a_task_link_alone_focuses_its_strategy():
    at = run_page("vision", lang="en", task="3-1")
    assert not at.exception
    assert at.segmented_control(key="vision_strategy").value == "industry"
    assert param(at, "strategy") == "industry"


@pytest.mark.apptest
def test_choosing_a_strategy_writes_it_to_the_url_and_clears_a_foreign_task():
    at = run_page("vision", lang="en", task="1-2")
    at.segmented_control(key="vision_strategy").set_value("industry").run()
    assert not at.exception
    assert param(at, "strategy") == "industry"
    assert "task" not in at.query_params
    at.pills(key="vision_task").set_value("3-3").run()
    assert param(at, "task") == "3-3"
    assert "Key task 3-3 in detail" in all_text(at)


@pytest.mark.apptest
@pytest.mark.parametrize("params", [{"strategy": "<b>x</b>"}, {"task": "9-9"}, {"strategy": "people", "task": "3-1"}])
def test_bad_link_values_fall_back_with_a_notice(params):
    at = run_page("vision", lang="en", **params)
    assert not at.exception
    assert at.warning, params
    assert at.title[0].value == "The plan: vision, strategies and 9 key tasks"


@pytest.mark.apptest
def test_reported_measures_are_a_plain_table_of_all_16_with_their_task():
    at = run_page("vision")
    assert not at.exception
    [table] = at.table  # st.table: sentences wrap instead of being cut off in grid cells
    measures = table.value
    assert len(measures) == 16
    assert any(cell.startswith("2-3 ") for cell in measures["핵심과제"])
    # st.table renders Markdown: the data's tildes are escaped, not struck through; sources are short links
    assert any("보육\\~교육·진학\\~취업" in cell for cell in measures.iloc[:, 1])
    assert any(
        "[koscaj.com](http://www.koscaj.com/news/articleView.html?idxno=110621)" in cell for cell in measures["출처"]
    )
    # a Korean page shows the press's Korean wording and how each is tied to its task in Korean, no English column
    assert list(measures.columns) == ["핵심과제", "보도된 추진 내용", "과제 연결 근거", "출처"]
    assert set(measures["과제 연결 근거"]) <= {"출처가 이 핵심과제 아래 둠", "주제로 추정", ""}
    at = run_page("vision", lang="en", task="2-3")
    assert set(at.table[0].value["Key task"].str[:4]) == {"2-3 "}


# --- Issue 18 (7): small slips ---------------------------------------------------------------------------------


def test_each_doubted_task_says_its_own_order_in_both_languages(tree, tasks):
    assert views.task_order_note(tasks, "2-2", tree, "en") == (
        "The nabis.go.kr English page lists this task as no. 2 in Space; the 2018 vision reports (Hankyung, Jeju "
        "News) list it as no. 3, and Jeonnam Ilbo follows the English page. Sources disagree on this order."
    )
    assert views.task_order_note(tasks, "2-3", tree, "en").startswith(
        "The nabis.go.kr English page lists this task as no. 3 in Space; the 2018 vision reports (Hankyung, Jeju "
        "News) list it as no. 2,"
    )
    assert views.task_order_note(tasks, "2-3", tree, "ko").startswith(
        "원문은 이 과제를 공간 전략의 3번째로, 2018년 비전 선포 보도(한국경제 등)는 2번째로 듭니다."
    )
    assert views.task_order_note(tasks, "2-2", tree, "ko").startswith("원문은 이 과제를 공간 전략의 2번째로,")


def test_timeline_alt_does_not_number_the_2014_2018_plan():
    """Only one source calls the 2014–2018 plan the '3rd': the alt text gives the plans' own titles."""
    plans = plan.plans_in_order(read_dataset("plan_timeline"))
    en, ko = views.plans_timeline_alt(plans, "en"), views.plans_timeline_alt(plans, "ko")
    assert "Five-Year Regional Development Plan (2014–2018)" in en and "3rd" not in en and "Third" not in en
    assert "지역발전 5개년계획 (2014\\~2018)" in ko and "제3차" not in ko  # escaped: a tilde would strike through
