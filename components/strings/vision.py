"""Strings of the /vision page (keys start with ``vision_``)."""

STRINGS: dict[str, dict[str, str]] = {
    # 1. Title
    "vision_title": {"ko": "국가균형발전 비전과 9대 핵심과제", "en": "The plan: vision, strategies and 9 key tasks"},
    "vision_intro": {
        "ko": "제4차 국가균형발전 5개년계획(2018~2022)을 한눈에 보고, 전략과 핵심과제를 골라 자세히 살펴보세요. "
        "선택은 주소(URL)에 저장되어 발표 중 바로 링크할 수 있습니다.",
        "en": "The Fourth Five-Year Balanced National Development Plan (2018–2022) at a glance. Choose a strategy "
        "or key task to look closer; your choice is kept in the link so a presenter can open it directly.",
    },
    # 2. Selection
    "vision_strategy_label": {"ko": "전략 선택", "en": "Strategy"},
    "vision_strategy_all": {"ko": "전체", "en": "All"},
    "vision_task_label": {"ko": "핵심과제 선택", "en": "Key task"},
    "vision_task_help": {
        "ko": "핵심과제를 고르면 아래에 설명과 언론 보도 추진 내용이 표시됩니다. 다시 누르면 선택이 해제됩니다.",
        "en": "Choose a key task to see its summary and the measures reported in the press. Click again to clear.",
    },
    "vision_param_strategy": {"ko": "전략(strategy)", "en": "strategy"},
    "vision_param_task": {"ko": "핵심과제(task)", "en": "task"},
    "vision_task_conflict": {
        "ko": "주소의 핵심과제 ‘{task}’은(는) 선택한 전략에 속하지 않아 선택하지 않았습니다.",
        "en": "The key task ‘{task}’ in the link does not belong to the chosen strategy, so it was not selected.",
    },
    # 3. Hierarchy
    "vision_vision_label": {"ko": "비전", "en": "Vision"},
    "vision_goal_label": {"ko": "목표", "en": "Goal"},
    "vision_tree_title": {
        "ko": "비전 → 목표 → 3대 전략 → 9대 핵심과제",
        "en": "Vision → goal → 3 strategies → 9 key tasks",
    },
    "vision_tree_unit": {"ko": "계획 체계 (수치 없음)", "en": "plan structure (no figures)"},
    "vision_tree_alt": {
        "ko": "비전 ‘{vision}’ 아래 {n}대 전략({strategies})이 있고, 핵심과제는 모두 {total}개입니다.{focus}",
        "en": "Under the vision ‘{vision}’ are {n} strategies ({strategies}), {total} key tasks in all.{focus}",
    },
    "vision_tree_alt_strategy": {
        "ko": "{name} 핵심과제 {n}개",
        "en": "{name} with {n} key tasks",
        "en_one": "{name} with {n} key task",
    },
    "vision_tree_alt_focus": {
        "ko": " 선택한 전략 ‘{name}’의 과제가 강조되어 있습니다.",
        "en": " The chosen strategy ‘{name}’ and its tasks are highlighted.",
    },
    "vision_tree_note": {
        "ko": "핵심과제의 영문 명칭과 순서는 nabis.go.kr 영문 페이지, 한국어 명칭은 2018년 2월 비전 선포 보도를 "
        "따릅니다. 공간 전략의 2-2와 2-3은 출처마다 순서가 "
        "다릅니다(한국경제·제주일보는 ‘인구감소지역…’을 2번째로, 전남일보와 nabis 영문 페이지는 ‘도시재생…’을 "
        "2번째로 표기). 여기서는 nabis 영문 페이지의 순서를 따릅니다.",
        "en": "English key-task names and order follow the nabis.go.kr English page; Korean names follow the press "
        "reports of the Feb-2018 vision. The order of Space tasks 2-2 and 2-3 differs between sources "
        "(Hankyung and Jeju News list ‘Population-Declining Regions’ second; Jeonnam Ilbo and the nabis "
        "English page list ‘Urban Regeneration’ second). This page follows the nabis English page.",
    },
    "vision_blocks_heading": {"ko": "3대 전략과 9대 핵심과제", "en": "3 strategies and 9 key tasks"},
    "vision_strategy_budget": {"ko": "계획 재원 {value}", "en": "Planned financing {value}"},
    "vision_focused_badge": {"ko": ":blue-badge[선택됨]", "en": ":blue-badge[chosen]"},
    "vision_translation_help": {
        "ko": "‘번역’ 표시: 출처에 한국어 원문이 없어 이 대시보드가 영어 원문을 번역한 문장입니다.",
        "en": "‘translation’: the source gives no Korean wording, so this Korean text is this dashboard's "
        "translation of the English original.",
    },
    "vision_order_doubt_badge": {"ko": ":orange-badge[순서 이견]", "en": ":orange-badge[order in doubt]"},
    "vision_order_doubt_note": {
        "ko": "원문은 이 과제를 {strategy} 전략의 {seed_no}번째로, 2018년 비전 선포 보도(한국경제 등)는 "
        "{reference_no}번째로 듭니다. 전남일보는 원문과 같은 순서입니다. 이 순서는 출처마다 다릅니다.",
        "en": "The nabis.go.kr English page lists this task as no. {seed_no} in {strategy}; the 2018 vision reports "
        "(Hankyung, Jeju News) list it as no. {reference_no}, and Jeonnam Ilbo follows the English page. Sources "
        "disagree on this order.",
    },
    "vision_task_detail_heading": {"ko": "핵심과제 {task} 자세히 보기", "en": "Key task {task} in detail"},
    "vision_task_summary_label": {"ko": "요약", "en": "Summary"},
    "vision_name_ko_label": {"ko": "한국어 명칭", "en": "Korean name"},
    "vision_name_label": {"ko": "명칭", "en": "Name"},
    "vision_measures_for_task": {
        "ko": "언론에 보도된 추진 내용 ({n}건, 공식 실천과제 아님)",
        "en": "Measures reported in the press ({n}; not the official action tasks)",
    },
    "vision_pick_task_hint": {
        "ko": "핵심과제를 선택하면 요약과 언론 보도 추진 내용을 볼 수 있습니다.",
        "en": "Choose a key task above to see its summary and the measures reported in the press.",
    },
    # 4. Frame
    "vision_frame_heading": {"ko": "정책의 틀", "en": "The frame around the plan"},
    "vision_policy_goals": {"ko": "문재인 정부 5대 국정목표", "en": "Moon Administration’s Five Key Policy Goals"},
    "vision_innovative_tasks": {
        "ko": "4대 복합·혁신과제",
        "en": "Moon Administration’s Four Consolidated Innovative Tasks",
    },
    "vision_key_values": {
        "ko": "국가균형발전 정책의 3대 가치",
        "en": "Three Key Values of Balanced National Development Policy",
    },
    "vision_innovative_note": {
        "ko": "2017년 국정운영 5개년 계획의 공식 명칭입니다.",
        "en": "Korean titles are the official 2017 ones; the nabis English page renders them more briefly (its "
        "first item is printed as ‘A Job-Creating’ only).",
    },
    # 5. Numbers and financing
    "vision_numbers_heading": {"ko": "숫자로 보는 계획", "en": "The plan in numbers"},
    "vision_metric_strategies": {"ko": "전략", "en": "Strategies"},
    "vision_metric_key_tasks": {"ko": "핵심과제", "en": "Key tasks"},
    "vision_metric_action_tasks": {"ko": "실천과제", "en": "Action tasks"},
    "vision_metric_annual_tasks": {"ko": "연차 시행계획 과제", "en": "Tasks in annual implementation plans"},
    "vision_annual_tasks_help": {
        "ko": "연차 시행계획: 중앙행정기관의 부문별 시행계획과 시·도의 지역별 시행계획",
        "en": "Annual implementation plans: sectoral action plans of central administrative agencies and regional "
        "action plans of cities and provinces",
    },
    "vision_annual_parts": {
        "ko": "{n}개 과제를 담는 연차 시행계획:",
        "en": "The annual implementation plans behind the {n} tasks:",
    },
    "vision_finance_title": {"ko": "전략별 계획 재원, 2018–2022", "en": "Planned financing by strategy, 2018–2022"},
    "vision_finance_unit": {"ko": "조 원 (출처 발표 그대로, 명목)", "en": "KRW trillion (as announced, nominal)"},
    "vision_finance_alt": {
        "ko": "전략별 계획 재원은 {amounts}입니다. {largest} 전략이 가장 많습니다.",
        "en": "Planned financing by strategy: {amounts}. {largest} is the largest.",
    },
    "vision_chart_unit_trillion": {"ko": "조 원", "en": "KRW trillion"},
    "vision_finance_note": {
        "ko": "총 재원은 174.8조 원(약 175조 원: 국비 113조, 지방비 42조)으로 발표되었습니다. 전략별 금액의 합은 "
        "{strategy_sum}조 원입니다(계산값). 연차별 "
        "금액({annual})의 합은 {annual_sum}조 원으로 총액과 맞지 않으며, 2018년 몫은 출처에 없습니다. 국비+지방비 "
        "155조 원과 총액의 차이(약 20조 원)도 "
        "출처에서 항목별로 설명되지 않습니다.",
        "en": "The total was announced as KRW 174.8 tn (about 175 tn: national 113 tn, local 42 tn). The strategy "
        "amounts add up to KRW {strategy_sum} tn (derived). The annual figures ({annual}) add up to KRW "
        "{annual_sum} tn, which does not match the total; no 2018 figure is given. The gap between national + "
        "local (155 tn) and the total (about 20 tn) is not itemised in the sources either.",
    },
    # 6. Reported measures
    "vision_actions_heading": {
        "ko": "{n}개 실천과제와 언론 보도 추진 내용",
        "en": "The {n} action tasks and the measures reported in the press",
    },
    "vision_actions_not_found": {
        "ko": "계획에는 {n}개 실천과제가 있지만(nabis.go.kr), 그 공식 명칭은 확인한 자료에서 찾지 못했습니다. 아래 "
        "표는 언론이 핵심과제별로 보도한 추진 내용이며, 공식 실천과제 "
        "목록이 아닙니다.",
        "en": "The plan has {n} action tasks (nabis.go.kr), but their official titles were not found in the sources "
        "consulted. The table below lists measures the press reported under each key task — it is not the "
        "official list of action tasks.",
    },
    "vision_measures_table_title": {
        "ko": "언론 보도 추진 내용 (공식 실천과제 아님)",
        "en": "Reported measures (not the official action tasks)",
    },
    "vision_measures_scope_all": {"ko": "9대 핵심과제 전체: {n}건", "en": "All 9 key tasks: {n} measures"},
    "vision_measures_scope": {"ko": "{scope}: {n}건", "en": "{scope}: {n} measures"},
    "vision_col_task": {"ko": "핵심과제", "en": "Key task"},
    "vision_col_strategy_no": {"ko": "전략 번호", "en": "Strategy no."},
    "vision_col_strategy": {"ko": "전략", "en": "Strategy"},
    "vision_col_financing": {"ko": "계획 재원 2018–2022 (조 원)", "en": "Planned financing 2018–2022 (KRW tn)"},
    "vision_col_level": {"ko": "단계", "en": "Level"},
    "vision_col_no": {"ko": "번호", "en": "No."},
    "vision_col_name_ko": {"ko": "한국어 명칭", "en": "Korean name"},
    "vision_col_name_en": {"ko": "영문 명칭", "en": "English name"},
    "vision_level_vision": {"ko": "비전", "en": "Vision"},
    "vision_level_goal": {"ko": "목표", "en": "Goal"},
    "vision_level_strategy": {"ko": "전략", "en": "Strategy"},
    "vision_level_key_task": {"ko": "핵심과제", "en": "Key task"},
    "vision_col_measure": {"ko": "보도된 추진 내용", "en": "Reported measure"},
    "vision_col_measure_other": {"ko": "한국어 (보도 원문)", "en": "Korean (as reported)"},
    "vision_col_basis": {"ko": "과제 연결 근거", "en": "Mapping basis"},
    "vision_col_source": {"ko": "출처", "en": "Source"},
    "vision_basis_explicit": {"ko": "출처가 이 핵심과제 아래 둠", "en": "placed under this key task by the source"},
    "vision_basis_inferred": {"ko": "주제로 추정", "en": "inferred from the topic"},
    "vision_measures_note": {
        "ko": "‘과제 연결 근거’는 출처가 그 내용을 해당 핵심과제 아래에 직접 두었는지, 아니면 주제로 "
        "추정했는지를 보여 줍니다.",
        "en": "‘Mapping basis’ says whether the source itself puts the measure under the key task (explicit) or it "
        "was inferred from the topic. English texts are our translations.",
    },
    # 7. Project areas
    "vision_areas_heading": {
        "ko": "국가균형발전사업의 {n}개 사업 영역",
        "en": "The {n} project areas of Balanced National Development projects",
    },
    "vision_areas_intro": {
        "ko": "국가균형발전사업은 5개년계획의 시행계획에 따라 추진되는 모든 사업(일반회계, 균특회계, 기타 "
        "특별회계·기금, 신규·비예산·지자체 자체 사업 포함)입니다.",
        "en": "Balanced National Development projects are all projects carried out under the action plans of the "
        "five-year plan (general accounts, the Special Account, other special accounts and funds, plus new, "
        "non-budget and local governments' own projects).",
    },
    "vision_areas_mapping": {
        "ko": "출처는 11개 사업 영역과 9대 핵심과제의 연결을 제시하지 않습니다. 이 대시보드도 임의로 연결하지 "
        "않았습니다.",
        "en": "The sources give no official mapping between the 11 project areas and the 9 key tasks, so none is "
        "shown here.",
    },
    # 8. Timeline
    "vision_timeline_heading": {"ko": "계획의 흐름", "en": "Timeline of plans"},
    "vision_timeline_title": {
        "ko": "균형발전 5개년계획과 지방시대 종합계획, 2004–2027",
        "en": "Five-year balanced development plans and the Local Era plan, 2004–2027",
    },
    "vision_timeline_unit": {"ko": "계획 기간 (연도)", "en": "plan period (years)"},
    "vision_timeline_alt": {
        "ko": "{n}개 계획이 차례로 이어집니다: {plans}.{overlaps}",
        "en": "{n} plans follow each other: {plans}.{overlaps}",
    },
    "vision_timeline_alt_highlight": {"ko": "{name} (강조)", "en": "{name} (highlighted)"},
    "vision_timeline_alt_overlap": {
        "ko": " {first} 계획과 {second} 계획은 {years}년이 겹칩니다.",
        "en": " The {first} and {second} plans overlap in {years}.",
    },
    "vision_timeline_note": {
        "ko": "2009–2013년과 2014–2018년 계획의 공식 명칭은 ‘지역발전 5개년계획’입니다. 2014–2018년 계획을 "
        "‘제3차’로 부른 출처는 있으나(전북일보 2019), "
        "2009–2013년 계획을 ‘제2차’로 부른 출처는 확인하지 못했습니다. 2009–2013년 계획의 내용은 2009년 9월 보고된 "
        "계획안 기준입니다.",
        "en": "The official titles of the 2009–2013 and 2014–2018 plans are ‘Five-Year Regional Development Plan’. "
        "One source calls the 2014–2018 plan the ‘3rd’ (Jeonbuk Ilbo 2019); no source seen calls the "
        "2009–2013 plan the ‘2nd’. The 2009–2013 details are from the draft reported in Sept 2009.",
    },
    "vision_local_era_heading": {
        "ko": "제1차 지방시대 종합계획 (2023~2027)의 5대 전략",
        "en": "First Local Era Comprehensive Plan (2023–2027): 5 strategies",
    },
    "vision_local_era_note": {
        "ko": "공식적으로 ‘제5차 국가균형발전 5개년계획’이 아니라, 지방분권균형발전법 제6조에 따른 첫 지방시대 "
        "종합계획입니다. 균형발전 5개년계획과 지방분권 5개년 종합실행계획을 처음으로 "
        "통합했습니다 (지방시대위원회 2023-10-23 의결, 국무회의 2023-10-30, 2023-11-01 발표).",
        "en": "Formally this is not a ‘5th Balanced National Development Five-Year Plan’ but the first Local Era "
        "Comprehensive Plan under art. 6 of the Special Act on Local Decentralisation and Balanced "
        "Development; it merges the balanced-development plan and the decentralisation plan for the first "
        "time (committee 2023-10-23, Cabinet 2023-10-30, announced 2023-11-01).",
    },
    "vision_timeline_col_plan": {"ko": "계획", "en": "Plan"},
    "vision_timeline_col_period": {"ko": "기간", "en": "Period"},
    "vision_timeline_col_adopted": {"ko": "확정·보고", "en": "Adopted / reported"},
    "vision_timeline_col_investment": {"ko": "발표 투자액 (조 원)", "en": "Announced investment (KRW tn)"},
    "vision_timeline_col_note": {"ko": "비고 (영문)", "en": "Note"},
    "vision_timeline_investment_note": {
        "ko": "발표 투자액은 계획마다 국비·지방비·민자 구성이 달라 서로 비교할 수 없으므로 차트로 그리지 않았습니다.",
        "en": "Announced investments combine national, local and private money differently in each plan, so they "
        "are not comparable and are not charted.",
    },
    # 9. Province lens
    "vision_province_heading": {"ko": "{name}에서 본 계획", "en": "What the plan means for {name}"},
    "vision_province_city": {
        "ko": "혁신도시 (핵심과제 3-1 ‘혁신도시 시즌2’ 관련)",
        "en": "Innovation city (key task 3-1, ‘Innovative City Season 2’)",
    },
    "vision_province_theme": {"ko": "조성 당시 테마: {theme}", "en": "Theme: {theme}"},
    "vision_province_sectors": {"ko": "특화 분야: {sectors}", "en": "Specialised sectors: {sectors}"},
    "vision_province_no_city": {
        "ko": "이 시·도에는 혁신도시가 없습니다.",
        "en": "This province has no innovation city.",
    },
    "vision_province_policies": {
        "ko": "자료에 있는 주요 정책·사업 ({n}건)",
        "en": "Listed policies and projects ({n})",
    },
    "vision_province_policies_note": {
        "ko": "출처 자료는 영어로 되어 있습니다. 한국어 명칭과 설명은 공식 한국어 명칭이 있으면 그것을, 없으면 이 "
        "대시보드의 번역(‘번역’ 표시)을 보여 줍니다. ‘미확인’이 붙은 항목은 출처에서 확인되지 않은 내용입니다.",
        "en": "Descriptions are in English in the source data. Items whose note says ‘NOT verified’ are unconfirmed.",
    },
    "vision_province_none": {
        "ko": "이 시·도에 대한 자료가 없습니다.",
        "en": "The data has nothing listed for this province.",
    },
    "vision_province_unverified": {"ko": ":orange-badge[미확인]", "en": ":orange-badge[unverified]"},
    "vision_province_hint": {
        "ko": "왼쪽에서 시·도를 고르면 이 계획이 그 시·도에 주는 의미(혁신도시, 주요 정책)를 볼 수 있습니다.",
        "en": "Choose a province in the sidebar to see what the plan means for it (its innovation city and listed "
        "policies).",
    },
    "vision_link_map": {"ko": "지도에서 보기", "en": "See it on the map"},
    "vision_link_regions": {"ko": "시·도 비교에서 보기", "en": "Compare regions"},
}
