"""Strings shared by every page: navigation, sidebar, notices, chart blocks, Overview."""

STRINGS: dict[str, dict[str, str]] = {
    # App and navigation
    "app_title": {"ko": "국가균형발전 대시보드", "en": "Balanced National Development Dashboard"},
    "app_tagline": {
        "ko": "지역이 강한 나라, 균형잡힌 대한민국",
        "en": "A Nation with Strong Regions, A Well-Balanced Republic of Korea",
    },
    "page_overview": {"ko": "개요", "en": "Overview"},
    "page_vision": {"ko": "비전과 9대 핵심과제", "en": "Vision & 9 key tasks"},
    "page_budget": {"ko": "균특회계 예산 추이", "en": "Budget trends"},
    "page_map": {"ko": "혁신도시 지도", "en": "Innovation cities map"},
    "page_regions": {"ko": "시·도 비교", "en": "Regional comparison"},
    "page_present": {"ko": "박람회 발표 모드", "en": "Expo presentation"},
    "page_sources": {"ko": "데이터와 출처", "en": "Data & sources"},
    "nav_heading": {"ko": "페이지", "en": "Pages"},
    # Sidebar
    "language_label": {"ko": "언어 · Language", "en": "Language · 언어"},
    "province_label": {"ko": "시·도 선택", "en": "Province"},
    "province_all": {"ko": "전국", "en": "Whole country"},
    "province_help": {
        "ko": "선택한 시·도는 모든 페이지에 적용되고 주소(URL)에 저장되어 링크로 공유할 수 있습니다.",
        "en": "Your choice applies on every page and is kept in the link (URL), so you can share it.",
    },
    "sidebar_footer": {
        "ko": "자료: 기획재정부·행정안전부·국토교통부·통계청 외. 각 수치 옆에 출처를 표시합니다.",
        "en": "Data: MOEF, MOIS, MOLIT, Statistics Korea and others. Each figure shows its source.",
    },
    # Notices
    "notice_bad_province": {
        "ko": "주소의 시·도 코드 ‘{value}’을(를) 알 수 없어 전국 보기로 표시합니다. (예: ?province=KR-46)",
        "en": "The province code ‘{value}’ in the link is not recognised, so the whole country is shown. (Example: "
        "?province=KR-46)",
    },
    "notice_bad_lang": {
        "ko": "주소의 언어 ‘{value}’을(를) 알 수 없어 한국어로 표시합니다. (ko 또는 en)",
        "en": "The language ‘{value}’ in the link is not recognised, so Korean is shown. (Use ko or en.)",
    },
    "notice_bad_param_partial": {
        "ko": "주소의 ‘{name}’ 값 ‘{value}’ 가운데 사용할 수 없는 항목은 빼고 표시합니다.",
        "en": "Some of ‘{value}’ for ‘{name}’ in the link cannot be used; those items are left out.",
    },
    "notice_bad_param": {
        "ko": "주소의 ‘{name}’ 값 ‘{value}’을(를) 사용할 수 없어 기본값으로 표시합니다.",
        "en": "The value ‘{value}’ for ‘{name}’ in the link cannot be used, so the default is shown.",
    },
    "data_error": {
        "ko": "이 자료를 불러올 수 없습니다 — {detail}. 다른 페이지는 정상적으로 이용할 수 있습니다.",
        "en": "This data could not be loaded — {detail}. The other pages keep working.",
    },
    "section_error": {
        "ko": "이 부분을 표시하는 중 문제가 생겼습니다. 다른 내용은 계속 이용할 수 있습니다.",
        "en": "Something went wrong showing this part. The rest of the page keeps working.",
    },
    "missing_value": {"ko": "자료 없음", "en": "no data"},
    # Chart block
    "view_chart": {"ko": "차트", "en": "Chart"},
    "view_table": {"ko": "표", "en": "Table"},
    "view_label": {"ko": "보기 방식", "en": "View"},
    "download_csv": {"ko": "CSV 내려받기", "en": "Download CSV"},
    "download_xlsx": {"ko": "엑셀 내려받기", "en": "Download XLSX"},
    "download_menu": {"ko": "내려받기", "en": "Download"},
    "download_menu_help": {
        "ko": "보이는 자료 그대로: CSV·엑셀, 차트 그림(PNG·SVG, 제목·단위·출처 포함), 이 화면 그대로의 자료 묶음(ZIP)",
        "en": "Exactly the data shown: CSV, XLSX, the chart as an image (PNG, SVG, with title, unit and source) and "
        "this exact view as a package (ZIP)",
    },
    "download_png": {"ko": "PNG 그림", "en": "PNG image"},
    "download_svg": {"ko": "SVG 그림", "en": "SVG image"},
    "download_zip": {"ko": "ZIP: 이 화면 그대로 (CSV·메타데이터)", "en": "ZIP: this exact view (CSV, metadata)"},
    "export_readme_intro": {
        "ko": "이 묶음은 대시보드 화면 {url} 에 표시된 그대로의 자료입니다 ({date} 내려받음).",
        "en": "This package is the data exactly as shown at {url} (downloaded {date}).",
    },
    "export_readme_csv": {
        "ko": "화면의 표 그대로 (UTF-8, BOM 포함: 엑셀에서 한글이 깨지지 않음)",
        "en": "the table shown, exactly (UTF-8 with BOM, so Excel reads Hangul)",
    },
    "export_readme_metadata": {
        "ko": "제목, 단위, 출처와 링크, 이용 조건, 자료 시점, 유의 사항, 이 화면의 주소",
        "en": "title, unit, sources with links, licence, vintage, caveats, the view's link",
    },
    "export_readme_licence": {
        "ko": "이용 조건: {licences}. 인용할 때는 위 출처를 함께 밝혀 주세요.",
        "en": "Licence: {licences}. Please cite the sources above when you use the data.",
    },
    "unit_label": {"ko": "단위", "en": "Unit"},
    "source_label": {"ko": "출처", "en": "Source"},
    "note_label": {"ko": "주", "en": "Note"},
    "translation_badge": {"ko": ":gray-badge[번역]", "en": ":gray-badge[translation]"},
    "chart_alt_prefix": {"ko": "차트 설명", "en": "Chart description"},
    "empty_selection": {
        "ko": "선택한 조건에 해당하는 자료가 없습니다. 선택을 넓혀 보세요.",
        "en": "Nothing matches this selection. Try widening it.",
    },
    # Overview
    "overview_title": {"ko": "국가균형발전 한눈에 보기", "en": "Balanced National Development at a glance"},
    "overview_intro": {
        "ko": "국가균형발전특별회계 예산, 혁신도시와 이전 공공기관, 수도권 인구 집중을 공식 자료로 살펴봅니다.",
        "en": "The Special Account's budget, the innovation cities and relocated public institutions, and the "
        "capital region's share of the population — from official sources.",
    },
    "metric_cities": {"ko": "혁신도시", "en": "Innovation cities"},
    "metric_cities_value": {"ko": "{n}곳", "en": "{n}"},
    "metric_cities_help": {
        "ko": "1단계 10곳 + 2020년 10월 추가 지정 2곳(대전·충남)",
        "en": "10 first-phase cities + 2 designated in October 2020 (Daejeon, Chungnam)",
    },
    "metric_relocated": {"ko": "지방 이전 공공기관", "en": "Relocated public institutions"},
    "metric_relocated_value": {"ko": "{n}개", "en": "{n}"},
    "metric_relocated_help": {
        "ko": "수도권에서 옮겨 간 기관: 혁신도시 112 + 세종 19 + 개별이전 22 (국토교통부, 2019년 12월)",
        "en": "Moved out of the capital region: 112 to innovation cities + 19 to Sejong + 22 individually (MOLIT, "
        "Dec 2019)",
    },
    "metric_capital_share": {"ko": "수도권 인구 비중 ({year})", "en": "Capital region's share of population ({year})"},
    "metric_capital_share_help": {
        "ko": "서울·인천·경기 주민등록인구 ÷ 전국 (연말 기준)",
        "en": "Seoul + Incheon + Gyeonggi resident population ÷ national total (31 Dec)",
    },
    "metric_delta_prev_year": {"ko": "전년 대비", "en": "vs previous year"},
    "overview_budget_chart": {"ko": "균특회계 예산 총액, 2015–2020", "en": "Special Account total, 2015–2020"},
    "overview_share_chart": {
        "ko": "수도권 인구 비중, 2014–2024",
        "en": "Capital region's share of population, 2014–2024",
    },
    "overview_province_heading": {"ko": "{name} 한눈에 보기", "en": "{name} at a glance"},
    "metric_province_population": {"ko": "주민등록인구 ({year})", "en": "Resident population ({year})"},
    "metric_province_pop_share": {"ko": "전국 대비 인구 비중 ({year})", "en": "Share of national population ({year})"},
    "metric_province_city": {"ko": "혁신도시", "en": "Innovation city"},
    "metric_province_institutions": {
        "ko": "이 시·도로 이전한 기관 (시·도 비교와 같은 기준)",
        "en": "Institutions relocated here (counted as on Regional comparison)",
    },
    "overview_institutions_uncertain": {"ko": ", 불확실 {k}개 별도", "en": ", plus {k} uncertain"},
    "overview_institutions_shared": {
        "ko": " · {host}와(과) 함께 조성한 {city}: {count}",
        "en": " · shares {city} with {host}: {count}",
    },
    "overview_institutions_rule": {
        "ko": "국토교통부 153개 집계에 드는 기관 행 가운데 ‘불확실’ 표시가 없는 것을 소재지 시·도별로 "
        "셉니다(시·도 비교 페이지와 같은 기준). ‘불확실’ 행은 따로 밝히고, 153개 밖으로 표시된 행은 세지 "
        "않습니다. 공동혁신도시는 소재지 시·도에서 세고, 함께 조성한 시·도에는 따로 표시합니다.",
        "en": "Rows counted in MOLIT's 153 and not marked uncertain, by the province they are sited in (as the "
        "Regional comparison counts them). Rows marked uncertain are given apart; rows flagged as not one of "
        "the 153 are not counted. A joint innovation city is counted where it lies and shown apart for its "
        "partner province.",
    },
    "metric_province_grdp": {"ko": "지역내총생산 ({year}, 명목)", "en": "GRDP ({year}, nominal)"},
    "metric_none": {"ko": "없음", "en": "none"},
    "overview_national_only": {
        "ko": "균특회계 예산은 전국 단위 자료입니다. 시·도별 배분액은 이 자료에 없습니다.",
        "en": "The Special Account budget is national data; its allocation by province is not in these sources.",
    },
    "explore_heading": {"ko": "더 살펴보기", "en": "Explore"},
    "overview_budget_unit": {"ko": "조 원 (표: 백만 원)", "en": "KRW trillion (table: KRW million)"},
    "overview_budget_alt": {
        "ko": "균특회계 총액({first}–{last}년): {series}. 가장 많은 해는 {max_year}년({max_value}), 가장 적은 해는 "
        "{min_year}년({min_value})입니다.",
        "en": "Special Account total, {first}–{last}: {series}. Highest in {max_year} ({max_value}), lowest in "
        "{min_year} ({min_value}).",
    },
    "overview_share_alt": {
        "ko": "수도권 인구 비중은 {first_year}년 {first_value}에서 {cross_year}년 처음 50%를 넘었고, {last_year}년 "
        "{last_value}입니다.",
        "en": "The capital region's share was {first_value} in {first_year}, first reached 50% in {cross_year}, and "
        "was {last_value} in {last_year}.",
    },
    "overview_share_alt_below": {
        "ko": "수도권 인구 비중은 {first_year}년 {first_value}, {last_year}년 {last_value}입니다.",
        "en": "The capital region's share was {first_value} in {first_year} and {last_value} in {last_year}.",
    },
    "alt_year_value": {"ko": "{year}년 {value}", "en": "{year} {value}"},
    "col_year": {"ko": "연도", "en": "Year"},
    "axis_krw_trillion": {"ko": "조 원", "en": "KRW trillion"},
    "axis_exact_million": {"ko": "정확한 값(백만 원)", "en": "Exact (KRW million)"},
    "series_resident_registration": {"ko": "주민등록인구 (12월 31일)", "en": "Resident registration (31 Dec)"},
    "series_census": {"ko": "인구주택총조사 (11월 1일)", "en": "Census (1 Nov)"},
    "col_total_krw_million": {"ko": "총액 (백만 원)", "en": "Total (KRW million)"},
    "col_capital_population": {"ko": "수도권 인구 (명)", "en": "Capital-region population"},
    "col_national_population": {"ko": "전국 인구 (명)", "en": "National population"},
    "col_share_pct": {"ko": "수도권 비중 (%)", "en": "Capital-region share (%)"},
    "derived_share_note": {
        "ko": "비중은 행정안전부 주민등록인구로 계산한 값입니다 (시·도 인구 ÷ 전국).",
        "en": "Share computed from MOIS resident population (province ÷ national total).",
    },
    "kogl_attribution": {
        "ko": "경계: 통계청 SGIS 2018 (공공누리 제1유형), 2023–24 행정구역 변경 반영",
        "en": "Boundaries: KOSTAT SGIS 2018 (KOGL Type 1), updated for 2023–24 changes",
    },
    # Number formats (components/formatting.py): the unit goes where each language puts it.
    "fmt_trillion": {"ko": "{value}조 원", "en": "KRW {value} tn"},
    "fmt_below_trillion": {"ko": "{value}억 원", "en": "KRW {value} bn"},
    "fmt_persons": {"ko": "{value}명", "en": "{value} people"},
    # Counts (``tn``): English has a singular; Korean counts take none.
    "count_institutions": {"ko": "{n}개 기관", "en": "{n} institutions", "en_one": "{n} institution"},
    # Expo kiosk (/present): the card static/js/kiosk.js shows while the server is unreachable (server/asgi.py).
    "kiosk_reconnecting_title": {"ko": "잠시 연결을 다시 잇고 있습니다", "en": "Reconnecting"},
    "kiosk_reconnecting_body": {
        "ko": "발표 화면은 곧 저절로 이어집니다.",
        "en": "The presentation will continue by itself in a moment.",
    },
}
