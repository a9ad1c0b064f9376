"""The plan's (/vision) display texts, tables, text alternatives and citations, derived from the data (no Streamlit).

Data text shown through Markdown is escaped here. A Korean wording that is this dashboard's translation
(its ``*_ko_status`` column says so) carries the translation badge wherever it is the text shown.
"""

from __future__ import annotations

import pandas as pd

from components.formatting import (
    URL_PATTERN,
    format_trillion,
    is_missing,
    md_escape,
    publisher_names,
    source_links_markdown,
)
from components.strings import gloss_lang, localized, t, tn
from data.plan import PLAN_ORDER, PlanTree, plan_overlaps, strategy_financing
from data.regions import CATEGORY_GROUPS

NOT_VERIFIED = "NOT verified"  # how province_profiles' notes flag an unconfirmed item


def _plan_row_value(row: object, column: str) -> object:
    """A column of a data row (Series, mapping, named tuple or dataclass), None if the row has no such column."""
    if isinstance(row, pd.Series | dict):
        return row.get(column)
    return getattr(row, column, None)


def _plan_markdown(value: object) -> str:
    """Data text for Markdown: escaped, and empty when missing."""
    return "" if is_missing(value) else md_escape(value)


def plan_translation_badge(status: object, lang: str) -> str:
    """The badge after a Korean wording that is this dashboard's translation (status ``translation``)."""
    return f" {t('translation_badge', lang)}" if status == "translation" else ""


def plan_text(row: object, field: str, lang: str) -> str:
    """``field`` in the page's language, escaped, badged when that wording is a translation."""
    return _plan_markdown(localized(row, field, lang)) + plan_translation_badge(
        _plan_row_value(row, f"{field}_{lang}_status"), lang
    )


def plan_gloss(row: object, field: str, lang: str) -> str:
    """``field`` in the page's gloss language (the grey line under the main text), escaped; "" when there is none."""
    gloss = gloss_lang(lang)
    return _plan_markdown(localized(row, field, gloss)) if gloss else ""


def is_translated_wording(row: object, field: str, lang: str) -> bool:
    return _plan_row_value(row, f"{field}_{lang}_status") == "translation"


# --- Selection and the tree ---------------------------------------------------------------------------------


def strategy_labels(tree: PlanTree, lang: str) -> dict[str, str]:
    """The strategy control's labels: "all" and each strategy's short name (사람 / People …)."""
    labels = {strategy.key: localized(strategy, "short", lang) for strategy in tree.strategies}
    return {"all": t("vision_strategy_all", lang), **labels}


def tree_alt(tree: PlanTree, lang: str, focus: str | None) -> str:
    """The tree in words: the vision, each strategy with its number of key tasks, the total, the focus."""
    strategies = ", ".join(
        tn("vision_tree_alt_strategy", lang, len(strategy.key_tasks), name=localized(strategy, "short", lang))
        for strategy in tree.strategies
    )
    focus_text = t("vision_tree_alt_focus", lang, name=localized(tree.strategy(focus), "short", lang)) if focus else ""
    return t(
        "vision_tree_alt",
        lang,
        vision=tree.vision(lang),
        n=len(tree.strategies),
        strategies=strategies,
        total=len(tree.key_tasks),
        focus=focus_text,
    )


def strategy_heading(tree: PlanTree, key: str, lang: str) -> str:
    """ "2. Space · Lively Spaces Across the Nation" (data text escaped)."""
    strategy = tree.strategy(key)
    return f"{strategy.no}. {localized(strategy, 'short', lang)} · {plan_text(strategy, 'name', lang)}"


def task_order_note(tasks: pd.DataFrame, task_id: str, tree: PlanTree, lang: str) -> str:
    """Where the seed and the 2018 vision reports place a key task whose order is in doubt (from its numbers).

    ``tasks``: ``data.plan.key_tasks`` (the seed's ``task_id`` and key_tasks.csv's ``reference_task_no``).
    """
    task = tasks.set_index("task_id").loc[task_id]
    return t(
        "vision_order_doubt_note",
        lang,
        strategy=localized(tree.strategy(task["strategy_key"]), "short", lang),
        seed_no=task_id.split("-")[1],
        reference_no=str(task["reference_task_no"]).split("-")[1],
    )


