import random

from desktop.domain.collation import thai_sort_key, thai_sorted

DICTIONARY_ORDER = [
    "กา",
    "ก่า",
    "กาน",
    "เกม",
    "แกะ",
    "โกง",
    "ไก่",
    "ขวด",
    "คน",
    "เงิน",
    "นก",
    "เนย",
    "สมชาย",
    "สมศรี",
    "อำนาจ",
]


def test_thai_dictionary_order():
    shuffled = DICTIONARY_ORDER[:]
    random.Random(1).shuffle(shuffled)
    assert thai_sorted(shuffled) == DICTIONARY_ORDER


def test_code_point_order_would_be_wrong():
    # The reason the key exists: plain sorting puts leading-vowel words after ข.
    assert sorted(["ไก่", "ขวด"]) == ["ขวด", "ไก่"]
    assert thai_sort_key("ไก่") < thai_sort_key("ขวด")


def test_tone_marks_are_secondary():
    assert thai_sort_key("กา") < thai_sort_key("ก่า") < thai_sort_key("ก้า") < thai_sort_key("กาก")
