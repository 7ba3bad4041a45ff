"""Which place a figure is about: the document's own province or city, another province,
a city named with 'TP.', or the whole country. Places are lowercase ASCII slugs."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from qnplan.extract.text import fold

# The 63 provinces and centrally-run cities before the 2025 merger.
PROVINCES = (
    "An Giang", "Bà Rịa - Vũng Tàu", "Bắc Giang", "Bắc Kạn", "Bạc Liêu", "Bắc Ninh", "Bến Tre",
    "Bình Định", "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau", "Cần Thơ", "Cao Bằng",
    "Đà Nẵng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai",
    "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương", "Hải Phòng", "Hậu Giang",
    "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu", "Lâm Đồng",
    "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận",
    "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị",
    "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa",
    "Thừa Thiên Huế", "Hồ Chí Minh", "Tiền Giang", "Trà Vinh", "Tuyên Quang", "Vĩnh Long",
    "Vĩnh Phúc", "Yên Bái",
)
# The 34 provinces and cities from 1 July 2025 (Resolution 202/2025/QH15): all keep an older
# name except Huế, the former Thừa Thiên Huế.
PROVINCES_2025 = (
    "Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa",
    "Nghệ An", "Hà Tĩnh", "Cao Bằng", "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ",
    "Bắc Ninh", "Hưng Yên", "Hải Phòng", "Ninh Bình", "Quảng Trị", "Đà Nẵng", "Quảng Ngãi",
    "Gia Lai", "Khánh Hòa", "Lâm Đồng", "Đắk Lắk", "Hồ Chí Minh", "Đồng Nai", "Tây Ninh",
    "Cần Thơ", "Vĩnh Long", "Đồng Tháp", "Cà Mau", "An Giang",
)
# Other spellings seen in the press -> the official name (accents and 'Hoà/Hòa' fold away).
SPELLINGS = {
    "Thừa Thiên - Huế": "Thừa Thiên Huế", "TT-Huế": "Thừa Thiên Huế",
    "Bà Rịa-Vũng Tàu": "Bà Rịa - Vũng Tàu", "BR-VT": "Bà Rịa - Vũng Tàu",
    "Bà Rịa Vũng Tàu": "Bà Rịa - Vũng Tàu",
    "TP.HCM": "Hồ Chí Minh", "TPHCM": "Hồ Chí Minh", "TP HCM": "Hồ Chí Minh",
    "TP. HCM": "Hồ Chí Minh", "Sài Gòn": "Hồ Chí Minh",
    "Bắc Cạn": "Bắc Kạn", "Đắc Lắc": "Đắk Lắk", "Đăk Lăk": "Đắk Lắk", "Đắk Lăk": "Đắk Lắk",
    "Đăk Nông": "Đắk Nông", "Đắc Nông": "Đắk Nông", "Kontum": "Kon Tum",
}
# 'Huế' folds to the common word 'huệ' (a flower, a name): matched as written, and not as
# the tail of 'Thừa Thiên Huế'
_HUE = re.compile(r"(?<!Thiên )(?<!Thiên - )(?<!TT-)(?<!\w)Huế(?!\w)")
NATION = "vietnam"
# the whole country; 'chuẩn quốc gia' (a standard) and 'trọng điểm quốc gia' are not places
_NATIONAL = re.compile(r"\b(?:ca nuoc|toan quoc|(?<!chuan )(?<!diem )(?<!trinh )quoc gia)\b")
# a reference back to the document's own place ('toàn tỉnh', 'của Thành phố')
_OWN = re.compile(r"\b(?:toan tinh|cua tinh|toan thanh pho|cua thanh pho|thanh pho\b(?! [A-Z]))")


# 'hội nghị ... tại TP Hạ Long': where an event is held, not what its figures are about
_AT = re.compile(r"\b(?:tai|o)\s*$")
_EVENT = re.compile(r"\b(?:hoi nghi|ky hop|hoi thao|dien dan|hop bao|buoi lam viec|le|"
                    r"khai mac|be mac|to chuc|dien ra|trien khai|cuoc hop|phien hop)\b")


def _venue(folded: str, start: int) -> bool:
    """Whether the place named at `start` is where an event is held ('tại TP Hạ Long' in a
    sentence about a meeting)."""
    if not _AT.search(folded, max(0, start - 6), start):
        return False
    begin = max(folded.rfind(". ", 0, start), folded.rfind("\n", 0, start), start - 160, 0)
    end = folded.find(". ", start)
    end = min(end if end >= 0 else len(folded), start + 160)
    return bool(_EVENT.search(folded, begin, end))


def _capitalised(name: str) -> bool:
    """A place name as written: every word capitalised ('Hòa Bình', not 'hòa bình' = peace)."""
    return all(w[0].isupper() for w in re.findall(r"[^\W\d_]+", name))


def slug(name: str) -> str:
    """'Bà Rịa - Vũng Tàu' -> 'ba-ria-vung-tau'."""
    return "-".join(re.findall(r"[a-z0-9]+", fold(name)))


@cache
def _province_names() -> dict[str, str]:
    """Every folded spelling of a province -> its slug."""
    names = {fold(p): slug(p) for p in (*PROVINCES, *PROVINCES_2025) if p != "Huế"}
    names.update((fold(v), slug(p)) for v, p in SPELLINGS.items())
    return names


@cache
def _province_pattern() -> re.Pattern[str]:
    names = sorted(_province_names(), key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n in names) + r")(?!\w)")


def without_places(phrase: str) -> str:
    """The phrase with province names cut out: a place is not what a figure measures."""
    cuts = [m.span() for m in _province_pattern().finditer(fold(phrase))]
    for a, b in reversed(cuts):
        phrase = phrase[:a] + phrase[b:]
    return phrase


class Gazetteer:
    """Place mentions in one document, found on its folded text (offsets unchanged)."""

    def __init__(self, text: str) -> None:
        folded = fold(text)
        self.mentions: list[tuple[int, int, str]] = []  # (start, end, slug or 'own')
        for m in _province_pattern().finditer(folded):
            if _capitalised(text[m.start():m.end()]):  # 'biên giới hòa bình' is no province
                self.mentions.append((m.start(), m.end(), _province_names()[m.group(1)]))
        for m in _HUE.finditer(text):
            self.mentions.append((m.start(), m.end(), "hue"))
        # cities, towns, districts and (since 2025, with no districts) communes and wards
        for m in re.finditer(r"\b(?:tp\.?|thanh pho|thi xa|huyen|thi tran|phuong|xa|dac khu) ",
                             folded):
            name = re.match(r"((?:[A-ZĐ]\w*)(?: [A-ZĐ]\w*){0,2})", text[m.end():])
            if name:
                self.mentions.append((m.start(), m.end() + name.end(), slug(name.group(1))))
        for m in _NATIONAL.finditer(folded):
            self.mentions.append((m.start(), m.end(), NATION))
        for m in _OWN.finditer(folded):
            self.mentions.append((m.start(), m.end(), "own"))
        self.mentions = [m for m in self.mentions if not _venue(folded, m[0])]
        self.mentions.sort()
        self.own = self._own_place(folded)

    def _own_place(self, folded: str) -> str | None:
        """The province named most often; a city instead when its bare name is said more."""
        counts = Counter(s for _, _, s in self.mentions if s not in (NATION, "own"))
        if not counts:
            return None
        best, most = counts.most_common(1)[0]
        provinces = set(_province_names().values())
        named = Counter({p: n for p, n in counts.items() if p in provinces})
        if len(named) >= 4 and named.most_common(1)[0][1] < 0.3 * named.total():
            # a list of many provinces, none of them the subject: a national (or regional) text
            national = any(s == NATION for _, _, s in self.mentions)
            return NATION if national else None
        cities = [p for p, _ in counts.most_common() if p not in provinces][:20]
        for place in cities:
            bare = len(re.findall(r"\b" + place.replace("-", " ") + r"\b", folded))
            if bare > most:
                best, most = place, bare
        return best

    def place_before(self, start: int, end: int) -> str | None:
        """The nearest place named between start and end (own references resolved)."""
        found = None
        for a, b, s in self.mentions:
            if a >= start and b <= end:
                found = s
        if found == "own":
            return self.own
        return found


def place_in_address(url: str | None) -> str | None:
    """The province an address names, for a text that names none: a provincial paper's host
    ('baobinhduong.vn') or a slug in its path ('/binh-duong-thu-ngan-sach-...')."""
    if not url:
        return None
    low = fold(url).lower()
    host, _, path = re.sub(r"^\w+://", "", low).partition("/")
    for name in sorted(set(_province_names().values()), key=len, reverse=True):
        if name.replace("-", "") in host.replace("-", "") or re.search(
                rf"(?<![a-z]){re.escape(name)}(?![a-z])", path):
            return name
    return None
