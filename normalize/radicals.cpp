// CJK Radicals Supplement → the character each radical is a form of.
#include <algorithm>
#include <array>
#include <utility>

#include "normalize/detail.h"

namespace gongkai::normalize::detail {
namespace {

// Only radicals whose glyph is a character (or a component with its own code point) in its own
// right. Forms with no such character (⺀ ⺍ ⺮ ⻊ …) stay as they are: guessing would invent text.
// ⺟ (U+2E9F) and ⻳ (U+2EF3) are absent because NFKC already maps them. Sorted by radical.
constexpr std::array<std::pair<char32_t, char32_t>, 85> kRadicals{{
    {0x2E81, 0x5382},  // ⺁ 厂 cliff
    {0x2E85, 0x4EBB},  // ⺅ 亻 person
    {0x2E86, 0x5182},  // ⺆ 冂 box
    {0x2E89, 0x5202},  // ⺉ 刂 knife two
    {0x2E8A, 0x535C},  // ⺊ 卜 divination
    {0x2E8E, 0x5140},  // ⺎ 兀 lame one
    {0x2E90, 0x5C22},  // ⺐ 尢 lame three
    {0x2E92, 0x5DF3},  // ⺒ 巳 snake
    {0x2E93, 0x5E7A},  // ⺓ 幺 thread
    {0x2E94, 0x5F51},  // ⺔ 彑 snout one
    {0x2E96, 0x5FC4},  // ⺖ 忄 heart one
    {0x2E98, 0x624C},  // ⺘ 扌 hand
    {0x2E99, 0x6535},  // ⺙ 攵 rap
    {0x2E9B, 0x65E1},  // ⺛ 旡 choke
    {0x2E9C, 0x65E5},  // ⺜ 日 sun
    {0x2E9D, 0x6708},  // ⺝ 月 moon
    {0x2E9E, 0x6B7A},  // ⺞ 歺 death
    {0x2EA0, 0x6C11},  // ⺠ 民 civilian
    {0x2EA1, 0x6C35},  // ⺡ 氵 water one
    {0x2EA2, 0x6C3A},  // ⺢ 氺 water two
    {0x2EA3, 0x706C},  // ⺣ 灬 fire
    {0x2EA4, 0x722B},  // ⺤ 爫 paw one
    {0x2EA6, 0x4E2C},  // ⺦ 丬 simplified half tree trunk
    {0x2EA8, 0x72AD},  // ⺨ 犭 dog
    {0x2EA9, 0x738B},  // ⺩ 王 jade
    {0x2EAA, 0x758B},  // ⺪ 疋 bolt of cloth
    {0x2EAB, 0x7F52},  // ⺫ 罒 eye
    {0x2EAC, 0x793A},  // ⺬ 示 spirit one
    {0x2EAD, 0x793B},  // ⺭ 礻 spirit two
    {0x2EAF, 0x7CF9},  // ⺯ 糹 silk
    {0x2EB0, 0x7E9F},  // ⺰ 纟 c-simplified silk
    {0x2EB1, 0x7F53},  // ⺱ 罓 net one
    {0x2EB2, 0x7F52},  // ⺲ 罒 net two
    {0x2EB9, 0x8002},  // ⺹ 耂 old
    {0x2EBA, 0x8080},  // ⺺ 肀 brush one
    {0x2EBC, 0x6708},  // ⺼ 月 meat
    {0x2EBE, 0x8279},  // ⺾ 艹 grass one
    {0x2EBF, 0x8279},  // ⺿ 艹 grass two
    {0x2EC0, 0x8279},  // ⻀ 艹 grass three
    {0x2EC1, 0x864E},  // ⻁ 虎 tiger
    {0x2EC2, 0x8864},  // ⻂ 衤 clothes
    {0x2EC3, 0x8980},  // ⻃ 覀 west one
    {0x2EC4, 0x897F},  // ⻄ 西 west two
    {0x2EC5, 0x89C1},  // ⻅ 见 c-simplified see
    {0x2EC6, 0x89D2},  // ⻆ 角 simplified horn
    {0x2EC7, 0x89D2},  // ⻇ 角 horn
    {0x2EC8, 0x8BA0},  // ⻈ 讠 c-simplified speech
    {0x2EC9, 0x8D1D},  // ⻉ 贝 c-simplified shell
    {0x2ECB, 0x8F66},  // ⻋ 车 c-simplified cart
    {0x2ECC, 0x8FB6},  // ⻌ 辶 simplified walk
    {0x2ECD, 0x8FB6},  // ⻍ 辶 walk one
    {0x2ECE, 0x8FB6},  // ⻎ 辶 walk two
    {0x2ECF, 0x961D},  // ⻏ 阝 city
    {0x2ED0, 0x9485},  // ⻐ 钅 c-simplified gold
    {0x2ED1, 0x9577},  // ⻑ 長 long one
    {0x2ED2, 0x9578},  // ⻒ 镸 long two
    {0x2ED3, 0x957F},  // ⻓ 长 c-simplified long
    {0x2ED4, 0x95E8},  // ⻔ 门 c-simplified gate
    {0x2ED6, 0x961D},  // ⻖ 阝 mound two
    {0x2ED8, 0x9752},  // ⻘ 青 blue
    {0x2ED9, 0x97E6},  // ⻙ 韦 c-simplified tanned leather
    {0x2EDA, 0x9875},  // ⻚ 页 c-simplified leaf
    {0x2EDB, 0x98CE},  // ⻛ 风 c-simplified wind
    {0x2EDC, 0x98DE},  // ⻜ 飞 c-simplified fly
    {0x2EDD, 0x98DF},  // ⻝ 食 eat one
    {0x2EDF, 0x98E0},  // ⻟ 飠 eat three
    {0x2EE0, 0x9963},  // ⻠ 饣 c-simplified eat
    {0x2EE1, 0x9996},  // ⻡ 首 head
    {0x2EE2, 0x9A6C},  // ⻢ 马 c-simplified horse
    {0x2EE3, 0x9AA8},  // ⻣ 骨 bone
    {0x2EE4, 0x9B3C},  // ⻤ 鬼 ghost
    {0x2EE5, 0x9C7C},  // ⻥ 鱼 c-simplified fish
    {0x2EE6, 0x9E1F},  // ⻦ 鸟 c-simplified bird
    {0x2EE7, 0x5364},  // ⻧ 卤 c-simplified salt
    {0x2EE8, 0x9EA6},  // ⻨ 麦 simplified wheat
    {0x2EE9, 0x9EC4},  // ⻩ 黄 simplified yellow
    {0x2EEA, 0x9EFE},  // ⻪ 黾 c-simplified frog
    {0x2EEB, 0x6589},  // ⻫ 斉 j-simplified even
    {0x2EEC, 0x9F50},  // ⻬ 齐 c-simplified even
    {0x2EED, 0x6B6F},  // ⻭ 歯 j-simplified tooth
    {0x2EEE, 0x9F7F},  // ⻮ 齿 c-simplified tooth
    {0x2EEF, 0x7ADC},  // ⻯ 竜 j-simplified dragon
    {0x2EF0, 0x9F99},  // ⻰ 龙 c-simplified dragon
    {0x2EF1, 0x9F9C},  // ⻱ 龜 turtle
    {0x2EF2, 0x4E80},  // ⻲ 亀 j-simplified turtle
}};

static_assert(std::is_sorted(kRadicals.begin(), kRadicals.end()), "binary search needs order");

}  // namespace

char32_t simplify_radical(char32_t c) {
  if (c < kRadicals.front().first || c > kRadicals.back().first) return c;
  auto it = std::lower_bound(kRadicals.begin(), kRadicals.end(), c,
                             [](const auto& entry, char32_t key) { return entry.first < key; });
  return it != kRadicals.end() && it->first == c ? it->second : c;
}

}  // namespace gongkai::normalize::detail
