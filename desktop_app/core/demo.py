"""Synthetic participants for demos, tests and benchmarks.

Everything is made up from the word lists in `resources/demo` (see its README) and the real region codes
in `resources/regions`, so the records look like a registration drive in Malang Raya: mostly laid-off
cigarette workers (most of them women), NIKs that agree with the birth date and gender, Kemendagri village
codes, Indonesian mobile numbers, and registration times in office hours, officer by officer.

Pure Python and deterministic: the same seed and arguments give the same records, on any machine and any
day (one `random.Random(seed)`, never the global generator or the clock).
"""

from __future__ import annotations

import json
from bisect import bisect
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from itertools import accumulate
from random import Random
from typing import Any, Generic, TypeVar

from desktop_app.core.nik import make_nik
from desktop_app.core.regions import regions
from desktop_app.core.resources import resource_path

T = TypeVar("T")

KOTA_MALANG, KABUPATEN_MALANG, KOTA_BATU = "35.73", "35.07", "35.79"
# Where participants live (the office's own city first); the NIK region is another matter (see `person`).
CITY_WEIGHTS: tuple[tuple[str, float], ...] = ((KOTA_MALANG, 75), (KABUPATEN_MALANG, 18), (KOTA_BATU, 7))
# Kecamatan of Kabupaten Malang around the city and its cigarette factories draw more participants.
FACTORY_KECAMATAN: frozenset[str] = frozenset(
    "35.07." + k for k in ("09", "10", "13", "14", "15", "16", "18", "19", "21", "22", "23", "24", "25")
)
CATEGORY_WEIGHTS: tuple[tuple[str, float], ...] = (
    ("phk", 45),
    ("buruh_aktif", 15),
    ("keluarga_buruh", 15),
    ("warga_sekitar", 18),
    ("umum", 7),
)
# Hand-rolled kretek is mostly women's work; husbands and grown-up children come as family.
FEMALE_SHARE: dict[str, float] = {
    "phk": 0.85,
    "buruh_aktif": 0.80,
    "keluarga_buruh": 0.45,
    "warga_sekitar": 0.60,
    "umum": 0.50,
}
# Age bands (first, last, weight) at registration: 18-58, mostly 25-50.
AGE_BANDS: dict[str, tuple[tuple[int, int, float], ...]] = {
    "phk": ((18, 24, 5), (25, 50, 78), (51, 58, 17)),
    "keluarga_buruh": ((18, 24, 35), (25, 50, 58), (51, 58, 7)),
    "default": ((18, 24, 10), (25, 50, 80), (51, 58, 10)),
}
EDUCATION_WEIGHTS_YOUNG: tuple[tuple[str, float], ...] = (
    ("tidak_sekolah", 0.5),
    ("belum_tamat_sd", 1.5),
    ("sd", 12),
    ("sltp", 28),
    ("slta", 46),
    ("d1_d2", 3),
    ("d3", 3),
    ("s1_d4", 6),
    ("s2", 0.2),
)
EDUCATION_WEIGHTS_OLDER: tuple[tuple[str, float], ...] = (
    ("tidak_sekolah", 3),
    ("belum_tamat_sd", 7),
    ("sd", 35),
    ("sltp", 27),
    ("slta", 23),
    ("d1_d2", 2),
    ("d3", 1),
    ("s1_d4", 2),
)
YOUNG_UNTIL = 35
# Mobile prefixes after +62 (Telkomsel is the biggest network in East Java) and the digits that follow.
PHONE_PREFIX_WEIGHTS: tuple[tuple[str, float], ...] = (
    *((p, 6.0) for p in ("811", "812", "813", "821", "822", "823", "851", "852", "853")),
    *((p, 3.5) for p in ("814", "815", "816", "855", "856", "857", "858")),
    *((p, 2.5) for p in ("817", "818", "819", "859", "877", "878")),
    *((p, 1.0) for p in ("831", "832", "833", "838")),
    *((p, 2.0) for p in ("895", "896", "897", "898", "899")),
    *((p, 0.6) for p in ("881", "882", "883", "884", "885", "886", "887", "888")),
)
PHONE_TAIL_LENGTH_WEIGHTS: tuple[tuple[int, float], ...] = ((7, 10), (8, 70), (9, 20))
ROMAN_WEIGHTS: tuple[tuple[str, float], ...] = (
    ("I", 20),
    ("II", 18),
    ("III", 15),
    ("IV", 12),
    ("V", 10),
    ("VI", 8),
    ("VII", 6),
    ("VIII", 5),
    ("IX", 3),
    ("X", 3),
)
# Long first names that men often write short.
ABBREVIATED: dict[str, tuple[str, ...]] = {
    "Muhammad": ("M.", "Moch.", "Moh."),
    "Mochamad": ("M.", "Moch."),
    "Mohammad": ("M.", "Moh."),
}
# Names that are almost never a person's whole name.
NEEDS_SECOND_WORD: frozenset[str] = frozenset(
    {"Muhammad", "Mohammad", "Mochamad", "Achmad", "Ahmad", "Abdul", "Nur", "Nurul", "Siti", "Lailatul", "Binti"}
)

