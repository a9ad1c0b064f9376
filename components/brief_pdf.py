"""The province brief as one A4 page of PDF (fpdf2): the bundled Pretendard GOV embedded, so Hangul renders
anywhere; the charts are the page's own Vega-Lite specs rendered offline (vl-convert); the page carries the
date, the link of the view and the numbered sources.

Pure (no Streamlit). The layout never adds a page: every text block is cut to the lines it is given, with an
ellipsis, and the tests check that the page count is one for every province in both languages.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence

from fpdf import FPDF
from fpdf.enums import MethodReturnValue, WrapMode
from PIL import Image

from components.exports import plain_png, plain_text
from components.fonts import ttf_path
from components.strings import t
from components.theme import INK, MUTED, PRIMARY
from components.views.brief import Brief

PAGE_WIDTH, PAGE_HEIGHT, MARGIN = 210.0, 297.0, 12.0  # mm
WIDTH = PAGE_WIDTH - 2 * MARGIN
GAP = 3.0
FONT = "PretendardGOV"
PT = 0.3528  # mm per point
CHART_PIXELS = 250  # width of a chart's plot in the PDF, px (its labels stay readable at a third of the page)
CHART_BOX_HEIGHT = 78.0  # mm: the tallest a chart may be drawn
RULE = "#D5D9DE"


def _rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


class _Page:
    """One A4 page and the few ways the brief writes on it."""

    def __init__(self, title: str, lang: str, today: dt.date) -> None:
        pdf = FPDF(orientation="P", unit="mm", format="A4")
        pdf.set_auto_page_break(False)
        pdf.set_margins(MARGIN, MARGIN, MARGIN)
        pdf.c_margin = 0  # text starts exactly where the layout puts it, and fits exactly the width given
        pdf.add_font(FONT, "", str(ttf_path("Regular")))
        pdf.add_font(FONT, "B", str(ttf_path("Bold")))
        pdf.set_title(title)
        pdf.set_lang(lang)
        pdf.set_creator(t("app_title", lang))
        pdf.set_creation_date(dt.datetime.combine(today, dt.time(), tzinfo=dt.UTC))
        pdf.add_page()
        self.pdf = pdf

    def text(
        self,
        x: float,
        y: float,
        w: float,
        text: str,
        *,
        size: float = 7.5,
        bold: bool = False,
        colour: str = INK,
        max_lines: int = 3,
        link: str | None = None,
        wrap: WrapMode = WrapMode.WORD,
    ) -> float:
        """``text`` wrapped to ``w`` mm, at most ``max_lines`` lines (the last cut with "…"); returns the y below it."""
        pdf = self.pdf
        pdf.set_font(FONT, "B" if bold else "", size)
        pdf.set_text_color(*_rgb(colour))
        line_height = size * PT * 1.35
        lines = pdf.multi_cell(w, line_height, text, dry_run=True, output=MethodReturnValue.LINES, wrapmode=wrap)
        if len(lines) > max_lines:
            lines = lines[:max_lines]
            last = lines[-1].rstrip()
            while last and pdf.get_string_width(last + "…") > w:
                last = last[:-1]
            lines[-1] = last + "…"
        for number, line in enumerate(lines):
            pdf.set_xy(x, y + number * line_height)
            pdf.cell(w, line_height, line, link=link or "")
        return y + len(lines) * line_height

    def fitting(self, text: str, width: float, size: float, smallest: float = 8) -> float:
        """The largest bold size up to ``size`` at which ``text`` fits on one line of ``width`` mm."""
        self.pdf.set_font(FONT, "B", size)
        while size > smallest and self.pdf.get_string_width(text) > width:
            size -= 0.5
            self.pdf.set_font(FONT, "B", size)
        return size

    def rule(self, y: float) -> None:
        self.pdf.set_draw_color(*_rgb(RULE))
        self.pdf.set_line_width(0.2)
        self.pdf.line(MARGIN, y, PAGE_WIDTH - MARGIN, y)

    def badge(self, x: float, y: float, text: str, colour: str) -> None:
        pdf = self.pdf
        pdf.set_font(FONT, "B", 8)
        width = pdf.get_string_width(text) + 4
        pdf.set_draw_color(*_rgb(colour))
        pdf.set_text_color(*_rgb(colour))
        pdf.set_line_width(0.3)
        pdf.rect(x, y, width, 5, style="D", round_corners=True, corner_radius=1.2)
        pdf.set_xy(x, y)
        pdf.cell(width, 5, text, align="C")


def _header(page: _Page, brief: Brief, url: str, today: dt.date) -> float:
    lang, pdf = brief.lang, page.pdf
    page.text(MARGIN, MARGIN, WIDTH, t("brief_kicker", lang), size=8, colour=MUTED, max_lines=1)
    pdf.set_font(FONT, "B", 20)
    pdf.set_text_color(*_rgb(INK))
    pdf.set_xy(MARGIN, MARGIN + 4.5)
    pdf.cell(pdf.get_string_width(brief.name) + 1, 9, brief.name)
    badge = t("regions_capital_badge" if brief.capital_region else "brief_noncapital_badge", lang)
    page.badge(MARGIN + pdf.get_string_width(brief.name) + 4, MARGIN + 6.5, badge, PRIMARY)
    made = t("brief_made", lang, date=today.isoformat(), url=url)
    y = page.text(MARGIN, MARGIN + 14.5, WIDTH, made, size=7.5, colour=MUTED, max_lines=2, link=url)
    page.rule(y + 1.5)
    return y + 3.5


def _figures(page: _Page, brief: Brief, y: float) -> float:
    lang = brief.lang
    y = page.text(MARGIN, y, WIDTH, t("brief_figures_heading", lang), size=9.5, bold=True, max_lines=1) + 1
    count = len(brief.figures)
    width = (WIDTH - GAP * (count - 1)) / count
    bottom = y
    for index, figure in enumerate(brief.figures):
        x = MARGIN + index * (width + GAP)
        below = page.text(x, y, width, figure.label, size=7, colour=MUTED, max_lines=2)
        below = page.text(
            x, below + 0.5, width, figure.value, size=page.fitting(figure.value, width, 12.5), bold=True, max_lines=1
        )
        below = page.text(x, below + 0.8, width, figure.detail, size=6.5, max_lines=4)
        below = page.text(x, below + 0.3, width, brief.source_numbers(figure.sources), size=6, colour=MUTED)
        bottom = max(bottom, below)
    page.rule(bottom + 1.5)
    return bottom + 3.5


def _relocation_and_policies(page: _Page, brief: Brief, y: float) -> float:
    lang = brief.lang
    left_width = 76.0
    right_x, right_width = MARGIN + left_width + 2 * GAP, WIDTH - left_width - 2 * GAP
    below = page.text(MARGIN, y, left_width, t("brief_city_heading", lang), size=9.5, bold=True, max_lines=2) + 1
    for label, value in (
        (t("brief_city_label", lang), brief.city),
        (t("brief_institutions_label", lang), plain_text(brief.institutions)),
        (t("brief_sectors_label", lang), brief.sectors),
    ):
        below = page.text(MARGIN, below, left_width, label, size=7, colour=MUTED, max_lines=1)
        below = page.text(MARGIN, below, left_width, value, size=8, bold=label != t("brief_sectors_label", lang))
        below += 0.8
    left_bottom = page.text(
        MARGIN, below, left_width, brief.source_numbers(brief.relocation_sources), size=6, colour=MUTED
    )
    right = page.text(right_x, y, right_width, t("brief_policies_heading", lang), size=9.5, bold=True) + 1
    if not brief.policies:
        right = page.text(right_x, right, right_width, t("brief_policies_none", lang), size=7.5)
    for policy in brief.policies:
        meta = " · ".join(part for part in (policy.group, policy.year) if part)
        badges = [t("regions_translation_badge", lang)] if policy.translated else []
        badges += [t("regions_unconfirmed_badge", lang)] if policy.unconfirmed else []
        name = policy.name + (f" ({', '.join(badges)})" if badges else "")
        right = page.text(right_x, right, right_width, name, size=7.5, bold=True, max_lines=2)
        line = meta + (f" — {policy.description}" if policy.description else "")
        right = page.text(right_x, right, right_width, line, size=6.5, colour=MUTED, max_lines=2) + 0.8
    notes = [*brief.policy_notes]
    if brief.more_policies:
        notes.append(t("brief_policies_more", lang, n=brief.more_policies))
    for note in notes:
        right = page.text(right_x, right, right_width, note, size=6.5, colour=MUTED, max_lines=2)
    right = page.text(right_x, right, right_width, brief.source_numbers(brief.policy_sources), size=6, colour=MUTED)
    bottom = max(left_bottom, right)
    page.rule(bottom + 1.5)
    return bottom + 3.5


def chart_image(spec: dict) -> bytes:
    """A chart of the brief as the PDF draws it: the page's spec as PNG, sharp at a third of the page."""
    return plain_png(spec, CHART_PIXELS, scale=2)


