"""The address block in the destination country's order, as slips, the detail pane and a copied
address carry it."""

from __future__ import annotations

import pytest

from seller_desktop.core.orders.addresses import address_lines
from seller_desktop.core.orders.model import ContactDetails


def _contact(city: str, postal: str | None, street: str = "1 Main St") -> ContactDetails:
    return ContactDetails(
        recipient_name="Pat Doe", ship_address_1=street, ship_city=city, ship_postal_code=postal
    )


@pytest.mark.parametrize(
    "country, region, city, postal, town_lines",
    [
        ("US", "NY", "New York", "10017", ["New York, NY 10017"]),
        ("US", None, "New York", "10017", ["New York, 10017"]),
        ("CA", "ON", "Toronto", "M5V 2T6", ["Toronto ON M5V 2T6"]),
        ("AU", "NSW", "Sydney", "2000", ["Sydney NSW 2000"]),
        ("GB", "Greater London", "London", "NW1 7JE", ["London", "NW1 7JE"]),
        ("IN", "Delhi", "New Delhi", "110001", ["New Delhi 110001", "Delhi"]),
        ("BR", "SP", "São Paulo", "01310-100", ["São Paulo - SP", "01310-100"]),
        ("MX", "CDMX", "Ciudad de México", "06600", ["06600 Ciudad de México, CDMX"]),
        ("IT", "MI", "Milano", "20121", ["20121 Milano MI"]),
        ("DE", "BY", "München", "80331", ["80331 München"]),
        ("FR", None, "Paris", "75001", ["75001 Paris"]),
        (None, None, "Wien", "1010", ["1010 Wien"]),
        ("AE", "Dubai", "Dubai", None, ["Dubai"]),
    ],
)
def test_town_lines_follow_the_destination(country, region, city, postal, town_lines):
    lines = address_lines(_contact(city, postal), country, region)
    assert lines == ["Pat Doe", "1 Main St", *town_lines]


def test_japan_reads_from_the_postal_code_down_to_the_street():
    contact = ContactDetails(
        recipient_name="山田 太郎",
        ship_address_1="千代田1-1",
        ship_address_2="ハイツ青山101号室",
        ship_city="千代田区",
        ship_postal_code="100-0001",
    )
    # Written in Japanese: the name after the address, as Japan Post writes it.
    assert address_lines(contact, "jp", "東京都") == [
        "〒100-0001",
        "東京都千代田区",
        "千代田1-1",
        "ハイツ青山101号室",
        "山田 太郎",
    ]


def test_a_romanised_japanese_address_keeps_the_name_first():
    contact = ContactDetails(
        recipient_name="Taro Yamada",
        ship_address_1="1-1 Chiyoda",
        ship_city="Chiyoda-ku",
        ship_postal_code="100-0001",
    )
    assert address_lines(contact, "JP", "Tokyo", home="US") == [
        "Taro Yamada",
        "〒100-0001",
        "Tokyo Chiyoda-ku",  # Latin parts keep a space between them
        "1-1 Chiyoda",
        "JAPAN",
    ]


@pytest.mark.parametrize(
    "country, region, city, postal, street, lines",
    [
        (
            "CN",
            "广东省",
            "深圳市",
            "518000",
            "南山区科技园路1号",
            ["518000", "广东省深圳市", "南山区科技园路1号"],
        ),
        (
            "TW",
            "臺北市",
            "中正區",
            "100",
            "重慶南路一段122號",
            ["100", "臺北市中正區", "重慶南路一段122號"],
        ),
        ("HK", "九龍", "油尖旺區", None, "彌敦道100號", ["九龍油尖旺區", "彌敦道100號"]),
        (
            "KR",
            "서울특별시",
            "종로구",
            "03045",
            "세종대로 209",
            ["03045", "서울특별시 종로구", "세종대로 209"],
        ),
        # A Latin province over a Chinese street: the two do not run together.
        (
            "CN",
            "Guangdong",
            "深圳市",
            "518000",
            "科技园路1号",
            ["518000", "Guangdong 深圳市", "科技园路1号"],
        ),
    ],
)
def test_native_script_reads_large_to_small_with_the_name_last(
    country, region, city, postal, street, lines
):
    contact = ContactDetails(
        recipient_name="王小明",
        company_name="示例公司",
        ship_address_1=street,
        ship_city=city,
        ship_postal_code=postal,
    )
    assert address_lines(contact, country, region, home="US") == [
        *lines,
        "示例公司",
        "王小明",
        {"CN": "CHINA", "TW": "TAIWAN", "HK": "HONG KONG", "KR": "SOUTH KOREA"}[country],
    ]


@pytest.mark.parametrize(
    "country, region, city, postal, town",
    [
        ("CN", "Guangdong", "Shenzhen", "518000", "518000 Shenzhen"),
        ("HK", None, "Kowloon", None, "Kowloon"),
        ("KR", "Seoul", "Jongno-gu", "03045", "03045 Jongno-gu"),
    ],
)
def test_the_same_countries_in_latin_letters_stay_in_western_order(
    country, region, city, postal, town
):
    contact = _contact(city, postal, "209 Sejong-daero")
    assert address_lines(contact, country, region) == ["Pat Doe", "209 Sejong-daero", town]


def test_a_hangul_address_is_native_in_korea_only():
    # A Korean street in a Chinese order is no Chinese native address: Western order.
    contact = _contact("Seoul", "03045", "세종대로 209")
    assert address_lines(contact, "CN", None)[0] == "Pat Doe"
    assert address_lines(contact, "KR", None)[-1] == "Pat Doe"


def test_a_parcel_abroad_ends_with_its_country():
    contact = _contact("Tel Aviv", "6100000", "Herzl St 12")
    assert address_lines(contact, "IL", None, home="DE")[-1] == "ISRAEL"
    assert address_lines(contact, "XK", None, home="DE")[-1] == "XK"  # not in the table: the code
    assert address_lines(contact, "de", None, home="DE")[-1] == "6100000 Tel Aviv"
    assert address_lines(contact, "RU", None, home="DE")[-1] == "RUSSIA"  # was the bare code


def test_the_country_line_is_judged_from_where_the_parcel_leaves():
    contact = _contact("München", "80331")
    # A US seller's parcel to Germany needs the country line; a German seller's does not.
    assert address_lines(contact, "DE", None, home="US")[-1] == "GERMANY"
    assert address_lines(contact, "DE", None, home="de")[-1] == "80331 München"
    # No home given (nothing known of the seller): no country line.
    assert address_lines(contact, "DE", None)[-1] == "80331 München"


def test_isolated_fields_for_printing_and_plain_text_for_the_screen():
    contact = _contact("תל אביב", "6100000")
    assert (
        address_lines(contact, "DE", None, isolated=True)[-1]
        == "\u20686100000\u2069 \u2068תל אביב\u2069"
    )
    assert (
        address_lines(contact, "US", "CA", isolated=True)[-1]
        == "\u2068תל אביב\u2069, \u2068CA\u2069 \u20686100000\u2069"
    )
    assert all("\u2068" not in line for line in address_lines(contact, "US", "CA"))


def test_empty_parts_are_left_out():
    contact = ContactDetails(
        recipient_name="Pat Doe",
        company_name="",
        ship_address_1="1 Main St",
        ship_city=None,
        ship_postal_code=None,
    )
    assert address_lines(contact, "GB", None) == ["Pat Doe", "1 Main St"]
    assert address_lines(ContactDetails(), "US", "NY") == []
