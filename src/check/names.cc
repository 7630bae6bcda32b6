// Copyright 2026 The precis Authors.

#include "check/names.h"

#include <array>
#include <cctype>
#include <string>
#include <utility>

namespace precis::check {
namespace {

// English (lower case) -> Chinese forms, "|"-separated.
constexpr std::array<std::pair<std::string_view, std::string_view>, 172> kNames = {{
    // Countries and regions.
    {"china", "中国|中方"},
    {"united states", "美国|美方"},
    {"us", "美国|美方"},
    {"usa", "美国"},
    {"america", "美国"},
    {"russia", "俄罗斯|俄方|俄"},
    {"ukraine", "乌克兰|乌方"},
    {"france", "法国|法方"},
    {"germany", "德国"},
    {"united kingdom", "英国"},
    {"uk", "英国"},
    {"britain", "英国"},
    {"japan", "日本"},
    {"south korea", "韩国"},
    {"korea", "韩国|朝鲜"},
    {"north korea", "朝鲜"},
    {"india", "印度"},
    {"italy", "意大利"},
    {"spain", "西班牙"},
    {"canada", "加拿大"},
    {"australia", "澳大利亚|澳洲"},
    {"brazil", "巴西"},
    {"mexico", "墨西哥"},
    {"turkey", "土耳其"},
    {"iran", "伊朗"},
    {"iraq", "伊拉克"},
    {"israel", "以色列"},
    {"palestine", "巴勒斯坦"},
    {"saudi arabia", "沙特阿拉伯|沙特"},
    {"egypt", "埃及"},
    {"south africa", "南非"},
    {"poland", "波兰"},
    {"netherlands", "荷兰"},
    {"belgium", "比利时"},
    {"switzerland", "瑞士"},
    {"sweden", "瑞典"},
    {"norway", "挪威"},
    {"finland", "芬兰"},
    {"denmark", "丹麦"},
    {"greece", "希腊"},
    {"portugal", "葡萄牙"},
    {"austria", "奥地利"},
    {"hungary", "匈牙利"},
    {"singapore", "新加坡"},
    {"malaysia", "马来西亚"},
    {"indonesia", "印度尼西亚|印尼"},
    {"vietnam", "越南"},
    {"thailand", "泰国"},
    {"philippines", "菲律宾"},
    {"pakistan", "巴基斯坦"},
    {"afghanistan", "阿富汗"},
    {"syria", "叙利亚"},
    {"argentina", "阿根廷"},
    {"chile", "智利"},
    {"nigeria", "尼日利亚"},
    {"kazakhstan", "哈萨克斯坦"},
    {"mongolia", "蒙古"},
    {"taiwan", "台湾"},
    {"hong kong", "香港"},
    {"macau", "澳门"},
    {"macao", "澳门"},
    {"europe", "欧洲"},
    {"asia", "亚洲"},
    {"africa", "非洲"},
    {"middle east", "中东"},
    // Capitals and major cities.
    {"beijing", "北京"},
    {"shanghai", "上海"},
    {"shenzhen", "深圳"},
    {"guangzhou", "广州"},
    {"wuhan", "武汉"},
    {"washington", "华盛顿|美国"},
    {"new york", "纽约"},
    {"moscow", "莫斯科|俄罗斯"},
    {"kyiv", "基辅|乌克兰"},
    {"kiev", "基辅|乌克兰"},
    {"paris", "巴黎"},
    {"london", "伦敦"},
    {"berlin", "柏林"},
    {"tokyo", "东京"},
    {"seoul", "首尔"},
    {"brussels", "布鲁塞尔"},
    {"geneva", "日内瓦"},
    {"rome", "罗马"},
    {"madrid", "马德里"},
    {"ottawa", "渥太华"},
    {"canberra", "堪培拉"},
    {"new delhi", "新德里"},
    {"tehran", "德黑兰"},
    {"jerusalem", "耶路撒冷"},
    {"gaza", "加沙"},
    {"davos", "达沃斯"},
    {"silicon valley", "硅谷"},
    {"wall street", "华尔街"},
    // Leaders and officials.
    {"xi jinping", "习近平"},
    {"li qiang", "李强"},
    {"wang yi", "王毅"},
    {"trump", "特朗普"},
    {"donald trump", "特朗普"},
    {"biden", "拜登"},
    {"joe biden", "拜登"},
    {"putin", "普京"},
    {"vladimir putin", "普京"},
    {"zelensky", "泽连斯基"},
    {"zelenskyy", "泽连斯基"},
    {"volodymyr zelensky", "泽连斯基"},
    {"macron", "马克龙"},
    {"emmanuel macron", "马克龙"},
    {"starmer", "斯塔默"},
    {"keir starmer", "斯塔默"},
    {"merz", "默茨"},
    {"scholz", "朔尔茨"},
    {"merkel", "默克尔"},
    {"meloni", "梅洛尼"},
    {"modi", "莫迪"},
    {"netanyahu", "内塔尼亚胡"},
    {"erdogan", "埃尔多安"},
    {"kim jong un", "金正恩"},
    {"ishiba", "石破茂"},
    {"powell", "鲍威尔"},
    {"jerome powell", "鲍威尔"},
    {"lagarde", "拉加德"},
    {"guterres", "古特雷斯"},
    {"musk", "马斯克"},
    {"elon musk", "马斯克"},
    {"rutte", "吕特"},
    {"von der leyen", "冯德莱恩"},
    {"pan gongsheng", "潘功胜"},
    {"witkoff", "威特科夫"},
    {"steve witkoff", "威特科夫"},
    {"kushner", "库什纳"},
    {"jared kushner", "库什纳"},
    {"rubio", "鲁比奥"},
    {"marco rubio", "鲁比奥"},
    {"vance", "万斯"},
    {"lavrov", "拉夫罗夫"},
    {"bessent", "贝森特"},
    {"hegseth", "赫格塞斯"},
    {"takaichi", "高市早苗"},
    {"carney", "卡尼"},
    {"albanese", "阿尔巴尼斯"},
    {"lula", "卢拉"},
    {"milei", "米莱"},
    {"sanchez", "桑切斯"},
    // Organisations and institutions.
    {"united nations", "联合国"},
    {"un", "联合国"},
    {"nato", "北约"},
    {"european union", "欧盟"},
    {"eu", "欧盟"},
    {"imf", "国际货币基金组织|基金组织"},
    {"international monetary fund", "国际货币基金组织|基金组织"},
    {"world bank", "世界银行|世行"},
    {"wto", "世界贸易组织|世贸组织"},
    {"world trade organization", "世界贸易组织|世贸组织"},
    {"who", "世界卫生组织|世卫组织"},
    {"world health organization", "世界卫生组织|世卫组织"},
    {"federal reserve", "美联储"},
    {"fed", "美联储"},
    {"european central bank", "欧洲央行"},
    {"ecb", "欧洲央行"},
    {"people's bank of china", "中国人民银行|人民银行|央行"},
    {"pboc", "中国人民银行|人民银行|央行"},
    {"opec", "欧佩克|石油输出国组织"},
    {"g7", "七国集团"},
    {"g20", "二十国集团"},
    {"brics", "金砖国家"},
    {"asean", "东盟"},
    {"state council", "国务院"},
    {"xinhua", "新华社"},
    {"pentagon", "五角大楼"},
    {"white house", "白宫"},
    {"kremlin", "克里姆林宫"},
    {"congress", "国会"},
}};

std::string Key(std::string_view english) {
  std::string key;
  for (char c : english) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      key.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    } else if ((c == ' ' || c == '-') && !key.empty() && key.back() != ' ') {
      key.push_back(' ');
    } else if (c == '\'') {
      key.push_back('\'');
    }
  }
  while (!key.empty() && key.back() == ' ') key.pop_back();
  if (key.rfind("the ", 0) == 0) key.erase(0, 4);
  return key;
}

}  // namespace

std::vector<std::string_view> ChineseNamesFor(std::string_view english) {
  const std::string key = Key(english);
  std::vector<std::string_view> out;
  for (const auto& [en, zh] : kNames) {
    if (en != key) continue;
    size_t start = 0;
    while (true) {
      const size_t bar = zh.find('|', start);
      out.push_back(zh.substr(start, bar - start));
      if (bar == std::string_view::npos) break;
      start = bar + 1;
    }
    break;
  }
  return out;
}

}  // namespace precis::check
