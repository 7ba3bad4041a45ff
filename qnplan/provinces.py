"""The 34 provinces and centrally-run cities of Vietnam from 1 July 2025 (Resolution
202/2025/QH15), by the slug a data folder names its province with (settings.yaml)."""

from __future__ import annotations

PROVINCES: dict[str, str] = {
    "ha-noi": "Hà Nội",
    "hue": "Huế",
    "lai-chau": "Lai Châu",
    "dien-bien": "Điện Biên",
    "son-la": "Sơn La",
    "lang-son": "Lạng Sơn",
    "quang-ninh": "Quảng Ninh",
    "thanh-hoa": "Thanh Hóa",
    "nghe-an": "Nghệ An",
    "ha-tinh": "Hà Tĩnh",
    "cao-bang": "Cao Bằng",
    "tuyen-quang": "Tuyên Quang",
    "lao-cai": "Lào Cai",
    "thai-nguyen": "Thái Nguyên",
    "phu-tho": "Phú Thọ",
    "bac-ninh": "Bắc Ninh",
    "hung-yen": "Hưng Yên",
    "hai-phong": "Hải Phòng",
    "ninh-binh": "Ninh Bình",
    "quang-tri": "Quảng Trị",
    "da-nang": "Đà Nẵng",
    "quang-ngai": "Quảng Ngãi",
    "gia-lai": "Gia Lai",
    "khanh-hoa": "Khánh Hòa",
    "lam-dong": "Lâm Đồng",
    "dak-lak": "Đắk Lắk",
    "ho-chi-minh": "Hồ Chí Minh",
    "dong-nai": "Đồng Nai",
    "tay-ninh": "Tây Ninh",
    "can-tho": "Cần Thơ",
    "vinh-long": "Vĩnh Long",
    "dong-thap": "Đồng Tháp",
    "ca-mau": "Cà Mau",
    "an-giang": "An Giang",
}
# A folder without settings.yaml is Quảng Ninh's: every folder made before the setting was.
DEFAULT_PROVINCE = "quang-ninh"


def place_name(slug: str) -> str:
    """The province's name for its slug; any other place's slug as it is."""
    return PROVINCES.get(slug, slug)
