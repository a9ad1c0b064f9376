"""Strings of the /sources page."""

STRINGS: dict[str, dict[str, str]] = {
    "sources_title": {"ko": "데이터와 출처", "en": "Data & sources"},
    "sources_intro": {
        "ko": "이 대시보드의 모든 수치는 아래 자료에서 옵니다. 각 자료의 발행기관, 링크, 이용 조건, 단위, 기준 "
        "시점과 유의사항을 밝히고, 원자료를 내려받을 수 있습니다.",
        "en": "Every figure in this dashboard comes from the datasets below. Each lists its publisher, links, "
        "licence, unit, vintage and caveats, and can be downloaded.",
    },
    "sources_filter": {"ko": "자료 찾기", "en": "Find a dataset"},
    "sources_filter_placeholder": {"ko": "예: 예산, 혁신도시, population", "en": "e.g. budget, institutions, 인구"},
    "sources_publisher": {"ko": "발행·출처", "en": "Publisher"},
    "sources_links": {"ko": "링크", "en": "Links"},
    "sources_license": {"ko": "이용 조건", "en": "Licence"},
    "sources_unit": {"ko": "단위", "en": "Unit"},
    "sources_vintage": {"ko": "기준 시점", "en": "Vintage"},
    "sources_caveats": {"ko": "유의사항", "en": "Caveats"},
    "sources_rows": {"ko": "{n:,}행 · 파일 {file}", "en": "{n:,} rows · file {file}"},
    "sources_geo_rows": {"ko": "GeoJSON 경계 · 파일 {file}", "en": "GeoJSON boundaries · file {file}"},
    "sources_preview": {"ko": "미리 보기 (처음 20행)", "en": "Preview (first 20 rows)"},
    "sources_none": {"ko": "찾는 자료가 없습니다.", "en": "No dataset matches."},
    "sources_font": {
        "ko": "글꼴: Pretendard GOV (SIL Open Font License 1.1), 앱과 함께 제공되어 인터넷 없이 표시됩니다.",
        "en": "Font: Pretendard GOV (SIL Open Font License 1.1), bundled with the app so it works offline.",
    },
    "sources_method": {
        "ko": "원칙: 수치를 지어내거나 채워 넣거나 말없이 반올림하지 않습니다. 없는 값은 ‘자료 없음’으로, 불확실한 "
        "행은 표시하거나 제외하며, 계산한 값은 계산 방법을 밝힙니다.",
        "en": "Rules: no figure is invented, filled in or silently rounded. Missing values are shown as missing, "
        "uncertain rows are labelled or left out, and derived figures say how they were derived.",
    },
    "sources_references_heading": {"ko": "페이지가 인용한 문서", "en": "Documents the pages cite"},
    "sources_references_intro": {
        "ko": "자료 파일 외에 페이지가 직접 인용하는 보도자료와 기사입니다.",
        "en": "Press releases and articles the pages cite besides the datasets above.",
    },
    "sources_cited_on": {"ko": "인용한 페이지: {pages}", "en": "cited on: {pages}"},
}