def _charts(page: _Page, brief: Brief, images: Sequence[bytes], y: float) -> float:
    lang, pdf = brief.lang, page.pdf
    width = (WIDTH - 2 * GAP) / 3  # a third of the page each, two charts or three
    bottom = y
    for index, (chart, png) in enumerate(zip(brief.charts, images, strict=True)):
        x = MARGIN + index * (width + GAP)
        below = page.text(x, y, width, plain_text(chart.title), size=8, bold=True, max_lines=2)
        below = page.text(x, below, width, f"{t('unit_label', lang)}: {plain_text(chart.unit)}", size=6.5, colour=MUTED)
        pixels_wide, pixels_high = Image.open(io.BytesIO(png)).size
        scale = min(width / pixels_wide, CHART_BOX_HEIGHT / pixels_high)  # fit the box, keep the proportions
        pdf.image(
            io.BytesIO(png),
            x,
            below + 1,
            w=pixels_wide * scale,
            h=pixels_high * scale,
            alt_text=plain_text(chart.alt_text),
        )
        below += 1 + pixels_high * scale + 1
        source = brief.source_numbers(chart.sources)
        if chart.note:
            source += " " + plain_text(chart.note)
        below = page.text(x, below, width, source, size=6, colour=MUTED, max_lines=3)
        bottom = max(bottom, below)
    page.rule(bottom + 1.5)
    return bottom + 3.5


