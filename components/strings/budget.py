"""Strings of the /budget page."""

STRINGS: dict[str, dict[str, str]] = {
    # 1. Title
    "budget_title": {
        "ko": "국가균형발전특별회계 예산 추이",
        "en": "Special Account for Balanced National Development: budget trends",
    },
    "budget_intro": {
        "ko": "균특회계에 얼마가, 어느 계정으로 편성되었고 어떻게 바뀌었는지 살펴봅니다. 계정별 정확한 금액은 "
        "기획재정부 표(2015–2020년, 백만 원)이며, 다른 연도는 출처가 있는 수치만 "
        "정밀도를 표시해 보여 줍니다.",
        "en": "How much money the Special Account carries, through which accounts, and how that changed. Exact "
        "account figures come from the Ministry of Economy and Finance table (2015–2020, KRW million); other "
        "years show only sourced figures, marked by their precision.",
    },
    # 2. Province lens
    "budget_province_national": {
        "ko": "선택한 시·도: {name}. 이 페이지의 균특회계 자료는 전국 단위이며, 시·도별 배분액은 이 자료에 "
        "없습니다. 아래에서 {name} 관련 자료로 이동할 수 있습니다.",
        "en": "You chose {name}. The Special Account figures on this page are national; their allocation by "
        "province is not in these sources. Links to what exists for {name} are below.",
    },
    "budget_province_jeju_link": {
        "ko": "제주특별자치도계정만 보기 (2015–2020)",
        "en": "Show only the Jeju account (2015–2020)",
    },
    "budget_province_jeju_note": {
        "ko": "제주특별자치도계정의 2021년 이후 단편 자료는 아래 ‘2020년 이후 계정별 수치’에 있습니다.",
        "en": "Later figures for the Jeju account (2021 onward) are below, under “Account figures after 2020”.",
    },
    "budget_province_sejong_link": {
        "ko": "세종특별자치시계정만 보기 (2015–2020)",
        "en": "Show only the Sejong account (2015–2020)",
    },
    "budget_province_sejong_note": {
        "ko": "세종특별자치시계정은 2021년 이후 수치를 찾지 못했습니다.",
        "en": "No Sejong-account figure was found for 2021 or later.",
    },
    "budget_province_regions_link": {
        "ko": "{name}의 지표 (시·도 비교)",
        "en": "{name}'s indicators (Regional comparison)",
    },
    "budget_province_map_link": {
        "ko": "{name}의 혁신도시와 이전 기관 (지도)",
        "en": "{name}'s innovation city and relocated institutions (Map)",
    },
    # 3. Selection
    "budget_controls_heading": {"ko": "보기 선택", "en": "Choose what to see"},
    "budget_view_label": {"ko": "보기", "en": "Show"},
    "budget_view_amount": {"ko": "금액 (누적)", "en": "Amounts"},
    "budget_view_share": {"ko": "비중", "en": "Share of total"},
    "budget_view_change": {"ko": "전년 대비 증감", "en": "Yearly change"},
    "budget_prices_label": {"ko": "가격 기준", "en": "Prices"},
    "budget_prices_nominal": {"ko": "명목", "en": "Nominal"},
    "budget_prices_real": {"ko": "실질 (2020년 가격)", "en": "Real (2020 prices)"},
    "budget_accounts_label": {"ko": "계정", "en": "Accounts"},
    "budget_accounts_help": {
        "ko": "지역자율계정 소계와 그 두 구성(시·도, 시·군·구)을 함께 고르면, 누적 막대에서는 두 구성만 쌓아 중복 "
        "계산을 피합니다. 합계는 선으로 표시합니다.",
        "en": "If you pick the Local Autonomous sub-total together with its parts, the stacked bars stack only the "
        "parts, so nothing is counted twice. The Total is drawn as a line.",
    },
    "budget_from_label": {"ko": "시작 연도", "en": "From"},
    "budget_to_label": {"ko": "끝 연도", "en": "To"},
    "budget_years_help": {
        "ko": "계정별 정확한 수치는 2015–2020년뿐입니다. 범위는 아래의 장기 추이 차트에도 적용됩니다.",
        "en": "Exact account figures exist for 2015–2020 only. The range also applies to the long-run chart below.",
    },
    "budget_param_years": {"ko": "연도 범위(from/to)", "en": "year range (from/to)"},
    # 4./5. Account chart
    "budget_chart_accounts_amount": {"ko": "계정별 예산, {start}–{end}", "en": "Budget by account, {start}–{end}"},
    "budget_chart_accounts_share": {
        "ko": "총액 대비 계정별 비중, {start}–{end}",
        "en": "Each account's share of the total, {start}–{end}",
    },
    "budget_chart_accounts_change": {
        "ko": "계정별 전년 대비 증감률, {start}–{end}",
        "en": "Change on the previous year by account, {start}–{end}",
    },
    "budget_no_account_years": {
        "ko": "선택한 연도 범위({start}–{end})에는 계정별 정확한 수치가 없습니다. 계정별 수치는 "
        "2015–2020년뿐입니다. 다른 연도는 아래 ‘다른 연도의 총액’을 보세요.",
        "en": "There are no exact account figures in the chosen years ({start}–{end}); they exist for 2015–2020 "
        "only. See “Totals in other years” below.",
    },
    "budget_unit_tn": {"ko": "조 원 (명목)", "en": "KRW trillion (nominal)"},
    "budget_unit_tn_real": {"ko": "조 원 (2020년 가격, 실질)", "en": "KRW trillion (2020 prices, real)"},
    "budget_unit_share": {"ko": "총액 대비 비중 (%)", "en": "Share of total (%)"},
    "budget_unit_change": {"ko": "전년 대비 증감률 (%, 명목)", "en": "Change on previous year (%, nominal)"},
    "budget_unit_change_real": {"ko": "전년 대비 증감률 (%, 실질)", "en": "Change on previous year (%, real)"},
    "budget_unit_block_amount": {"ko": "조 원 (표: 백만 원)", "en": "KRW trillion (table: KRW million)"},
    "budget_unit_small": {"ko": "억 원 (명목)", "en": "KRW billion (nominal)"},
    "budget_unit_block_small": {"ko": "억 원 (표: 백만 원)", "en": "KRW billion (table: KRW million)"},
    "budget_unit_block_amount_real": {
        "ko": "조 원, 2020년 가격 (표: 백만 원)",
        "en": "KRW trillion, 2020 prices (table: KRW million)",
    },
    "budget_axis_year": {"ko": "연도", "en": "Year"},
    "budget_col_year": {"ko": "연도", "en": "Year"},
    "budget_col_account": {"ko": "계정", "en": "Account"},
    "budget_col_amount": {"ko": "금액 (백만 원, 명목, 정확한 값)", "en": "Amount (KRW million, nominal, exact)"},
    "budget_col_share": {
        "ko": "총액 대비 비중 (%, 계산값, 소수 둘째 자리)",
        "en": "Share of total (%, derived, 2 decimals)",
    },
    "budget_col_change": {
        "ko": "전년 대비 증감률 (%, 명목, 계산값, 소수 둘째 자리)",
        "en": "Change on previous year (%, nominal, derived, 2 decimals)",
    },
    "budget_col_real": {
        "ko": "실질 금액 (2020년 가격, 백만 원, 계산값·백만 원 단위 반올림)",
        "en": "Real amount (2020 prices, KRW million, derived, rounded to KRW million)",
    },
    "budget_col_real_change": {
        "ko": "전년 대비 증감률 (%, 실질, 계산값, 소수 둘째 자리)",
        "en": "Change on previous year (%, real, derived, 2 decimals)",
    },
    "budget_col_deflator": {
        "ko": "GDP 디플레이터 (2020=100, IMF 세계경제전망)",
        "en": "GDP deflator (2020=100, IMF WEO)",
    },
    "budget_col_deflator_projection": {"ko": "디플레이터가 IMF 전망치인가", "en": "Deflator is an IMF projection"},
    "budget_col_precision": {"ko": "정밀도·단계", "en": "Precision / stage"},
    "budget_col_amount_published": {"ko": "금액 (백만 원, 발표된 값)", "en": "Amount (KRW million, as published)"},
    "budget_col_source": {"ko": "출처", "en": "Source"},
    "budget_col_note": {"ko": "비고 (원자료 메모, 영문)", "en": "Note (from the data file)"},
    "budget_tooltip_nominal": {"ko": "금액 (명목)", "en": "Amount (nominal)"},
    "budget_tooltip_exact": {"ko": "정확한 값 (백만 원)", "en": "Exact (KRW million)"},
    "budget_tooltip_share": {"ko": "총액 대비 비중", "en": "Share of total"},
    "budget_tooltip_change": {"ko": "전년 대비 (명목)", "en": "On previous year (nominal)"},
    "budget_tooltip_real": {"ko": "2020년 가격 (계산값)", "en": "In 2020 prices (derived)"},
    "budget_tooltip_as_published": {"ko": "발표된 값 (백만 원)", "en": "As published (KRW million)"},
    "budget_real_note": {
        "ko": "실질 금액은 2020년 가격으로, IMF 세계경제전망(WEO) GDP 디플레이터(2025년 4월판, 2020=100)로 "
        "나눈 계산값입니다 (명목 × 100 ÷ 해당 연도 디플레이터). 원자료가 아닙니다.",
        "en": "Real amounts are in 2020 prices, deflated with the IMF WEO GDP deflator (Apr 2025, 2020=100): "
        "nominal × 100 ÷ that year's deflator. They are derived, not published figures.",
    },
    "budget_real_projection_note": {
        "ko": "2025–2026년 디플레이터는 IMF 전망치입니다.",
        "en": "The 2025–2026 deflator values are IMF staff projections.",
    },
    "budget_share_real_note": {
        "ko": "비중은 명목과 실질이 같습니다 (같은 해의 금액끼리 나누므로).",
        "en": "Shares are the same in nominal and real terms (both amounts are from the same year).",
    },
    "budget_change_first_year_note": {
        "ko": "2015년은 표에 전년(2014년) 값이 없어 증감률이 없습니다. 증감률과 비중은 표의 정확한 값으로 "
        "계산했습니다.",
        "en": "2015 has no change: the table has no 2014 figure. Changes and shares are derived from the exact "
        "table figures.",
    },
    "budget_stack_note": {
        "ko": "막대는 선택한 계정을 쌓은 것이고, 검은 선은 합계입니다. 합계 = 지역지원 + 지역자율 + 세종 + 제주 "
        "계정 (매년 정확히 일치).",
        "en": "Bars stack the chosen accounts; the black line is the Total. Total = Local Support + Local "
        "Autonomous + Sejong + Jeju accounts (exactly, every year).",
    },
    "budget_stack_subtotal_note": {
        "ko": "지역자율계정 소계는 두 구성(시·도, 시·군·구)으로 나누어 쌓았습니다.",
        "en": "The Local Autonomous sub-total is stacked as its two parts (cities and provinces; Si/Gun/Gu).",
    },
    "budget_name_note": {
        "ko": "2015–2018년에는 이 회계의 이름이 ‘지역발전특별회계’였습니다. 표는 현재 계정 구조로 작성되어 있습니다.",
        "en": "In 2015–2018 the account was named the Special Account for Regional Development; the table uses the "
        "current account structure.",
    },
    "budget_alt_amount": {
        "ko": "{start}–{end}년 계정별 예산 누적 막대 차트입니다. 합계는 {first_year}년 {first}에서 {last_year}년 "
        "{last}이 되었습니다. "
        "{last_year}년에는 지역지원계정이 {ls_share} (합계 대비)입니다.",
        "en": "Stacked bars of the budget by account, {start}–{end}. The total went from {first} in {first_year} to "
        "{last} in {last_year}. In {last_year} the Local Support Account was {ls_share} of the total.",
    },
    "budget_alt_share": {
        "ko": "{start}–{end}년 계정별 비중 선 차트입니다. 지역지원계정의 비중은 {first_year}년 {ls_first}에서 "
        "{last_year}년 {ls_last}가 되었고, "
        "지역자율계정은 {la_first}에서 {la_last}가 되었습니다.",
        "en": "Lines of each account's share of the total, {start}–{end}. The Local Support Account went from "
        "{ls_first} in {first_year} to {ls_last} in {last_year}; the Local Autonomous Account from {la_first} "
        "to {la_last}.",
    },
    "budget_alt_change": {
        "ko": "{start}–{end}년 계정별 전년 대비 증감률 선 차트입니다. 가장 큰 감소는 {min_year}년 {min_account} "
        "({min_value}), 가장 큰 증가는 "
        "{max_year}년 {max_account} ({max_value})입니다.",
        "en": "Lines of each account's change on the previous year, {start}–{end}. The largest fall: {min_account} "
        "in {min_year} ({min_value}); the largest rise: {max_account} in {max_year} ({max_value}).",
    },
    "budget_annotation_note": {
        "ko": "A–D는 아래 ‘예산 변동 요인’의 네 항목입니다. 원문에 연도가 없어 표에서 변화가 나타나는 연도에 "
        "배치했습니다 (추정).",
        "en": "A–D are the four notes under “What changed and why” below. The nabis.go.kr page gives no years; "
        "each is placed at the year the table shows the change (inferred).",
    },
    "budget_alt_annotations": {
        "ko": " 글자 표시(A–D)는 아래 ‘예산 변동 요인’입니다.",
        "en": " Letters (A–D) mark the “What changed and why” notes below.",
    },
    # Annotations
    "budget_annotation_label": {"ko": "변동 요인", "en": "Change"},
    "budget_annotation_basis_title": {"ko": "연도 배치 근거", "en": "Why this year"},
    "budget_annotation_basis_short": {
        "ko": "원문에 연도가 없어, 표에서 변화가 나타나는 연도에 배치 (추정)",
        "en": "The nabis.go.kr page gives no year: placed at the year the table shows the change (inferred)",
    },
    "budget_changes_heading": {"ko": "예산 변동 요인 (무엇이, 왜 바뀌었나)", "en": "What changed and why"},
    "budget_changes_intro": {
        "ko": "nabis.go.kr 영문 페이지 ‘Changes in the Budget’(예산 변동)의 네 항목입니다. 원문에는 연도가 없어, "
        "각 항목을 표에서 그 변화가 나타나는 연도에 배치했습니다 (추정). 배치 근거와 표의 변화량을 함께 "
        "적었습니다. 한국어는 영문 원문의 번역입니다.",
        "en": "The four “Changes in the Budget” notes of the nabis.go.kr page. The page gives no years, so each "
        "note is placed at the year the table shows the change (inferred); the basis and the change in the table "
        "are given with each.",
    },
    "budget_change_item": {"ko": "{letter} · {year}년 (추정 배치)", "en": "{letter} · {year} (placed, inferred)"},
    "budget_change_table_delta": {
        "ko": "표의 변화: {account} {prev}→{year}년 {delta} ({pct}), {exact_delta} 백만 원",
        "en": "In the table: {account} {prev}→{year} {delta} ({pct}), {exact_delta} KRW million",
    },
    "budget_change_uncertain": {"ko": "배치 불확실", "en": "Placement uncertain"},
    "budget_change_original": {"ko": "영문 원문 보기 (위 한국어는 번역)", "en": "Text on nabis.go.kr"},
    "budget_change_basis": {"ko": "배치 근거", "en": "Basis"},
    # 7. Other years
    "budget_longrun_heading": {
        "ko": "다른 연도의 총액과 회계 명칭 변천",
        "en": "Totals in other years and the account's renamings",
    },
    "budget_longrun_title": {
        "ko": "균특회계 총액, {start}–{end} (정밀도 표시)",
        "en": "Special Account total, {start}–{end} (marked by precision)",
    },
    "budget_longrun_note": {
        "ko": "2015–2020년만 기획재정부 표의 정확한 값(선으로 연결)입니다. 다른 연도는 출처에서 0.1조 원 단위로 "
        "반올림된 총액, 계산값(2021년: 2022년 10.9조 원 − 0.6조 원), 국회 확정 전 정부안(2023년)이며 선으로 잇지 "
        "않았습니다. 정확한 값이 있는 해의 반올림 총액은 그리지 않았습니다.",
        "en": "Only 2015–2020 are exact figures from the MOEF table (joined by a line). Other years are totals "
        "rounded to KRW 0.1 tn at source, a derived figure (2021: 2022's 10.9 tn minus 0.6 tn) or a "
        "government bill not yet enacted (2023), and are not joined. Rounded totals of years with an exact "
        "figure are not drawn.",
    },
    "budget_longrun_agrees": {
        "ko": "{year}년 반올림 총액({rounded})은 정확한 값과 일치합니다.",
        "en": "The rounded {year} total ({rounded}) agrees with the exact figure.",
    },
    "budget_longrun_differs": {
        "ko": "{year}년 반올림 총액({rounded})은 정확한 값과 다릅니다. 정확한 값 {exact} 백만 원을 반올림하면 "
        "{exact_rounded}이므로, {rounded}은 기준이 다른 수치이며 출처는 그 기준을 밝히지 않습니다.",
        "en": "The rounded {year} total ({rounded}) does not agree with the exact figure: the exact {exact} KRW "
        "million rounds to {exact_rounded}, so {rounded} is on another basis, which the sources do not state.",
    },
    "budget_longrun_bands": {
        "ko": "2024–2026년 총액은 찾지 못했습니다. 배경 띠는 회계 명칭(연도 추정 표시 포함)입니다.",
        "en": "No total was found for 2024–2026. Background bands name the account in each period (approximate "
        "or inferred years marked).",
    },
    "budget_longrun_empty": {
        "ko": "선택한 연도 범위({start}–{end})에는 출처가 있는 총액이 없습니다.",
        "en": "No sourced total falls in the chosen years ({start}–{end}).",
    },
    "budget_longrun_alt": {
        "ko": "{start}–{end}년 균특회계 총액을 정밀도별 기호로 표시한 차트입니다. {n}개 연도에 수치가 있고, 그중 "
        "정확한 값은 {n_exact}개입니다. 배경 띠는 회계 명칭 "
        "변천({names})입니다.",
        "en": "The Special Account's total, {start}–{end}, with a symbol for each figure's precision. {n} years "
        "have a figure, {n_exact} of them exact. Background bands show the renamings ({names}).",
    },
    "budget_precision_legend": {"ko": "정밀도·단계", "en": "Precision / stage"},
    "budget_precision_exact": {"ko": "정확한 값 (기획재정부 표)", "en": "Exact (MOEF table)"},
    "budget_precision_rounded_historical": {
        "ko": "반올림 총액 (과거, 0.1조)",
        "en": "Rounded total (historical, 0.1 tn)",
    },
    "budget_precision_rounded_budget": {"ko": "반올림 총액 (예산, 0.1조)", "en": "Rounded total (budget, 0.1 tn)"},
    "budget_precision_enacted_inferred": {"ko": "예산 (확정 여부 추정)", "en": "Budget (enacted, inferred)"},
    "budget_precision_derived": {"ko": "계산값 (파생, 0.1조)", "en": "Derived (0.1 tn)"},
    "budget_precision_bill": {"ko": "정부안 (국회 확정 전)", "en": "Government bill (not the enacted budget)"},
    "budget_precision_bill_secondary": {"ko": "정부안, 2차 자료", "en": "Government bill, secondary source"},
    "budget_precision_secondary": {"ko": "2차 자료 (요약 기사)", "en": "Secondary source (summaries)"},
    "budget_precision_conflict": {"ko": "자료 상충 (두 값 모두 표시)", "en": "Sources conflict (both shown)"},
    "budget_precision_plan": {"ko": "계획 (정부안 이전)", "en": "Plan (before the bill)"},
    "budget_period_title": {"ko": "회계 명칭", "en": "Name of the account"},
    "budget_period_admin": {"ko": "정부", "en": "Administration"},
    "budget_period_approx": {"ko": "(추정)", "en": " (approx.)"},
    "budget_period_inferred": {"ko": "(추정)", "en": " (inferred)"},
    "budget_history_caption": {
        "ko": "명칭 변천: {items}. ‘추정’ 연도는 출처에 직접 나오지 않습니다. ‘지방시대균형발전특별회계’라는 이름은 "
        "출처에서 확인되지 않아 쓰지 않았습니다.",
        "en": "Renamings: {items}. Years marked approx./inferred are not stated directly in the sources. The "
        "English name of the 2024 account is our translation.",
    },
    # 8. Fragments after 2020
    "budget_fragments_heading": {
        "ko": "2020년 이후 계정별 수치 (찾은 것만)",
        "en": "Account figures after 2020 (only what was found)",
    },
    "budget_fragments_intro": {
        "ko": "2021년 이후에는 계정별 예산 전체를 찾지 못했습니다. 지역지원계정, 세종특별자치시계정, 지역자율계정의 "
        "시·도/시·군·구 구분은 2021–2026년 수치가 없습니다. 아래는 "
        "출처가 있는 단편 수치이며 단계(정부안·예산 추정)를 표시합니다. 회색 배경은 2021년 이후입니다.",
        "en": "No full account breakdown was found for 2021 onward: there is no figure for the Local Support "
        "Account, the Sejong account or the split of the Local Autonomous Account in 2021–2026. Below are the "
        "sourced fragments, each marked by stage (bill, budget inferred). The grey background marks 2021 "
        "onward.",
    },
    "budget_fragments_jeju_title": {"ko": "제주특별자치도계정, 2015–2026", "en": "Jeju account, 2015–2026"},
    "budget_fragments_la_title": {"ko": "지역자율계정, 2015–2026", "en": "Local Autonomous Account, 2015–2026"},
    "budget_fragments_jeju_note": {
        "ko": "2021년 이후는 제주도가 집계한 수치입니다. 2021년은 두 출처(2,403억 원, 2,111억 원)가 달라 둘 다 "
        "표시했습니다. 2023년 수치는 없습니다. 2024년 "
        "자율편성사업(2,439억 원)은 계정의 일부라 제외했습니다.",
        "en": "From 2021 the figures are Jeju Province's own tallies. For 2021 two sources disagree (KRW 240.3 bn "
        "and 211.1 bn); both are shown. No 2023 figure. The 2024 province-programmed part (KRW 243.9 bn) is "
        "only part of the account and is left out.",
    },
    "budget_fragments_la_note": {
        "ko": "2025·2026년은 ‘포괄보조사업’ 규모로 2차 자료(요약 기사)에서 나온 반올림 값이며, 2026년은 "
        "정부안입니다. 2015–2020년 소계와 범위가 같은지는 확인되지 "
        "않았습니다. 정부안 이전 계획치(2026년 10조 원)는 그리지 않았습니다.",
        "en": "2025 and 2026 are rounded block-grant figures from secondary summaries; 2026 is the government bill. "
        "Whether they cover the same scope as the 2015–2020 sub-total is not confirmed. The pre-bill plan "
        "figure (10 tn for 2026) is not drawn.",
    },
    "budget_fragments_alt": {
        "ko": "{account}: 2015–2020년 정확한 값과 2021년 이후 {n}개 단편 수치({years})를 정밀도별 기호로 표시했습니다.",
        "en": "{account}: exact figures for 2015–2020 and {n} later fragments ({years}), each with a symbol for its "
        "precision.",
    },
    # 9. Structure
    "budget_structure_heading": {"ko": "균특회계의 구조", "en": "Structure of the Special Account"},
    "budget_structure_title": {
        "ko": "계정 × 편성방식 (사업 유형 ①–⑧)",
        "en": "Accounts × formulation method (project types ①–⑧)",
    },
    "budget_structure_unit": {"ko": "없음 (구조표)", "en": "none (structure table)"},
    "budget_structure_note": {
        "ko": "영문 원표를 옮긴 것입니다. 칸 안의 한국어는 번역이며, 계정 이름은 원문의 한국어 표 설명에서 "
        "가져왔습니다. ‘–’는 원표의 빈 칸입니다. ‘표’ 보기에서 영문 원문과 번역을 "
        "함께 볼 수 있습니다. 원표가 평면화되어 있어 ③(세종)과 ④·⑤(제주)는 두 자율편성 행에 걸친 것으로 보았습니다.",
        "en": "Transcribed from the English table on nabis.go.kr; the account names in Korean come from that "
        "page's Korean table caption, the Korean cell texts are translations. '–' marks the page's empty cells. "
        "The Table view shows the English text and the Korean translation side by side. The page's table is flattened: "
        "③ (Sejong) and ④/⑤ (Jeju) are read as spanning both 'formulated autonomously' rows.",
    },
    "budget_structure_alt": {
        "ko": "계정 4개(지역자율, 지역지원, 세종, 제주)와 편성방식(자치단체 자율편성: 시·도 / 시·군·구, 부처 "
        "직접편성)의 표입니다. 지역자율계정은 ①시·도 ②시·군·구 자율편성, "
        "지역지원계정은 ⑥부처 편성, 세종계정은 ③자율편성과 ⑦부처 편성, 제주계정은 ④자율편성, ⑤특별지방행정기관 이관 "
        "사무 경비, ⑧부처 편성으로 이루어집니다.",
        "en": "A table of the four accounts (Local Autonomous, Local Support, Sejong, Jeju) by formulation method "
        "(autonomously by local governments: cities and provinces / Si-Gun-Gu; by government agencies). Local "
        "Autonomous: ① and ②, formulated autonomously; Local Support: ⑥ by government agencies; Sejong: ③ "
        "autonomous and ⑦ by agencies; Jeju: ④ autonomous, ⑤ expenses of transferred special local "
        "administrative agencies' work, ⑧ by agencies.",
    },
    "budget_structure_row_provinces": {
        "ko": "자치단체 자율편성: 시·도",
        "en": "Formulated autonomously by local governments: by Cities and Provinces",
    },
    "budget_structure_row_districts": {
        "ko": "자치단체 자율편성: 시·군·구",
        "en": "Formulated autonomously by local governments: by Districts, Cities and Provinces",
    },
    "budget_structure_row_government": {"ko": "부처 직접편성", "en": "Formulated by Government Agencies"},
    "budget_structure_corner_method": {"ko": "편성방식", "en": "Method"},
    "budget_structure_corner_account": {"ko": "계정", "en": "Account"},
    "budget_col_item": {"ko": "유형", "en": "Type"},
    "budget_col_method": {"ko": "편성방식", "en": "Formulation method"},
    "budget_col_text": {"ko": "내용", "en": "Text"},
    "budget_col_text_other": {"ko": "영문 원문", "en": "Korean (translation)"},
    "budget_method_autonomous_provinces": {
        "ko": "자치단체 자율편성 (시·도)",
        "en": "Autonomous, by cities and provinces",
    },
    "budget_method_autonomous_districts": {"ko": "자치단체 자율편성 (시·군·구)", "en": "Autonomous, by Si/Gun/Gu"},
    "budget_method_autonomous_both": {
        "ko": "자치단체 자율편성 (시·도 및 시·군·구 행에 걸침)",
        "en": "Autonomous (spans both rows)",
    },
    "budget_method_government": {"ko": "부처 직접편성", "en": "By government agencies"},
    # 10. Check and summary
    "budget_check_heading": {"ko": "검산: 합계와 계정의 일치", "en": "Check: totals reconcile with the accounts"},
    "budget_check_col_year": {"ko": "연도", "en": "Year"},
    "budget_check_col_total_krw_million": {"ko": "합계 (백만 원)", "en": "Total (KRW million)"},
    "budget_check_col_sum_of_four_accounts_krw_million": {
        "ko": "네 계정의 합 (백만 원)",
        "en": "Sum of the four accounts (KRW million)",
    },
    "budget_check_col_difference_total": {"ko": "차이 (합계 − 네 계정)", "en": "Difference (total − accounts)"},
    "budget_check_col_local_autonomous_krw_million": {
        "ko": "지역자율계정 (백만 원)",
        "en": "Local Autonomous Account (KRW million)",
    },
    "budget_check_col_sum_of_two_parts_krw_million": {
        "ko": "두 구성의 합 (백만 원)",
        "en": "Sum of its two parts (KRW million)",
    },
    "budget_check_col_difference_local_autonomous": {
        "ko": "차이 (소계 − 두 구성)",
        "en": "Difference (sub-total − parts)",
    },
    "budget_check_ok": {
        "ko": "{n}개 연도 모두 합계 = 네 계정의 합, 지역자율계정 소계 = 두 구성의 합입니다 (차이 0 백만 원).",
        "en": "In all {n} years, Total = the sum of the four accounts and the Local Autonomous sub-total = its two "
        "parts (difference KRW 0 million).",
    },
    "budget_check_fail": {
        "ko": "합계와 계정의 합이 맞지 않는 연도가 있습니다: {years}.",
        "en": "In some years the accounts do not add up to the total: {years}.",
    },
    "budget_summary_heading": {"ko": "요약", "en": "Summary"},
    "budget_summary_total": {
        "ko": "총액은 {y0}년 {v0}에서 {y1}년 {v1}로 {pct} 바뀌었습니다 (정확한 값, 명목).",
        "en": "The total went from {v0} in {y0} to {v1} in {y1}, {pct} (exact, nominal).",
    },
    "budget_summary_shift": {
        "ko": "2020년에 지역자율계정은 {la_delta} 줄고 지역지원계정은 {ls_delta} 늘었습니다. 지역지원계정 비중은 "
        "{ls_share_2019}에서 {ls_share_2020}로 "
        "올랐습니다 (원문: 자율계정 사업 3.5조 원 지방 이양).",
        "en": "In 2020 the Local Autonomous Account fell by {la_delta} and the Local Support Account rose by "
        "{ls_delta}; Local Support's share rose from {ls_share_2019} to {ls_share_2020} (nabis.go.kr: KRW 3.5 tn of "
        "autonomous projects transferred to the regions).",
    },
    "budget_summary_real": {
        "ko": "2020년 가격으로는 총액이 {y0}년 {r0}에서 {y1}년 {r1}입니다 (IMF 세계경제전망 GDP 디플레이터로 계산).",
        "en": "In 2020 prices the total went from {r0} in {y0} to {r1} in {y1} (deflated with the IMF WEO GDP "
        "deflator).",
    },
    "budget_summary_later": {
        "ko": "2020년 이후는 반올림·계산값·정부안 총액만 있습니다: {items}. 계정별 정확한 수치는 찾지 못했습니다.",
        "en": "After 2020 only rounded, derived or bill totals exist: {items}. No exact account figures were found.",
    },
    # The total in one glance (Overview metric; /present budget slide): components.views.budget.budget_story_text
    "budget_story_label": {"ko": "균특회계 총액 ({year}년 {stage})", "en": "Special Account total ({year} {stage})"},
    "budget_story_stage_exact": {"ko": "예산, 정확한 값", "en": "budget, exact"},
    "budget_story_stage_rounded_budget": {"ko": "예산", "en": "budget"},
    "budget_story_stage_rounded_historical": {"ko": "예산", "en": "budget"},
    "budget_story_stage_bill": {"ko": "정부안", "en": "government bill"},
    "budget_story_basis": {
        "ko": "{precision}. 가장 최근 예산: {budget_year}년 {budget_value} — {budget_precision}.",
        "en": "{precision}. Latest budget: {budget_value} in {budget_year} — {budget_precision}.",
    },
    "budget_story_transfer": {
        "ko": "{year}년 {total}(정확한 값, {previous_year}년 대비 {change})은 삭감이 아니라 이양입니다: 약 {stated} "
        "규모의 {account} 사업이 지방자치단체로 이양되어 그해 이 계정이 {account_change} 줄었습니다.",
        "en": "{year}: {total} (exact), {change} on {previous_year} — a transfer, not a cut: about {stated} of "
        "{account} projects were devolved to local governments, and the account fell by {account_change} that "
        "year.",
    },
    "budget_story_headline": {
        "ko": "균특회계 {value} ({year}년 {stage})",
        "en": "Special Account: {value} ({year} {stage})",
    },
    "budget_story_mark": {"ko": "지방 이양", "en": "devolved"},
    "budget_story_series": {"ko": "연도별 총액: {items}.", "en": "Totals by year: {items}."},
    "budget_story_series_item": {"ko": "{year}년 {value} · {precision}", "en": "{year} {value} · {precision}"},
    "budget_segment_local_support": {"ko": "지역지원", "en": "Support"},
    "budget_segment_local_autonomous": {"ko": "지역자율", "en": "Autonomous"},
    "budget_segment_local_autonomous_provinces": {"ko": "시·도", "en": "Provinces"},
    "budget_segment_local_autonomous_districts": {"ko": "시·군·구", "en": "Districts"},
    "budget_segment_sejong": {"ko": "세종", "en": "Sejong"},
    "budget_segment_jeju": {"ko": "제주", "en": "Jeju"},
}
