"""The plan: the 4th Five-Year Balanced National Development Plan (2018–2022) as the sources give it.

Its vision, goal, 3 strategies and 9 key tasks (one tree, ``plan_tree``, used by /vision and /present),
the frame around it (policy goals, innovative tasks, key values, counts), its financing, the reported
measures under its key tasks, the timeline of plans and what it holds for a province.

Pure pandas (no Streamlit, no presentation). Inputs are the validated datasets ``plan_structure``
(key_tasks.csv), ``plan_names_en_seed``, ``key_task_seed``, ``plan_frame``, ``reported_measures``,
``plan_timeline``, ``province_profiles``, ``innovation_cities`` and ``relocation_places``.
Nothing is filled in: a value the sources do not give stays missing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from data.relocation import innovation_cities_of

STRATEGY_KEYS = ("people", "space", "industry")  # the URL's ?strategy= values, in the plan's order
STRATEGY_NO = {key: number for number, key in enumerate(STRATEGY_KEYS, start=1)}
TASK_IDS = tuple(f"{s}-{k}" for s in (1, 2, 3) for k in (1, 2, 3))  # the URL's ?task= values (the seed's numbering)
SHORT_KO = {1: "사람", 2: "공간", 3: "산업"}  # Domin Ilbo 2018-02-01 (see key_tasks.csv note)
PLAN_ORDER = 4  # this plan's place in the timeline of plans (plan_timeline.plan_order)
TREE_LEVELS = ("vision", "goal", "strategy", "key_task")


def strategy_of_task(task_id: str) -> str:
    """The strategy a key task belongs to ("2-3" → "space")."""
    return STRATEGY_KEYS[int(task_id[0]) - 1]


# --- The tree: vision → goal → 3 strategies → 9 key tasks -------------------------------------------------


@dataclass(frozen=True)
class KeyTask:
    """One key task: numbered in the seed's order (``task_id``) and in key_tasks.csv's (``reference_no``)."""

    task_id: str
    reference_no: str
    name_ko: str
    name_en: str
    source: str

    @property
    def order_doubt(self) -> bool:
        """The sources disagree on this task's place in its strategy (Space tasks 2-2 and 2-3)."""
        return self.task_id != self.reference_no


@dataclass(frozen=True)
class Strategy:
    """One strategy: Korean names from the plan data, English from the seed, and its planned financing."""

    no: int
    name_ko: str
    name_en: str
    short_ko: str
    short_en: str
    plan_krw_trillion: float
    source: str
    key_tasks: tuple[KeyTask, ...]

    @property
    def key(self) -> str:
        return STRATEGY_KEYS[self.no - 1]

    @property
    def tasks(self) -> tuple[tuple[str, str], ...]:
        """The key tasks as (Korean, English as in the seed) pairs, in the seed's order."""
        return tuple((task.name_ko, task.name_en) for task in self.key_tasks)


@dataclass(frozen=True)
class PlanTree:
    """The plan's hierarchy: vision, goal and strategies with their key tasks."""

    vision_ko: str
    vision_en: str
    goal_ko: str
    goal_en: str
    strategies: tuple[Strategy, ...]
    vision_source: str
    goal_source: str

    def vision(self, lang: str) -> str:
        return getattr(self, f"vision_{lang}")

    def goal(self, lang: str) -> str:
        return getattr(self, f"goal_{lang}")

    def strategy(self, key: str) -> Strategy:
        return self.strategies[STRATEGY_NO[key] - 1]

    @property
    def key_tasks(self) -> tuple[KeyTask, ...]:
        return tuple(task for strategy in self.strategies for task in strategy.key_tasks)


def _seed_number(value: object) -> str:
    return str(int(value))


