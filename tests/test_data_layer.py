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
