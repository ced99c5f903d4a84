// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/units.h"
#include "energy/gridfactors.h"

#include <QCoreApplication>
#include <cmath>
#include <limits>

namespace pz::energy {

namespace {

// park-defaults §1a (national, ETS), §1b (regional), §1c (provincial), §1e (international).
// kgCO2/kWh; the latest year of each series comes first.
const std::vector<GridFactor> kFactors{
    {"cn-national-2023", QT_TRANSLATE_NOOP("pz::GridFactor", "National average"), "national", 2023, 0.5306, "MEE & NBS notice on 2023 electricity CO2 emission factors (published Jan 2026), via Guangming Daily (163.com) [verified]"},
    {"cn-national-excl-market-2023", QT_TRANSLATE_NOOP("pz::GridFactor", "National average excl. market-traded non-fossil power"), "national", 2023, 0.6096, "MEE & NBS 2023 factors notice, via China Electric Power News (2026-01-15) [verified]"},
    {"cn-national-fossil-2023", QT_TRANSLATE_NOOP("pz::GridFactor", "National fossil-fuel power"), "national", 2023, 0.8273, "MEE & NBS 2023 factors notice [verified]"},
    {"cn-national-2022", QT_TRANSLATE_NOOP("pz::GridFactor", "National average"), "national", 2022, 0.5366, "MEE & NBS announcement of 2022 factors (2024-12-20), via Beijing News [verified]"},
    {"cn-national-excl-market-2022", QT_TRANSLATE_NOOP("pz::GridFactor", "National average excl. market-traded non-fossil power"), "national", 2022, 0.5856, "MEE & NBS announcement of 2022 factors (2024-12-20) [verified]"},
    {"cn-national-fossil-2022", QT_TRANSLATE_NOOP("pz::GridFactor", "National fossil-fuel power"), "national", 2022, 0.8325, "MEE & NBS announcement of 2022 factors (2024-12-20) [verified]"},
    {"cn-national-2021", QT_TRANSLATE_NOOP("pz::GridFactor", "National average"), "national", 2021, 0.5568, "MEE & NBS Announcement 2024 No. 12 (2024-04-12) [verified]"},
    {"cn-national-fossil-2021", QT_TRANSLATE_NOOP("pz::GridFactor", "National fossil-fuel power"), "national", 2021, 0.8426, "MEE & NBS Announcement 2024 No. 12 (2024-04-12) [verified]"},
    {"cn-ets-power-2022", QT_TRANSLATE_NOOP("pz::GridFactor", "ETS power-sector reporting parameter (national grid)"), "ets", 2022, 0.5703, "MEE notice on 2023-2025 power-sector GHG reporting (Feb 2023), via tanpaifang.com [verified]; carbon-market parameter, not the NBS average series"},
    {"cn-north-2023", QT_TRANSLATE_NOOP("pz::GridFactor", "North China grid"), "regional", 2023, 0.6361, "MEE & NBS 2023 factors notice, via Guangming Daily (163.com) [verified]"},
    {"cn-north-2022", QT_TRANSLATE_NOOP("pz::GridFactor", "North China grid"), "regional", 2022, 0.6776, "MEE & NBS 2022 factors, via Beijing News (daydaynews.cc) [verified]"},
    {"cn-north-2021", QT_TRANSLATE_NOOP("pz::GridFactor", "North China grid"), "regional", 2021, 0.712, "MEE/NBS 2021 table as reproduced in a public code file [unverified]"},
    {"cn-northeast-2023", QT_TRANSLATE_NOOP("pz::GridFactor", "Northeast grid"), "regional", 2023, 0.5122, "MEE & NBS 2023 factors notice, via Guangming Daily (163.com) [verified]"},
    {"cn-northeast-2022", QT_TRANSLATE_NOOP("pz::GridFactor", "Northeast grid"), "regional", 2022, 0.5564, "MEE & NBS 2022 factors, via Beijing News (daydaynews.cc) [verified]"},
    {"cn-northeast-2021", QT_TRANSLATE_NOOP("pz::GridFactor", "Northeast grid"), "regional", 2021, 0.6012, "MEE/NBS 2021 table as reproduced in a public code file [unverified]"},
    {"cn-east-2023", QT_TRANSLATE_NOOP("pz::GridFactor", "East China grid"), "regional", 2023, 0.55, "MEE & NBS 2023 factors notice, via Guangming Daily (163.com) [verified]"},
    {"cn-east-2022", QT_TRANSLATE_NOOP("pz::GridFactor", "East China grid"), "regional", 2022, 0.5617, "MEE & NBS 2022 factors, via Beijing News (daydaynews.cc) [verified]"},
    {"cn-east-2021", QT_TRANSLATE_NOOP("pz::GridFactor", "East China grid"), "regional", 2021, 0.5992, "MEE/NBS 2021 table as reproduced in a public code file [unverified]"},
    {"cn-central-2023", QT_TRANSLATE_NOOP("pz::GridFactor", "Central China grid"), "regional", 2023, 0.5271, "MEE & NBS 2023 factors notice, via Guangming Daily (163.com) [verified]"},
    {"cn-central-2022", QT_TRANSLATE_NOOP("pz::GridFactor", "Central China grid"), "regional", 2022, 0.5395, "MEE & NBS 2022 factors, via Beijing News (daydaynews.cc) [verified]"},
    {"cn-central-2021", QT_TRANSLATE_NOOP("pz::GridFactor", "Central China grid"), "regional", 2021, 0.5354, "MEE/NBS 2021 table as reproduced in a public code file [unverified]"},
    {"cn-northwest-2023", QT_TRANSLATE_NOOP("pz::GridFactor", "Northwest grid"), "regional", 2023, 0.5543, "MEE & NBS 2023 factors notice, via Guangming Daily (163.com) [verified]"},
    {"cn-northwest-2022", QT_TRANSLATE_NOOP("pz::GridFactor", "Northwest grid"), "regional", 2022, 0.5857, "MEE & NBS 2022 factors, via Beijing News (daydaynews.cc) [verified]"},
    {"cn-northwest-2021", QT_TRANSLATE_NOOP("pz::GridFactor", "Northwest grid"), "regional", 2021, 0.5951, "MEE/NBS 2021 table as reproduced in a public code file [unverified]"},
    {"cn-south-2023", QT_TRANSLATE_NOOP("pz::GridFactor", "South grid"), "regional", 2023, 0.4042, "MEE & NBS 2023 factors notice, via Guangming Daily (163.com) [verified]"},
    {"cn-south-2022", QT_TRANSLATE_NOOP("pz::GridFactor", "South grid"), "regional", 2022, 0.3869, "MEE & NBS 2022 factors, via Beijing News (daydaynews.cc) [verified]"},
    {"cn-south-2021", QT_TRANSLATE_NOOP("pz::GridFactor", "South grid"), "regional", 2021, 0.4326, "MEE/NBS 2021 table as reproduced in a public code file [unverified]"},
    {"cn-southwest-2023", QT_TRANSLATE_NOOP("pz::GridFactor", "Southwest grid"), "regional", 2023, 0.2472, "MEE & NBS 2023 factors notice, via Guangming Daily (163.com) [verified]"},
    {"cn-southwest-2022", QT_TRANSLATE_NOOP("pz::GridFactor", "Southwest grid"), "regional", 2022, 0.2268, "MEE & NBS 2022 factors, via Beijing News (daydaynews.cc) [verified]"},
    {"cn-southwest-2021", QT_TRANSLATE_NOOP("pz::GridFactor", "Southwest grid"), "regional", 2021, 0.2113, "MEE/NBS 2021 table as reproduced in a public code file [unverified]"},
    {"cn-inner-mongolia-2022", QT_TRANSLATE_NOOP("pz::GridFactor", "Inner Mongolia"), "provincial", 2022, 0.6849, "MEE & NBS 2022 provincial factors; agrees with Beijing News top/bottom five [verified]"},
    {"cn-inner-mongolia-2021", QT_TRANSLATE_NOOP("pz::GridFactor", "Inner Mongolia"), "provincial", 2021, 0.7025, "MEE & NBS 2021 provincial factors as reproduced in a public code file [unverified]"},
    {"cn-hebei-2022", QT_TRANSLATE_NOOP("pz::GridFactor", "Hebei"), "provincial", 2022, 0.7252, "MEE & NBS 2022 provincial factors; agrees with Beijing News top/bottom five [verified]"},
    {"cn-hebei-2021", QT_TRANSLATE_NOOP("pz::GridFactor", "Hebei"), "provincial", 2021, 0.7901, "MEE & NBS 2021 provincial factors as reproduced in a public code file [unverified]"},
    {"cn-shanxi-2022", QT_TRANSLATE_NOOP("pz::GridFactor", "Shanxi"), "provincial", 2022, 0.7096, "MEE & NBS 2022 provincial factors; agrees with Beijing News top/bottom five [verified]"},
    {"cn-shanxi-2021", QT_TRANSLATE_NOOP("pz::GridFactor", "Shanxi"), "provincial", 2021, 0.7222, "MEE & NBS 2021 provincial factors as reproduced in a public code file [unverified]"},
    {"cn-tianjin-2022", QT_TRANSLATE_NOOP("pz::GridFactor", "Tianjin"), "provincial", 2022, 0.7041, "MEE & NBS 2022 provincial factors; agrees with Beijing News top/bottom five [verified]"},
    {"cn-tianjin-2021", QT_TRANSLATE_NOOP("pz::GridFactor", "Tianjin"), "provincial", 2021, 0.7355, "MEE & NBS 2021 provincial factors as reproduced in a public code file [unverified]"},
    {"cn-anhui-2022", QT_TRANSLATE_NOOP("pz::GridFactor", "Anhui"), "provincial", 2022, 0.6782, "MEE & NBS 2022 provincial factors; agrees with Beijing News top/bottom five [verified]"},
    {"cn-anhui-2021", QT_TRANSLATE_NOOP("pz::GridFactor", "Anhui"), "provincial", 2021, 0.7075, "MEE & NBS 2021 provincial factors as reproduced in a public code file [unverified]"},
    {"cn-ningxia-2022", QT_TRANSLATE_NOOP("pz::GridFactor", "Ningxia"), "provincial", 2022, 0.6423, "MEE & NBS 2022 provincial factors as reproduced in a public code file [unverified]"},
    {"cn-ningxia-2021", QT_TRANSLATE_NOOP("pz::GridFactor", "Ningxia"), "provincial", 2021, 0.6546, "MEE & NBS 2021 provincial factors as reproduced in a public code file [unverified]"},
    {"cn-shandong-2022", QT_TRANSLATE_NOOP("pz::GridFactor", "Shandong"), "provincial", 2022, 0.641, "MEE & NBS 2022 provincial factors as reproduced in a public code file [unverified]"},
    {"cn-shandong-2021", QT_TRANSLATE_NOOP("pz::GridFactor", "Shandong"), "provincial", 2021, 0.6838, "MEE & NBS 2021 provincial factors as reproduced in a public code file [unverified]"},
    {"cn-shaanxi-2022", QT_TRANSLATE_NOOP("pz::GridFactor", "Shaanxi"), "provincial", 2022, 0.6558, "MEE & NBS 2022 provincial factors as reproduced in a public code file [unverified]"},
    {"cn-shaanxi-2021", QT_TRANSLATE_NOOP("pz::GridFactor", "Shaanxi"), "provincial", 2021, 0.6336, "MEE & NBS 2021 provincial factors as reproduced in a public code file [unverified]"},
    {"cn-xinjiang-2022", QT_TRANSLATE_NOOP("pz::GridFactor", "Xinjiang"), "provincial", 2022, 0.6231, "MEE & NBS 2022 provincial factors as reproduced in a public code file [unverified]"},
    {"cn-xinjiang-2021", QT_TRANSLATE_NOOP("pz::GridFactor", "Xinjiang"), "provincial", 2021, 0.6577, "MEE & NBS 2021 provincial factors as reproduced in a public code file [unverified]"},
    {"cn-henan-2022", QT_TRANSLATE_NOOP("pz::GridFactor", "Henan"), "provincial", 2022, 0.6058, "MEE & NBS 2022 provincial factors as reproduced in a public code file [unverified]"},
    {"cn-henan-2021", QT_TRANSLATE_NOOP("pz::GridFactor", "Henan"), "provincial", 2021, 0.6369, "MEE & NBS 2021 provincial factors as reproduced in a public code file [unverified]"},
    {"cn-jiangsu-2022", QT_TRANSLATE_NOOP("pz::GridFactor", "Jiangsu"), "provincial", 2022, 0.5978, "MEE & NBS 2022 provincial factors as reproduced in a public code file [unverified]"},
    {"cn-jiangsu-2021", QT_TRANSLATE_NOOP("pz::GridFactor", "Jiangsu"), "provincial", 2021, 0.6451, "MEE & NBS 2021 provincial factors as reproduced in a public code file [unverified]"},
    {"cn-shanghai-2022", QT_TRANSLATE_NOOP("pz::GridFactor", "Shanghai"), "provincial", 2022, 0.5849, "MEE & NBS 2022 provincial factors as reproduced in a public code file [unverified]"},
    {"cn-shanghai-2021", QT_TRANSLATE_NOOP("pz::GridFactor", "Shanghai"), "provincial", 2021, 0.5834, "MEE & NBS 2021 provincial factors as reproduced in a public code file [unverified]"},
    {"cn-jiangxi-2022", QT_TRANSLATE_NOOP("pz::GridFactor", "Jiangxi"), "provincial", 2022, 0.5752, "MEE & NBS 2022 provincial factors as reproduced in a public code file [unverified]"},
    {"cn-jiangxi-2021", QT_TRANSLATE_NOOP("pz::GridFactor", "Jiangxi"), "provincial", 2021, 0.5835, "MEE & NBS 2021 provincial factors as reproduced in a public code file [unverified]"},
    {"cn-liaoning-2022", QT_TRANSLATE_NOOP("pz::GridFactor", "Liaoning"), "provincial", 2022, 0.5626, "MEE & NBS 2022 provincial factors as reproduced in a public code file [unverified]"},
    {"cn-liaoning-2021", QT_TRANSLATE_NOOP("pz::GridFactor", "Liaoning"), "provincial", 2021, 0.5876, "MEE & NBS 2021 provincial factors as reproduced in a public code file [unverified]"},
    {"cn-beijing-2022", QT_TRANSLATE_NOOP("pz::GridFactor", "Beijing"), "provincial", 2022, 0.558, "MEE & NBS 2022 provincial factors as reproduced in a public code file [unverified]"},
    {"cn-beijing-2021", QT_TRANSLATE_NOOP("pz::GridFactor", "Beijing"), "provincial", 2021, 0.5688, "MEE & NBS 2021 provincial factors as reproduced in a public code file [unverified]"},
    {"cn-heilongjiang-2022", QT_TRANSLATE_NOOP("pz::GridFactor", "Heilongjiang"), "provincial", 2022, 0.5368, "MEE & NBS 2022 provincial factors as reproduced in a public code file [unverified]"},
    {"cn-heilongjiang-2021", QT_TRANSLATE_NOOP("pz::GridFactor", "Heilongjiang"), "provincial", 2021, 0.6342, "MEE & NBS 2021 provincial factors as reproduced in a public code file [unverified]"},
    {"cn-chongqing-2022", QT_TRANSLATE_NOOP("pz::GridFactor", "Chongqing"), "provincial", 2022, 0.5227, "MEE & NBS 2022 provincial factors as reproduced in a public code file [unverified]"},
    {"cn-chongqing-2021", QT_TRANSLATE_NOOP("pz::GridFactor", "Chongqing"), "provincial", 2021, 0.4743, "MEE & NBS 2021 provincial factors as reproduced in a public code file [unverified]"},
    {"cn-zhejiang-2022", QT_TRANSLATE_NOOP("pz::GridFactor", "Zhejiang"), "provincial", 2022, 0.5153, "MEE & NBS 2022 provincial factors as reproduced in a public code file [unverified]"},
    {"cn-zhejiang-2021", QT_TRANSLATE_NOOP("pz::GridFactor", "Zhejiang"), "provincial", 2021, 0.5422, "MEE & NBS 2021 provincial factors as reproduced in a public code file [unverified]"},
    {"cn-guizhou-2022", QT_TRANSLATE_NOOP("pz::GridFactor", "Guizhou"), "provincial", 2022, 0.4989, "MEE & NBS 2022 provincial factors as reproduced in a public code file [unverified]"},
    {"cn-guizhou-2021", QT_TRANSLATE_NOOP("pz::GridFactor", "Guizhou"), "provincial", 2021, 0.5182, "MEE & NBS 2021 provincial factors as reproduced in a public code file [unverified]"},
    {"cn-jilin-2022", QT_TRANSLATE_NOOP("pz::GridFactor", "Jilin"), "provincial", 2022, 0.4932, "MEE & NBS 2022 provincial factors as reproduced in a public code file [unverified]"},
    {"cn-jilin-2021", QT_TRANSLATE_NOOP("pz::GridFactor", "Jilin"), "provincial", 2021, 0.5629, "MEE & NBS 2021 provincial factors as reproduced in a public code file [unverified]"},
    {"cn-hunan-2022", QT_TRANSLATE_NOOP("pz::GridFactor", "Hunan"), "provincial", 2022, 0.49, "MEE & NBS 2022 provincial factors as reproduced in a public code file [unverified]"},
    {"cn-hunan-2021", QT_TRANSLATE_NOOP("pz::GridFactor", "Hunan"), "provincial", 2021, 0.5138, "MEE & NBS 2021 provincial factors as reproduced in a public code file [unverified]"},
    {"cn-gansu-2022", QT_TRANSLATE_NOOP("pz::GridFactor", "Gansu"), "provincial", 2022, 0.4772, "MEE & NBS 2022 provincial factors as reproduced in a public code file [unverified]"},
    {"cn-gansu-2021", QT_TRANSLATE_NOOP("pz::GridFactor", "Gansu"), "provincial", 2021, 0.4955, "MEE & NBS 2021 provincial factors as reproduced in a public code file [unverified]"},
    {"cn-guangdong-2022", QT_TRANSLATE_NOOP("pz::GridFactor", "Guangdong"), "provincial", 2022, 0.4403, "MEE & NBS 2022 provincial factors as reproduced in a public code file [unverified]"},
    {"cn-guangdong-2021", QT_TRANSLATE_NOOP("pz::GridFactor", "Guangdong"), "provincial", 2021, 0.4715, "MEE & NBS 2021 provincial factors as reproduced in a public code file [unverified]"},
    {"cn-hubei-2022", QT_TRANSLATE_NOOP("pz::GridFactor", "Hubei"), "provincial", 2022, 0.4364, "MEE & NBS 2022 provincial factors as reproduced in a public code file [unverified]"},
    {"cn-hubei-2021", QT_TRANSLATE_NOOP("pz::GridFactor", "Hubei"), "provincial", 2021, 0.3672, "MEE & NBS 2021 provincial factors as reproduced in a public code file [unverified]"},
    {"cn-hainan-2022", QT_TRANSLATE_NOOP("pz::GridFactor", "Hainan"), "provincial", 2022, 0.4184, "MEE & NBS 2022 provincial factors as reproduced in a public code file [unverified]"},
    {"cn-hainan-2021", QT_TRANSLATE_NOOP("pz::GridFactor", "Hainan"), "provincial", 2021, 0.4524, "MEE & NBS 2021 provincial factors as reproduced in a public code file [unverified]"},
    {"cn-fujian-2022", QT_TRANSLATE_NOOP("pz::GridFactor", "Fujian"), "provincial", 2022, 0.4092, "MEE & NBS 2022 provincial factors; agrees with Beijing News top/bottom five [verified]"},
    {"cn-fujian-2021", QT_TRANSLATE_NOOP("pz::GridFactor", "Fujian"), "provincial", 2021, 0.4711, "MEE & NBS 2021 provincial factors as reproduced in a public code file [unverified]"},
    {"cn-guangxi-2022", QT_TRANSLATE_NOOP("pz::GridFactor", "Guangxi"), "provincial", 2022, 0.4044, "MEE & NBS 2022 provincial factors; agrees with Beijing News top/bottom five [verified]"},
    {"cn-guangxi-2021", QT_TRANSLATE_NOOP("pz::GridFactor", "Guangxi"), "provincial", 2021, 0.5154, "MEE & NBS 2021 provincial factors as reproduced in a public code file [unverified]"},
    {"cn-qinghai-2022", QT_TRANSLATE_NOOP("pz::GridFactor", "Qinghai"), "provincial", 2022, 0.1567, "MEE & NBS 2022 provincial factors; agrees with Beijing News top/bottom five [verified]"},
    {"cn-qinghai-2021", QT_TRANSLATE_NOOP("pz::GridFactor", "Qinghai"), "provincial", 2021, 0.1326, "MEE & NBS 2021 provincial factors as reproduced in a public code file [unverified]"},
    {"cn-sichuan-2022", QT_TRANSLATE_NOOP("pz::GridFactor", "Sichuan"), "provincial", 2022, 0.1404, "MEE & NBS 2022 provincial factors; agrees with Beijing News top/bottom five [verified]"},
    {"cn-sichuan-2021", QT_TRANSLATE_NOOP("pz::GridFactor", "Sichuan"), "provincial", 2021, 0.1255, "MEE & NBS 2021 provincial factors as reproduced in a public code file [unverified]"},
    {"cn-yunnan-2022", QT_TRANSLATE_NOOP("pz::GridFactor", "Yunnan"), "provincial", 2022, 0.1073, "MEE & NBS 2022 provincial factors; agrees with Beijing News top/bottom five [verified]"},
    {"cn-yunnan-2021", QT_TRANSLATE_NOOP("pz::GridFactor", "Yunnan"), "provincial", 2021, 0.1235, "MEE & NBS 2021 provincial factors as reproduced in a public code file [unverified]"},
    {"world-iea-2024", QT_TRANSLATE_NOOP("pz::GridFactor", "World average (IEA)"), "international", 2024, 0.445, "IEA Electricity 2025, emissions chapter, CO2 only [verified as cited]"},
    {"world-ember-2022", QT_TRANSLATE_NOOP("pz::GridFactor", "World average, life-cycle (Ember)"), "international", 2022, 0.436, "Ember Global Electricity Review 2023, gCO2e/kWh [verified]"},
    {"us-egrid-2023", QT_TRANSLATE_NOOP("pz::GridFactor", "USA total-output average (EPA eGRID2023)"), "international", 2023, 0.348, "EPA eGRID2023 rev. 2 total-output average [verified as cited]"},
    {"eu27-eea-2023", QT_TRANSLATE_NOOP("pz::GridFactor", "EU-27 generation GHG intensity (EEA)"), "international", 2023, 0.214, "[derived] EEA indicator: 2023 is 58 % below 1990 (510 gCO2e/kWh)"},
    {"eu28-eea-2017", QT_TRANSLATE_NOOP("pz::GridFactor", "EU-28 generation CO2 intensity (EEA)"), "international", 2017, 0.2942, "EEA CO2-intensity dataset, as cited [verified as cited]"},
};

// A city that stands for its province and grid region (Inner Mongolia's east belongs to the
// Northeast grid, its west to the North China grid).
struct Anchor {
    const char *province;
    const char *region;
    double latDeg, lonDeg;
};

// Provincial capitals plus cities spread over the larger provinces, so that the nearest anchor
// is usually in the site's province.
constexpr Anchor kAnchors[] = {
    {"beijing", "north", 39.90, 116.41},   // Beijing
    {"tianjin", "north", 39.13, 117.20},   // Tianjin
    {"hebei", "north", 38.04, 114.51},   // Shijiazhuang
    {"hebei", "north", 40.77, 114.88},   // Zhangjiakou
    {"hebei", "north", 40.95, 117.96},   // Chengde
    {"hebei", "north", 39.63, 118.18},   // Tangshan
    {"hebei", "north", 38.87, 115.46},   // Baoding
    {"hebei", "north", 36.63, 114.54},   // Handan
    {"hebei", "north", 38.30, 116.84},   // Cangzhou
    {"hebei", "north", 39.94, 119.60},   // Qinhuangdao
    {"shanxi", "north", 37.87, 112.55},   // Taiyuan
    {"shanxi", "north", 40.08, 113.30},   // Datong
    {"shanxi", "north", 36.20, 113.12},   // Changzhi
    {"shanxi", "north", 35.03, 111.01},   // Yuncheng
    {"shanxi", "north", 39.33, 112.43},   // Shuozhou
    {"shanxi", "north", 37.52, 111.14},   // Luliang
    {"inner-mongolia", "north", 40.84, 111.75},   // Hohhot
    {"inner-mongolia", "north", 40.66, 109.84},   // Baotou
    {"inner-mongolia", "north", 39.82, 109.98},   // Ordos (Dongsheng)
    {"inner-mongolia", "north", 39.65, 106.79},   // Wuhai
    {"inner-mongolia", "north", 40.74, 107.39},   // Bayannur
    {"inner-mongolia", "north", 38.84, 105.67},   // Alxa Left Banner
    {"inner-mongolia", "north", 41.95, 101.07},   // Ejin Banner
    {"inner-mongolia", "north", 41.03, 113.13},   // Ulanqab
    {"inner-mongolia", "north", 43.93, 116.09},   // Xilinhot
    {"inner-mongolia", "north", 43.65, 111.98},   // Erenhot
    {"inner-mongolia", "northeast", 42.26, 118.89},   // Chifeng
    {"inner-mongolia", "northeast", 43.65, 122.24},   // Tongliao
    {"inner-mongolia", "northeast", 46.08, 122.07},   // Ulanhot
    {"inner-mongolia", "northeast", 49.21, 119.74},   // Hailar
    {"inner-mongolia", "northeast", 49.60, 117.43},   // Manzhouli
    {"shandong", "north", 36.65, 117.12},   // Jinan
    {"shandong", "north", 36.07, 120.38},   // Qingdao
    {"shandong", "north", 37.46, 121.45},   // Yantai
    {"shandong", "north", 35.10, 118.36},   // Linyi
    {"shandong", "north", 35.23, 115.48},   // Heze
    {"shandong", "north", 37.43, 116.36},   // Dezhou
    {"liaoning", "northeast", 41.80, 123.43},   // Shenyang
    {"liaoning", "northeast", 38.91, 121.60},   // Dalian
    {"liaoning", "northeast", 41.10, 121.13},   // Jinzhou
    {"liaoning", "northeast", 41.57, 120.45},   // Chaoyang
    {"jilin", "northeast", 43.82, 125.32},   // Changchun
    {"jilin", "northeast", 43.84, 126.55},   // Jilin
    {"jilin", "northeast", 42.89, 129.51},   // Yanji
    {"jilin", "northeast", 45.62, 122.84},   // Baicheng
    {"jilin", "northeast", 41.73, 125.94},   // Tonghua
    {"heilongjiang", "northeast", 45.80, 126.53},   // Harbin
    {"heilongjiang", "northeast", 47.35, 123.92},   // Qiqihar
    {"heilongjiang", "northeast", 44.55, 129.63},   // Mudanjiang
    {"heilongjiang", "northeast", 46.80, 130.32},   // Jiamusi
    {"heilongjiang", "northeast", 50.25, 127.53},   // Heihe
    {"heilongjiang", "northeast", 52.97, 122.54},   // Mohe
    {"shanghai", "east", 31.23, 121.47},   // Shanghai
    {"jiangsu", "east", 32.06, 118.80},   // Nanjing
    {"jiangsu", "east", 34.26, 117.18},   // Xuzhou
    {"jiangsu", "east", 34.60, 119.22},   // Lianyungang
    {"jiangsu", "east", 31.30, 120.59},   // Suzhou
    {"jiangsu", "east", 33.35, 120.16},   // Yancheng
    {"zhejiang", "east", 30.27, 120.16},   // Hangzhou
    {"zhejiang", "east", 29.87, 121.54},   // Ningbo
    {"zhejiang", "east", 28.00, 120.70},   // Wenzhou
    {"zhejiang", "east", 28.97, 118.87},   // Quzhou
    {"anhui", "east", 31.82, 117.23},   // Hefei
    {"anhui", "east", 32.89, 115.81},   // Fuyang
    {"anhui", "east", 30.54, 117.06},   // Anqing
    {"anhui", "east", 29.71, 118.34},   // Huangshan
    {"anhui", "east", 32.92, 117.39},   // Bengbu
    {"fujian", "east", 26.07, 119.30},   // Fuzhou
    {"fujian", "east", 24.48, 118.09},   // Xiamen
    {"fujian", "east", 26.64, 118.18},   // Nanping
    {"fujian", "east", 25.08, 117.02},   // Longyan
    {"henan", "central", 34.75, 113.63},   // Zhengzhou
    {"henan", "central", 34.62, 112.45},   // Luoyang
    {"henan", "central", 33.00, 112.53},   // Nanyang
    {"henan", "central", 32.13, 114.09},   // Xinyang
    {"henan", "central", 36.10, 114.39},   // Anyang
    {"henan", "central", 34.41, 115.66},   // Shangqiu
    {"hubei", "central", 30.59, 114.31},   // Wuhan
    {"hubei", "central", 30.69, 111.29},   // Yichang
    {"hubei", "central", 32.01, 112.12},   // Xiangyang
    {"hubei", "central", 30.27, 109.49},   // Enshi
    {"hubei", "central", 32.63, 110.80},   // Shiyan
    {"hunan", "central", 28.23, 112.94},   // Changsha
    {"hunan", "central", 29.36, 113.13},   // Yueyang
    {"hunan", "central", 27.55, 109.99},   // Huaihua
    {"hunan", "central", 25.77, 113.01},   // Chenzhou
    {"jiangxi", "central", 28.68, 115.86},   // Nanchang
    {"jiangxi", "central", 25.83, 114.93},   // Ganzhou
    {"jiangxi", "central", 29.71, 115.99},   // Jiujiang
    {"jiangxi", "central", 28.45, 117.94},   // Shangrao
    {"shaanxi", "northwest", 34.34, 108.94},   // Xi'an
    {"shaanxi", "northwest", 38.29, 109.73},   // Yulin
    {"shaanxi", "northwest", 36.59, 109.49},   // Yan'an
    {"shaanxi", "northwest", 33.07, 107.03},   // Hanzhong
    {"shaanxi", "northwest", 32.68, 109.03},   // Ankang
    {"gansu", "northwest", 36.06, 103.83},   // Lanzhou
    {"gansu", "northwest", 39.73, 98.49},   // Jiuquan
    {"gansu", "northwest", 40.14, 94.66},   // Dunhuang
    {"gansu", "northwest", 38.93, 100.45},   // Zhangye
    {"gansu", "northwest", 34.58, 105.72},   // Tianshui
    {"gansu", "northwest", 37.93, 102.64},   // Wuwei
    {"qinghai", "northwest", 36.62, 101.78},   // Xining
    {"qinghai", "northwest", 36.40, 94.90},   // Golmud
    {"qinghai", "northwest", 33.00, 97.01},   // Yushu
    {"qinghai", "northwest", 37.37, 97.36},   // Delingha
    {"qinghai", "northwest", 34.92, 98.21},   // Maduo
    {"qinghai", "northwest", 38.25, 90.86},   // Mangya
    {"ningxia", "northwest", 38.49, 106.23},   // Yinchuan
    {"ningxia", "northwest", 39.02, 106.38},   // Shizuishan
    {"ningxia", "northwest", 36.00, 106.24},   // Guyuan
    {"ningxia", "northwest", 37.51, 105.19},   // Zhongwei
    {"xinjiang", "northwest", 43.83, 87.62},   // Urumqi
    {"xinjiang", "northwest", 39.47, 75.99},   // Kashgar
    {"xinjiang", "northwest", 37.11, 79.92},   // Hotan
    {"xinjiang", "northwest", 41.17, 80.26},   // Aksu
    {"xinjiang", "northwest", 41.76, 86.15},   // Korla
    {"xinjiang", "northwest", 42.82, 93.51},   // Hami
    {"xinjiang", "northwest", 43.92, 81.32},   // Yining
    {"xinjiang", "northwest", 47.85, 88.14},   // Altay
    {"xinjiang", "northwest", 45.58, 84.89},   // Karamay
    {"xinjiang", "northwest", 39.02, 88.17},   // Ruoqiang
    {"xinjiang", "northwest", 37.07, 82.69},   // Minfeng
    {"xinjiang", "northwest", 38.13, 85.53},   // Qiemo
    {"xinjiang", "northwest", 39.00, 83.67},   // Tazhong
    {"guangdong", "south", 23.13, 113.26},   // Guangzhou
    {"guangdong", "south", 21.27, 110.36},   // Zhanjiang
    {"guangdong", "south", 23.35, 116.68},   // Shantou
    {"guangdong", "south", 22.54, 114.06},   // Shenzhen
    {"guangdong", "south", 24.81, 113.60},   // Shaoguan
    {"guangxi", "south", 22.82, 108.37},   // Nanning
    {"guangxi", "south", 25.27, 110.29},   // Guilin
    {"guangxi", "south", 21.48, 109.12},   // Beihai
    {"guangxi", "south", 23.90, 106.62},   // Baise
    {"hainan", "south", 20.04, 110.20},   // Haikou
    {"hainan", "south", 18.25, 109.51},   // Sanya
    {"guizhou", "south", 26.65, 106.63},   // Guiyang
    {"guizhou", "south", 27.73, 106.93},   // Zunyi
    {"guizhou", "south", 26.59, 104.83},   // Liupanshui
    {"guizhou", "south", 27.72, 109.19},   // Tongren
    {"yunnan", "south", 25.04, 102.71},   // Kunming
    {"yunnan", "south", 26.86, 100.23},   // Lijiang
    {"yunnan", "south", 22.01, 100.80},   // Jinghong
    {"yunnan", "south", 25.11, 99.16},   // Baoshan
    {"yunnan", "south", 27.34, 103.72},   // Zhaotong
    {"chongqing", "southwest", 29.56, 106.55},   // Chongqing
    {"chongqing", "southwest", 30.81, 108.41},   // Wanzhou
    {"sichuan", "southwest", 30.57, 104.07},   // Chengdu
    {"sichuan", "southwest", 27.89, 102.26},   // Xichang
    {"sichuan", "southwest", 30.05, 101.96},   // Kangding
    {"sichuan", "southwest", 31.62, 99.99},   // Garze
    {"sichuan", "southwest", 26.58, 101.72},   // Panzhihua
    {"sichuan", "southwest", 30.84, 106.11},   // Nanchong
    {"tibet", "southwest", 29.65, 91.14},   // Lhasa
    {"tibet", "southwest", 29.27, 88.88},   // Shigatse
    {"tibet", "southwest", 31.48, 92.05},   // Nagqu
    {"tibet", "southwest", 31.14, 97.17},   // Qamdo
    {"tibet", "southwest", 29.65, 94.36},   // Nyingchi
    {"tibet", "southwest", 32.50, 80.10},   // Shiquanhe
    {"tibet", "southwest", 32.30, 84.06},   // Gerze
    {"tibet", "southwest", 33.19, 88.83},   // Shuanghu
    {"tibet", "southwest", 28.66, 87.12},   // Tingri
};

constexpr double kEarthRadiusKm = 6371.0;
constexpr double kMainlandRadiusKm = 300.0;   // farther from every anchor: outside mainland China

double distanceKm(double lat1, double lon1, double lat2, double lon2)
{
    const double dLat = (lat2 - lat1) * kDegToRad, dLon = (lon2 - lon1) * kDegToRad;
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(lat1 * kDegToRad) * std::cos(lat2 * kDegToRad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * kEarthRadiusKm * std::asin(std::min(1.0, std::sqrt(a)));
}

const Anchor *nearestAnchor(double latDeg, double lonDeg)
{
    const Anchor *best = nullptr;
    double bestKm = std::numeric_limits<double>::infinity();
    for (const Anchor &a : kAnchors) {
        const double d = distanceKm(latDeg, lonDeg, a.latDeg, a.lonDeg);
        if (d < bestKm) {
            bestKm = d;
            best = &a;
        }
    }
    return bestKm <= kMainlandRadiusKm ? best : nullptr;
}

// The first (latest-year) factor whose key is "cn-<name>-<year>" with the given scope.
const GridFactor *latestFor(const QString &name, const char *scope)
{
    const QString prefix = QStringLiteral("cn-%1-").arg(name);
    for (const GridFactor &f : kFactors)
        if (qstrcmp(f.scope, scope) == 0 && QLatin1String(f.key).startsWith(prefix)
            && QLatin1String(f.key).mid(prefix.size()).size() == 4)
            return &f;
    return nullptr;
}

} // namespace

const std::vector<GridFactor> &gridFactors()
{
    return kFactors;
}

const GridFactor *findGridFactor(const QString &key)
{
    for (const GridFactor &f : kFactors)
        if (key == QLatin1String(f.key))
            return &f;
    return nullptr;
}

QString displayName(const GridFactor &factor)
{
    return QCoreApplication::translate("pz::GridFactor", "%1 (%2)")
        .arg(QCoreApplication::translate("pz::GridFactor", factor.name))
        .arg(factor.year);
}

QString provinceKeyAt(double latitudeDeg, double longitudeDeg)
{
    const Anchor *a = nearestAnchor(latitudeDeg, longitudeDeg);
    return a ? QString::fromLatin1(a->province) : QString();
}

QString gridRegionKeyAt(double latitudeDeg, double longitudeDeg)
{
    const Anchor *a = nearestAnchor(latitudeDeg, longitudeDeg);
    return a ? QString::fromLatin1(a->region) : QString();
}

QString defaultGridFactorKey(double latitudeDeg, double longitudeDeg)
{
    const Anchor *a = nearestAnchor(latitudeDeg, longitudeDeg);
    if (!a)
        return QStringLiteral("world-iea-2024");
    if (const GridFactor *f = latestFor(QString::fromLatin1(a->province), "provincial"))
        return QString::fromLatin1(f->key);
    if (const GridFactor *f = latestFor(QString::fromLatin1(a->region), "regional"))
        return QString::fromLatin1(f->key);
    return QStringLiteral("cn-national-2023");
}

} // namespace pz::energy