def strategy_gloss(tree: PlanTree, key: str, lang: str) -> str:
    """The strategy's name in the other language and its planned financing."""
    strategy = tree.strategy(key)
    value = format_trillion(strategy.plan_krw_trillion, lang, digits=0)
    return " · ".join(
        part for part in (plan_gloss(strategy, "name", lang), t("vision_strategy_budget", lang, value=value)) if part
    )


def task_heading(task: object, lang: str, *, chosen: bool) -> str:
    """A key task's line in its strategy's block: number, name, and the chosen / order-in-doubt badges."""
    head = f"**{task.task_id}** {plan_text(task, 'name', lang)}"
    if chosen:
        head = f":material/arrow_forward: {head} {t('vision_focused_badge', lang)}"
    if task.order_doubt:
        head += f" {t('vision_order_doubt_badge', lang)}"
    return head


# --- Financing --------------------------------------------------------------------------------------------------


def financing_table(structure: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Planned financing per strategy (KRW trillion), the table behind the chart and its downloads."""
    frame = strategy_financing(structure)
    return pd.DataFrame(
        {
            "strategy_no": frame["strategy_no"],
            "strategy_key": frame["strategy_key"],
            "strategy": localized(frame, "label", lang),
            "plan_2018_2022_krw_trillion": frame["plan_krw_trillion"],
            "source": frame["source"],
        }
    )


def financing_display(table: pd.DataFrame, lang: str) -> pd.DataFrame:
    """``financing_table`` as the reader's table (and downloads): strategy, planned financing, source."""
    return pd.DataFrame(
        {
            t("vision_col_strategy_no", lang): table["strategy_no"].values,
            t("vision_col_strategy", lang): table["strategy"].values,
            t("vision_col_financing", lang): table["plan_2018_2022_krw_trillion"].values,
            t("vision_col_source", lang): [publisher_names(text, lang) for text in table["source"]],
        }
    )


def plan_tree_display(tree_table: pd.DataFrame, lang: str) -> pd.DataFrame:
    """``data.plan.plan_tree_table`` as the reader's table: level, number, the name in both languages, source."""
    return pd.DataFrame(
        {
            t("vision_col_level", lang): [t(f"vision_level_{level}", lang) for level in tree_table["level"]],
            t("vision_col_no", lang): tree_table["id"].values,
            t("vision_col_name_ko", lang): tree_table["name_ko"].values,
            t("vision_col_name_en", lang): tree_table["name_en"].values,
            t("vision_col_source", lang): [publisher_names(text, lang) for text in tree_table["source"]],
        }
    )


def plan_financing_alt(tree: PlanTree, lang: str) -> str:
    """Each strategy's planned financing, and the largest."""
    amounts = ", ".join(
        f"{localized(s, 'short', lang)} {format_trillion(s.plan_krw_trillion, lang, digits=0)}" for s in tree.strategies
    )
    largest = max(tree.strategies, key=lambda strategy: strategy.plan_krw_trillion)
    return t("vision_finance_alt", lang, amounts=amounts, largest=localized(largest, "short", lang))


def plan_financing_note(finance: dict[str, object], lang: str) -> str:
    """The note under the financing chart: the derived sums that do not match the announced total."""
    annual = ", ".join(f"{year} {value:.1f}" for year, value in finance["annual"].items())
    return t(
        "vision_finance_note",
        lang,
        strategy_sum=f"{finance['strategy_sum']:.1f}",
        annual=annual,
        annual_sum=f"{finance['annual_sum']:.1f}",
    )


# --- The frame, key values, project areas ------------------------------------------------------------------------


def key_value_texts(row: object, lang: str) -> tuple[str, str]:
    """(heading, gloss) of a key value: "분권 · 지역 주도" in Korean, "Decentralization · Led by Regions" in English."""
    wording = {
        "ko": _plan_markdown(row.text_ko),
        "en": f"{_plan_markdown(row.label_en)} · {_plan_markdown(row.text_en)}",
    }
    heading = wording[lang] + plan_translation_badge(_plan_row_value(row, f"text_{lang}_status"), lang)
    gloss = gloss_lang(lang)
    return heading, wording[gloss] if gloss else ""


def bilingual_item(row: object, field: str, lang: str) -> str:
    """A list item: the text in the page's language, its other-language wording in grey beneath."""
    gloss = plan_gloss(row, field, lang)
    return f"- {plan_text(row, field, lang)}" + (f"  \n  :gray[{gloss}]" if gloss else "")


def project_area_item(row: object, lang: str) -> str:
    """A numbered project area; a translated wording shows its original beneath."""
    item = f"**{row.area_no}.** {plan_text(row, 'text', lang)}"
    if is_translated_wording(row, "text", lang) and plan_gloss(row, "text", lang):
        item += f"  \n:gray[{plan_gloss(row, 'text', lang)}]"
    return item


# --- Reported measures ------------------------------------------------------------------------------------------


def reported_measure_text(row: object, lang: str) -> object:
    """A measure in the page's language; the English wording when the source reported no Korean one."""
    text = localized(row, "text", lang)
    return text if isinstance(text, str) and text else row.text_en


def reported_measure_item(row: object, lang: str) -> str:
    """A reported measure as a list item: text, how it is tied to its key task, its sources."""
    return (
        f"- {_plan_markdown(reported_measure_text(row, lang))}  \n  "
        f":gray[{_plan_markdown(mapping_basis_text(row.mapping_basis, lang))}] · "
        f"{source_links_markdown(row.source, limit=2, lang=lang)}"
    )


def reported_measures_table(measures: pd.DataFrame, tasks: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The reported measures for ``st.table`` (which renders Markdown): data text escaped, sources as short links.

    A plain table: 16 rows of sentences read better wrapped than cut off in a data grid, and need no grid
    script. Escaping keeps "보육~교육·진학~취업" from turning into strike-through.
    """
    task_names = tasks.set_index("task_id")[f"name_{lang}"]
    table = pd.DataFrame(
        {
            t("vision_col_task", lang): [_plan_markdown(f"{task} {task_names[task]}") for task in measures["task_id"]],
            t("vision_col_measure", lang): [
                _plan_markdown(reported_measure_text(row, lang)) for row in measures.itertuples()
            ],
        }
    )
    original = ORIGINAL_WORDING.get(lang)  # an English page shows the Korean the press reported beside it
    if original:
        table[t("vision_col_measure_other", lang)] = measures[original].map(_plan_markdown).tolist()
    table[t("vision_col_basis", lang)] = [
        _plan_markdown(mapping_basis_text(b, lang)) for b in measures["mapping_basis"]
    ]
    table[t("vision_col_source", lang)] = [source_links_markdown(text, lang=lang) for text in measures["source"]]
    return table


# The column with the press's own wording, shown beside a translation; a Korean page shows that wording itself.
ORIGINAL_WORDING = {"en": "text_ko"}


def mapping_basis_text(basis: object, lang: str) -> str:
    """How a reported measure is tied to its key task: the source's own words on an English page; on a Korean
    page, whether the source places it under the task (explicit) or it was inferred from the topic."""
    text = "" if is_missing(basis) else str(basis)
    kind = "explicit" if text.startswith("explicit") else "inferred" if text.startswith("inferred") else None
    if kind is None:
        return text
    return {"ko": t(f"vision_basis_{kind}", lang)}.get(lang, text)


def reported_measures_scope(
    measures: pd.DataFrame, tasks: pd.DataFrame, tree: PlanTree, lang: str, strategy: str | None, task: str | None
) -> tuple[pd.DataFrame, str]:
    """The measures of the chosen key task (or strategy, or all) and the words for that scope."""
    if task:
        name = localized(tasks.set_index("task_id").loc[task], "name", lang)
        scoped = measures[measures["task_id"] == task]
        return scoped, t("vision_measures_scope", lang, scope=_plan_markdown(f"{task} {name}"), n=len(scoped))
    if strategy:
        scoped = measures[measures["task_id"].str[0] == str(tree.strategy(strategy).no)]
        scope = _plan_markdown(localized(tree.strategy(strategy), "short", lang))
        return scoped, t("vision_measures_scope", lang, scope=scope, n=len(scoped))
    return measures, t("vision_measures_scope_all", lang, n=len(measures))


# --- The timeline of plans ----------------------------------------------------------------------------------


def plans_timeline_table(plans: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The plans (from ``data.plan.plans_in_order``) with translated headers: the chart's table and downloads."""
    return pd.DataFrame(
        {
            t("vision_timeline_col_plan", lang): localized(plans, "name", lang),
            t("vision_timeline_col_period", lang): plans["period"],
            t("vision_timeline_col_adopted", lang): plans["adoption"],
            t("vision_timeline_col_investment", lang): plans["announced_investment_krw_trillion"],
            t("vision_timeline_col_note", lang): plans["note"],
            t("vision_col_source", lang): plans["source"],
        }
    )


def plans_timeline_alt(plans: pd.DataFrame, lang: str) -> str:
    """The plans in order (this one marked) and the years where one overlaps the next."""
    names = [  # escaped: the names' "2004~2008" would strike text through in Markdown
        t("vision_timeline_alt_highlight", lang, name=_plan_markdown(name))
        if order == PLAN_ORDER
        else _plan_markdown(name)
        for name, order in zip(localized(plans, "name", lang), plans["plan_order"], strict=True)
    ]
    overlaps = "".join(
        t(
            "vision_timeline_alt_overlap",
            lang,
            first=first,
            second=second,
            years=f"{years[0]}–{years[-1]}" if len(years) > 1 else years[0],
        )
        for first, second, years in plan_overlaps(plans)
    )
    return t("vision_timeline_alt", lang, n=len(plans), plans=", ".join(names), overlaps=overlaps)


def plans_timeline_citations(plans: pd.DataFrame, lang: str) -> list[tuple[str, str | None]]:
    """(label, link) per plan: its first source (the publisher's name in ``lang``), with the plan's period."""
    citations = []
    for row in plans.itertuples():
        match = URL_PATTERN.search(row.source)
        label = f"{publisher_names(row.source.split(',')[0], lang)} ({row.period})"
        citations.append((label, match.group(0).rstrip(".") if match else None))
    return citations


def local_era_texts(row: object, lang: str) -> tuple[str, str]:
    """(card text, gloss) of a Local Era strategy: Korean short form and name, English name with its badge."""
    badge = plan_translation_badge(row.name_en_status, lang)
    card = {
        "ko": f"**{_plan_markdown(row.short_ko)}**  \n{_plan_markdown(row.name_ko)}",
        "en": f"**{_plan_markdown(row.name_en)}**{badge}",
    }
    gloss = f"{_plan_markdown(row.name_ko)} ({_plan_markdown(row.short_ko)})" if gloss_lang(lang) == "ko" else ""
    return card[lang], gloss


# --- A province ---------------------------------------------------------------------------------------------


def province_policy_item(row: object, lang: str) -> str:
    """A province's listed policy: name, year, badges (translated, unverified), description, kind and sources.

    A Korean page shows the Korean name and description (``province_profiles_ko``), badged where they are
    this dashboard's translation; an English page, the source's English.
    """
    flag = f" {t('vision_province_unverified', lang)}" if isinstance(row.note, str) and NOT_VERIFIED in row.note else ""
    korean = {"ko": (row.name_ko, row.description_ko)}.get(lang)
    name, description = korean if korean and isinstance(korean[0], str) else (row.policy_or_project, row.description)
    if korean and row.ko_status == "translation":
        flag = f" {t('translation_badge', lang)}" + flag
    year = f" ({_plan_markdown(row.year)})" if isinstance(row.year, str) and row.year else ""
    group = t(f"regions_group_{CATEGORY_GROUPS.get(str(row.category), 'own_policy')}", lang)
    kind = {"ko": group}.get(lang, row.category)  # the source's own English category on an English page
    return (
        f"- **{_plan_markdown(name)}**{year}{flag}  \n  {_plan_markdown(description)}  \n  "
        f":gray[{_plan_markdown(kind)}] · {source_links_markdown(row.source, limit=2, lang=lang)}"
    )