SHARE_NO_PHONE = 0.08
SHARE_NO_KK = 0.07
SHARE_KK_FROM_NIK_REGION = 0.15
SHARE_NIK_ELSEWHERE = 0.10  # NIK first issued in another kabupaten/kota of East Java
SHARE_NOTES = 0.03
SHARE_PHK_DATE_UNKNOWN = 0.05
SHARE_PHK_IN_WAVE = 0.75  # laid off in one of the employer's mass lay-offs
PHK_MAX_DAYS = 540  # about 18 months before registering
KK_EARLIEST_ORDINAL = date(2006, 1, 1).toordinal()
PER_OFFICER_DAY = (25, 60)
WORKDAY = (8 * 3600, 16 * 3600)
SATURDAY = (8 * 3600, 12 * 3600)
EARLY_SECONDS, LATE_SECONDS = 1800, 5400  # before opening, after closing
SHARE_OUT_OF_HOURS = 0.06
SHARE_SATURDAY_OPEN, SHARE_SUNDAY_OPEN = 0.3, 0.05
DAYS_PER_YEAR = 365.25
UTC_OFFSET = "+07:00"  # Asia/Jakarta (WIB), no daylight saving


class _Weighted(Generic[T]):
    """Pick from fixed items with fixed relative weights (faster than `Random.choices` for one pick)."""

    __slots__ = ("_cumulative", "_items", "_total")

    def __init__(self, pairs: Iterable[tuple[T, float]]) -> None:
        kept = [(item, float(weight)) for item, weight in pairs if weight > 0]
        if not kept:
            raise ValueError("nothing to pick from")
        self._items = tuple(item for item, _ in kept)
        self._cumulative = list(accumulate(weight for _, weight in kept))
        self._total = self._cumulative[-1]

    def pick(self, random: Callable[[], float]) -> T:
        """One item; `random` is a bound `Random.random`."""
        return self._items[bisect(self._cumulative, random() * self._total)]


@dataclass(frozen=True)
class _Words:
    given: dict[str, tuple[str, ...]]  # by gender
    parts: dict[str, tuple[str, ...]]  # by gender
    kota_malang_streets: tuple[str, ...]
    kota_batu_streets: tuple[str, ...]
    kabupaten_streets: tuple[str, ...]
    gangs: tuple[str, ...]
    dusun: tuple[str, ...]
    birth_places: _Weighted[str]
    # (birth place, kabupaten/kota code "3505") for people whose NIK was first issued elsewhere
    elsewhere: _Weighted[tuple[str, str]]
    employers: _Weighted[str]
    employer_names: tuple[str, ...]
    notes: tuple[str, ...]


