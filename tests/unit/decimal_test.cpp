// The exact decimal that every amount is held in.
#define BOOST_TEST_MODULE decimal_test
#include "core/decimal.h"

#include <boost/test/unit_test.hpp>

#include "core/sha256.h"

using gongkai::Decimal;

BOOST_AUTO_TEST_CASE(parse_keeps_the_printed_form) {
  for (const char* text : {"4603.53", "3287.40", "0.00", "12", "-9.83", "0.5"})
    BOOST_TEST(Decimal::parse(text)->to_string() == text);
  for (const char* bad :
       {"", "-", ".", "12.", "1.2.3", "1,000", "12a", " 12", "99999999999999999999"})
    BOOST_TEST(!Decimal::parse(bad).has_value(), bad);
}

BOOST_AUTO_TEST_CASE(sums_are_exact) {
  // 3892.31 + 593.98 + 117.23 = 4603.52? No: the seed's 一般公共预算 column sums to 4603.52,
  // a cent short of its printed total 4603.53 — exact arithmetic shows the rounding.
  auto sum = *Decimal::parse("3892.31") + *Decimal::parse("593.98") + *Decimal::parse("117.23");
  BOOST_TEST(sum.to_string() == "4603.52");
  BOOST_TEST((*Decimal::parse("3287.40") + *Decimal::parse("2211.55")).to_string() == "5498.95");
  BOOST_TEST(*Decimal::parse("1.5") == *Decimal::parse("1.50"));
  BOOST_TEST((*Decimal::parse("0.1") + *Decimal::parse("0.2")).to_string() == "0.3");
  BOOST_TEST((*Decimal::parse("1.00") - *Decimal::parse("1.25")).to_string() == "-0.25");
}

BOOST_AUTO_TEST_CASE(unit_conversion) {
  BOOST_TEST(Decimal::parse("4603.53")->times_power_of_ten(4).to_string() == "46035300");
  BOOST_TEST(Decimal::parse("0.01")->times_power_of_ten(3).to_string() == "10");
  BOOST_TEST(Decimal::parse("1.23456")->times_power_of_ten(4).to_string() == "12345.6");
}

BOOST_AUTO_TEST_CASE(sha256_known_vectors) {
  BOOST_TEST(gongkai::sha256_hex("") ==
             "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  BOOST_TEST(gongkai::sha256_hex("abc") ==
             "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  BOOST_TEST(gongkai::sha256_hex(std::string(1000, 'a')) ==
             "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3");
}