def plan_tree(plan: pd.DataFrame, names_en: pd.DataFrame) -> PlanTree:
    """Vision, goal, strategies and key tasks: Korean names and numbering from the plan data, English from the seed.

    The two are joined on the Korean name. Key tasks come in the seed's order (sources disagree on the
    order of the two Space tasks; the dashboard follows the seed); each row's source names both.
    """
    rows = plan[plan["level"].isin(TREE_LEVELS)].merge(
        names_en[["name_ko", "name_en_seed", "short_en_seed", "seed_position", "source"]].rename(
            columns={"source": "source_en"}
        ),
        on="name_ko",
        how="left",
        validate="one_to_one",
    )
    missing = rows[rows["name_en_seed"].isna()]
    if not missing.empty:
        raise ValueError(f"no seed English name for: {', '.join(missing['name_ko'])}")
    rows["both_sources"] = rows["source_en"] + " ; Korean: " + rows["source"]

    def one(level: str) -> pd.Series:
        found = rows[rows["level"] == level]
        if len(found) != 1:
            raise ValueError(f"expected one {level}, found {len(found)}")
        return found.iloc[0]

    strategies = []
    for _, strategy in rows[rows["level"] == "strategy"].sort_values("strategy_no").iterrows():
        no = int(strategy["strategy_no"])
        tasks = rows[(rows["level"] == "key_task") & (rows["strategy_no"] == strategy["strategy_no"])]
        strategies.append(
            Strategy(
                no=no,
                name_ko=str(strategy["name_ko"]),
                name_en=str(strategy["name_en_seed"]),
                short_ko=SHORT_KO[no],
                short_en=str(strategy["short_en_seed"]),
                plan_krw_trillion=float(strategy["plan_budget_2018_2022_krw_trillion"]),
                source=str(strategy["both_sources"]),
                key_tasks=tuple(
                    KeyTask(
                        task_id=f"{no}-{_seed_number(task['seed_position'])}",
                        reference_no=f"{no}-{_seed_number(task['key_task_no_in_strategy'])}",
                        name_ko=str(task["name_ko"]),
                        name_en=str(task["name_en_seed"]),
                        source=str(task["both_sources"]),
                    )
                    for _, task in tasks.sort_values("seed_position").iterrows()
                ),
            )
        )
    vision, goal = one("vision"), one("goal")
    return PlanTree(
        vision_ko=str(vision["name_ko"]),
        vision_en=str(vision["name_en_seed"]),
        goal_ko=str(goal["name_ko"]),
        goal_en=str(goal["name_en_seed"]),
        strategies=tuple(strategies),
        vision_source=str(vision["both_sources"]),
        goal_source=str(goal["both_sources"]),
    )


def plan_tree_table(tree: PlanTree) -> pd.DataFrame:
    """The tree as rows (level, number, Korean, English, source): the table behind the hierarchy chart."""
    rows = [
        {
            "level": "vision",
            "id": "",
            "name_ko": tree.vision_ko,
            "name_en": tree.vision_en,
            "source": tree.vision_source,
        },
        {"level": "goal", "id": "", "name_ko": tree.goal_ko, "name_en": tree.goal_en, "source": tree.goal_source},
    ]
    rows += [
        {
            "level": "strategy",
            "id": str(strategy.no),
            "name_ko": f"{strategy.short_ko} · {strategy.name_ko}",
            "name_en": f"{strategy.short_en}: {strategy.name_en}",
            "source": strategy.source,
        }
        for strategy in tree.strategies
    ]
    rows += [
        {
            "level": "key_task",
            "id": task.task_id,
            "name_ko": task.name_ko,
            "name_en": task.name_en,
            "source": task.source,
        }
        for task in tree.key_tasks
    ]
    return pd.DataFrame(rows)


def key_tasks(tree: PlanTree, seed: pd.DataFrame) -> pd.DataFrame:
    """The 9 key tasks of the tree, in its order, with the seed's one-line summaries (English, Korean translation).

    The seed repeats each task's English name and its key_tasks.csv number: both must agree with the
    tree, so two transcriptions of the same page can never drift apart unnoticed.
    """
    summaries = seed.set_index("task_id")
    rows = []
    for strategy in tree.strategies:
        for task in strategy.key_tasks:
            if task.task_id not in summaries.index:
                raise ValueError(f"key_task_seed has no summary for key task {task.task_id}")
            summary = summaries.loc[task.task_id]
            if summary["name_en"] != task.name_en or summary["reference_task_no"] != task.reference_no:
                raise ValueError(f"key_task_seed and plan_names_en_seed disagree on key task {task.task_id}")
            rows.append(
                {
                    "task_id": task.task_id,
                    "strategy_no": strategy.no,
                    "strategy_key": strategy.key,
                    "reference_task_no": task.reference_no,
                    "name_ko": task.name_ko,
                    "name_en": task.name_en,
                    "description_en": summary["description_en"],
                    "description_ko": summary["description_ko"],
                    "description_ko_status": summary["description_ko_status"],
                    "source": task.source,
                    "note": summary["note"],
                    "order_doubt": task.order_doubt,
                }
            )
    return pd.DataFrame(rows)


# --- The frame around the plan, and its numbers --------------------------------------------------------------


def plan_frame_group(frame: pd.DataFrame, group: str) -> pd.DataFrame:
    """Rows of one group of plan_frame (policy goals, innovative tasks, key values, …) in file order."""
    return frame[frame["group"] == group].reset_index(drop=True)