def _lines(name: str) -> tuple[str, ...]:
    text = resource_path("demo", name).read_text(encoding="utf-8")
    stripped = (line.strip() for line in text.splitlines())
    return tuple(line for line in stripped if line and not line.startswith("#"))


def _json(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resource_path("demo", name).read_text(encoding="utf-8"))
    return data


@lru_cache(maxsize=1)
def _words() -> _Words:
    addresses = _json("addresses.json")
    places = _json("birth_places.json")
    weights: dict[str, float] = places["weights"]
    employers: dict[str, float] = _json("employers.json")["weights"]
    elsewhere = [
        ((place, code.replace(".", "")), weights[place] / len(codes))
        for place, codes in places["nik_kabkota"].items()
        for code in codes
    ]
    return _Words(
        given={"P": _lines("names_female.txt"), "L": _lines("names_male.txt")},
        parts={"P": _lines("name_parts_female.txt"), "L": _lines("name_parts_male.txt")},
        kota_malang_streets=tuple(addresses["kota_malang_streets"]),
        kota_batu_streets=tuple(addresses["kota_batu_streets"]),
        kabupaten_streets=tuple(addresses["kabupaten_malang_streets"]),
        gangs=tuple(addresses["gang_names"]),
        dusun=tuple(addresses["dusun_names"]),
        birth_places=_Weighted(weights.items()),
        elsewhere=_Weighted(elsewhere),
        employers=_Weighted(employers.items()),
        employer_names=tuple(employers),
        notes=_lines("notes.txt"),
    )


@dataclass(frozen=True)
class _Village:
    code: str  # "35.73.05.1002"
    name: str
    city: str  # "35.73"
    kecamatan6: str  # "357305": NIK digits 1-6
    kecamatan_name: str


@lru_cache(maxsize=1)
def _villages() -> dict[str, tuple[_Village, ...]]:
    index = regions()
    result: dict[str, tuple[_Village, ...]] = {}
    for city, _ in CITY_WEIGHTS:
        villages = []
        for code in index.village_codes(city):
            kecamatan = index.kecamatan_of(code)
            if kecamatan is None:  # pragma: no cover - the shipped list is complete
                continue
            villages.append(
                _Village(code, index.by_code[code].name, city, kecamatan.code.replace(".", ""), kecamatan.name)
            )
        result[city] = tuple(villages)
    return result


