"""Strings of the /present page (Expo presentation mode). Every key starts with ``present_``."""

STRINGS: dict[str, dict[str, str]] = {
    # Frame and controls
    "present_brand": {"ko": "국가균형발전 대시보드 · 박람회 발표", "en": "Balanced Development Dashboard · Expo"},
    "present_counter": {"ko": "{n} / {total}", "en": "{n} / {total}"},
    "present_exit": {"ko": "대시보드", "en": "Dashboard"},
    "present_exit_help": {
        "ko": "발표를 마치고 대시보드 첫 화면으로 돌아갑니다 (언어와 시·도 선택 유지).",
        "en": "Leave the presentation for the dashboard's first page (language and province kept).",
    },
    "present_prev": {"ko": "◀ 이전", "en": "◀ Back"},
    "present_next": {"ko": "다음 ▶", "en": "Next ▶"},
    "present_pause": {"ko": "‖ 멈춤", "en": "‖ Pause"},
    "present_play": {"ko": "▶ 재생", "en": "▶ Play"},
    "present_prev_help": {"ko": "이전 슬라이드 (← 키)", "en": "Previous slide (← key)"},
    "present_next_help": {"ko": "다음 슬라이드 (→ 키)", "en": "Next slide (→ key)"},
    "present_pause_help": {"ko": "자동 넘김 멈춤/재생 (스페이스 키)", "en": "Pause or resume auto-advance (Space key)"},
    "present_paused_badge": {"ko": "멈춤", "en": "Paused"},
    "present_interval_badge": {"ko": "{s}초마다 넘김", "en": "every {s} s"},
    "present_param_interval": {"ko": "넘김 간격(interval, 5–120초)", "en": "interval (5–120 seconds)"},
    "present_param_slide": {"ko": "시작 슬라이드(slide)", "en": "start slide (slide)"},
    # Slide 1: vision
    "present_vision_kicker": {
        "ko": "제4차 국가균형발전 5개년계획 (2018–2022) 비전",
        "en": "Vision of the 4th Five-Year Plan for Balanced National Development (2018–2022)",
    },
    "present_goal_label": {"ko": "목표", "en": "Goal"},
    "present_vision_sub": {
        "ko": "{strategies}대 전략 · {tasks}대 핵심과제",
        "en": "{strategies} strategies · {tasks} key tasks",
    },
    "present_vision_note": {
        "ko": "국문 명칭: 2018년 2월 비전 선포(한국경제·연합뉴스). 영문: 균형발전 누리집 영문판. 공간 전략 두 "
        "과제의 순서는 출처마다 다릅니다.",
        "en": "Korean names: vision declaration of Feb 2018 (Hankyung/Yonhap). English: nabis.go.kr English page. "
        "Sources order the two Space tasks differently.",
    },
    # Slide 2: budget
    "present_budget_alt": {
        "ko": "연도별 균특회계 총액 막대그래프, {years}.",
        "en": "Bar chart of the Special Account total per year, {years}.",
    },
    "present_unit_trillion": {
        "ko": "단위: 조 원 (막대 위 숫자는 반올림, 정확한 값은 백만 원 단위 원자료)",
        "en": "Unit: KRW trillion (labels rounded; exact KRW-million figures in the source table)",
    },
    # Slide 3: relocation map
    "present_map_headline": {
        "ko": "공공기관 {total}곳이 수도권을 떠났습니다",
        "en": "{total} public institutions left the capital region",
    },
    "present_map_sub": {
        "ko": "혁신도시 {ic}곳 · 세종 {sejong}곳 · 개별 이전 {individual}곳 (국토교통부, {as_of})",
        "en": "{ic} to innovation cities · {sejong} to Sejong · {individual} individually (MOLIT, {as_of})",
    },
    "present_map_legend_flows": {
        "ko": "선: 수도권에서 이전한 곳까지 (이전 전 본사의 시·도가 확인되면 그 시·도에서), 굵기 = 기관 수",
        "en": "Lines: from the capital region (from the previous headquarters' province where known) to each "
        "destination; width = institutions",
    },
    "present_map_rows_note": {
        "ko": "지도는 이름이 확인된 {rows}개 기관을 그립니다(불확실 {uncertain}건, 153개 밖 {excluded}건 제외). 공식 "
        "집계 {total}과(와) 정확히 맞지 않습니다. 출발지: 본사 시·도 확인 {known}개, 나머지는 수도권 전체. 위치: 출처 "
        "좌표 {sourced}곳, 나머지는 소재 시·군·구 중심점.",
        "en": "The map draws the {rows} institutions named in our data ({uncertain} uncertain rows and {excluded} "
        "not of the 153 left out); this does not reconcile exactly with the official {total}. Origins: {known} "
        "from a named province, the rest from the capital region as a whole. Positions: {sourced} sourced points, "
        "the rest host-municipality centroids.",
    },
    "present_map_top": {"ko": "가장 많이 옮겨 간 곳", "en": "Most institutions"},
    "present_map_count": {"ko": "{n}개", "en": "{n}"},
    "present_map_alt": {
        "ko": "수도권에서 전국 혁신도시·세종·개별 이전지로 뻗은 곡선 지도. 가장 많은 곳: {top}.",
        "en": "Map of curved lines from the capital region to the innovation cities, Sejong and individual "
        "destinations. Largest: {top}.",
    },
    # Slide 4: capital-region share
    "present_share_headline": {
        "ko": "수도권 인구, {year}년 처음으로 전국의 50%를 넘었습니다",
        "en": "In {year} the capital region passed 50% of Korea's population",
    },
    "present_share_headline_none": {
        "ko": "수도권 인구 비중은 아직 50%를 넘지 않았습니다",
        "en": "The capital region has not passed 50% of the population",
    },
    "present_share_sub": {
        "ko": "서울·인천·경기 주민등록인구 ÷ 전국: {first_year}년 {first} → {last_year}년 {last}",
        "en": "Seoul + Incheon + Gyeonggi resident population ÷ national total: {first} in {first_year} → {last} in "
        "{last_year}",
    },
    "present_share_alt": {
        "ko": "수도권 인구 비중 꺾은선그래프와 50% 기준선, {first_year}–{last_year}.",
        "en": "Line chart of the capital region's share of the population with the 50% line, {first_year}–{last_year}.",
    },
    "present_share_note": {
        "ko": "비중은 행정안전부 주민등록인구(12월 31일)로 계산한 값. 마름모는 통계청 인구주택총조사(11월 1일) 공표값.",
        "en": "Share computed from MOIS resident registration (31 Dec). Diamonds: Statistics Korea census (1 Nov), "
        "as published.",
    },
    # Slide 5: Naju
    "present_naju_headline": {
        "ko": "나주 빛가람혁신도시: 공공기관 {n}곳",
        "en": "Naju Bitgaram Innovation City: {n} public institutions",
    },
    "present_naju_sub": {
        "ko": "광주·전남 공동혁신도시 — {groups}",
        "en": "The joint Gwangju–Jeonnam innovation city — {groups}",
    },
    "present_naju_count": {"ko": "{n}곳", "en": "{n}"},
    "present_name_missing": {"ko": " (국문 명칭 없음)", "en": " (no English name in our sources)"},
    "present_naju_note": {
        "ko": "분류는 아시아경제(2021) 기사의 {counts} 구분입니다.",
        "en": "Grouping as in Asia Economy (2021): {counts}.",
    },
    "present_naju_regrouped": {
        "ko": "* {names}: 2019년 자료는 따로 분류합니다({reference}).",
        "en": "* {names}: 2019 sources group it separately ({reference}).",
    },
    "present_naju_unplaced": {
        "ko": "기사의 분류로 정할 수 없는 기관: {names}.",
        "en": "Not placed in the article's groups: {names}.",
    },
    # Slide 6: province spotlight
    "present_spot_headline": {
        "ko": "{name}: 주민 {population}명",
        "en": "{name}: {population} residents",
    },
    "present_spot_sub": {
        "ko": "{year}년 말 주민등록인구, 전국의 {share}",
        "en": "Resident population at the end of {year}: {share} of the national total",
    },
    "present_spot_city": {"ko": "혁신도시", "en": "Innovation city"},
    "present_spot_city_none": {"ko": "혁신도시 없음", "en": "No innovation city"},
    "present_spot_partner": {"ko": "{name} (전남 나주에 공동 조성)", "en": "{name} (built jointly, in Naju, Jeonnam)"},
    "present_spot_institutions_label": {"ko": "이전 공공기관:", "en": "Relocated public institutions:"},
    "present_spot_projects": {"ko": "주요 정책·사업", "en": "Flagship policies and projects"},
    "present_spot_projects_source_lang": {
        "ko": "사업명은 출처 자료의 영문 표기 그대로입니다.",
        "en": "Project names as in the English source.",
    },
    "present_spot_projects_translated": {
        "ko": "국문 사업명은 영문 자료를 옮긴 것입니다(비공식 번역 포함).",
        "en": "Korean project names are translations of the English source (some unofficial).",
    },
    "present_spot_gunwi": {
        "ko": "2023년 7월 군위군이 경북에서 대구로 편입되어 이전·이후 면적이 다릅니다.",
        "en": "Gunwi-gun moved from Gyeongbuk to Daegu in July 2023: the area differs before and after.",
    },
    "present_spot_alt": {
        "ko": "{name} 주민등록인구 막대그래프, {first_year}–{last_year}: {first} → {last}.",
        "en": "Bar chart of {name}'s resident population, {first_year}–{last_year}: {first} → {last}.",
    },
    "present_spot_share_note": {
        "ko": "비중 = 시·도 주민등록인구 ÷ 전국 (계산값).",
        "en": "Share = province ÷ national resident population (derived).",
    },
    "present_axis_year": {"ko": "연도", "en": "Year"},
    "present_axis_thousand": {"ko": "만 명", "en": "thousand people"},
    "present_axis_exact": {"ko": "정확한 값(명)", "en": "Exact (people)"},
}

# Persons per unit of the spotlight's population axis (present_axis_thousand): 만 명 in Korean, thousands in English.
PERSONS_PER_AXIS_UNIT: dict[str, int] = {"ko": 10_000, "en": 1_000}
