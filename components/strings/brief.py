"""Strings of the province brief (/brief) and its PDF."""

STRINGS: dict[str, dict[str, str]] = {
    "page_brief": {"ko": "시·도 브리프", "en": "Province brief"},
    "brief_title": {"ko": "시·도 한 장 브리프", "en": "Province brief on one page"},
    "brief_intro": {
        "ko": "한 시·도의 인구, 경제, 혁신도시와 이전 공공기관, 균형발전 정책을 A4 한 장에 담았습니다. 모든 "
        "수치에 단위, 연도, 출처를 함께 적습니다. 인쇄하거나 PDF로 내려받아 보고서에 그대로 쓸 수 있습니다.",
        "en": "One province's population, economy, innovation city and relocated institutions, and "
        "balanced-development policies on one A4 page, every figure with its unit, year and source. Print it, "
        "or download the PDF for a report.",
    },
    "brief_pick_label": {"ko": "브리프를 만들 시·도", "en": "Province of the brief"},
    "brief_pick_prompt": {
        "ko": "시·도를 고르면 브리프가 만들어집니다. 사이드바의 시·도 선택과 같으며, 주소(URL)에 저장됩니다.",
        "en": "Choose a province to make its brief. It is the sidebar's province, kept in the link (URL).",
    },
    "brief_pick_placeholder": {"ko": "시·도를 고르세요", "en": "Choose a province"},
    "brief_pdf_button": {"ko": "PDF 내려받기 (A4 한 장)", "en": "Download PDF (one A4 page)"},
    "brief_print_hint": {
        "ko": "브라우저의 인쇄(Ctrl+P)로도 A4 한 장에 깔끔하게 인쇄됩니다.",
        "en": "Your browser's Print (Ctrl+P) gives one clean A4 page too.",
    },
    "brief_regions_link": {"ko": "다른 시·도와 비교하기", "en": "Compare with other provinces"},
    "brief_kicker": {
        "ko": "시·도 브리프 · 국가균형발전 대시보드",
        "en": "Province brief · Balanced Development Dashboard",
    },
    "brief_noncapital_badge": {"ko": "비수도권", "en": "Outside the capital region"},
    "brief_made": {"ko": "{date} 작성 · {url}", "en": "Made {date} · {url}"},
    "brief_figures_heading": {"ko": "주요 지표", "en": "Key figures"},
    "brief_share_label": {"ko": "전국 대비 인구 비중", "en": "Share of national population"},
    "brief_share_detail": {"ko": "{year} · 시·도 인구 ÷ 전국 (파생)", "en": "{year} · province ÷ nation (derived)"},
    "brief_city_heading": {"ko": "혁신도시와 이전 공공기관", "en": "Innovation city and relocated institutions"},
    "brief_city_label": {"ko": "혁신도시", "en": "Innovation city"},
    "brief_city_shared": {"ko": "{city} ({host}와 공동)", "en": "{city} (shared with {host})"},
    "brief_city_sejong": {
        "ko": "없음 — 행정중심복합도시로 중앙행정기관 등이 이전",
        "en": "None — the administrative city the central ministries moved to",
    },
    "brief_institutions_label": {"ko": "이전 공공기관", "en": "Relocated institutions"},
    "brief_sectors_label": {"ko": "주요 분야 (기관 수)", "en": "Main sectors (institutions)"},
    "brief_sectors_none": {"ko": "분야 자료 없음", "en": "no sector recorded"},
    "brief_policies_heading": {"ko": "균형발전 정책", "en": "Balanced-development policies"},
    "brief_policies_more": {
        "ko": "외 {n}건은 ‘시·도 비교’ 페이지에 있습니다.",
        "en": "{n} more on the Regional comparison page.",
    },
    "brief_policies_none": {"ko": "자료에 정책 항목이 없습니다.", "en": "The sources list no policy for it."},
    "brief_charts_heading": {"ko": "차트", "en": "Charts"},
    "brief_population_chart": {"ko": "주민등록인구, {first}–{last}", "en": "Resident population, {first}–{last}"},
    "brief_sector_chart": {"ko": "이전 공공기관의 분야", "en": "Relocated institutions by sector"},
    "brief_sector_note": {
        "ko": "‘불확실’ 표시 기관을 포함하고, 153개 밖으로 표시된 기관은 뺍니다.",
        "en": "Includes institutions marked uncertain; rows flagged as not one of the 153 are left out.",
    },
    "brief_sector_shared_note": {"ko": "함께 조성한 {city}의 기관을 포함합니다.", "en": "Includes the shared {city}."},
    "brief_sources_heading": {"ko": "출처", "en": "Sources"},
    "brief_licence_line": {
        "ko": "자료의 이용 조건은 출처마다 다릅니다(공공누리 제1유형 등). 수치를 옮겨 쓸 때는 출처를 함께 밝혀 주세요.",
        "en": "Licences differ by source (KOGL Type 1 and others). Please cite the sources with the figures.",
    },
}
