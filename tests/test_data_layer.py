"""The data layer: every dataset loads and validates; the seed budget is exact; bad files are named precisely."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from data.budget import special_account_long
from data.datasets import csv_datasets, manifest, read_dataset
from data.population import capital_region_share, resident_population
from data.relocation import institutions_with_place
from data.validation import DatasetError
from tests.conftest import source_document

# The seed table (KRW million), 2015..2020, typed in again here on purpose: the test must not read the CSV it checks.
SEED_TABLE = {
    "total": [10_338_940, 9_973_926, 9_462_271, 9_889_905, 10_748_531, 9_232_811],
    "local_support": [5_368_589, 4_918_356, 4_728_768, 4_203_522, 4_760_211, 6_613_132],
    "local_autonomous": [4_498_064, 4_590_081, 4_304_873, 5_264_103, 5_548_288, 2_313_150],
    "local_autonomous_provinces": [2_808_074, 2_862_799, 2_914_059, 3_530_440, 3_720_106, 1_192_590],
    "local_autonomous_districts": [1_689_990, 1_727_282, 1_390_814, 1_733_663, 1_828_182, 1_120_560],
    "sejong": [102_218, 103_694, 102_649, 100_428, 103_496, 72_808],
    "jeju": [370_069, 361_795, 325_981, 321_852, 336_536, 233_721],
}


def test_every_manifest_entry_is_complete():
    required = {"title", "publisher", "source_urls", "license", "unit", "vintage", "caveats", "file"}
    for dataset_id, entry in manifest().items():
        assert required <= entry.keys(), dataset_id
        assert entry["title"]["ko"] and entry["title"]["en"], dataset_id
        assert entry["source_urls"] and all(url.startswith("http") for url in entry["source_urls"]), dataset_id
        assert entry["caveats"], dataset_id


@pytest.mark.parametrize("dataset_id", csv_datasets())
def test_every_csv_dataset_validates(dataset_id):
    frame = read_dataset(dataset_id)
    assert len(frame) > 0


def test_seed_budget_reproduces_all_42_figures_exactly():
    budget = read_dataset("special_account_budget")
    assert len(budget) == 42
    for account, values in SEED_TABLE.items():
        got = budget[budget["account_id"] == account].sort_values("year")["amount_krw_million"].tolist()
        assert got == values, account


def test_seed_budget_matches_the_seed_document_text():
    text = source_document("nabis_projects_and_budget")
    labels = {
        "total": "Total",
        "local_support": "Local Support Account",
        "local_autonomous": "Local Autonomous Account Sub-total",
        "local_autonomous_provinces": "By Cities and Provinces",
        "local_autonomous_districts": "By Si, Gun, Gu(Lower level local government)",
        "sejong": "Sejong Special Self-Governing City Account",
        "jeju": "Jeju Special Self-Governing Province Account",
    }
    for account, label in labels.items():
        line = next(
            line for line in text.splitlines() if line.startswith(label + " ") and re.search(r"\d{2,},\d{3}", line)
        )
        numbers = [int(n.replace(",", "")) for n in re.findall(r"\d{1,3}(?:,\d{3})+", line)]
        assert numbers == SEED_TABLE[account], account


def test_totals_reconcile_with_accounts_every_year():
    wide = read_dataset("special_account_budget").pivot(index="year", columns="account_id", values="amount_krw_million")
    assert (wide["local_support"] + wide["local_autonomous"] + wide["sejong"] + wide["jeju"] == wide["total"]).all()
    assert (wide["local_autonomous_provinces"] + wide["local_autonomous_districts"] == wide["local_autonomous"]).all()


def test_shares_and_changes_are_derived_from_exact_amounts():
    frame = special_account_long(read_dataset("special_account_budget"))
    row = frame[(frame["year"] == 2020) & (frame["account_id"] == "local_support")].iloc[0]
    assert row["share_of_total_pct"] == pytest.approx(6_613_132 / 9_232_811 * 100)
    assert row["yoy_change_pct"] == pytest.approx((6_613_132 - 4_760_211) / 4_760_211 * 100)
    assert frame[frame["year"] == 2015]["yoy_change_pct"].isna().all()  # no 2014 in the seed: missing, not zero


def test_capital_region_share_crosses_50_percent_in_2019():
    population = resident_population(read_dataset("province_indicators"), read_dataset("population_2022_2024"))
    share = capital_region_share(population).set_index("year")["share_pct"]
    assert share[2018] < 50 < share[2019]
    assert share[2019] == pytest.approx(25_925_799 / 51_849_861 * 100)
    assert share.index.min() == 2014 and share.index.max() == 2024


def test_population_covers_17_provinces_every_year_and_sums_to_the_nation():
    population = resident_population(read_dataset("province_indicators"), read_dataset("population_2022_2024"))
    for year, group in population.groupby("year"):
        provinces = group[group["iso_code"] != "KR"]
        assert len(provinces) == 17, year
        assert provinces["population"].sum() == group.loc[group["iso_code"] == "KR", "population"].iloc[0], year


def test_institutions_are_placed_and_naju_has_16():
    institutions = institutions_with_place(read_dataset("institutions"), read_dataset("relocation_places"))
    assert institutions["place_id"].notna().all()
    assert (institutions["place_id"] == "IC03").sum() == 16
    assert (institutions["iso_code"] == "KR-50").sum() == 18
    official = read_dataset("relocation_totals").set_index("category")["count"]
    assert official["total"] == official["innovation_city"] + official["sejong"] + official["individual"] == 153


# --- corrupted files: each names file, line and column ------------------------------------


def _rewrite(path, transform):
    text = path.read_text(encoding="utf-8")
    path.write_text(transform(text), encoding="utf-8")


def test_missing_file_is_named(data_copy):
    (data_copy / "seed" / "special_account_budget_2015_2020.csv").unlink()
    with pytest.raises(DatasetError) as error:
        read_dataset("special_account_budget")
    assert "data/seed/special_account_budget_2015_2020.csv" in str(error.value)
    assert "missing" in str(error.value)


def test_non_number_names_line_and_column(data_copy):
    path = data_copy / "seed" / "special_account_budget_2015_2020.csv"
    _rewrite(path, lambda text: text.replace("2016,total,Total,합계,,9973926", "2016,total,Total,합계,,9.97조"))
    with pytest.raises(DatasetError) as error:
        read_dataset("special_account_budget")
    assert error.value.row == 3 and error.value.column == "amount_krw_million"
    assert "line 3" in str(error.value) and "amount_krw_million" in str(error.value)


def test_totals_that_do_not_add_up_are_rejected(data_copy):
    path = data_copy / "seed" / "special_account_budget_2015_2020.csv"
    _rewrite(
        path,
        lambda text: text.replace(
            "2018,jeju,Jeju Special Self-Governing Province Account,제주특별자치도계정,total,321852",
            "2018,jeju,Jeju Special Self-Governing Province Account,제주특별자치도계정,total,321853",
        ),
    )
    with pytest.raises(DatasetError) as error:
        read_dataset("special_account_budget")
    assert "2018" in error.value.message and error.value.column == "amount_krw_million"


def test_wrong_column_is_named(data_copy):
    path = data_copy / "cities" / "institutions.csv"
    _rewrite(path, lambda text: text.replace("destination_type", "dest_type", 1))
    with pytest.raises(DatasetError) as error:
        read_dataset("institutions")
    assert error.value.column == "destination_type"


def test_duplicate_key_names_the_second_line(data_copy):
    path = data_copy / "provinces.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(lines + [lines[1]]) + "\n", encoding="utf-8")
    with pytest.raises(DatasetError) as error:
        read_dataset("provinces")
    assert error.value.row == len(lines) + 1 and "duplicate" in error.value.message


def test_truncated_file_is_reported(data_copy):
    path = data_copy / "policy" / "province_profiles.csv"
    path.write_bytes(path.read_bytes()[:300])
    with pytest.raises(DatasetError) as error:
        read_dataset("province_profiles")
    assert "data/policy/province_profiles.csv" in str(error.value)


def test_unknown_code_is_not_allowed(data_copy):
    path = data_copy / "policy" / "population_2022_2024.csv"
    _rewrite(path, lambda text: text.replace("KR-46,", "KR-99,", 1))
    with pytest.raises(DatasetError) as error:
        read_dataset("population_2022_2024")
    assert error.value.column == "iso_code" and "KR-99" in error.value.message


def test_optional_empty_cells_stay_missing_not_zero():
    cities = read_dataset("innovation_cities")
    assert cities["centroid_lat"].isna().sum() == 6  # Busan, Daegu, Ulsan, Jinju, Jeju, Daejeon have no sourced point
    assert not (cities["centroid_lat"] == 0).any()
    assert isinstance(cities["centroid_lat"].dtype, pd.Float64Dtype)


# --- Issue 18 (6): every dataset names the specific table, release or article it came from --------------------

HOMEPAGES = {  # the bare homepages entries used to cite instead of a table, release or article
    "https://kosis.kr",
    "https://jumin.mois.go.kr",
    "https://www.balance.go.kr",
    "https://innocity.molit.go.kr/eng/",
    "https://sgis.kostat.go.kr",
    "https://github.com/southkorea/southkorea-maps",
}


def _is_homepage(url: str) -> bool:
    from urllib.parse import urlparse

    parts = urlparse(url)
    segments = [segment for segment in parts.path.split("/") if segment]
    github_repository_root = parts.netloc == "github.com" and len(segments) <= 2
    return url.rstrip("/") in {home.rstrip("/") for home in HOMEPAGES} or (
        not parts.query and (not segments or github_repository_root)
    )


def test_no_dataset_or_reference_cites_only_a_homepage():
    for dataset_id, entry in manifest().items():
        homepages = [url for url in entry["source_urls"] if _is_homepage(url)]
        assert not homepages, (dataset_id, homepages)
        assert entry.get("citation"), f"{dataset_id} has no citation"
    from data.datasets import manifest_references

    for reference in manifest_references():
        assert not _is_homepage(reference["url"]), reference["id"]
    assert _is_homepage("https://kosis.kr") and _is_homepage("https://github.com/southkorea/southkorea-maps")
    assert not _is_homepage("https://m.etnews.com/20220202000071")


def test_province_indicators_say_what_they_are_transcribed_from_and_what_was_checked():
    entry = manifest()["province_indicators"]
    assert entry["source_urls"][0] == "https://kosis.kr/statHtml/statHtml.do?orgId=101&tblId=DT_1B040A3"
    assert "public GitHub JS file (repository not identified)" in entry["publisher"]
    assert "KOSIS table DT_1B040A3" in entry["publisher"]
    caveats = " ".join(entry["caveats"])
    assert "The 2014–2018 provincial values were not compared with KOSIS or MOIS tables." in caveats
    assert "the 2019, 2020, 2021 and 2023 values match, province by province, the MOIS export" in caveats
    assert "dhtnals26/O" in manifest()["population_2022_2024"]["publisher"]


def test_the_municipality_code_table_in_geo_has_its_own_entry():
    from data.datasets import dataset_path, repository_path

    entry = manifest()["sigungu_codes"]
    assert entry["file"] == "../geo/source/sigungu_codes.csv" and entry["citation"]
    assert repository_path("sigungu_codes") == "geo/source/sigungu_codes.csv"
    codes = read_dataset("sigungu_codes")
    assert len(codes) == 229 and codes["code"].is_unique
    assert "sigungu_codes" in csv_datasets()
    assert dataset_path("sigungu_codes").parent.name == "source"


def test_a_file_outside_data_is_read_from_the_repository_even_with_a_redirected_data_folder(data_copy):
    assert len(read_dataset("sigungu_codes")) == 229  # geo/ is not part of the data copy
    (data_copy / "cities" / "institutions.csv").unlink()
    with pytest.raises(DatasetError):
        read_dataset("institutions")  # while data/ files do come from the copy


# --- Issue 18 (2), (5), (7): corrected data --------------------------------------------------------------------


def test_notes_show_the_employees_basis_and_disagreement():
    from pathlib import Path

    notes = (Path(__file__).resolve().parents[1] / "data" / "cities" / "NOTES.md").read_text(encoding="utf-8")
    assert "Sept 2021, total 40,331" not in notes
    assert "sum to 45,331" in notes and "**44,734**" in notes and "aid=1636457400728914005" in notes
    assert "Namdo Ilbo (namdonews.com, idxno=430273, 2017-03-15)" in notes
    reports = read_dataset("employee_count_reports").set_index(["report_id", "figure"])
    assert reports.loc[("etnews_2022", "printed_total"), "employees"].item() == 40_331
    assert reports.loc[("kwangju_ilbo_2021", "printed_total"), "employees"].item() == 44_734
    assert read_dataset("innovation_cities")["relocated_employees"].sum() == 45_331


def test_key_task_2_3_carries_its_own_order_note():
    seed = read_dataset("key_task_seed").set_index("task_id")
    assert seed.loc["2-2", "note"].startswith("Order: the nabis.go.kr English page lists this task 2nd in Space; the")
    assert seed.loc["2-3", "note"].startswith("Order: the nabis.go.kr English page lists this task 3rd in Space; the")
    assert "lists it 2nd" in seed.loc["2-3", "note"] and "lists it 3rd" in seed.loc["2-2", "note"]


def test_the_transfer_amount_is_a_number_in_the_seed_notes():
    changes = read_dataset("budget_changes").set_index("change_id")
    assert changes.loc["D", "stated_amount_krw_million"] == 3_500_000
    assert "KRW 3.5 trillion" in changes.loc["D", "text_en"]
    assert changes["stated_amount_krw_million"].isna().sum() == 3
