"""Strings of the /regions page."""

STRINGS: dict[str, dict[str, str]] = {
    "regions_title": {"ko": "시·도 비교", "en": "Regional comparison"},
    "regions_intro": {
        "ko": "2–4개 시·도를 나란히 비교합니다: 인구, 지역내총생산(GRDP), 이전 공공기관, 17개 시·도 중 순위와 전국 "
        "기준과의 차이, 그리고 각 시·도의 균형발전 정책.",
        "en": "Compare 2–4 provinces side by side: population, GRDP, relocated public institutions, each one's rank "
        "among the 17 and its gap to the national reference, and each province's balanced-development "
        "policies.",
    },
    "regions_compare_label": {"ko": "비교할 시·도 (2–4곳)", "en": "Provinces to compare (2–4)"},
    "regions_compare_help": {
        "ko": "{n}개까지 비교합니다. 더 고르면 가장 먼저 고른 시·도가 빠집니다. 선택은 주소(?compare=)에 저장되어 "
        "링크로 공유됩니다. 사이드바에서 고른 시·도는 항상 포함됩니다.",
        "en": "Up to {n} provinces: choosing another replaces the one chosen first. Your choice is kept in the link "
        "(?compare=) so you can share it. The province chosen in the sidebar is always included.",
    },
    "regions_compare_replaced": {
        "ko": "{n}개까지 비교할 수 있어 가장 먼저 고른 {names}을(를) 뺐습니다.",
        "en": "Up to {n} provinces can be compared: {names}, chosen first, made room.",
    },
    "regions_compare_default_note": {
        "ko": "기본 비교: 선택한 시·도 + 서울(서울을 고르면 경기). 시·도를 고르지 않으면 박람회 자료에 나오는 "
        "경기·전남·세종.",
        "en": "Default comparison: the chosen province + Seoul (Gyeonggi if Seoul is chosen). With no province: "
        "Gyeonggi, South Jeolla and Sejong, the provinces of the Expo documents.",
    },
    "regions_compare_one": {
        "ko": "비교하려면 시·도를 하나 더 고르세요.",
        "en": "Choose at least one more province to compare.",
    },
    "regions_province_kept": {
        "ko": "사이드바에서 고른 {name}은(는) 항상 비교에 포함됩니다.",
        "en": "{name}, chosen in the sidebar, always stays in the comparison.",
    },
    "regions_param_compare": {"ko": "비교 시·도", "en": "compare"},
    "regions_param_indicator": {"ko": "지도 지표", "en": "indicator"},
    "regions_param_period": {"ko": "지도 연도", "en": "period"},
    # Side-by-side cards
    "regions_cards_heading": {"ko": "한눈에 비교", "en": "Side by side"},
    "regions_capital_badge": {"ko": "수도권", "en": "Capital region"},
    "regions_rank": {"ko": "17개 시·도 중 {rank}위", "en": "Rank {rank} of 17"},
    "regions_rank_partial": {"ko": "자료가 있는 {n}곳 중 {rank}위", "en": "Rank {rank} of the {n} with data"},
    "regions_gap": {"ko": "전국 기준 대비 {gap}", "en": "{gap} vs national reference"},
    "regions_no_city": {
        "ko": "1단계 혁신도시 없음 — 해당 없음",
        "en": "No first-phase innovation city — not applicable",
    },
    # Indicator names
    "regions_ind_population": {"ko": "주민등록인구", "en": "Resident population"},
    "regions_ind_population_change": {"ko": "인구 증감률", "en": "Population change"},
    "regions_ind_grdp": {"ko": "지역내총생산(GRDP, 명목)", "en": "GRDP (nominal)"},
    "regions_ind_grdp_per_capita": {"ko": "1인당 GRDP", "en": "GRDP per person"},
    "regions_ind_institutions": {"ko": "이전 공공기관", "en": "Relocated public institutions"},
    "regions_ind_employees": {"ko": "이전 공공기관 종사자", "en": "Employees of relocated institutions"},
    "regions_ind_employees_per_1000": {
        "ko": "이전 기관 종사자 (주민 1,000명당)",
        "en": "Relocated employees per 1,000 residents",
    },
    "regions_period_all": {"ko": "자료표 기준", "en": "rows in our data"},
    "regions_period_grdp": {"ko": "{year}년 ({base}년 기준)", "en": "{year} ({base} base)"},
    "regions_period_change": {"ko": "{start}→{end}년", "en": "{start}→{end}"},
    "regions_period_employees": {"ko": "2021년 9월", "en": "Sept 2021"},
    # Units and number formats
    "regions_unit_population": {"ko": "명", "en": "people"},
    "regions_unit_population_change": {"ko": "%", "en": "%"},
    "regions_unit_grdp": {"ko": "조 원 (명목, 보도된 반올림 값)", "en": "KRW trillion (nominal, rounded as reported)"},
    "regions_unit_grdp_per_capita": {"ko": "백만 원/명 (파생)", "en": "KRW million per person (derived)"},
    "regions_unit_institutions": {"ko": "개 기관", "en": "institutions"},
    "regions_unit_employees": {"ko": "명", "en": "people"},
    "regions_unit_employees_per_1000": {"ko": "명 (주민 1,000명당, 파생)", "en": "per 1,000 residents (derived)"},
    "regions_fmt_krw_million": {"ko": "{value}백만 원", "en": "KRW {value} m"},
    "regions_fmt_institutions": {"ko": "{value}개", "en": "{value}"},
    "regions_fmt_per_1000": {"ko": "{value}명", "en": "{value}"},
    # Chart axes and legends
    "regions_axis_population": {"ko": "주민등록인구 (명)", "en": "Resident population (people)"},
    "regions_axis_share": {"ko": "전국 대비 비중 (%)", "en": "Share of national population (%)"},
    "regions_axis_grdp": {"ko": "조 원", "en": "KRW tn"},
    "regions_axis_grdp_per_capita": {"ko": "백만 원/명", "en": "KRW m per person"},
    "regions_axis_capital_grdp": {"ko": "수도권 GRDP 비중 (%)", "en": "Capital region's share of GRDP (%)"},
    "regions_national_reference": {"ko": "전국 기준: {value}", "en": "National reference: {value}"},
    "regions_base_series": {"ko": "{base}년 기준", "en": "{base} base"},
    "regions_dest_innovation_city": {"ko": "혁신도시", "en": "Innovation city"},
    "regions_dest_sejong": {"ko": "세종", "en": "Sejong"},
    "regions_dest_individual": {"ko": "개별 이전", "en": "Individual relocation"},
    "regions_status_uncertain": {"ko": "불확실", "en": "uncertain"},
    # Table columns
    "regions_axis_population_tick": {"ko": "{value}만", "en": "{value}M"},  # a population axis tick
    "regions_col_indicator": {"ko": "지표", "en": "Indicator"},
    "regions_col_province": {"ko": "시·도", "en": "Province"},
    "regions_col_code": {"ko": "시·도 코드", "en": "Province code"},
    "regions_col_value": {"ko": "값", "en": "Value"},
    "regions_col_value_exact": {"ko": "값(원자료)", "en": "Value (exact)"},
    "regions_col_unit": {"ko": "단위", "en": "Unit"},
    "regions_col_rank": {"ko": "순위", "en": "Rank"},
    "regions_col_reported": {"ko": "자료 있는 시·도 수", "en": "Provinces with data"},
    "regions_col_reference": {"ko": "전국 기준", "en": "National reference"},
    "regions_col_gap": {"ko": "전국 기준과의 차이", "en": "Gap to national reference"},
    "regions_col_year": {"ko": "연도", "en": "Year"},
    "regions_col_base": {"ko": "기준년", "en": "Base year"},
    "regions_col_source": {"ko": "출처", "en": "Source"},
    "regions_col_derivation": {"ko": "산출 방법", "en": "How derived"},
    "regions_col_status": {"ko": "상태", "en": "Status"},
    "regions_col_type": {"ko": "이전 유형", "en": "Destination type"},
    "regions_col_count": {"ko": "기관 수", "en": "Institutions"},
    "regions_col_share": {"ko": "비중(%)", "en": "Share (%)"},
    "regions_col_population": {"ko": "주민등록인구", "en": "Resident population"},
    "regions_col_gap_pct": {"ko": "전국 기준 대비 차이 (%)", "en": "Gap to national reference (%)"},
    "regions_col_capital_population": {"ko": "수도권 인구", "en": "Capital region population"},
    "regions_col_national_population": {"ko": "전국 인구", "en": "National population"},
    "regions_col_capital_grdp": {"ko": "수도권 GRDP (조 원)", "en": "Capital region GRDP (KRW tn)"},
    "regions_col_series": {"ko": "계열", "en": "Series"},
    "regions_col_basis": {"ko": "기준", "en": "Basis"},
    "regions_reference_note": {
        "ko": "전국 기준: 총량 지표는 전국 합계 ÷ 17, 1인당·비율 지표는 전국 값, 증감률은 전국 증감률(차이는 %p). "
        "순위는 1위 = 가장 큼이며, 17곳 모두 자료가 있을 때만 "
        "‘17개 중’ 순위입니다.",
        "en": "National reference: for totals the national total ÷ 17, for per-person figures and ratios the "
        "national figure, for changes the national change (gap in percentage points). Rank 1 = largest; it is "
        "a rank among all 17 only when all 17 have data.",
    },
    # Sections
    "regions_rank_heading": {
        "ko": "지표별 순위와 전국 기준과의 차이",
        "en": "Ranks and gaps to the national reference",
    },
    "regions_gaps_alt": {
        "ko": "비교 시·도({provinces})의 지표별 전국 기준(0) 대비 차이 점 그래프. "
        "가장 높은 값: {high}; 가장 낮은 값: {low}.",
        "en": "Dot chart of the compared provinces' ({provinces}) gaps to the national reference (0) per indicator. "
        "Furthest above: {high}; furthest below: {low}.",
    },
    "regions_gap_item": {"ko": "{province} {indicator}: {gap}", "en": "{province}, {indicator}: {gap}"},
    "regions_indicator_label": {"ko": "지표", "en": "Indicator"},
    "regions_period_label": {"ko": "연도·기준", "en": "Year / basis"},
    "regions_ranking_chart": {
        "ko": "{indicator}, {period} — 17개 시·도",
        "en": "{indicator}, {period} — the 17 provinces",
    },
    "regions_ranking_alt": {
        "ko": "{indicator} ({period}) 막대그래프. 비교 시·도: {items}. 자료가 있는 시·도 {n}곳.",
        "en": "Bar chart of {indicator} ({period}). Compared: {items}. {n} provinces have data.",
        "en_one": "Bar chart of {indicator} ({period}). Compared: {items}. {n} province has data.",
    },
    "regions_map_heading": {"ko": "지도로 보기", "en": "On the map"},
    "regions_map_chart": {
        "ko": "{indicator}, {period} — 시·도별 지도",
        "en": "{indicator}, {period} — map of the provinces",
    },
    "regions_map_alt": {
        "ko": "17개 시·도 단계구분도. 진할수록 값이 큽니다. 굵은 테두리는 비교 중인 시·도({items}). 자료가 없어 "
        "회색으로 표시한 시·도: {missing}.",
        "en": "Choropleth of the 17 provinces; darker means higher. Thick outlines mark the compared provinces "
        "({items}). Provinces with no data, shown grey: {missing}.",
    },
    "regions_none": {"ko": "없음", "en": "none"},
    "regions_population_chart": {"ko": "주민등록인구 추이, 2014–2024", "en": "Resident population, 2014–2024"},
    "regions_population_measure": {"ko": "보기", "en": "Show"},
    "regions_measure_population": {"ko": "인구 수", "en": "Total"},
    "regions_measure_share": {"ko": "전국 대비 비중", "en": "Share of national"},
    "regions_population_alt_population": {
        "ko": "{first}–{last}년 연도별 주민등록인구 선 그래프. {last}년: {items}.",
        "en": "Line chart of resident population by year, {first}–{last}. {last}: {items}.",
    },
    "regions_population_alt_share": {
        "ko": "{first}–{last}년 전국 대비 인구 비중 선 그래프. {last}년: {items}.",
        "en": "Line chart of the share of the national population by year, {first}–{last}. {last}: {items}.",
    },
    "regions_population_note": {
        "ko": "12월 31일 기준 주민등록인구. 2014–2021년은 공개 GitHub 파일의 전사본(data.go.kr API 값, 저장소 미확인), "
        "2023년은 KOSIS DT_1B040A3 값의 전사본, 2022·2024년은 행정안전부 원자료 파일입니다. 2019–2021·2023년 값은 그 "
        "행정안전부 파일과 시·도마다 일치하고, 2014–2018년 값은 시·도 합계가 전국과 같은지만 확인했습니다. 군위군이 "
        "2023년 7월 경북에서 대구로 편입되어 두 시·도의 2023년 전후 면적이 다릅니다. 비중은 시·도 ÷ 전국으로 계산.",
        "en": "Resident registration at 31 Dec. 2014–2021 are a transcription in a public GitHub file (values from "
        "the data.go.kr API; repository not identified), 2023 a transcription of KOSIS table DT_1B040A3, 2022 and "
        "2024 the MOIS export file. The 2019–2021 and 2023 values match that MOIS file province by province; for "
        "2014–2018 only the provinces' sum was checked against the national total. Gunwi-gun moved from "
        "Gyeongbuk to Daegu in July 2023, so those two provinces cover different areas before and after. Shares "
        "computed as province ÷ national.",
    },
    "regions_grdp_heading": {"ko": "지역내총생산(GRDP) — 기준년별로 따로", "en": "GRDP — each base year separately"},
    "regions_grdp_measure": {"ko": "보기", "en": "Show"},
    "regions_measure_total": {"ko": "총액", "en": "Total"},
    "regions_measure_per_capita": {"ko": "1인당", "en": "Per person"},
    "regions_grdp_chart": {"ko": "GRDP ({base}년 기준)", "en": "GRDP ({base} base)"},
    "regions_grdp_pc_chart": {"ko": "1인당 GRDP ({base}년 기준)", "en": "GRDP per person ({base} base)"},
    "regions_grdp_alt": {
        "ko": "{chart} 연도별 막대그래프({years}), ‘–’는 보도된 자료가 없는 연도. {last}년: {items}.",
        "en": "Bar chart of {chart} by year ({years}); ‘–’ marks a year with no reported figure. {last}: {items}.",
    },
    "regions_grdp_note": {
        "ko": "2015년 기준과 2020년 기준 수치는 서로 이을 수 없어 따로 그립니다(기준 개편으로 2022년 전국 2,166조 → "
        "2,328조 원). 보도된 반올림 값이며 2024년만 "
        "17개 시·도가 모두 있습니다. 빠진 연도는 채우지 않았습니다.",
        "en": "The 2015-base and 2020-base figures cannot be joined and are drawn apart (the revision raised the "
        "2022 national total from KRW 2,166 tn to 2,328 tn). Figures are rounded as reported; only 2024 has "
        "all 17 provinces. Missing years are not filled in.",
    },
    "regions_grdp_pc_note": {
        "ko": "1인당 GRDP = GRDP(보도된 반올림 조 원) ÷ 같은 해 12월 31일 주민등록인구. 반올림 때문에 작은 "
        "시·도일수록 오차가 큽니다(세종 ±3% 안팎).",
        "en": "GRDP per person = GRDP (KRW tn, rounded as reported) ÷ resident population at 31 Dec of the same "
        "year. Because of the rounding, small provinces carry a larger error (about ±3% for Sejong).",
    },
    "regions_relocation_heading": {"ko": "이전 공공기관과 종사자", "en": "Relocated institutions and employees"},
    "regions_institutions_chart": {
        "ko": "수도권에서 이전한 공공기관 (자료 기준)",
        "en": "Institutions relocated from the capital region (rows in our data)",
    },
    "regions_institutions_alt": {
        "ko": "이전 유형별 기관 수 가로 막대그래프: {items}.",
        "en": "Horizontal bars of relocated institutions by destination type: {items}.",
    },
    "regions_institutions_note": {
        "ko": "자료표의 기관 행을 목적지 시·도별로 센 값입니다(국토교통부 공식 합계 153 = 혁신도시 112 + 세종 19 + "
        "개별 22와 정확히 일치하지 않음). ‘불확실’ 행은 따로 표시하고 순위 계산에서 제외했으며, 153개 밖으로 표시된 "
        "행은 세지 않았습니다. 광주·전남 공동혁신도시(빛가람)는 소재지인 전남 나주에 계산했습니다.",
        "en": "Counts of rows in our institutions table by destination province (they do not add up exactly to "
        "MOLIT's official 153 = 112 innovation cities + 19 Sejong + 22 individual). Rows marked uncertain are "
        "shown apart and left out of the ranking; rows flagged as not one of the 153 are not counted. The "
        "Gwangju–Jeonnam joint city (Bitgaram) is counted in South Jeolla, where it lies (Naju).",
    },
    "regions_employees_note": {
        "ko": "종사자 수는 국토교통부의 2021년 9월 말 이전 공공기관 종사자 집계를 {primary}({primary_date})이(가) "
        "혁신도시별로 보도한 값이며, 혁신도시가 있는 시·도에 배정했습니다(광주·전남 공동혁신도시 나주는 전남). "
        "세종·개별 이전 기관 종사자는 포함되지 않습니다. 같은 집계의 두 보도가 서로 다릅니다: {primary}의 10개 "
        "도시 값의 합은 {city_sum}명입니다(기사에 적힌 합계 {printed}명은 같은 기사의 나주 비중 "
        "{naju_share}와 맞지 않아 오기로 보입니다). {other}({other_date})은(는) 다른 도시별 값을 실었고 그 합은 "
        "자체 합계인 {other_total}명으로, {difference}명 적습니다.",
        "en": "Employees are MOLIT's count of workers at relocated institutions at the end of Sept 2021, per "
        "innovation city as printed by {primary} ({primary_date}), assigned to the host province (the "
        "Gwangju–Jeonnam joint city, Naju, to South Jeolla); staff in Sejong or at individually relocated "
        "institutions are not included. Two reports of this count disagree: {primary}'s ten city figures sum to "
        "{city_sum} (its printed total, {printed}, looks like a typo: its own Naju share, {naju_share}, fits the "
        "sum), while {other} ({other_date}) gives other city figures that add up to its own total, {other_total}: "
        "{difference} fewer.",
    },
    "regions_employees_basis": {
        "ko": "{primary} 보도 값. 같은 집계를 {other}은(는) 합계 {other_total}명으로 보도(이 값들의 합 {city_sum}명)",
        "en": "as printed by {primary}; {other} reports the same count with a total of {other_total} (these sum to "
        "{city_sum})",
    },
    "regions_capital_heading": {"ko": "수도권 집중", "en": "The capital region's share"},
    "regions_capital_pop_chart": {
        "ko": "수도권 인구 비중: 2019년 50% 돌파",
        "en": "Capital region's share of population: past 50% in 2019",
    },
    "regions_capital_pop_alt": {
        "ko": "수도권(서울·인천·경기) 인구 비중 선 그래프: 주민등록인구 기준 {first}({first_year}) → "
        "{cross}({cross_year}, 처음 50% 이상) → {last}({last_year}). 인구주택총조사 기준 {census}.",
        "en": "Line chart of the capital region's (Seoul, Incheon, Gyeonggi) share of population: resident "
        "registration {first} ({first_year}) → {cross} ({cross_year}, first year above 50%) → {last} "
        "({last_year}). Census: {census}.",
    },
    "regions_capital_pop_note": {
        "ko": "두 계열은 정의가 다릅니다: 주민등록인구(12월 31일, 서울+인천+경기 ÷ 전국으로 계산)와 "
        "인구주택총조사(11월 1일, 발표값).",
        "en": "Two different series: resident registration (31 Dec; Seoul + Incheon + Gyeonggi ÷ national, computed "
        "here) and the census (1 Nov; as published).",
    },
    "regions_capital_grdp_chart": {
        "ko": "수도권 GRDP 비중 (보도된 값)",
        "en": "Capital region's share of GRDP (as reported)",
    },
    "regions_capital_grdp_alt": {
        "ko": "수도권 GRDP 비중 점 그래프, 기준년별 색 구분: {items}.",
        "en": "Points of the capital region's share of GRDP, coloured by base year: {items}.",
    },
    "regions_capital_grdp_note": {
        "ko": "통계청 지역소득 발표를 보도한 기사의 비중 값입니다. 2015년 기준(2019·2021·2022)과 2020년 "
        "기준(2023·2024)은 잇지 않았습니다.",
        "en": "Shares as the press reported Statistics Korea's regional-income releases. The 2015 base (2019, 2021, "
        "2022) and 2020 base (2023, 2024) are not joined.",
    },
    # Profiles
    "regions_profiles_heading": {
        "ko": "시·도별 균형발전 정책·사업",
        "en": "Balanced-development policies and projects",
    },
    "regions_profiles_intro": {
        "ko": "각 항목 옆에 출처가 있습니다. 한국어 명칭은 출처에 있는 공식 명칭이거나, ‘번역’으로 표시된 이 "
        "대시보드의 번역입니다.",
        "en": "Each item carries its source. Korean names are the official ones where a source has them; otherwise "
        "our translation, marked as such.",
    },
    "regions_group_expo_2021": {
        "ko": "2021 대한민국 균형발전박람회 전시",
        "en": "2021 Korea Balanced Development Expo exhibits",
    },
    "regions_group_season2": {"ko": "혁신도시 시즌2 대응", "en": "Response to Innovation City Season 2"},
    "regions_group_vision": {"ko": "시정 비전과 목표", "en": "City vision and goals"},
    "regions_group_own_policy": {"ko": "시·도 자체 정책·계획", "en": "The province's own policies and plans"},
    "regions_group_innovation_city": {"ko": "혁신도시", "en": "Innovation city"},
    "regions_group_national_project": {
        "ko": "국가 사업 (2019 예타 면제)",
        "en": "National projects (2019 feasibility-study exemptions)",
    },
    "regions_group_special_zone": {"ko": "특구", "en": "Special zones"},
    "regions_sejong_goals": {"ko": "7대 시정목표", "en": "Top 7 goals of city administration"},
    "regions_sejong_values": {"ko": "시정 가치", "en": "Values"},
    "regions_translation_badge": {"ko": "번역", "en": "translated"},
    "regions_translation_help": {
        "ko": "출처에서 공식 한국어 명칭을 찾지 못해 이 대시보드가 번역한 명칭입니다.",
        "en": "No official Korean name was found in a source; this Korean name is our translation.",
    },
    "regions_official_ko": {"ko": "한국어 명칭 출처", "en": "Korean name from"},
    "regions_unconfirmed_badge": {"ko": "미확인", "en": "unconfirmed"},
    "regions_unconfirmed_note": {
        "ko": "확인되지 않은 수치: 출처 문서에 적힌 그대로 보여 줍니다.",
        "en": "Unconfirmed figure: shown as the source document states it.",
    },
    "regions_no_profile": {
        "ko": "참고 자료에서 이 시·도의 대표 균형발전 정책을 찾지 못했습니다.",
        "en": "No flagship balanced-development policy was found for this province in the sources consulted.",
    },
    "regions_note_en": {"ko": "원자료 메모(영문): ", "en": "Note: "},
    "regions_note_label": {"ko": "비고: ", "en": "Note: "},
    "regions_year_label": {"ko": "연도", "en": "Year"},
    "regions_basis_base_year": {"ko": "{year}년 기준", "en": "{year} base"},
    "regions_basis_preliminary": {"ko": "잠정", "en": "preliminary"},
    "regions_basis_revision": {"ko": "기준년 개편", "en": "base-year revision"},
    "regions_basis_resident_registration": {
        "ko": "주민등록인구, 12월 31일 기준",
        "en": "Resident registration, 31 Dec",
    },
    "regions_basis_census": {
        "ko": "등록센서스, {year}년 {month}월 {day}일",
        "en": "Register-based census, {year}-{month}-{day}",
    },
    "regions_basis_sum_of_three": {"ko": "3개 시·도 합", "en": "sum of 3 provinces"},
    "regions_basis_date": {"ko": "{year}년 {month}월 {day}일", "en": "{year}-{month}-{day}"},
    "regions_basis_month": {"ko": "{year}년 {month}월", "en": "{month}/{year}"},
    "regions_basis_released": {"ko": "{date} 공표", "en": "released {date}"},
    # Statistics Korea (통계청) became 국가데이터처 on 1 Oct 2025 (Kookmin Ilbo, 2025-10-01,
    # https://www.kmib.co.kr/article/view.asp?arcid=1759215517); English name as in Chosun Biz's English edition,
    # 2025-10-05 (https://biz.chosun.com/en/en-policy/2025/10/05/ROMSG5NIMVDN5PCTJ5BJYN3GOU/).
    "regions_publisher_national_data_office": {
        "ko": "국가데이터처",
        "en": "the National Data Office, formerly Statistics Korea",
    },
}
