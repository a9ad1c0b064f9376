"""Strings of the /map page."""

STRINGS: dict[str, dict[str, str]] = {
    # 1. Title
    "map_intro": {
        "ko": "수도권(서울·인천·경기)을 떠난 공공기관이 어디로 갔는지 보여 줍니다. 혁신도시 12곳, 세종, 개별 "
        "이전지를 지도에 표시하고, 도시를 고르면 그 도시의 개요와 이전 기관 목록을 "
        "볼 수 있습니다.",
        "en": "Where the public institutions that left the capital region (Seoul, Incheon, Gyeonggi) went: the 12 "
        "innovation cities, Sejong and individually relocated sites. Pick a city to see its profile and its "
        "institutions.",
    },
    # 2. Selection
    "map_city_label": {"ko": "혁신도시 선택", "en": "Innovation city"},
    "map_city_none": {"ko": "도시를 고르지 않음 (전국)", "en": "No city chosen (whole country)"},
    "map_city_help": {
        "ko": "도시 이름, 시·군 이름, 별칭(예: 나주, 빛가람, Naju)으로 찾을 수 있습니다. 지도에서 도시 원을 눌러도 "
        "선택됩니다. 선택은 주소(URL)의 ?city= 에 저장되어 링크로 공유할 수 있습니다.",
        "en": "Type the city's name, its host city or county, or a nickname (e.g. Naju, Bitgaram, 나주). You can "
        "also click a city's circle on the map. The choice is kept in the link (?city=), so you can share it.",
    },
    "map_show_flows": {"ko": "이전 경로 표시", "en": "Show routes"},
    "map_show_labels": {"ko": "도시 이름 표시", "en": "Show city names"},
    "map_province_preselect": {
        "ko": "선택한 시·도({name})의 혁신도시를 골라 두었습니다.",
        "en": "The innovation city of the chosen province ({name}) is pre-selected.",
    },
    "map_province_no_city": {
        "ko": "{name}에는 혁신도시가 없습니다. 지도는 {name}을(를) 강조해 보여 주고, 아래 표는 {name}(으)로 이전한 "
        "기관을 보여 줍니다.",
        "en": "{name} has no innovation city. The map highlights {name}; the table below lists institutions "
        "relocated there.",
    },
    # 3. Map and legend
    "map_alt": {
        "ko": "대한민국 {provinces}개 시·도 지도. 혁신도시 {cities}곳(1단계 {first}곳 파란 원, 2020년 지정 {second}곳 "
        "주황 원), 세종과 개별 이전지(보라 원), 수도권에서 각 목적지로 가는 곡선이 그려져 있습니다. 곡선으로 그린 "
        "기관이 가장 많은 곳: {top}. 같은 내용이 아래 표에 있습니다.",
        "en": "Map of Korea's {provinces} provinces with the {cities} innovation cities ({first} first-phase in blue, "
        "{second} designated in 2020 in orange), Sejong and individual sites (purple), and curved lines from the "
        "capital region to each destination. Most institutions drawn: {top}. The same content is in the tables below.",
    },
    "map_legend_heading": {"ko": "범례", "en": "Legend"},
    "map_legend_first": {
        "ko": "1단계 혁신도시 (10곳, 2005–07 지정)",
        "en": "First-phase innovation city (10; designated 2005–07)",
    },
    "map_legend_second": {
        "ko": "2020년 10월 지정 (대전·충남, 이름 옆 ‘2020’)",
        "en": "Designated October 2020 (Daejeon, Chungnam; ‘2020’ beside the name)",
    },
    "map_legend_size": {
        "ko": "원의 크기: 이전 기관 수 (도시별 자료의 기관 수, 면적이 수에 비례). 대전·충남은 아직 이전 기관 없음.",
        "en": "Circle size: number of relocated institutions (the city's count; area proportional). Daejeon and "
        "Chungnam have none yet.",
    },
    "map_legend_approx": {
        "ko": "속이 빈 원: 출처 있는 좌표가 없어 소재 시·군·구 경계의 중심점에 둔 근사 위치",
        "en": "Hollow circle: no sourced coordinate — placed at the centroid of its host municipalities (approximate)",
    },
    "map_legend_other": {
        "ko": "보라 원: 세종, 개별 이전지 (모두 소재 시·군 중심점, 근사 위치)",
        "en": "Purple circle: Sejong and individually relocated sites (all at municipality centroids, approximate)",
    },
    "map_legend_flows": {
        "ko": "곡선: 수도권 → 목적지, 두께는 기관 수. 이전 전 본사의 시·도가 출처로 확인되면 그 시·도에서, 확인되지 "
        "않으면 수도권 전체(중심점)에서 출발합니다.",
        "en": "Curved lines: capital region → destination, width by number of institutions. They start from the "
        "previous headquarters' province where a source names it; where it is unknown, from the capital region as a "
        "whole (its centroid).",
    },
    "map_legend_capital": {
        "ko": "연한 주황 바탕: 수도권 (서울·인천·경기)",
        "en": "Light orange: the capital region (Seoul, Incheon, Gyeonggi)",
    },
    "map_legend_selected": {"ko": "파란 테두리: 선택한 시·도", "en": "Blue outline: the chosen province"},
    "map_legend_counts": {
        "ko": "곡선으로 그린 기관 {n}개: 이전 전 본사 시·도 확인 {known}개, 수도권 전체에서 출발 {unknown}개. "
        "‘불확실’ 행과 153개 밖 행은 그리지 않았습니다.",
        "en": "{n} institutions drawn as lines: {known} from a named province, {unknown} from the capital region "
        "as a whole. Rows marked uncertain or not of the 153 are not drawn.",
        "en_one": "{n} institution drawn as a line: {known} from a named province, {unknown} from the capital region "
        "as a whole. Rows marked uncertain or not of the 153 are not drawn.",
    },
    "map_webgl_note": {
        "ko": "지도가 보이지 않으면 이 브라우저가 WebGL을 그리지 못하는 것입니다. 아래 표에 같은 내용이 모두 있습니다.",
        "en": "If no map appears, this browser cannot draw WebGL. Every figure on the map is also in the tables below.",
    },
    "map_webgl_missing": {
        "ko": "이 브라우저는 WebGL을 지원하지 않아 지도를 그릴 수 없습니다. 아래 도시 개요와 표에서 같은 내용을 볼 "
        "수 있습니다.",
        "en": "This browser cannot draw WebGL, so the map cannot be shown. The city profile and tables below have "
        "the same content.",
    },
    "map_tip_capital_region": {
        "ko": "수도권 (이전 기관의 출발지)",
        "en": "Capital region (where institutions came from)",
    },
    "map_tip_phase_first": {"ko": "1단계 혁신도시", "en": "First-phase innovation city"},
    "map_tip_phase_second": {"ko": "2020년 10월 지정", "en": "Designated October 2020"},
    "map_tip_institutions": {
        "ko": "이전 기관 {n}곳 (자료 행 {rows}개)",
        "en": "{n} relocated institutions ({rows} rows in our data)",
        "en_one": "{n} relocated institution ({rows} rows in our data)",
    },
    "map_tip_rows": {
        "ko": "자료 행 {n}개 (그중 불확실 {uncertain}개)",
        "en": "{n} rows in our data ({uncertain} uncertain)",
        "en_one": "{n} row in our data ({uncertain} uncertain)",
    },
    "map_tip_coord_approx": {
        "ko": "위치: 근사 (소재 시·군·구 중심점, 출처 있는 좌표 없음)",
        "en": "Location: approximate (centroid of host municipalities; no sourced coordinate)",
    },
    "map_tip_coord_sourced": {
        "ko": "위치: 도시 안의 한 지점 (대기측정소 주소, 출처 있음)",
        "en": "Location: a sourced point inside the city (air-quality station address)",
    },
    "map_tip_type_sejong": {"ko": "세종 (행정중심복합도시)", "en": "Sejong (multifunctional administrative city)"},
    "map_tip_type_individual": {"ko": "개별 이전지", "en": "Individual relocation site"},
    "map_tip_flow_count": {"ko": "기관 {n}개", "en": "{n} institutions", "en_one": "{n} institution"},
    "map_tip_flow_origin_known": {
        "ko": "출발지: 출처에 나온 이전 전 본사 시·도",
        "en": "Origin: previous HQ's province, as a source states",
    },
    "map_tip_flow_origin_unknown": {
        "ko": "출발지: 이전 전 본사가 자료에 없어 수도권 전체로 표시",
        "en": "Origin: previous HQ not in our data, so the capital region as a whole",
    },
    "map_origin_capital_region": {"ko": "수도권 (전체)", "en": "Capital region (as a whole)"},
    # 4. City profile
    "map_profile_pick": {
        "ko": "지도에서 도시를 누르거나 위에서 혁신도시를 고르면 그 도시의 개요와 이전 기관 목록이 나옵니다.",
        "en": "Click a city on the map, or choose one above, to see its profile and its institutions.",
    },
    "map_profile_jump": {"ko": "이 도시의 개요와 기관 목록 보기 ↓", "en": "See its profile and institutions ↓"},
    "map_metric_province": {"ko": "시·도", "en": "Province"},
    "map_metric_host": {"ko": "소재 시·군·구", "en": "Host city / county"},
    "map_metric_phase": {"ko": "지정 단계", "en": "Phase"},
    "map_metric_institutions": {"ko": "이전 기관 수", "en": "Institutions relocated"},
    "map_metric_area": {"ko": "면적", "en": "Area"},
    "map_metric_population": {"ko": "계획인구", "en": "Planned population"},
    "map_metric_employees": {
        "ko": "이전 기관 종사자 (2021년 9월)",
        "en": "Workers at relocated institutions (Sept 2021)",
    },
    "map_employees_basis": {
        "ko": "국토교통부 2021년 9월 말 집계, {primary}({primary_date}) 보도 값입니다.",
        "en": "MOLIT count, end of Sept 2021, as printed by {primary} ({primary_date}).",
    },
    "map_employees_other_city": {
        "ko": "{other}({other_date})은(는) 이 도시를 {other_value}명으로 보도해 두 보도가 다릅니다(합계: "
        "{primary} 도시별 값의 합 {city_sum}명, {other} {other_total}명).",
        "en": "{other} ({other_date}) reports {other_value} for this city: the two reports of the count differ "
        "(totals: {city_sum} summed from {primary}'s cities, {other_total} in {other}).",
    },
    "map_employees_other_total": {
        "ko": "{other}({other_date})은(는) 같은 집계를 다른 도시별 값으로 보도했습니다(합계 {other_total}명, {primary} "
        "도시별 값의 합 {city_sum}명). 그 보도의 이 도시 값은 자료에 없습니다.",
        "en": "{other} ({other_date}) reports the same count with other city figures (total {other_total}, against "
        "{city_sum} summed from {primary}'s cities); its figure for this city is not in our data.",
    },
    "map_phase_first": {"ko": "1단계", "en": "First phase"},
    "map_phase_second": {"ko": "2020년 지정", "en": "Designated 2020"},
    "map_institutions_value": {"ko": "{n}곳", "en": "{n}"},
    "map_area_km2": {"ko": "{value} km²", "en": "{value} km²"},
    "map_area_m2": {"ko": "{value} m²", "en": "{value} m²"},
    "map_theme_label": {"ko": "주제", "en": "Theme"},
    "map_sectors_label": {"ko": "특화 분야", "en": "Specialised sectors"},
    "map_partner_note": {"ko": "공동 조성: {partner}", "en": "built jointly with {partner}"},
    "map_city_counts_note": {
        "ko": "주석은 출처 자료의 영문 주석을 이 대시보드가 번역한 것입니다.",
        "en": "The notes are the source data's own.",
    },
    "map_city_summary_note": {
        "ko": "특화 분야와 주석은 출처 자료의 영문 요약을 이 대시보드가 번역했습니다 (주제는 한국어 명칭 그대로).",
        "en": "Theme, sectors and notes are shown as summarised in the source data.",
    },
    "map_rows_vs_count": {
        "ko": "자료 행: {rows}개 (153개 집계 밖으로 표시된 행 {excluded}개 포함)",
        "en": "Rows in our data: {rows} (including {excluded} flagged as not one of the 153)",
    },
    "map_no_institutions": {
        "ko": "2020년 10월 지정된 혁신도시로, 가장 최근 확인한 자료(2025년 9월)까지 2차 공공기관 이전 대상이 "
        "확정되지 않아 이전한 기관이 없습니다.",
        "en": "Designated in October 2020; as of the newest source found (September 2025) the second-phase "
        "relocation list was not finalised, so no institution has relocated here yet.",
    },
    "map_sector_chart_title": {"ko": "{name}: 분야별 이전 기관", "en": "{name}: relocated institutions by sector"},
    "map_sector_chart_unit": {"ko": "기관 수", "en": "institutions"},
    "map_sector_alt": {"ko": "분야별 기관 수: {parts}.", "en": "Institutions by sector: {parts}."},
    "map_sector_none": {
        "ko": "이 도시는 자료에 기관별 분야 분류가 없습니다. 도시 자료의 특화 분야: {sectors}",
        "en": "Our data has no sector group per institution for this city. The city's specialised sectors: {sectors}",
    },
    "map_naju_heading": {
        "ko": "빛가람(나주) 혁신도시의 {n}개 기관: {counts}",
        "en": "Naju (Bitgaram): its {n} institutions, {counts}",
    },
    "map_naju_seed_series": {"ko": "아시아경제 (2021) 분류", "en": "Asia Economy (2021) grouping"},
    "map_naju_reference_series": {
        "ko": "기관별 자체 분류 (2019년 출처)",
        "en": "Each institution's own sector (2019 sources)",
    },
    "map_naju_alt": {
        "ko": "아시아경제(2021)의 나주 {n}개 기관 분류: {seed}. 기관별 자체 분류(2019년 출처): {reference}.",
        "en": "Asia Economy (2021) groups Naju's {n} institutions as {seed}. Their own sectors (2019 sources): "
        "{reference}.",
    },
    "map_naju_alt_regrouped": {
        "ko": " 남도일보(2017)는 {n}개 기관을 기관별로 같은 {groups}개 분야에 나눕니다({group} 분야에 {names} 포함).",
        "en": " Namdo Ilbo (2017) lists the {n} institution by institution in the same {groups} groups, with "
        "{names} under {group}.",
    },
    "map_naju_group_members": {"ko": "{group}({members})", "en": "{group} ({members})"},
    "map_list_last": {"ko": "{items}, {last}", "en": "{items} and {last}"},
    "map_naju_note": {
        "ko": "{counts}은(는) 아시아경제(2021-10-25) 기사의 분류를 그대로 옮긴 것입니다.",
        "en": "{counts} is the grouping of the Asia Economy article (25 Oct 2021), reproduced as published.",
    },
    "map_naju_note_regrouped": {
        "ko": "남도일보(2017-03-15)는 같은 분류를 기관별로 제시합니다({group} 분야에 {names} 포함). 2019년 출처들은 "
        "이 기관을 ‘{reference}’ 분야로 따로 분류합니다.",
        "en": "Namdo Ilbo (15 Mar 2017) gives the same grouping institution by institution, with {names} under "
        "{group}; the 2019 sources put it apart as '{reference}'.",
    },
    "map_naju_note_table": {
        "ko": "표는 두 분류를 모두 보여 줍니다: 기사의 각 분야에 속한 기관(남도일보)과 각 기관의 자체 분류.",
        "en": "The table shows both: the institutions in each of the article's groups (Namdo Ilbo) and each "
        "institution's own sector.",
    },
    "map_naju_table_group": {"ko": "아시아경제 분야", "en": "Asia Economy group"},
    "map_naju_table_seed": {"ko": "기사 기관 수", "en": "Article count"},
    "map_naju_table_rows": {"ko": "이 분야의 기관 행 (남도일보 2017)", "en": "Rows in this group (Namdo Ilbo 2017)"},
    "map_naju_table_members": {"ko": "기관 (남도일보 2017 분류)", "en": "Institutions (Namdo Ilbo 2017 grouping)"},
    "map_naju_table_ref_group": {"ko": "기관 자체 분류 (2019년 출처)", "en": "Own sector (2019 sources)"},
    "map_naju_table_ref": {"ko": "자체 분류별 행 수", "en": "Rows by own sector"},
    "map_naju_not_in_seed": {"ko": "(기사에 별도 분야 없음)", "en": "(no separate group in the article)"},
    "map_list_heading": {
        "ko": "{name}의 이전 기관 ({n}개 행)",
        "en": "Institutions relocated to {name} ({n} rows)",
        "en_one": "Institutions relocated to {name} ({n} row)",
    },
    # 5. All institutions
    "map_all_heading": {"ko": "이전 공공기관 전체 목록", "en": "All relocated institutions"},
    "map_all_intro": {
        "ko": "자료의 {n}개 행을 검색하고 걸러 볼 수 있습니다. ‘검증’은 목적지에 대한 것이며 연도를 보증하지 "
        "않습니다. 영어 기관명 가운데 ‘미검증’은 출처에서 확인하지 않은 번역입니다.",
        "en": "Search and filter the {n} rows of our data. 'Verification' vouches for the destination, not the "
        "year. English names marked 'unverified' are translations not checked against a source.",
        "en_one": "Search and filter the {n} row of our data. 'Verification' vouches for the destination, not the "
        "year. English names marked 'unverified' are translations not checked against a source.",
    },
    "map_filter_search": {"ko": "기관명 검색 (국문·영문)", "en": "Search names (Korean or English)"},
    "map_filter_search_placeholder": {"ko": "예: 한국전력, KEPCO", "en": "e.g. 한국전력, KEPCO"},
    "map_filter_destination": {"ko": "목적지", "en": "Destination"},
    "map_filter_province": {"ko": "시·도", "en": "Province"},
    "map_filter_sector": {"ko": "분야", "en": "Sector group"},
    "map_filter_years": {"ko": "이전 연도", "en": "Year relocated"},
    "map_filter_unknown_year": {"ko": "연도 미상 포함", "en": "Include unknown year"},
    "map_filter_verification": {"ko": "검증 상태", "en": "Verification"},
    "map_filter_all": {"ko": "전체", "en": "All"},
    "map_filter_count": {"ko": "{shown}개 행 / 전체 {total}개", "en": "{shown} of {total} rows"},
    "map_filter_empty": {
        "ko": "조건에 맞는 기관이 없습니다. 검색어를 지우거나 필터를 넓혀 보세요.",
        "en": "No institution matches these filters. Clear the search or widen the filters.",
    },
    "map_table_note": {
        "ko": "연도 구분: 실제 = 이전 완료 기록, 계획 = 이전 전 발표된 계획, 추정 = 앞뒤 사건으로 추정, 상한 = "
        "‘~까지 이전’만 확인. 출처가 영어로만 적은 세부 열(이전 전 본사, 연도 근거, 검증 세부, 비고)은 영어 화면의 "
        "표와 ‘데이터와 출처’의 원자료에 있습니다.",
        "en": "Year basis: actual = a recorded move, planned = a plan announced before the move, inferred = from "
        "events before and after, bound = only 'moved by …' known.",
    },
    # Verification / year basis / destination types
    "map_verif_verified": {"ko": "검증됨", "en": "Verified"},
    "map_verif_partial": {
        "ko": "일부 검증 (목적지 확인, 연도 등 미확인)",
        "en": "Partly verified (destination confirmed; year or membership not)",
    },
    "map_verif_uncertain": {"ko": "불확실", "en": "Uncertain"},
    "map_year_actual": {"ko": "실제", "en": "actual"},
    "map_year_planned": {"ko": "계획", "en": "planned"},
    "map_year_inferred": {"ko": "추정", "en": "inferred"},
    "map_year_bound": {"ko": "상한", "en": "bound"},
    "map_year_other": {"ko": "기타 (주 참고)", "en": "other (see note)"},
    "map_year_unknown": {"ko": "미상", "en": "unknown"},
    "map_type_innovation_city": {"ko": "혁신도시", "en": "Innovation city"},
    "map_type_sejong": {"ko": "세종", "en": "Sejong"},
    "map_type_individual": {"ko": "개별 이전", "en": "Individual relocation"},
    "map_name_en_unverified": {"ko": "미검증 번역", "en": "unverified translation"},
    "map_name_en_sourced": {"ko": "출처 확인", "en": "from a source"},
    "map_name_en_brief": {"ko": "과제 설명서", "en": "project brief"},
    # Table columns
    "map_col_row_id": {"ko": "행 번호", "en": "Row"},
    "map_col_name_ko": {"ko": "기관명 (국문)", "en": "Name (Korean)"},
    "map_col_name_en": {"ko": "기관명 (영문)", "en": "Name (English)"},
    "map_col_name_en_status": {"ko": "영문명 근거", "en": "English name basis"},
    "map_col_destination": {"ko": "목적지", "en": "Destination"},
    "map_col_type": {"ko": "이전 유형", "en": "Type"},
    "map_col_province": {"ko": "시·도", "en": "Province"},
    "map_col_sector": {"ko": "분야", "en": "Sector group"},
    "map_col_year": {"ko": "이전 연도", "en": "Year relocated"},
    "map_col_year_basis": {"ko": "연도 구분", "en": "Year basis"},
    "map_col_year_status": {"ko": "연도 근거", "en": "Year detail"},
    "map_col_previous_hq": {"ko": "이전 전 본사 (확인된 경우)", "en": "Previous HQ (where known)"},
    "map_col_verification": {"ko": "검증", "en": "Verification"},
    "map_col_verification_detail": {"ko": "검증 세부", "en": "Verification detail"},
    "map_col_note": {"ko": "비고", "en": "Note"},
    "map_col_source": {"ko": "출처", "en": "Source"},
    "map_col_name_at_relocation": {"ko": "이전 당시 명칭", "en": "Name at relocation"},
    "map_sector_missing": {"ko": "분류 없음", "en": "not recorded"},
    # 6. Reconciliation
    "map_recon_heading": {"ko": "공식 집계(153개)와 자료의 대조", "en": "Our rows against the official count (153)"},
    "map_recon_intro": {
        "ko": "국토교통부(2019년 12월)는 {total}개 기관이 이전했다고 집계합니다: 혁신도시 {ic} + 세종 {sejong} + 개별 "
        "이전 {individual}. 자료의 행은 {rows}개이며 아래와 같이 정확히 맞지 않습니다.",
        "en": "MOLIT (December 2019) counts {total} relocated institutions: {ic} to innovation cities + {sejong} to "
        "Sejong + {individual} individually. Our data has {rows} rows, which do not reconcile exactly, as follows.",
    },
    "map_recon_category": {"ko": "구분", "en": "Category"},
    "map_recon_official": {"ko": "공식 집계", "en": "Official (MOLIT 2019)"},
    "map_recon_rows": {"ko": "자료 행", "en": "Rows in our data"},
    "map_recon_not153": {"ko": "153 밖으로 표시", "en": "Flagged not of the 153"},
    "map_recon_edge": {"ko": "지역 집계에만 포함될 수 있는 행", "en": "Rows a local count includes"},
    "map_recon_uncertain": {"ko": "불확실", "en": "Uncertain"},
    "map_recon_partial": {"ko": "일부 검증", "en": "Partly verified"},
    "map_recon_difference": {"ko": "차이 (행 − 공식)", "en": "Difference (rows − official)"},
    "map_recon_total": {"ko": "합계", "en": "Total"},
    "map_recon_ic": {
        "ko": "혁신도시: 자료 {rows}행 가운데 {not153}({not153_names})은(는) 153개에 들지 않는 기관(2021년 분리 "
        "신설)입니다. 남은 {counted}행은 지역 "
        "집계(합 {local_total})를 따른 것으로, 혁신도시 구역 밖에 있거나 다른 기관의 일부인 {edge}행({edge_names})이 "
        "국토교통부의 {official}에 들어가지 않았을 수 있습니다. 이를 "
        "빼도 {after}행으로 {official}보다 {gap}개 많으며, 이 차이는 설명되지 않았습니다.",
        "en": "Innovation cities: of {rows} rows, {not153} ({not153_names}) is not one of the 153 (a 2021 "
        "spin-off). The remaining {counted} follow local counts (which add to {local_total}); {edge} of them "
        "({edge_names}) are sited outside the city district or are units of another institution, and MOLIT's "
        "{official} may not include them. Without them there are {after} rows, {gap} more than {official}; that gap is "
        "unexplained.",
    },
    "map_recon_sejong": {
        "ko": "세종: 국토교통부 {official}개에 대해 자료는 {rows}행입니다. {uncertain}행({uncertain_names})은 "
        "세종으로 옮겼으나 원래 이전 목록에 없었다고 보도되어, {official}개에 포함되는지 확인되지 않았습니다(불확실). "
        "그 밖에 적어도 {missing}개는 확인되지 않아 목록에 없습니다.",
        "en": "Sejong: MOLIT counts {official}; our data has {rows} rows. {uncertain} ({uncertain_names}) moved to "
        "Sejong but were reported as outside the original list, so whether the {official} include them is "
        "unverified (uncertain). At least {missing} more could not be identified; nothing is guessed.",
    },
    "map_recon_individual": {
        "ko": "개별 이전: 국토교통부 {official}개에 대해 자료는 {rows}행이며, 나머지 {missing}개는 확인되지 않아 "
        "추측으로 채우지 않았습니다. 자료 행 가운데 {uncertain}행({uncertain_names})은 불확실합니다.",
        "en": "Individual relocations: MOLIT counts {official}; our data has {rows} rows. The other {missing} were not "
        "identified and are not guessed. Of the rows, {uncertain} ({uncertain_names}) are uncertain.",
    },
    "map_recon_cities_heading": {"ko": "혁신도시별 기관 수", "en": "Institutions per innovation city"},
    "map_recon_city_name": {"ko": "혁신도시", "en": "Innovation city"},
    "map_recon_city_count": {"ko": "도시 자료의 기관 수", "en": "City's count"},
    "map_recon_city_note": {"ko": "기관 수 주석 (출처 자료)", "en": "Count note (source data)"},
    "map_recon_city_rows": {"ko": "자료 행", "en": "Rows"},
    "map_recon_city_rows153": {"ko": "153에 드는 행", "en": "Rows counted in the 153"},
}

