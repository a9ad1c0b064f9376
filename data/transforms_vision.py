"""Pure reshaping for the /vision page: the plan's hierarchy, financing, measures, timeline, province lens.

No Streamlit here. Inputs are the validated datasets ``plan_structure`` (key_tasks.csv),
``key_task_seed``, ``plan_frame``, ``reported_measures``, ``plan_timeline``,
``province_profiles``, ``innovation_cities`` and ``relocation_places``.
Nothing is filled in: a value the sources do not give stays missing.
"""

from __future__ import annotations

import re

import pandas as pd

STRATEGY_KEYS = ("people", "space", "industry")
STRATEGY_NO = {key: number for number, key in enumerate(STRATEGY_KEYS, start=1)}
TASK_IDS = tuple(f"{s}-{k}" for s in (1, 2, 3) for k in (1, 2, 3))
SHORT_KO = {1: "사람", 2: "공간", 3: "산업"}  # Domin Ilbo 2018-02-01 (see key_tasks.csv note)
STRATEGY_COLOURS = {"people": "#0B50D0", "space": "#00856F", "industry": "#C25400"}
DIM = "#8A949E"


def _ref(row: pd.Series) -> str:
    return f"{int(row['strategy_no'])}-{int(row['key_task_no_in_strategy'])}"


def strategies(structure: pd.DataFrame) -> pd.DataFrame:
    """The 3 strategies: number, key, Korean/English name, short Korean label, planned financing (KRW tn)."""
    rows = structure[structure["level"] == "strategy"].copy()
    rows["strategy_no"] = rows["strategy_no"].astype(int)
    rows = rows.sort_values("strategy_no")
    label = rows["name_en"].str.split(":", n=1)
    return pd.DataFrame(
        {
            "strategy_no": rows["strategy_no"].values,
            "strategy_key": [STRATEGY_KEYS[n - 1] for n in rows["strategy_no"]],
            "label_en": [parts[0].strip() for parts in label],
            "name_en": [parts[1].strip() if len(parts) > 1 else parts[0] for parts in label],
            "short_ko": [SHORT_KO[n] for n in rows["strategy_no"]],
            "name_ko": rows["name_ko"].values,
            "plan_krw_trillion": rows["plan_budget_2018_2022_krw_trillion"].astype(float).values,
            "source": rows["source"].values,
        }
    ).reset_index(drop=True)


def key_tasks(seed: pd.DataFrame, structure: pd.DataFrame) -> pd.DataFrame:
    """The 9 key tasks in the seed's order, with the seed's English and the reference's Korean names.

    ``reference_task_no`` says which key_tasks.csv row holds the Korean name; for
    2-2/2-3 the two sources order the Space tasks differently (see ``note``).
    """
    reference = structure[structure["level"] == "key_task"].copy()
    reference["ref"] = reference.apply(_ref, axis=1)
    reference = reference.set_index("ref")
    frame = seed.copy()
    frame["strategy_no"] = frame["strategy_no"].astype(int)
    frame["name_ko"] = frame["reference_task_no"].map(reference["name_ko"])
    frame["source_ko"] = frame["reference_task_no"].map(reference["source"])
    if frame["name_ko"].isna().any():
        missing = frame.loc[frame["name_ko"].isna(), "task_id"].tolist()
        raise ValueError(f"no Korean name in plan_structure for key tasks {missing}")
    frame["order_doubt"] = frame["task_id"] != frame["reference_task_no"]
    order = {task: i for i, task in enumerate(TASK_IDS)}
    return frame.sort_values("task_id", key=lambda s: s.map(order)).reset_index(drop=True)


def frame_group(frame: pd.DataFrame, group: str) -> pd.DataFrame:
    """Rows of one group of plan_frame (policy goals, innovative tasks, key values, …) in file order."""
    return frame[frame["group"] == group].reset_index(drop=True)


def plan_counts(frame: pd.DataFrame) -> dict[str, int]:
    """The plan's structure numbers as the seed gives them: strategies, key tasks, action tasks, annual tasks."""
    rows = frame_group(frame, "plan_count").set_index("item_id")["value"]
    return {
        "strategies": int(rows["PC1"]),
        "key_tasks": int(rows["PC2"]),
        "action_tasks": int(rows["PC3"]),
        "annual_tasks": int(rows["PC4"]),
    }


ANNUAL = re.compile(r"(20\d\d) (\d+(?:\.\d+)?)")


def financing(structure: pd.DataFrame) -> dict[str, object]:
    """Total planned financing and the annual figures exactly as the source lists them (KRW tn).

    Also returns the derived sums, so the page can show that the annual figures
    (2019–2022) add up to less than the total and say by how much.
    """
    row = structure[structure["level"] == "plan_finance"].iloc[0]
    total = float(row["plan_budget_2018_2022_krw_trillion"])
    annual_text = row["name_en"].split("annual", 1)[1] if "annual" in row["name_en"] else ""
    annual = {int(year): float(value) for year, value in ANNUAL.findall(annual_text)}
    by_strategy = strategies(structure)["plan_krw_trillion"]
    return {
        "total": total,
        "annual": annual,
        "annual_sum": round(sum(annual.values()), 1),
        "strategy_sum": round(float(by_strategy.sum()), 1),
        "source": row["source"],
        "note": row["note"],
    }