class _Generator:
    """One run of `generate_participants`: the random stream, the pickers and the NIKs already used.

    Draws go through `self.random` (one bound `Random.random`) and the small helpers below: they are
    several times faster than `randint`/`choice`, which matters at 100,000 records.
    """

    def __init__(
        self,
        rng: Random,
        program_codes: Sequence[str],
        officers: Sequence[str],
        start: date,
        days: int,
        today: date,
    ) -> None:
        self.rng = rng
        self.random = rng.random
        self.officers = tuple(officers)
        self.start = start
        self.days = days
        self.today = today
        self.words = _words()
        self.used_niks: set[str] = set()
        self.cities = _Weighted(CITY_WEIGHTS)
        self.categories = _Weighted(CATEGORY_WEIGHTS)
        self.age_bands = {key: _Weighted(((a, b), w) for a, b, w in bands) for key, bands in AGE_BANDS.items()}
        self.education_young = _Weighted(EDUCATION_WEIGHTS_YOUNG)
        self.education_older = _Weighted(EDUCATION_WEIGHTS_OLDER)
        self.phone_prefixes = _Weighted(PHONE_PREFIX_WEIGHTS)
        self.phone_tails = _Weighted(PHONE_TAIL_LENGTH_WEIGHTS)
        self.romans = _Weighted(ROMAN_WEIGHTS)
        # Uneven interest: the first programs of the list draw the most people.
        self.programs = _Weighted((code, 1.0 / (1.0 + 0.6 * i)) for i, code in enumerate(program_codes))
        # Some kelurahan/desa send many more people than others (this run's own mix).
        self.villages = {
            city: _Weighted(
                (v, rng.uniform(0.3, 2.0) * (3.0 if v.code[:8] in FACTORY_KECAMATAN else 1.0)) for v in villages
            )
            for city, villages in _villages().items()
        }
        # Each factory laid people off in one to three waves over the last year and a half.
        first_wave = start.toordinal() - PHK_MAX_DAYS
        span = start.toordinal() + days - first_wave
        self.waves = {
            employer: tuple(first_wave + rng.randrange(span) for _ in range(rng.randint(1, 3)))
            for employer in self.words.employer_names
        }
        # The day being generated (set by `run`).
        self.day = start
        self.day_iso = start.isoformat()
        self.day_ordinal = self.latest_ordinal = start.toordinal()

    def between(self, low: int, high: int) -> int:
        """A whole number from low to high, both included."""
        return low + int(self.random() * (high - low + 1))

    def one(self, items: Sequence[T]) -> T:
        return items[int(self.random() * len(items))]

    # -- schedule -------------------------------------------------------------------------------------

    def schedule(self, n: int) -> dict[int, list[tuple[int, int]]]:
        """Day offset -> (officer, how many people) for every officer-day on which someone registers."""
        rng = self.rng
        open_days = []
        for offset in range(self.days):
            weekday = (self.start + timedelta(days=offset)).weekday()
            if (
                weekday < 5
                or (weekday == 5 and rng.random() < SHARE_SATURDAY_OPEN)
                or (weekday == 6 and rng.random() < SHARE_SUNDAY_OPEN)
            ):
                open_days.append(offset)
        if not open_days:  # a short window over a weekend: a special event
            open_days.append(0)
        slots = [(day, officer) for day in open_days for officer in range(len(self.officers))]
        rng.shuffle(slots)
        chosen: list[list[int]] = []
        remaining = n
        for day, officer in slots:
            if remaining <= 0:
                break
            count = min(remaining, rng.randint(*PER_OFFICER_DAY))
            chosen.append([day, officer, count])
            remaining -= count
        # More people than the officers manage at a normal pace: everyone works harder.
        for i in range(remaining):
            chosen[i % len(chosen)][2] += 1
        per_day: dict[int, list[tuple[int, int]]] = {}
        for day, officer, count in sorted(chosen):
            per_day.setdefault(day, []).append((officer, count))
        return per_day

    def times(self, count: int) -> list[int]:
        """Seconds after midnight: office hours mostly, a few early birds and late arrivals."""
        random, between = self.random, self.between
        low, high = SATURDAY if self.day.weekday() >= 5 else WORKDAY
        result = []
        for _ in range(count):
            if random() < SHARE_OUT_OF_HOURS:
                if random() < 0.5:
                    result.append(between(low - EARLY_SECONDS, low - 1))
                else:
                    result.append(between(high, high + LATE_SECONDS - 1))
            else:
                result.append(between(low, high - 1))
        return result

    # -- one person -----------------------------------------------------------------------------------

    def person(self, seconds: int, officer: str) -> dict[str, Any]:
        random = self.random
        category = self.categories.pick(random)
        gender = "P" if random() < FEMALE_SHARE[category] else "L"
        first_age, last_age = self.age_bands.get(category, self.age_bands["default"]).pick(random)
        # Whole days between birth and registration that give exactly first_age..last_age years.
        lived = self.between(int(first_age * DAYS_PER_YEAR) + 2, int((last_age + 1) * DAYS_PER_YEAR) - 2)
        day = self.day
        birth = date.fromordinal(self.day_ordinal - lived)
        age = day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))
        village = self.villages[self.cities.pick(random)].pick(random)

        if random() < SHARE_NIK_ELSEWHERE:
            birth_place, kabkota = self.words.elsewhere.pick(random)
            top = 20 if kabkota < "3571" or kabkota == "3578" else 3
            nik_region = f"{kabkota}{self.between(1, top):02d}"
        else:
            birth_place = self._birth_place(village)
            nik_region = village.kecamatan6

        employer = phk_date = None
        if category == "phk":
            employer = self.words.employers.pick(random)
            if random() >= SHARE_PHK_DATE_UNKNOWN:
                phk_date = self._phk_date(employer)

        hours, rest = divmod(seconds, 3600)
        registered_at = f"{self.day_iso}T{hours:02d}:{rest // 60:02d}:{rest % 60:02d}{UTC_OFFSET}"
        city_size = 12 if village.city == KOTA_MALANG else 8
        return {
            "nik": self._nik(nik_region, birth, gender),
            "kk_number": None if random() < SHARE_NO_KK else self._kk(village, nik_region, birth),
            "full_name": self._name(gender, age),
            "birth_place": birth_place,
            "birth_date": birth.isoformat(),
            "gender": gender,
            "address": self._address(village),
            "rt": f"{1 + int(random() ** 1.5 * city_size):03d}",
            "rw": f"{1 + int(random() ** 1.5 * (city_size - 2)):03d}",
            "kelurahan_code": village.code,
            "phone": None if random() < SHARE_NO_PHONE else self._phone(),
            "education": (self.education_young if age < YOUNG_UNTIL else self.education_older).pick(random),
            "category": category,
            "former_employer": employer,
            "phk_date": phk_date,
            "program_code": self.programs.pick(random),
            "consent": True,
            "consent_at": registered_at,
            "photo": None,
            "notes": self.one(self.words.notes) if random() < SHARE_NOTES else None,
            "registered_by": officer,
            "registered_at": registered_at,
        }

    def _birth_place(self, village: _Village) -> str:
        random = self.random
        if village.city == KOTA_BATU and random() < 0.45:
            return "Batu"
        if village.city == KABUPATEN_MALANG and random() < 0.12:
            return village.kecamatan_name
        return self.words.birth_places.pick(random)

    def _nik(self, region6: str, birth: date, gender: str) -> str:
        """A NIK nobody else in this run has; serials are mostly low, as in real life."""
        serial = self.between(1, 300 if self.random() < 0.85 else 3000)
        nik = make_nik(region6, birth, gender, serial)
        while nik in self.used_niks:
            nik = make_nik(region6, birth, gender, self.between(1, 9999))
        self.used_niks.add(nik)
        return nik

    def _kk(self, village: _Village, nik_region: str, birth: date) -> str:
        """Family card: issued where the family lives (sometimes still the old place), after the birth."""
        region = nik_region if self.random() < SHARE_KK_FROM_NIK_REGION else village.kecamatan6
        latest = self.latest_ordinal
        first = min(max(KK_EARLIEST_ORDINAL, birth.toordinal() + 1), latest)
        issued = date.fromordinal(self.between(first, latest))
        serial = self.between(1, 3000)
        return f"{region}{issued.day:02d}{issued.month:02d}{issued.year % 100:02d}{serial:04d}"

    def _phk_date(self, employer: str) -> str:
        """Within about 18 months before registering, often in one of the factory's mass lay-offs."""
        earliest, latest = self.day_ordinal - PHK_MAX_DAYS, self.latest_ordinal
        when = latest
        if self.random() < SHARE_PHK_IN_WAVE:
            when = self.one(self.waves[employer]) + self.between(-3, 3)
        if not earliest <= when < latest:
            when = max(earliest, latest - self.between(7, PHK_MAX_DAYS))
        return date.fromordinal(when).isoformat()

    def _name(self, gender: str, age: int) -> str:
        """One to three words, no family name; older people more often have a single name."""
        random, one = self.random, self.one
        given, parts = self.words.given[gender], self.words.parts[gender]
        first = one(given)
        roll = random()
        single = 0.35 if age >= 45 else 0.18
        if roll < single and first not in NEEDS_SECOND_WORD:
            words = [first]
        elif roll < single + 0.55:
            second = one(parts) if random() < 0.7 else one(given)
            words = [first, second if second != first else one(parts)]
        else:
            middle = one(given)
            last = one(parts)
            words = [first, middle, last] if middle not in (first, last) else [first, last]
        if gender == "L" and words[0] in ABBREVIATED and random() < 0.3:
            words[0] = one(ABBREVIATED[words[0]])
        return " ".join(words)

    def _house(self, most: int = 180) -> str:
        """House number, small ones commoner; now and then with a letter (12A)."""
        random = self.random
        number = 1 + int(random() ** 1.6 * most)
        return f"{number}{self.one('AB')}" if random() < 0.06 else str(number)

    def _gang(self) -> str:
        """`Gg. Melati III/7` or `Gg. Melati No. 7`."""
        name = self.one(self.words.gangs)
        if self.random() < 0.7:
            return f"Gg. {name} {self.romans.pick(self.random)}/{self._house(60)}"
        return f"Gg. {name} No. {self._house(60)}"

    def _address(self, village: _Village) -> str:
        random, one, words = self.random, self.one, self.words
        roll = random()
        if village.city == KOTA_MALANG:
            street = one(words.kota_malang_streets)
            if roll < 0.55:
                return f"{street} No. {self._house()}"
            if roll < 0.85:
                return self._gang()
            return f"{street} Gg. {self.between(1, 12)} No. {self._house(60)}"
        if village.city == KOTA_BATU:
            if roll < 0.55:
                return f"{one(words.kota_batu_streets)} No. {self._house()}"
            if roll < 0.85:
                return f"Dsn. {one(words.dusun)}"
            return self._gang()
        if roll < 0.45:
            dusun = f"Dsn. {one(words.dusun)}"
            return f"{dusun} No. {self._house(60)}" if random() < 0.25 else dusun
        if roll < 0.65:
            return f"Jl. Raya {village.name} No. {self._house()}"
        return f"{one(words.kabupaten_streets)} No. {self._house()}"

    def _phone(self) -> str:
        tail = self.phone_tails.pick(self.random)
        return f"+62{self.phone_prefixes.pick(self.random)}{int(self.random() * 10**tail):0{tail}d}"

    # -- the run --------------------------------------------------------------------------------------

    def run(self, n: int) -> Iterator[dict[str, Any]]:
        today_ordinal = self.today.toordinal()
        for offset, shifts in sorted(self.schedule(n).items()):
            self.day = self.start + timedelta(days=offset)
            self.day_iso = self.day.isoformat()
            self.day_ordinal = self.day.toordinal()
            # Nothing is dated after the visit (nor after "today").
            self.latest_ordinal = min(self.day_ordinal, today_ordinal)
            visits = [(t, officer) for officer, count in shifts for t in self.times(count)]
            visits.sort()
            for seconds, officer in visits:
                yield self.person(seconds, self.officers[officer])


def generate_participants(
    n: int,
    *,
    seed: int,
    program_codes: Sequence[str],
    officers: Sequence[str],
    start: date,
    days: int = 42,
    today: date | None = None,
) -> Iterator[dict[str, Any]]:
    """Yield `n` synthetic registrations in the order they were made.

    Each record has every input field of `participant.INPUT_FIELDS` (None where absent) plus
    `registered_by` (one of `officers`) and `registered_at` (ISO, seconds, +07:00). Registrations spread
    over `days` days from `start` (weekdays and office hours mostly, 25-60 a day per officer when `n`
    allows it). `today` (default: the last day of that window) bounds the family card and lay-off
    dates. NIKs are unique within one call. Same arguments, same records.
    """
    if n < 0:
        raise ValueError(f"n must not be negative: {n}")
    if days < 1:
        raise ValueError(f"days must be at least 1: {days}")
    if not program_codes:
        raise ValueError("program_codes must not be empty")
    if not officers:
        raise ValueError("officers must not be empty")
    if today is None:
        today = start + timedelta(days=days - 1)
    if n == 0:
        return iter(())
    generator = _Generator(Random(seed), program_codes, officers, start, days, today)
    return generator.run(n)