# A city's theme: the first of these columns that has one (a Korean page falls back to the English summary).
THEME_COLUMNS: dict[str, tuple[str, ...]] = {"ko": ("theme_ko_2005_07", "theme_en"), "en": ("theme_en",)}

# Sector groups as written in the reference data -> Korean / English labels.
SECTOR_LABELS: dict[str, dict[str, str]] = {
    "agriculture & life": {"ko": "농업·생명", "en": "agriculture & life"},
    "broadcasting & ICT": {"ko": "방송·정보통신", "en": "broadcasting & ICT"},
    "culture & arts": {"ko": "문화·예술", "en": "culture & arts"},
    "education & academic": {"ko": "교육·학술", "en": "education & academic"},
    "energy": {"ko": "에너지", "en": "energy"},
    "film & video (Centum)": {"ko": "영화·영상 (센텀)", "en": "film & video (Centum)"},
    "finance": {"ko": "금융", "en": "finance"},
    "finance (Munhyeon/BIFC)": {"ko": "금융 (문현·BIFC)", "en": "finance (Munhyeon/BIFC)"},
    "industry support": {"ko": "산업 지원", "en": "industry support"},
    "maritime & fisheries (Dongsam)": {"ko": "해양·수산 (동삼)", "en": "maritime & fisheries (Dongsam)"},
    "other": {"ko": "기타", "en": "other"},
    "other (energy; sited in Munhyeon)": {"ko": "기타 (에너지, 문현 소재)", "en": "other (energy; sited in Munhyeon)"},
    "public support": {"ko": "공공 지원", "en": "public support"},
}