def financing_table(structure: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Planned financing per strategy (KRW trillion), the table behind the chart and its downloads."""
    frame = strategies(structure)
    label = (
        frame["short_ko"] + " · " + frame["name_ko"] if lang == "ko" else frame["label_en"] + ": " + frame["name_en"]
    )
    return pd.DataFrame(
        {
            "strategy_no": frame["strategy_no"],
            "strategy_key": frame["strategy_key"],
            "strategy": label,
            "plan_2018_2022_krw_trillion": frame["plan_krw_trillion"],
            "source": frame["source"],
        }
    )


def hierarchy_nodes(
    tasks: pd.DataFrame, strats: pd.DataFrame, lang: str, focus: str | None, focus_task: str | None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Nodes and edges of the vision → goal → 3 strategies → 9 key tasks tree, laid out left to right.

    ``focused`` marks what to highlight: the chosen strategy (or all, when none is chosen)
    and the chosen task.
    """
    name = "name_ko" if lang == "ko" else "name_en"
    nodes: list[dict] = []
    y_task = {task: i for i, task in enumerate(TASK_IDS)}
    for row in strats.itertuples(index=False):
        key = row.strategy_key
        lead = row.short_ko if lang == "ko" else row.label_en
        nodes.append(
            {
                "node": key,
                "level": 1,
                "y": 3 * (row.strategy_no - 1) + 1,
                "label": f"{lead}\n{getattr(row, name)}",
                "strategy_key": key,
                "focused": focus in (None, key),
                "task_id": "",
            }
        )
    for row in tasks.itertuples(index=False):
        key = row.strategy_key
        label = f"{row.task_id}  {getattr(row, name)}"
        nodes.append(
            {
                "node": row.task_id,
                "level": 2,
                "y": y_task[row.task_id],
                "label": label,
                "strategy_key": key,
                "focused": (focus in (None, key)) and (focus_task in (None, row.task_id)),
                "task_id": row.task_id,
            }
        )
    nodes.append(
        {"node": "root", "level": 0, "y": 4, "label": "", "strategy_key": "root", "focused": True, "task_id": ""}
    )
    frame = pd.DataFrame(nodes)
    by_node = frame.set_index("node")
    edges = []
    for row in frame[frame["level"] == 1].itertuples(index=False):
        edges.append(
            {
                "x": 0,
                "y": by_node.loc["root", "y"],
                "x2": 1,
                "y2": row.y,
                "strategy_key": row.strategy_key,
                "focused": row.focused,
            }
        )
    for row in frame[frame["level"] == 2].itertuples(index=False):
        parent = by_node.loc[row.strategy_key]
        edges.append(
            {"x": 1, "y": parent["y"], "x2": 2, "y2": row.y, "strategy_key": row.strategy_key, "focused": row.focused}
        )
    return frame, pd.DataFrame(edges)


def measures_by_task(measures: pd.DataFrame, tasks: pd.DataFrame) -> pd.DataFrame:
    """Press-reported measures joined to the seed's key-task numbering through the Korean key-task name.

    The measures file numbers tasks in key_tasks.csv order; matching on the Korean
    name keeps each measure under the right task whichever order is used. The
    placeholder row for the 37 official titles (not found) is dropped here.
    """
    rows = measures[measures["item_type"] == "reported_measure"].copy()
    by_name = tasks.set_index("name_ko")["task_id"]
    rows["task_id"] = rows["key_task_ko"].map(by_name)
    if rows["task_id"].isna().any():
        unknown = rows.loc[rows["task_id"].isna(), "key_task_ko"].unique().tolist()
        raise ValueError(f"reported measures under unknown key tasks: {unknown}")
    order = {task: i for i, task in enumerate(TASK_IDS)}
    rows["_order"] = rows["task_id"].map(order)
    columns = ["task_id", "key_task_ko", "text_ko", "text_en", "mapping_basis", "source", "note"]
    return rows.sort_values("_order", kind="stable")[columns].reset_index(drop=True)


def timeline(plans: pd.DataFrame) -> pd.DataFrame:
    """The plans in order with a display label and the end year made exclusive for drawing bars."""
    frame = plans.copy().sort_values("plan_order").reset_index(drop=True)
    frame["start_year"] = frame["start_year"].astype(int)
    frame["end_year"] = frame["end_year"].astype(int)
    frame["bar_end"] = frame["end_year"] + 1  # a plan runs to the end of its last year
    frame["period"] = frame["start_year"].astype(str) + "–" + frame["end_year"].astype(str)
    return frame


def province_innovation_cities(province: str, places: pd.DataFrame, cities: pd.DataFrame) -> pd.DataFrame:
    """Innovation cities hosted by (or shared with) a province, with their theme."""
    hosts = places[
        (places["place_type"] == "innovation_city")
        & ((places["iso_code"] == province) | (places["partner_iso_code"] == province))
    ]
    columns = ["city_id", "name_ko", "name_en", "theme_ko_2005_07", "theme_en", "specialised_sectors", "sector_source"]
    return cities[cities["city_id"].isin(hosts["place_id"])][columns].reset_index(drop=True)


def province_policies(province: str, profiles: pd.DataFrame) -> pd.DataFrame:
    """A province's listed policies and projects (descriptions are in English in the source data)."""
    columns = ["policy_or_project", "description", "year", "category", "source", "note"]
    return profiles[profiles["iso_code"] == province][columns].reset_index(drop=True)