def _sources(page: _Page, brief: Brief, y: float) -> float:
    lang = brief.lang
    y = page.text(MARGIN, y, WIDTH, t("brief_sources_heading", lang), size=9.5, bold=True, max_lines=1) + 0.5
    for number, source in enumerate(brief.sources, start=1):
        line = f"[{number}] {plain_text(source.text(lang))}" + (f" — {source.url}" if source.url else "")
        y = page.text(MARGIN, y, WIDTH, line, size=6.3, max_lines=1, link=source.url, wrap=WrapMode.CHAR)
    y = page.text(MARGIN, y + 1, WIDTH, t("regions_reference_note", lang), size=6, colour=MUTED, max_lines=3)
    return page.text(MARGIN, y + 0.5, WIDTH, t("brief_licence_line", lang), size=6, colour=MUTED, max_lines=2)


def brief_pdf(brief: Brief, chart_images: Sequence[bytes], url: str, today: dt.date | None = None) -> bytes:
    """One A4 page: header (name, capital-region status, date, link), figures, city and institutions,
    policies, the charts (``chart_images``: ``chart_image`` of each of ``brief.charts``' specs), numbered sources.
    """
    today = today or dt.date.today()
    page = _Page(f"{brief.name} — {t('page_brief', brief.lang)}", brief.lang, today)
    y = _header(page, brief, url, today)
    y = _figures(page, brief, y)
    y = _relocation_and_policies(page, brief, y)
    y = _charts(page, brief, chart_images, y)
    _sources(page, brief, y)
    return bytes(page.pdf.output())