def plan_counts(frame: pd.DataFrame) -> dict[str, int]:
    """The plan's structure numbers as the seed gives them: strategies, key tasks, action tasks, annual tasks."""
    rows = plan_frame_group(frame, "plan_count").set_index("item_id")["value"]
    return {
        "strategies": int(rows["PC1"]),
        "key_tasks": int(rows["PC2"]),
        "action_tasks": int(rows["PC3"]),
        "annual_tasks": int(rows["PC4"]),
    }


# --- Financing ------------------------------------------------------------------------------------------------

ANNUAL = re.compile(r"(20\d\d) (\d+(?:\.\d+)?)")


def strategy_financing(structure: pd.DataFrame) -> pd.DataFrame:
    """Planned financing per strategy, 2018–2022 (KRW trillion as announced), with each strategy's full label."""
    rows = structure[structure["level"] == "strategy"].copy()
    rows["strategy_no"] = rows["strategy_no"].astype(int)
    rows = rows.sort_values("strategy_no")
    return pd.DataFrame(
        {
            "strategy_no": rows["strategy_no"].values,
            "strategy_key": [STRATEGY_KEYS[n - 1] for n in rows["strategy_no"]],
            "label_ko": [
                f"{SHORT_KO[n]} · {name}" for n, name in zip(rows["strategy_no"], rows["name_ko"], strict=True)
            ],
            "label_en": rows["name_en"].values,
            "plan_krw_trillion": rows["plan_budget_2018_2022_krw_trillion"].astype(float).values,
            "source": rows["source"].values,
        }
    )


def plan_financing(structure: pd.DataFrame) -> dict[str, object]:
    """Total planned financing and the annual figures exactly as the source lists them (KRW tn).

    Also returns the derived sums, so the page can show that the annual figures
    (2019–2022) add up to less than the total and say by how much.
    """
    row = structure[structure["level"] == "plan_finance"].iloc[0]
    annual_text = row["name_en"].split("annual", 1)[1] if "annual" in row["name_en"] else ""
    annual = {int(year): float(value) for year, value in ANNUAL.findall(annual_text)}
    return {
        "total": float(row["plan_budget_2018_2022_krw_trillion"]),
        "annual": annual,
        "annual_sum": round(sum(annual.values()), 1),
        "strategy_sum": round(float(strategy_financing(structure)["plan_krw_trillion"].sum()), 1),
        "source": row["source"],
        "note": row["note"],
    }


# --- Reported measures, the timeline, a province ---------------------------------------------------------------


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


def plans_in_order(plans: pd.DataFrame) -> pd.DataFrame:
    """The plans in order with their period and the end year made exclusive for drawing bars."""
    frame = plans.copy().sort_values("plan_order").reset_index(drop=True)
    frame["start_year"] = frame["start_year"].astype(int)
    frame["end_year"] = frame["end_year"].astype(int)
    frame["bar_end"] = frame["end_year"] + 1  # a plan runs to the end of its last year
    frame["period"] = frame["start_year"].astype(str) + "–" + frame["end_year"].astype(str)
    return frame


def plan_overlaps(plans: pd.DataFrame) -> list[tuple[str, str, list[int]]]:
    """Consecutive plans (from ``plans_in_order``) whose periods overlap: (period, next period, shared years)."""
    ordered = list(plans.itertuples())
    return [
        (before.period, after.period, list(range(after.start_year, before.end_year + 1)))
        for before, after in zip(ordered, ordered[1:], strict=False)
        if after.start_year <= before.end_year
    ]


def province_innovation_cities(province: str, places: pd.DataFrame, cities: pd.DataFrame) -> pd.DataFrame:
    """Innovation cities hosted by (or shared with) a province, with their theme (``theme_ko``/``theme_en``)."""
    hosted = innovation_cities_of(province, places)
    columns = ["city_id", "name_ko", "name_en", "theme_ko_2005_07", "theme_en", "specialised_sectors", "sector_source"]
    columns += [column for column in ("specialised_sectors_ko",) if column in cities]
    found = cities[cities["city_id"].isin(hosted["place_id"])][columns]
    return found.rename(columns={"theme_ko_2005_07": "theme_ko"}).reset_index(drop=True)


def province_policies(province: str, profiles: pd.DataFrame, korean: pd.DataFrame) -> pd.DataFrame:
    """A province's listed policies and projects: the source's English, and the Korean name and description
    beside them (``province_profiles_ko``: official where a Korean source has the name, else a translation)."""
    columns = ["policy_or_project", "description", "year", "category", "source", "note"]
    mine = profiles[profiles["iso_code"] == province][["iso_code", *columns]]
    named = mine.merge(
        korean[["iso_code", "policy_or_project", "name_ko", "description_ko", "ko_status"]],
        on=["iso_code", "policy_or_project"],
        how="left",
        validate="one_to_one",
    )
    return named.drop(columns="iso_code").reset_index(drop=True)
