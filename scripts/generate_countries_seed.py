"""Write dbt/seeds/countries.csv (ISO 3166-1 alpha-3, English name, UN M49 region).

Run once when pycountry's ISO data changes; the CSV is committed so `dbt build` needs no
Python packages at build time. Regions are the five UN M49 regions (Africa, Americas, Asia,
Europe, Oceania); Antarctica has no M49 region and is written as 'Antarctica'. The script
fails if pycountry knows a country the mapping below does not place, so a new ISO code
cannot slip in without a region.

    .venv/bin/python scripts/generate_countries_seed.py
"""

from __future__ import annotations

import csv
from pathlib import Path

import pycountry

# UN M49 (https://unstats.un.org/unsd/methodology/m49/), grouped by region.
M49_REGIONS: dict[str, str] = {
    "Africa": """DZA EGY LBY MAR SDN TUN ESH IOT BDI COM DJI ERI ETH ATF KEN MDG MWI MUS MYT MOZ
        REU RWA SYC SOM SSD UGA TZA ZMB ZWE AGO CMR CAF TCD COG COD GNQ GAB STP BWA SWZ LSO
        NAM ZAF BEN BFA CPV CIV GMB GHA GIN GNB LBR MLI MRT NER NGA SHN SEN SLE TGO""",
    "Americas": """AIA ATG ABW BHS BRB BES VGB CYM CUB CUW DMA DOM GRD GLP HTI JAM MTQ MSR PRI
        BLM KNA LCA MAF VCT SXM TTO TCA VIR BLZ CRI SLV GTM HND MEX NIC PAN ARG BOL BVT BRA
        CHL COL ECU FLK GUF GUY PRY PER SGS SUR URY VEN BMU CAN GRL SPM USA""",
    "Asia": """KAZ KGZ TJK TKM UZB CHN HKG MAC PRK JPN MNG KOR TWN BRN KHM IDN LAO MYS MMR PHL
        SGP THA TLS VNM AFG BGD BTN IND IRN MDV NPL PAK LKA ARM AZE BHR CYP GEO IRQ ISR JOR
        KWT LBN OMN QAT SAU PSE SYR TUR ARE YEM""",
    "Europe": """BLR BGR CZE HUN POL MDA ROU RUS SVK UKR ALA DNK EST FRO FIN GGY ISL IRL IMN JEY
        LVA LTU NOR SJM SWE GBR ALB AND BIH HRV GIB GRC VAT ITA MLT MNE MKD PRT SMR SRB SVN
        ESP AUT BEL FRA DEU LIE LUX MCO NLD CHE""",
    "Oceania": """AUS CXR CCK HMD NZL NFK FJI NCL PNG SLB VUT GUM KIR MHL FSM NRU MNP PLW UMI
        ASM COK PYF NIU PCN WSM TKL TON TUV WLF""",
    "Antarctica": "ATA",
}

SEED_PATH = Path(__file__).resolve().parent.parent / "dbt" / "seeds" / "countries.csv"


def region_by_code() -> dict[str, str]:
    """alpha-3 → region name, from the grouped table above."""
    return {code: region for region, codes in M49_REGIONS.items() for code in codes.split()}


def main() -> None:
    regions = region_by_code()
    rows = []
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        if country.alpha_3 not in regions:
            raise SystemExit(f"no M49 region for {country.alpha_3} ({country.name}); add it to M49_REGIONS")
        # common_name ('Russia', 'Iran') reads better in a dashboard than the official ISO name.
        name = getattr(country, "common_name", None) or country.name
        rows.append((country.alpha_3, name, regions[country.alpha_3]))
    SEED_PATH.parent.mkdir(parents=True, exist_ok=True)
    with SEED_PATH.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["country_code", "name", "region"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} countries to {SEED_PATH}")


if __name__ == "__main__":
    main()
