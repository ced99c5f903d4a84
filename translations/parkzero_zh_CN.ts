<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BackgroundImport</name>
    <message>
        <source>%1: has no georeference (geotransform and CRS)</source>
        <translation>%1：没有地理参考（地理变换和坐标系）</translation>
    </message>
    <message>
        <source>Import background %1</source>
        <translation>导入底图 %1</translation>
    </message>
    <message>
        <source>Recalibrate Background</source>
        <translation>重新校准底图</translation>
    </message>
    <message>
        <source>Recalibrate background %1</source>
        <translation>重新校准底图 %1</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>EconomicsJson</name>
    <message>
        <source>unknown field</source>
        <translation>未知字段</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>应为%1，实际为 %2</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>expected a whole number, got %1</source>
        <translation>应为整数，实际为 %1</translation>
    </message>
    <message>
        <source>must be between %1 and %2 (got %3)</source>
        <translation>必须介于 %1 与 %2 之间（实际为 %3）</translation>
    </message>
    <message>
        <source>an array of periods</source>
        <translation>时段数组</translation>
    </message>
    <message>
        <source>expected {&quot;name&quot;: a string, &quot;price_CNY_per_kWh&quot;: a number}</source>
        <translation>应为 {&quot;name&quot;: 字符串, &quot;price_CNY_per_kWh&quot;: 数字}</translation>
    </message>
    <message>
        <source>expected 12 rows (January first) of 24 period indices</source>
        <translation>应为 12 行（从一月开始），每行 24 个时段索引</translation>
    </message>
    <message>
        <source>expected 24 period indices (the hour from 00:00 first)</source>
        <translation>应为 24 个时段索引（从 00:00 开始的小时）</translation>
    </message>
    <message>
        <source>expected a period index (a whole number)</source>
        <translation>应为时段索引（整数）</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (expected one of: %2)</source>
        <translation>未知值“%1”（应为以下之一：%2）</translation>
    </message>
    <message>
        <source>%1: cannot be saved: %2</source>
        <translation>%1：无法保存：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1：%2：%3</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>JSON 无效：%1</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot; (not a ParkZero cost set)</source>
        <translation>应为“%1”（不是 ParkZero 费用集）</translation>
    </message>
    <message>
        <source>this version reads cost sets of version 1 to %1</source>
        <translation>此版本读取版本 1 至 %1 的费用集</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
</context>
<context>
    <name>ObjectClipboard</name>
    <message>
        <source>The clipboard holds no park objects</source>
        <translation>剪贴板中没有园区对象</translation>
    </message>
    <message>
        <source>clipboard</source>
        <translation>剪贴板</translation>
    </message>
</context>
<context>
    <name>ObjectFactory</name>
    <message>
        <source>Building %1</source>
        <translation>建筑 %1</translation>
    </message>
    <message>
        <source>PV field %1</source>
        <translation>光伏阵列 %1</translation>
    </message>
    <message>
        <source>Storage %1</source>
        <translation>储能 %1</translation>
    </message>
    <message>
        <source>Green space %1</source>
        <translation>绿地 %1</translation>
    </message>
    <message>
        <source>Turbine %1</source>
        <translation>风机 %1</translation>
    </message>
</context>
<context>
    <name>ProjectReader</name>
    <message>
        <source>required field is missing</source>
        <translation>缺少必填字段</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>应为%1，实际为 %2</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (expected one of: %2)</source>
        <translation>未知值“%1”（应为以下之一：%2）</translation>
    </message>
    <message>
        <source>an array of [x, y] points</source>
        <translation>由 [x, y] 点组成的数组</translation>
    </message>
    <message numerus="yes">
        <source>an array of %n value(s)</source>
        <translation>
            <numerusform>包含 %n 个值的数组</numerusform>
        </translation>
    </message>
    <message>
        <source>expected a point [x, y] of two numbers, got [%1, %2]</source>
        <translation>应为由两个数组成的点 [x, y]，实际为 [%1, %2]</translation>
    </message>
    <message>
        <source>expected a point [x, y], got %1</source>
        <translation>应为点 [x, y]，实际为 %1</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>未知字段</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>must be a finite number (got %1)</source>
        <translation>必须是有限数（实际为 %1）</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>expected a whole number, got %1</source>
        <translation>应为整数，实际为 %1</translation>
    </message>
    <message>
        <source>must be between %1 and %2 (got %3)</source>
        <translation>必须介于 %1 与 %2 之间（实际为 %3）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1：%2：%3</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>文件为空（0 字节）</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>JSON 无效：%1</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level, got %1</source>
        <translation>顶层应为 JSON 对象，实际为 %1</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>单个值</translation>
    </message>
    <message>
        <source>required field is missing (not a ParkZero project file)</source>
        <translation>缺少必填字段（不是 ParkZero 项目文件）</translation>
    </message>
    <message>
        <source>expected &quot;parkzero&quot;, got %1 (not a ParkZero project file)</source>
        <translation>应为“parkzero”，实际为 %1（不是 ParkZero 项目文件）</translation>
    </message>
    <message>
        <source>written by a newer ParkZero (format %1); this version reads up to %2</source>
        <translation>由较新版本的 ParkZero 写入（格式 %1）；本版本最高可读取格式 %2</translation>
    </message>
    <message>
        <source>must be 1 or more (got %1)</source>
        <translation>必须大于或等于 1（实际为 %1）</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>应为对象，实际为 %1</translation>
    </message>
    <message>
        <source>%1: %2.%3</source>
        <translation>%1：%2.%3</translation>
    </message>
    <message>
        <source>unknown object type &quot;%1&quot; (expected one of: %2)</source>
        <translation>未知的对象类型“%1”（应为以下之一：%2）</translation>
    </message>
    <message>
        <source>added in format version %1; the file declares version %2</source>
        <translation>在格式版本 %1 中新增；该文件声明的版本为 %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was added in format version %2; the file declares version %3</source>
        <translation>“%1”在格式版本 %2 中新增；该文件声明的版本为 %3</translation>
    </message>
    <message>
        <source>duplicate id %1 (already used by %2)</source>
        <translation>重复的 id %1（已被 %2 使用）</translation>
    </message>
    <message>
        <source>must hold at least one scenario</source>
        <translation>至少须包含一个方案</translation>
    </message>
    <message>
        <source>no scenario has the id &quot;%1&quot; (ids: %2)</source>
        <translation>没有 id 为“%1”的方案（现有 id：%2）</translation>
    </message>
    <message>
        <source>must be 1 to 64 letters, digits, &apos;_&apos; or &apos;-&apos; (got &quot;%1&quot;)</source>
        <translation>须为 1 到 64 个字母、数字、“_”或“-”（实际为“%1”）</translation>
    </message>
    <message>
        <source>must be 1 to 200 characters, not only spaces (got &quot;%1&quot;)</source>
        <translation>须为 1 到 200 个字符，且不能全为空格（实际为“%1”）</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot; (already used by scenarios[%2])</source>
        <translation>重复的 id“%1”（已被 scenarios[%2] 使用）</translation>
    </message>
    <message>
        <source>duplicate name &quot;%1&quot; (already used by scenarios[%2])</source>
        <translation>重复的名称“%1”（已被 scenarios[%2] 使用）</translation>
    </message>
    <message>
        <source>an array of numbers</source>
        <translation>数值数组</translation>
    </message>
    <message>
        <source>expected a finite number, got %1</source>
        <translation>应为有限数值，实际为 %1</translation>
    </message>
    <message>
        <source>expected an array of six finite numbers [a, b, c, d, e, f]</source>
        <translation>应为六个有限数值的数组 [a, b, c, d, e, f]</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>No recent files</source>
        <translation>无最近打开的文件</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>清除菜单(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ResultFormat</name>
    <message>
        <source>GWh</source>
        <translation>GWh</translation>
    </message>
    <message>
        <source>MWh</source>
        <translation>MWh</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>GW</source>
        <translation>GW</translation>
    </message>
    <message>
        <source>MW</source>
        <translation>MW</translation>
    </message>
    <message>
        <source>kW</source>
        <translation>kW</translation>
    </message>
    <message>
        <source>%1 t CO₂e</source>
        <extracomment>tonnes of CO2 equivalent</extracomment>
        <translation>%1 t CO₂e</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 tCO₂/tce</source>
        <translation>%1 tCO₂/tce</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <extracomment>change of a percentage, in percentage points</extracomment>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>%1 M CNY</source>
        <extracomment>million yuan (CNY)</extracomment>
        <translation>%1 百万元</translation>
    </message>
    <message>
        <source>%1 k CNY</source>
        <extracomment>thousand yuan (CNY)</extracomment>
        <translation>%1 千元</translation>
    </message>
    <message>
        <source>%1 CNY</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>%1 CNY/kWh</source>
        <translation>%1 元/kWh</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <source>M CNY</source>
        <extracomment>million yuan (CNY)</extracomment>
        <translation>百万元</translation>
    </message>
    <message>
        <source>k CNY</source>
        <extracomment>thousand yuan (CNY)</extracomment>
        <translation>千元</translation>
    </message>
    <message>
        <source>CNY</source>
        <translation>元</translation>
    </message>
</context>
<context>
    <name>ResultSeries</name>
    <message>
        <source>Grid emissions</source>
        <translation>电网排放</translation>
    </message>
    <message>
        <source>Green-space sink</source>
        <translation>绿地碳汇</translation>
    </message>
    <message>
        <source>Export credit</source>
        <translation>上网电量抵扣</translation>
    </message>
    <message>
        <source>Net operational</source>
        <translation>运行净排放</translation>
    </message>
    <message>
        <source>Embodied</source>
        <translation>隐含碳</translation>
    </message>
    <message>
        <source>Net with embodied</source>
        <translation>含隐含碳的净排放</translation>
    </message>
    <message>
        <source>Natural gas</source>
        <translation>天然气</translation>
    </message>
    <message>
        <source>Coal</source>
        <translation>煤炭</translation>
    </message>
    <message>
        <source>Purchased heat</source>
        <translation>外购热力</translation>
    </message>
    <message>
        <source>Rooftop PV</source>
        <translation>屋顶光伏</translation>
    </message>
    <message>
        <source>Ground PV</source>
        <translation>地面光伏</translation>
    </message>
    <message>
        <source>Wind on site</source>
        <translation>场内风电</translation>
    </message>
    <message>
        <source>Off-site plant</source>
        <translation>场外电站</translation>
    </message>
    <message>
        <source>All from grid</source>
        <translation>全部取自电网</translation>
    </message>
    <message>
        <source>Green power bought</source>
        <translation>购买绿电</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>must be a finite number</source>
        <translation>必须是有限数</translation>
    </message>
    <message>
        <source>must be &gt; %1</source>
        <translation>必须大于 %1</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>必须介于 %1 与 %2 之间</translation>
    </message>
    <message>
        <source>%1: must be at most 200 characters long</source>
        <translation>%1：长度不能超过 200 个字符</translation>
    </message>
    <message>
        <source>%1: %2 (got %3)</source>
        <translation>%1：%2（实际为 %3）</translation>
    </message>
    <message>
        <source>%1: polygon %2</source>
        <translation>%1：多边形%2</translation>
    </message>
    <message>
        <source>floors: must be between 1 and 300 (got %1)</source>
        <translation>floors：必须介于 1 与 300 之间（实际为 %1）</translation>
    </message>
    <message>
        <source>process.ev_window_start: must be between 0 and 23 (got %1)</source>
        <translation>process.ev_window_start：必须介于 0 与 23 之间（实际为 %1）</translation>
    </message>
    <message>
        <source>process.ev_window_end: must be between 1 and 24 (got %1)</source>
        <translation>process.ev_window_end：必须介于 1 与 24 之间（实际为 %1）</translation>
    </message>
    <message>
        <source>soc_min: must be below soc_max (got %1 ≥ %2)</source>
        <translation>soc_min：必须小于 soc_max（实际为 %1 ≥ %2）</translation>
    </message>
    <message>
        <source>%1: unknown turbine type &quot;%2&quot; (expected a built-in type: %3, or a .csv file)</source>
        <translation>%1：未知的风机机型“%2”（应为内置机型：%3，或 .csv 文件）</translation>
    </message>
    <message>
        <source>%1turbine_count: must be between 1 and 10000 (got %2)</source>
        <translation>%1turbine_count：必须介于 1 与 10000 之间（实际为 %2）</translation>
    </message>
    <message>
        <source>group: must not be empty</source>
        <translation>group：不能为空</translation>
    </message>
    <message>
        <source>%1: must hold %2 values, one per hour of the year (got %3)</source>
        <translation>%1：必须包含 %2 个数值，全年每小时一个（实际 %3 个）</translation>
    </message>
    <message>
        <source>%1[%2]: must be a finite number ≥ 0 (got %3)</source>
        <translation>%1[%2]：必须为 ≥ 0 的有限数值（实际为 %3）</translation>
    </message>
    <message>
        <source>%1: must name an image file</source>
        <translation>%1：必须指定一个图像文件</translation>
    </message>
    <message>
        <source>%1: the transform flattens the image to a line</source>
        <translation>%1：该变换把图像压成了一条线</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design zero-carbon industrial parks.</source>
        <translation>设计零碳产业园区。</translation>
    </message>
    <message>
        <source>Project to open (*.parkzero).</source>
        <translation>要打开的项目（*.parkzero）。</translation>
    </message>
    <message>
        <source>Render the main window to a PNG file and exit.</source>
        <translation>将主窗口渲染为 PNG 文件后退出。</translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1600x1000).</source>
        <translation>--screenshot 的窗口尺寸（默认 1600x1000）。</translation>
    </message>
    <message>
        <source>Select the objects with this name (for --screenshot).</source>
        <translation>选中具有此名称的对象（用于 --screenshot）。</translation>
    </message>
    <message>
        <source>Show the sun study&apos;s shadows at this local time, e.g. 2023-12-21T10:00 (for --screenshot).</source>
        <translation>显示日照分析在此当地时间的阴影，例如 2023-12-21T10:00（用于 --screenshot）。</translation>
    </message>
    <message>
        <source>Save the site plan as shown to a PNG or SVG file (by suffix) and exit.</source>
        <translation>将当前显示的总平面图保存为 PNG 或 SVG 文件（按后缀判断）后退出。</translation>
    </message>
    <message>
        <source>Scale of the PNG written by --export-map (default 2).</source>
        <translation>--export-map 写出的 PNG 的缩放倍数（默认 2）。</translation>
    </message>
    <message>
        <source>Bring this panel or result tab to the front, by object name, e.g. CostsDock or cashFlowChart (for --screenshot).</source>
        <translation>按对象名称将此面板或结果标签页置于最前，例如 CostsDock 或 cashFlowChart（用于 --screenshot）。</translation>
    </message>
</context>
<context>
    <name>pz</name>
    <message>
        <source>Unknown built-in weather location &quot;%1&quot;.</source>
        <translation>未知的内置气象地点“%1”。</translation>
    </message>
    <message>
        <source>Load profile of &quot;%1&quot;: %2</source>
        <translation>“%1”的负荷曲线：%2</translation>
    </message>
    <message>
        <source>User value</source>
        <translation>用户输入值</translation>
    </message>
    <message>
        <source>Hourly grid factor profile: %1</source>
        <translation>逐时电网排放因子曲线：%1</translation>
    </message>
    <message>
        <source>Hourly profile %1</source>
        <translation>逐时曲线 %1</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>建筑</translation>
    </message>
    <message>
        <source>PV field</source>
        <translation>光伏阵列</translation>
    </message>
    <message>
        <source>Battery storage</source>
        <translation>电池储能</translation>
    </message>
    <message>
        <source>Green space</source>
        <translation>绿地</translation>
    </message>
    <message>
        <source>Battery-cell plant</source>
        <translation>电池电芯工厂</translation>
    </message>
    <message>
        <source>PV-module plant</source>
        <translation>光伏组件工厂</translation>
    </message>
    <message>
        <source>Hydrogen electrolysis hall</source>
        <translation>电解水制氢车间</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办公</translation>
    </message>
    <message>
        <source>Data centre</source>
        <translation>数据中心</translation>
    </message>
    <message>
        <source>Canteen</source>
        <translation>食堂</translation>
    </message>
    <message>
        <source>Light manufacturing</source>
        <translation>轻工制造</translation>
    </message>
    <message>
        <source>Steel frame</source>
        <translation>钢结构</translation>
    </message>
    <message>
        <source>Concrete frame</source>
        <translation>混凝土框架</translation>
    </message>
    <message>
        <source>Open rack</source>
        <translation>开放式支架</translation>
    </message>
    <message>
        <source>Close roof mount</source>
        <translation>贴近屋面安装</translation>
    </message>
    <message>
        <source>SAPM</source>
        <translation>SAPM</translation>
    </message>
    <message>
        <source>Faiman</source>
        <translation>Faiman</translation>
    </message>
    <message>
        <source>LFP</source>
        <translation>磷酸铁锂（LFP）</translation>
    </message>
    <message>
        <source>NMC</source>
        <translation>三元锂（NMC）</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>恒定运行</translation>
    </message>
    <message>
        <source>Follow PV surplus</source>
        <translation>跟随光伏余电</translation>
    </message>
    <message>
        <source>Self-consumption</source>
        <translation>自发自用优先</translation>
    </message>
    <message>
        <source>Carbon-aware</source>
        <translation>碳感知</translation>
    </message>
    <message>
        <source>%1: over the year DNI·cos z + DHI falls %2 % short of GHI, so tilted planes get less beam than the file&apos;s GHI implies. The site can take the beam from GHI and DHI instead.</source>
        <translation>%1：全年 DNI·cos z + DHI 比 GHI 少 %2 %，倾斜面得到的直射辐射少于该文件 GHI 所对应的量。可在场址设置中改为由 GHI 和 DHI 推算直射辐射。</translation>
    </message>
    <message>
        <source>%1: over the year DNI·cos z + DHI exceeds GHI by %2 %, so tilted planes get more beam than the file&apos;s GHI implies. The site can take the beam from GHI and DHI instead.</source>
        <translation>%1：全年 DNI·cos z + DHI 比 GHI 多 %2 %，倾斜面得到的直射辐射多于该文件 GHI 所对应的量。可在场址设置中改为由 GHI 和 DHI 推算直射辐射。</translation>
    </message>
    <message>
        <source>%1: %2 (got %3)</source>
        <translation>%1：%2（实际为 %3）</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>必须为有限数值</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>必须介于 %1 和 %2 之间</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>必须不小于 %1</translation>
    </message>
    <message>
        <source>every hour needs a period</source>
        <translation>每个小时都必须指定电价时段</translation>
    </message>
    <message>
        <source>valley</source>
        <translation>谷段</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>平段</translation>
    </message>
    <message>
        <source>peak</source>
        <translation>峰段</translation>
    </message>
    <message>
        <source>%1: at least one period is needed</source>
        <translation>%1：至少需要一个时段</translation>
    </message>
    <message>
        <source>%1: must be at most 200 characters long</source>
        <translation>%1：长度不得超过 200 个字符</translation>
    </message>
    <message>
        <source>peak : valley is %1 : 1; the national TOU rule asks for at least 3 : 1</source>
        <translation>峰谷电价比为 %1 : 1；国家分时电价政策要求不低于 3 : 1</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>m³</source>
        <translation>m³</translation>
    </message>
    <message>
        <source>t</source>
        <translation>t</translation>
    </message>
    <message>
        <source>GJ</source>
        <translation>GJ</translation>
    </message>
    <message>
        <source>%1 (wind): %2</source>
        <translation>%1（风电）：%2</translation>
    </message>
    <message>
        <source>Wind turbine</source>
        <translation>风机</translation>
    </message>
    <message>
        <source>Power law</source>
        <translation>幂律</translation>
    </message>
    <message>
        <source>Logarithmic</source>
        <translation>对数律</translation>
    </message>
    <message>
        <source>PV plant</source>
        <translation>光伏电站</translation>
    </message>
    <message>
        <source>Wind plant</source>
        <translation>风电场</translation>
    </message>
    <message>
        <source>unknown turbine type &quot;%1&quot;</source>
        <translation>未知的风机机型“%1”</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: the electrolyser follows the PV surplus; the optimizer keeps it at its profile for the park as it stands</source>
        <translation>%1：电解槽跟随光伏余电运行；优化器按现状园区的运行曲线将其固定</translation>
    </message>
    <message>
        <source>%1: no PV area (the setback leaves nothing), not a candidate</source>
        <translation>%1：无光伏面积（退界后无剩余），不作为候选</translation>
    </message>
    <message>
        <source>%1: its kWp is 0 and no profile at its area-derived kWp was computed; its profile is 0</source>
        <translation>%1：其 kWp 为 0，且未按面积推算的 kWp 计算出力曲线；其曲线为 0</translation>
    </message>
    <message>
        <source>%1: %2 turbines rounded to %3</source>
        <translation>%1：%2 台风机取整为 %3 台</translation>
    </message>
    <message>
        <source>%1: removed (not to be built)</source>
        <translation>%1：已删除（不建设）</translation>
    </message>
    <message>
        <source>%1: removed (no battery in the optimum)</source>
        <translation>%1：已删除（最优解中无储能）</translation>
    </message>
    <message>
        <source>Battery (optimised)</source>
        <translation>储能（优化）</translation>
    </message>
    <message>
        <source>%1: added at (%2, %3) m</source>
        <translation>%1：已添加于 (%2, %3) m</translation>
    </message>
    <message>
        <source>The rule dispatch starts the year with the battery at its minimum charge; the optimizer&apos;s charge is cyclic.</source>
        <translation>规则调度在年初以储能最低荷电状态起步；优化器的荷电状态首尾循环。</translation>
    </message>
    <message>
        <source>The rule dispatch charges from every surplus and discharges into every deficit; it does not follow prices.</source>
        <translation>规则调度遇盈余即充电、遇缺口即放电，不随电价调整。</translation>
    </message>
    <message>
        <source>Turbine counts were rounded to whole turbines.</source>
        <translation>风机台数已取整。</translation>
    </message>
    <message>
        <source>The new layout is simulated with its own shading and wakes; the optimizer used the profiles of the layout it was given.</source>
        <translation>新布局按其自身的遮挡与尾流模拟；优化器使用的是原布局的出力曲线。</translation>
    </message>
    <message>
        <source>Candidate (0 to maximum)</source>
        <translation>候选（0 至上限）</translation>
    </message>
    <message>
        <source>Keep placed (at least)</source>
        <translation>保留已布置（不低于）</translation>
    </message>
    <message>
        <source>Fixed as placed</source>
        <translation>固定为已布置</translation>
    </message>
    <message>
        <source>Not built</source>
        <translation>不建设</translation>
    </message>
    <message>
        <source>The least-cost optimum for &quot;%1&quot;: %2 CNY/yr, intensity %3 tCO2/tce under the optimizer&apos;s dispatch (threshold %4), marginal abatement cost %5 CNY/tCO2.</source>
        <translation>“%1”的最低成本最优解：%2 元/年，优化器调度下的强度为 %3 tCO2/tce（阈值 %4），边际减排成本 %5 元/tCO2。</translation>
    </message>
    <message>
        <source>The simulated indicator can differ:</source>
        <translation>模拟所得指标可能不同，原因：</translation>
    </message>
    <message>
        <source>%1 CNY/yr</source>
        <translation>%1 元/年</translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>PV %1</source>
        <translation>光伏 %1</translation>
    </message>
    <message>
        <source>%1 kWp (of %2)</source>
        <translation>%1 kWp（上限 %2）</translation>
    </message>
    <message>
        <source>Wind %1</source>
        <translation>风电 %1</translation>
    </message>
    <message>
        <source>%1 turbines (%2 kW)</source>
        <translation>%1 台风机（%2 kW）</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>储能</translation>
    </message>
    <message>
        <source>%1 kWh, %2 kW</source>
        <translation>%1 kWh，%2 kW</translation>
    </message>
    <message>
        <source>Green power</source>
        <translation>绿电</translation>
    </message>
    <message>
        <source>%1 MWh/yr</source>
        <translation>%1 MWh/年</translation>
    </message>
    <message>
        <source>Annual cost</source>
        <translation>年成本</translation>
    </message>
    <message>
        <source>Total (objective)</source>
        <translation>合计（目标函数）</translation>
    </message>
    <message>
        <source>PV investment</source>
        <translation>光伏投资</translation>
    </message>
    <message>
        <source>PV O&amp;M</source>
        <translation>光伏运维</translation>
    </message>
    <message>
        <source>Wind investment</source>
        <translation>风电投资</translation>
    </message>
    <message>
        <source>Wind O&amp;M</source>
        <translation>风电运维</translation>
    </message>
    <message>
        <source>Battery investment</source>
        <translation>储能投资</translation>
    </message>
    <message>
        <source>Battery O&amp;M</source>
        <translation>储能运维</translation>
    </message>
    <message>
        <source>Grid energy</source>
        <translation>购电电费</translation>
    </message>
    <message>
        <source>Demand charge</source>
        <translation>需量电费</translation>
    </message>
    <message>
        <source>Green power premium</source>
        <translation>绿电溢价</translation>
    </message>
    <message>
        <source>Export revenue</source>
        <translation>上网收入</translation>
    </message>
    <message>
        <source>Without the carbon requirement</source>
        <translation>不含碳约束时</translation>
    </message>
    <message>
        <source>What zero carbon adds</source>
        <translation>零碳增加的成本</translation>
    </message>
    <message>
        <source>Fixed by kept objects</source>
        <translation>保留对象所固定的部分</translation>
    </message>
    <message>
        <source>Marginal abatement cost</source>
        <translation>边际减排成本</translation>
    </message>
    <message>
        <source>%1 CNY/tCO2</source>
        <translation>%1 元/tCO2</translation>
    </message>
    <message>
        <source>Indicator under the optimizer&apos;s dispatch</source>
        <translation>优化器调度下的指标</translation>
    </message>
    <message>
        <source>Carbon intensity</source>
        <translation>碳排放强度</translation>
    </message>
    <message>
        <source>%1 tCO2/tce (threshold %2)</source>
        <translation>%1 tCO2/tce（阈值 %2）</translation>
    </message>
    <message>
        <source>Emissions in the numerator</source>
        <translation>分子中的排放</translation>
    </message>
    <message>
        <source>%1 tCO2</source>
        <translation>%1 tCO2</translation>
    </message>
    <message>
        <source>Energy use</source>
        <translation>能源消费量</translation>
    </message>
    <message>
        <source>%1 tce</source>
        <translation>%1 tce</translation>
    </message>
    <message>
        <source>Clean-energy share</source>
        <translation>清洁能源占比</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Self-sufficiency</source>
        <translation>自给率</translation>
    </message>
    <message>
        <source>Grid import</source>
        <translation>电网购电</translation>
    </message>
    <message>
        <source>Solve</source>
        <translation>求解</translation>
    </message>
    <message>
        <source>%1, %2 (%3), %4 rows × %5 columns, %6 s</source>
        <translation>%1，%2（%3），%4 行 × %5 列，%6 秒</translation>
    </message>
    <message>
        <source>LP relaxation (a lower bound): %1</source>
        <translation>LP 松弛（下界）：%1</translation>
    </message>
    <message>
        <source>Optimal</source>
        <translation>最优</translation>
    </message>
    <message>
        <source>Infeasible</source>
        <translation>不可行</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>for revision %1 of the park</source>
        <translation>对应园区第 %1 版</translation>
    </message>
    <message>
        <source>The park has changed since: run again for the current park.</source>
        <translation>园区此后已有改动：请对当前园区重新运行。</translation>
    </message>
    <message>
        <source>At a bound</source>
        <translation>处于边界</translation>
    </message>
    <message>
        <source>Lowest reachable intensity</source>
        <translation>可达到的最低强度</translation>
    </message>
    <message>
        <source>%1 tCO2/tce</source>
        <translation>%1 tCO2/tce</translation>
    </message>
    <message>
        <source>Highest reachable clean-energy share</source>
        <translation>可达到的最高清洁能源占比</translation>
    </message>
    <message>
        <source>Applied as “%1”</source>
        <translation>已应用为“%1”</translation>
    </message>
    <message>
        <source>Intensity, optimizer</source>
        <translation>强度（优化器）</translation>
    </message>
    <message>
        <source>Intensity, re-simulated</source>
        <translation>强度（重新模拟）</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>计算中…</translation>
    </message>
    <message>
        <source>With an hourly grid factor, the green power keeps the optimizer&apos;s hours but counts at most each hour&apos;s import under the rule dispatch, which does not follow the factor.</source>
        <translation>采用逐时电网因子时，绿电保留优化器给出的逐时分布，但在规则调度下每小时最多计入该小时的购电量，且规则调度不随因子调整。</translation>
    </message>
</context>
<context>
    <name>pz::AboutDialog</name>
    <message>
        <source>About ParkZero</source>
        <translation>关于 ParkZero</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ParkZero %1&lt;/h3&gt;&lt;p&gt;Design zero-carbon industrial parks: lay out buildings, ground and rooftop PV, batteries and green space on a site plan, and see the park&apos;s hourly energy balance, PV yield and carbon intensity.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ParkZero %1&lt;/h3&gt;&lt;p&gt;设计零碳产业园区：在场地平面图上布置建筑、地面光伏和屋顶光伏、电池储能及绿地，查看园区的逐时能量平衡、光伏发电量和单位能耗碳排放。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;ParkZero is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY. See &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ParkZero 是自由软件：您可以依据 GNU 通用公共许可证第 3 版或（由您选择）任何更高版本（GPL-3.0-or-later）的条款重新发布和/或修改它。本软件不提供任何担保。详见 &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The list of third-party software could not be read.</source>
        <translation>无法读取第三方软件列表。</translation>
    </message>
</context>
<context>
    <name>pz::AssumptionsSection</name>
    <message>
        <source>DNI · cos z + DHI falls short of GHI by %1 %; irradiance %2</source>
        <translation>DNI · cos z + DHI 比 GHI 少 %1 %；辐照度%2</translation>
    </message>
    <message>
        <source>as given in the file</source>
        <translation>按文件原值</translation>
    </message>
    <message>
        <source>beam derived from GHI and DHI</source>
        <translation>直射由 GHI 与 DHI 推算</translation>
    </message>
    <message>
        <source>not applicable (built-in typical year, consistent by construction)</source>
        <translation>不适用（内置典型年，构造上自洽）</translation>
    </message>
    <message>
        <source>Weather source</source>
        <translation>气象数据来源</translation>
    </message>
    <message>
        <source>Annual global horizontal irradiation</source>
        <translation>年水平面总辐照量</translation>
    </message>
    <message>
        <source>%1 kWh/m²</source>
        <translation>%1 kWh/m²</translation>
    </message>
    <message>
        <source>Closure check</source>
        <translation>闭合检查</translation>
    </message>
    <message>
        <source>Grid emission factor (annual)</source>
        <translation>电网排放因子（年均）</translation>
    </message>
    <message>
        <source>%1 kgCO₂/kWh</source>
        <translation>%1 kgCO₂/kWh</translation>
    </message>
    <message>
        <source>Grid factor</source>
        <translation>电网因子</translation>
    </message>
    <message>
        <source>Year of the data</source>
        <translation>数据年份</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Electricity to standard coal</source>
        <translation>电力折标煤系数</translation>
    </message>
    <message>
        <source>%1 kgce/kWh</source>
        <translation>%1 kgce/kWh</translation>
    </message>
    <message>
        <source>Green power bought</source>
        <translation>购买绿电</translation>
    </message>
    <message>
        <source>%1 and %2 of the grid import</source>
        <translation>%1，另加下网电量的 %2</translation>
    </message>
    <message>
        <source>Export credit</source>
        <translation>上网电量抵扣</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>计入</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>不计入</translation>
    </message>
    <message>
        <source>Green-space sink</source>
        <translation>绿地碳汇</translation>
    </message>
    <message>
        <source>%1 tCO₂/ha/yr</source>
        <translation>%1 tCO₂/ha/年</translation>
    </message>
    <message>
        <source>Embodied carbon</source>
        <translation>隐含碳</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>因子</translation>
    </message>
    <message>
        <source>Service life</source>
        <translation>使用寿命</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <source>PV modules</source>
        <translation>光伏组件</translation>
    </message>
    <message>
        <source>%1 kgCO₂e/kWp</source>
        <translation>%1 kgCO₂e/kWp</translation>
    </message>
    <message>
        <source>Battery, LFP</source>
        <translation>电池，磷酸铁锂</translation>
    </message>
    <message>
        <source>%1 kgCO₂e/kWh</source>
        <translation>%1 kgCO₂e/kWh</translation>
    </message>
    <message>
        <source>Battery, NMC</source>
        <translation>电池，三元锂</translation>
    </message>
    <message>
        <source>Buildings, steel frame</source>
        <translation>建筑，钢结构</translation>
    </message>
    <message>
        <source>%1 kgCO₂e/m²</source>
        <translation>%1 kgCO₂e/m²</translation>
    </message>
    <message>
        <source>Buildings, concrete</source>
        <translation>建筑，混凝土结构</translation>
    </message>
    <message>
        <source>Use type</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>用电强度</translation>
    </message>
    <message>
        <source>%1 kWh/m²/yr</source>
        <translation>%1 kWh/m²/年</translation>
    </message>
    <message>
        <source>Assumptions and sources</source>
        <translation>假设与数据来源</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>气象</translation>
    </message>
    <message>
        <source>Grid and carbon accounting</source>
        <translation>电网与碳核算</translation>
    </message>
    <message>
        <source>Load defaults</source>
        <translation>负荷默认值</translation>
    </message>
    <message>
        <source>Reproducing this report</source>
        <translation>复现本报告</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>程序</translation>
    </message>
    <message>
        <source>ParkZero %1 (project file format %2)</source>
        <translation>ParkZero %1（项目文件格式 %2）</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>NREL SPA sun position; Perez 1990 transposition; PVWatts DC and inverter; SAPM or Faiman cell temperature; shading by park objects from horizon profiles; hourly battery dispatch (docs/solar-model.md, docs/shading.md, docs/loads-and-carbon.md)</source>
        <translation>NREL SPA 太阳位置；Perez 1990 斜面辐照转换；PVWatts 直流与逆变器模型；SAPM 或 Faiman 电池温度；基于地平线轮廓的园区对象遮挡；逐时电池调度（docs/solar-model.md、docs/shading.md、docs/loads-and-carbon.md）</translation>
    </message>
    <message>
        <source>Project file</source>
        <translation>项目文件</translation>
    </message>
    <message>
        <source>SHA-256 of the project file</source>
        <translation>项目文件的 SHA-256</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注</translation>
    </message>
    <message>
        <source>The report shows unsaved changes; the hash is of the park as it would be saved.</source>
        <translation>本报告包含未保存的修改；哈希值按园区保存后的内容计算。</translation>
    </message>
    <message>
        <source>Warnings of the simulation</source>
        <translation>模拟警告</translation>
    </message>
    <message>
        <source>hour by hour, %1 in the profile; %2 counted (at most each hour&apos;s import)</source>
        <translation>逐时曲线，曲线合计 %1；计入 %2（每小时最多为该小时购电量）</translation>
    </message>
</context>
<context>
    <name>pz::BackgroundItem</name>
    <message>
        <source>Missing image: %1</source>
        <translation>图像缺失：%1</translation>
    </message>
</context>
<context>
    <name>pz::BackgroundsPanel</name>
    <message>
        <source>Background images</source>
        <translation>底图</translation>
    </message>
    <message>
        <source>Pictures under the site plan; later ones are drawn over earlier ones</source>
        <translation>总平面图下方的图片；靠后的图片画在靠前的图片之上</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import a GeoTIFF, PNG or JPEG as a background</source>
        <translation>将 GeoTIFF、PNG 或 JPEG 导入为底图</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected background</source>
        <translation>删除所选底图</translation>
    </message>
    <message>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>Draw the selected background over the next one</source>
        <translation>将所选底图画在下一张之上</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>Draw the selected background under the previous one</source>
        <translation>将所选底图画在上一张之下</translation>
    </message>
    <message>
        <source>Selected background</source>
        <translation>所选底图</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>The background&apos;s name in this list</source>
        <translation>底图在此列表中的名称</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>可见</translation>
    </message>
    <message>
        <source>Draw the image under the plan</source>
        <translation>在平面图下方绘制该图像</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Keep the image where it is: its place cannot be changed</source>
        <translation>固定图像位置：其位置不能更改</translation>
    </message>
    <message>
        <source>Top-left east:</source>
        <translation>左上角东向：</translation>
    </message>
    <message>
        <source>Plan x of the image&apos;s top-left corner</source>
        <translation>图像左上角的平面 x 坐标</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>Top-left north:</source>
        <translation>左上角北向：</translation>
    </message>
    <message>
        <source>Plan y of the image&apos;s top-left corner</source>
        <translation>图像左上角的平面 y 坐标</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>比例：</translation>
    </message>
    <message>
        <source>%1 m per pixel, rotated %2°</source>
        <translation>每像素 %1 m，旋转 %2°</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1（缺失）</translation>
    </message>
    <message>
        <source>Recalibrate…</source>
        <translation>重新校准…</translation>
    </message>
    <message>
        <source>Place the image again by two points</source>
        <translation>用两点重新放置图像</translation>
    </message>
    <message>
        <source>How strongly the image shows: 0 % invisible, 100 % opaque</source>
        <translation>图像的显示强度：0 % 不可见，100 % 不透明</translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation>不透明度：</translation>
    </message>
    <message>
        <source>Change background opacity</source>
        <translation>更改底图不透明度</translation>
    </message>
    <message>
        <source>Remove background</source>
        <translation>删除底图</translation>
    </message>
    <message>
        <source>Move background</source>
        <translation>移动底图</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>未应用：%1</translation>
    </message>
    <message>
        <source>%1 (locked)</source>
        <translation>%1（已锁定）</translation>
    </message>
</context>
<context>
    <name>pz::BatterySocChart</name>
    <message>
        <source>&amp;Week:</source>
        <translation>周(&amp;W)：</translation>
    </message>
    <message>
        <source>Week %1 (%2 – %3)</source>
        <extracomment>week number, first and last day</extracomment>
        <translation>第 %1 周（%2 – %3）</translation>
    </message>
    <message>
        <source>State of charge</source>
        <translation>荷电状态</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>The park has no battery.</source>
        <translation>园区没有电池储能。</translation>
    </message>
    <message>
        <source>Day (local standard time)</source>
        <translation>日期（当地标准时间）</translation>
    </message>
    <message>
        <source>Stored energy (%1)</source>
        <translation>储存电量（%1）</translation>
    </message>
    <message>
        <source>%1, end of %2:00–%3:00
Stored: %4</source>
        <translation>%1，%2:00–%3:00 结束时
储存电量：%4</translation>
    </message>
    <message>
        <source> (%1 of capacity)</source>
        <translation>（容量的 %1）</translation>
    </message>
    <message>
        <source>Battery week</source>
        <translation>电池周曲线</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <extracomment>QDate format of a day tick of the week chart, e.g. &quot;Mon 3 Jan&quot;</extracomment>
        <translation>M月d日 ddd</translation>
    </message>
</context>
<context>
    <name>pz::BillChart</name>
    <message>
        <source>Period %1</source>
        <translation>时段 %1</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>设计方案</translation>
    </message>
    <message>
        <source>Business as usual</source>
        <translation>基准情景（BAU）</translation>
    </message>
    <message>
        <source>Energy charge, year 1 (%1)</source>
        <translation>第 1 年电度电费（%1）</translation>
    </message>
    <message>
        <source>%1
Design: %2 for %3
Business as usual: %4 for %5</source>
        <translation>%1
设计方案：%2，对应 %3
基准情景：%4，对应 %5</translation>
    </message>
    <message>
        <source>Bill by period</source>
        <translation>分时段电费</translation>
    </message>
</context>
<context>
    <name>pz::BuildingItem</name>
    <message>
        <source>%1 · %2 m</source>
        <extracomment>Building label on the site plan: name · height</extracomment>
        <translation>%1 · %2 m</translation>
    </message>
    <message>
        <source>%1 m</source>
        <extracomment>Compact building label on the site plan (when the name does not fit): height</extracomment>
        <translation>%1 m</translation>
    </message>
</context>
<context>
    <name>pz::CalibrationDialog</name>
    <message>
        <source>Calibrate %1</source>
        <translation>校准 %1</translation>
    </message>
    <message>
        <source>Click the first point, then the second; clicking again moves them in turn</source>
        <translation>先点击第一个点，再点击第二个点；再次点击将依次移动它们</translation>
    </message>
    <message>
        <source>Points on the image</source>
        <translation>图像上的点</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Point 1 (red):</source>
        <translation>点 1（红）：</translation>
    </message>
    <message>
        <source>Point 2 (blue):</source>
        <translation>点 2（蓝）：</translation>
    </message>
    <message>
        <source>On the plan</source>
        <translation>在平面图上</translation>
    </message>
    <message>
        <source>Both points&apos; plan coordinates</source>
        <translation>两点的平面坐标</translation>
    </message>
    <message>
        <source>Their distance (the image stays unrotated)</source>
        <translation>两点间距离（图像不旋转）</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>Point 1 east, north:</source>
        <translation>点 1 东向、北向：</translation>
    </message>
    <message>
        <source>Point 2 east, north:</source>
        <translation>点 2 东向、北向：</translation>
    </message>
    <message>
        <source>Distance:</source>
        <translation>距离：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Refused:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;已拒绝：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>Scale %1 m per pixel, rotated %2° counter-clockwise; the image covers %3 × %4 m</source>
        <translation>比例为每像素 %1 m，逆时针旋转 %2°；图像覆盖 %3 × %4 m</translation>
    </message>
</context>
<context>
    <name>pz::CapacitiesSection</name>
    <message>
        <source>Installed capacities</source>
        <translation>装机容量</translation>
    </message>
    <message>
        <source>%1 kWp</source>
        <translation>%1 kWp</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>组成部分</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Rooftop PV</source>
        <translation>屋顶光伏</translation>
    </message>
    <message>
        <source>Ground-mounted PV</source>
        <translation>地面光伏</translation>
    </message>
    <message>
        <source>PV, total</source>
        <translation>光伏合计</translation>
    </message>
    <message>
        <source>Battery storage</source>
        <translation>电池储能</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Buildings (floor area)</source>
        <translation>建筑（建筑面积）</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 m²</translation>
    </message>
    <message>
        <source>Green space</source>
        <translation>绿地</translation>
    </message>
    <message>
        <source>%1 ha</source>
        <translation>%1 公顷</translation>
    </message>
</context>
<context>
    <name>pz::CarbonSection</name>
    <message>
        <source>Emissions per year</source>
        <translation>年排放</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Operational, location-based (grid import × grid factor)</source>
        <translation>运行排放，基于位置（下网电量 × 电网因子）</translation>
    </message>
    <message>
        <source>Operational, market-based (green power counted at zero)</source>
        <translation>运行排放，基于市场（绿电按零计）</translation>
    </message>
    <message>
        <source>Embodied, PV (annualised)</source>
        <translation>隐含碳，光伏（年化）</translation>
    </message>
    <message>
        <source>Embodied, storage (annualised)</source>
        <translation>隐含碳，储能（年化）</translation>
    </message>
    <message>
        <source>Embodied, buildings (annualised)</source>
        <translation>隐含碳，建筑（年化）</translation>
    </message>
    <message>
        <source>Embodied, total</source>
        <translation>隐含碳，合计</translation>
    </message>
    <message>
        <source>Sink of the green space</source>
        <translation>绿地碳汇</translation>
    </message>
    <message>
        <source>Export credit</source>
        <translation>上网电量抵扣</translation>
    </message>
    <message>
        <source>Net, operational</source>
        <translation>运行净排放</translation>
    </message>
    <message>
        <source>Net with embodied carbon</source>
        <translation>含隐含碳的净排放</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Carbon intensity of energy use (national core indicator)</source>
        <translation>单位能耗碳排放（国家核心指标）</translation>
    </message>
    <message>
        <source>Clean-energy share (national guiding indicator)</source>
        <translation>清洁能源消费占比（国家引导性指标）</translation>
    </message>
    <message>
        <source>Carbon</source>
        <translation>碳排放</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>The core indicator here includes the annualised embodied carbon (stricter than the national rule).</source>
        <translation>此处核心指标计入了年化隐含碳（比国家规则更严格）。</translation>
    </message>
    <message>
        <source>The core indicator divides market-based operational CO₂ by the energy use in tonnes of standard coal equivalent (national rule).</source>
        <translation>核心指标为基于市场的运行 CO₂ 排放除以折标煤能耗（国家规则）。</translation>
    </message>
    <message>
        <source>The PV repays its embodied carbon in %1 years.</source>
        <translation>光伏在 %1 年内抵偿其隐含碳。</translation>
    </message>
    <message>
        <source>Natural gas burnt for heat</source>
        <translation>供热燃烧的天然气</translation>
    </message>
    <message>
        <source>Coal burnt for heat</source>
        <translation>供热燃烧的煤炭</translation>
    </message>
    <message>
        <source>Purchased heat (district heat)</source>
        <translation>外购热力（集中供热）</translation>
    </message>
</context>
<context>
    <name>pz::CarbonWaterfallChart</name>
    <message>
        <source>Emissions (t CO₂e per year)</source>
        <translation>排放量（t CO₂e/年）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2%3
Running total: %4</source>
        <translation>%1：%2%3
累计：%4</translation>
    </message>
    <message>
        <source>Carbon waterfall</source>
        <translation>碳排放瀑布图</translation>
    </message>
</context>
<context>
    <name>pz::CarriersSummary</name>
    <message>
        <source>No building has a heat supply: the indicator counts electricity only. Choose a heat supply in a building&apos;s properties to count heat and fuels.</source>
        <translation>没有建筑设置供热方式：指标只计入电力。在建筑属性中选择供热方式，即可计入热力和燃料。</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>能源品种</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Standard coal</source>
        <translation>标准煤</translation>
    </message>
    <message>
        <source>CO₂</source>
        <translation>CO₂</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>电力</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>Natural gas</source>
        <translation>天然气</translation>
    </message>
    <message>
        <source>m³</source>
        <translation>m³</translation>
    </message>
    <message>
        <source>Raw coal</source>
        <translation>原煤</translation>
    </message>
    <message>
        <source>t</source>
        <translation>t</translation>
    </message>
    <message>
        <source>Purchased heat</source>
        <translation>外购热力</translation>
    </message>
    <message>
        <source>GJ</source>
        <translation>GJ</translation>
    </message>
    <message>
        <source>%1 tce</source>
        <translation>%1 tce</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>fails</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>the coal-consumption method</source>
        <translation>发电煤耗法</translation>
    </message>
    <message>
        <source>the calorific equivalent</source>
        <translation>当量值</translation>
    </message>
    <message>
        <source>%1 kgce/kWh</source>
        <translation>%1 kgce/kWh</translation>
    </message>
    <message>
        <source>Indicator over all carriers (%1 tce/yr): calorific equivalent 0.1229 kgce/kWh: %2 (%3); coal-consumption method 0.3055 kgce/kWh: %4 (%5). The verdict uses %6: %7. Clean-energy share %8, renewable share %9.</source>
        <translation>全品种能源指标（%1 tce/年）：当量值 0.1229 kgce/kWh：%2（%3）；发电煤耗法 0.3055 kgce/kWh：%4（%5）。判定采用%6：%7。清洁能源占比 %8，可再生能源占比 %9。</translation>
    </message>
    <message numerus="yes">
        <source>On their own (each against its own roof PV), %1 of %n building(s) would pass.</source>
        <translation>
            <numerusform>单独核算（各自仅用本建筑屋顶光伏）时，%n 栋建筑中有 %1 栋达标。</numerusform>
        </translation>
    </message>
    <message>
        <source>Carriers</source>
        <translation>能源品种</translation>
    </message>
</context>
<context>
    <name>pz::CashFlowChart</name>
    <message>
        <source>Cumulative saving</source>
        <translation>累计节省</translation>
    </message>
    <message>
        <source>Discounted</source>
        <translation>折现后</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Design against BAU (%1)</source>
        <translation>设计方案相对基准情景（%1）</translation>
    </message>
    <message>
        <source>Discounted payback %1</source>
        <translation>动态回收期 %1</translation>
    </message>
    <message>
        <source>Payback %1</source>
        <translation>静态回收期 %1</translation>
    </message>
    <message>
        <source>Year %1
Cumulative saving: %2
Discounted: %3</source>
        <translation>第 %1 年
累计节省：%2
折现后：%3</translation>
    </message>
    <message>
        <source>Cash flow</source>
        <translation>现金流</translation>
    </message>
</context>
<context>
    <name>pz::Climate</name>
    <message>
        <source>Ordos (Dongsheng)</source>
        <translation>鄂尔多斯（东胜）</translation>
    </message>
    <message>
        <source>Hohhot</source>
        <translation>呼和浩特</translation>
    </message>
    <message>
        <source>Baotou (proxy: Haliut / Urad Zhongqi)</source>
        <translation>包头（代用站：海流图 / 乌拉特中旗）</translation>
    </message>
    <message>
        <source>Yinchuan</source>
        <translation>银川</translation>
    </message>
    <message>
        <source>Beijing</source>
        <translation>北京</translation>
    </message>
    <message>
        <source>Shanghai</source>
        <translation>上海</translation>
    </message>
    <message>
        <source>Guangzhou</source>
        <translation>广州</translation>
    </message>
    <message>
        <source>Shenzhen (proxy: Shanwei)</source>
        <translation>深圳（代用站：汕尾）</translation>
    </message>
    <message>
        <source>Urumqi</source>
        <translation>乌鲁木齐</translation>
    </message>
    <message>
        <source>Lhasa</source>
        <translation>拉萨</translation>
    </message>
    <message>
        <source>Xi&apos;an</source>
        <translation>西安</translation>
    </message>
    <message>
        <source>Chengdu</source>
        <translation>成都</translation>
    </message>
    <message>
        <source>Phoenix, AZ</source>
        <translation>菲尼克斯（美国亚利桑那州）</translation>
    </message>
    <message>
        <source>Piedmont, Italy (45 N 8 E)</source>
        <translation>皮埃蒙特（意大利，北纬 45° 东经 8°）</translation>
    </message>
</context>
<context>
    <name>pz::ComparisonCarbonChart</name>
    <message>
        <source>Net, operational</source>
        <translation>运行净排放</translation>
    </message>
    <message>
        <source>Net with embodied</source>
        <translation>含隐含碳的净排放</translation>
    </message>
    <message>
        <source>Net emissions (tCO₂e/a)</source>
        <translation>净排放（tCO₂e/年）</translation>
    </message>
    <message>
        <source>%1
Net, operational: %2
Net with embodied: %3</source>
        <translation>%1
运行净排放：%2
含隐含碳的净排放：%3</translation>
    </message>
    <message>
        <source>Net emissions by scenario</source>
        <translation>各方案净排放</translation>
    </message>
</context>
<context>
    <name>pz::ComparisonCashFlowChart</name>
    <message>
        <source>%1, discounted</source>
        <translation>%1（折现）</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Design against BAU (%1)</source>
        <translation>设计方案相对基准情景（%1）</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>第 %1 年</translation>
    </message>
    <message>
        <source>%1: %2 (discounted %3)</source>
        <translation>%1：%2（折现 %3）</translation>
    </message>
    <message>
        <source>Cash flow by scenario</source>
        <translation>各情景现金流</translation>
    </message>
</context>
<context>
    <name>pz::ComparisonFormat</name>
    <message>
        <source>CNY/kWh</source>
        <translation>元/kWh</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年</translation>
    </message>
</context>
<context>
    <name>pz::ComparisonIndicatorChart</name>
    <message>
        <source>Zero-carbon</source>
        <translation>零碳</translation>
    </message>
    <message>
        <source>Not zero-carbon</source>
        <translation>非零碳</translation>
    </message>
    <message>
        <source>Core indicator (tCO₂/tce), threshold dashed</source>
        <translation>核心指标（tCO₂/tce），虚线为阈值</translation>
    </message>
    <message>
        <source>%1
Core indicator: %2 (threshold %3)</source>
        <translation>%1
核心指标：%2（阈值 %3）</translation>
    </message>
    <message>
        <source>Core indicator by scenario</source>
        <translation>各方案核心指标</translation>
    </message>
</context>
<context>
    <name>pz::ComparisonMonthlyChart</name>
    <message>
        <source>Consumption</source>
        <translation>用电量</translation>
    </message>
    <message>
        <source>Energy (%1)</source>
        <translation>电量（%1）</translation>
    </message>
    <message>
        <source>%1: generation %2, consumption %3</source>
        <translation>%1：发电 %2，用电 %3</translation>
    </message>
    <message>
        <source>Monthly generation by scenario</source>
        <translation>各方案逐月发电量</translation>
    </message>
</context>
<context>
    <name>pz::ComparisonPanel</name>
    <message>
        <source>Higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>Neither higher nor lower is better</source>
        <translation>无所谓高低</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Save the table as CSV: one row per KPI, one column per scenario</source>
        <translation>将表格保存为 CSV：每个指标一行，每个方案一列</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Map differences</source>
        <translation>地图差异</translation>
    </message>
    <message>
        <source>One scenario: add scenarios in the Scenarios panel to compare them.</source>
        <translation>仅有一个方案：请在“方案”面板中添加方案以进行比较。</translation>
    </message>
    <message>
        <source>Computing %1 of %2 scenarios…</source>
        <translation>正在计算 %2 个方案中的 %1 个…</translation>
    </message>
    <message>
        <source>%1 scenarios; the best of each row in bold</source>
        <translation>%1 个方案，每行最优值为粗体</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Best of the scenarios (%1)</source>
        <translation>各方案中最优（%1）</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>comparison</source>
        <translation>方案比较</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>导出方案比较</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>pz::ComparisonSection</name>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Scenario comparison</source>
        <translation>方案比较</translation>
    </message>
    <message>
        <source>This report describes “%1”; the table sets beside it %2 and shows each scenario&apos;s headline figures side by side. In every row where more or less is better, the best value is in bold on a green background (every scenario that shares it; none where all scenarios have the same value).</source>
        <translation>本报告描述的是“%1”；下表将%2与之并列，列出各方案的主要数据。在越高越好或越低越好的每一行中，最优值以粗体和绿色底色标出（并列最优的方案全部标出；各方案数值均相同时不标出）。</translation>
    </message>
</context>
<context>
    <name>pz::CostFields</name>
    <message>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Electricity tariff</source>
        <translation>电价</translation>
    </message>
    <message>
        <source>Fuel prices</source>
        <translation>燃料价格</translation>
    </message>
    <message>
        <source>PV</source>
        <translation>光伏</translation>
    </message>
    <message>
        <source>Wind</source>
        <translation>风电</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>储能</translation>
    </message>
    <message>
        <source>Heat equipment</source>
        <translation>供热设备</translation>
    </message>
    <message>
        <source>Direct line</source>
        <translation>直连线路</translation>
    </message>
    <message>
        <source>%1, investment</source>
        <translation>%1，投资</translation>
    </message>
    <message>
        <source>%1, O&amp;M</source>
        <translation>%1，运维</translation>
    </message>
    <message>
        <source>%1, life</source>
        <translation>%1，寿命</translation>
    </message>
    <message>
        <source>Analysis period</source>
        <translation>分析期</translation>
    </message>
    <message>
        <source>Discount rate (real)</source>
        <translation>折现率（实际）</translation>
    </message>
    <message>
        <source>PV degradation</source>
        <translation>光伏衰减</translation>
    </message>
    <message>
        <source>Demand charge</source>
        <translation>需量电费</translation>
    </message>
    <message>
        <source>Fixed charge</source>
        <translation>固定费用</translation>
    </message>
    <message>
        <source>Export price</source>
        <translation>上网电价</translation>
    </message>
    <message>
        <source>Green-power premium</source>
        <translation>绿电溢价</translation>
    </message>
    <message>
        <source>Natural gas</source>
        <translation>天然气</translation>
    </message>
    <message>
        <source>Coal</source>
        <translation>煤炭</translation>
    </message>
    <message>
        <source>Purchased heat</source>
        <translation>外购热力</translation>
    </message>
    <message>
        <source>Ground-mounted PV</source>
        <translation>地面光伏</translation>
    </message>
    <message>
        <source>Rooftop PV</source>
        <translation>屋顶光伏</translation>
    </message>
    <message>
        <source>PV O&amp;M</source>
        <translation>光伏运维</translation>
    </message>
    <message>
        <source>PV life</source>
        <translation>光伏寿命</translation>
    </message>
    <message>
        <source>Inverter replacement</source>
        <translation>逆变器更换</translation>
    </message>
    <message>
        <source>Inverter life</source>
        <translation>逆变器寿命</translation>
    </message>
    <message>
        <source>Wind turbines</source>
        <translation>风电机组</translation>
    </message>
    <message>
        <source>Wind O&amp;M</source>
        <translation>风电运维</translation>
    </message>
    <message>
        <source>Wind life</source>
        <translation>风电寿命</translation>
    </message>
    <message>
        <source>Storage energy</source>
        <translation>储能容量</translation>
    </message>
    <message>
        <source>Storage power</source>
        <translation>储能功率</translation>
    </message>
    <message>
        <source>Storage O&amp;M</source>
        <translation>储能运维</translation>
    </message>
    <message>
        <source>Storage life</source>
        <translation>储能寿命</translation>
    </message>
    <message>
        <source>Replacement cost factor</source>
        <translation>更换成本系数</translation>
    </message>
    <message>
        <source>Sizing factor</source>
        <translation>容量系数</translation>
    </message>
    <message>
        <source>Direct line O&amp;M</source>
        <translation>直连线路运维</translation>
    </message>
    <message>
        <source>Direct line life</source>
        <translation>直连线路寿命</translation>
    </message>
    <message>
        <source>Direct line length</source>
        <translation>直连线路长度</translation>
    </message>
    <message>
        <source>%/yr</source>
        <translation>%/年</translation>
    </message>
    <message>
        <source>yr</source>
        <translation>年</translation>
    </message>
    <message>
        <source>km</source>
        <translation>千米</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>CNY</source>
        <translation>元</translation>
    </message>
    <message>
        <source>Default: placeholder (spec %1) — enter your own</source>
        <translation>默认值：占位值（规范 %1）——请输入您自己的数值</translation>
    </message>
    <message>
        <source>Default: verified (spec %1)</source>
        <translation>默认值：已核实（规范 %1）</translation>
    </message>
    <message>
        <source>Default: derived (spec %1)</source>
        <translation>默认值：推导所得（规范 %1）</translation>
    </message>
    <message>
        <source>Default: unverified (spec %1)</source>
        <translation>默认值：未核实（规范 %1）</translation>
    </message>
    <message>
        <source>Default: assumption (spec %1)</source>
        <translation>默认值：假设（规范 %1）</translation>
    </message>
</context>
<context>
    <name>pz::CostsPanel</name>
    <message>
        <source>Save cost set…</source>
        <translation>保存成本集…</translation>
    </message>
    <message>
        <source>Saves the costs, fuel prices and tariff as a cost set (*.pzcosts) for other projects</source>
        <translation>将成本、燃料价格和电价保存为成本集（*.pzcosts），供其他项目使用</translation>
    </message>
    <message>
        <source>Load cost set…</source>
        <translation>加载成本集…</translation>
    </message>
    <message>
        <source>Replaces the costs, fuel prices and tariff with those of a cost set; the analysis period, rates, direct line and BAU choice stay</source>
        <translation>用成本集中的成本、燃料价格和电价替换当前设置；分析期、费率、直连线路和基准情景选择保持不变</translation>
    </message>
    <message>
        <source>Costs are indicative, in CNY of 2025 (real). Defaults marked “placeholder” are to be replaced by your own.</source>
        <translation>成本为参考值，以 2025 年人民币（实际价格）计。标为“占位值”的默认值请替换为您自己的数值。</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>%1. The default is %2%3.</source>
        <translation>%1。默认值为 %2%3。</translation>
    </message>
    <message>
        <source>Same as the design</source>
        <translation>与设计方案相同</translation>
    </message>
    <message>
        <source>BAU heat supply:</source>
        <translation>基准情景供热方式：</translation>
    </message>
    <message>
        <source>The heat supply of the business-as-usual park the design is compared with: each building&apos;s own, or one technology for all</source>
        <translation>与设计方案对比的基准情景园区的供热方式：各建筑保持自身的供热方式，或全部采用同一种技术</translation>
    </message>
    <message>
        <source>placeholder</source>
        <translation>占位值</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>未应用：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Load cost set %1</source>
        <translation>加载成本集 %1</translation>
    </message>
    <message>
        <source>Save Cost Set</source>
        <translation>保存成本集</translation>
    </message>
    <message>
        <source>Cost sets (*.pzcosts)</source>
        <translation>成本集 (*.pzcosts)</translation>
    </message>
    <message>
        <source>Load Cost Set</source>
        <translation>加载成本集</translation>
    </message>
    <message>
        <source>Cost sets (*.pzcosts);;All files (*)</source>
        <translation>成本集 (*.pzcosts);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>pz::CoverSection</name>
    <message>
        <source>Cover</source>
        <translation>封面</translation>
    </message>
    <message>
        <source>Zero-carbon park report</source>
        <translation>零碳园区报告</translation>
    </message>
    <message>
        <source>Project file</source>
        <translation>项目文件</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>场地</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>程序</translation>
    </message>
    <message>
        <source>ParkZero %1</source>
        <translation>ParkZero %1</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>编制单位</translation>
    </message>
</context>
<context>
    <name>pz::DayProfileChart</name>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>PV generation</source>
        <translation>光伏发电量</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>用电量</translation>
    </message>
    <message>
        <source>Battery (+ discharge, − charge)</source>
        <translation>电池（+ 放电，− 充电）</translation>
    </message>
    <message>
        <source>Grid (+ import, − export)</source>
        <translation>电网（+ 下网，− 上网）</translation>
    </message>
    <message>
        <source>Hour of day (local standard time)</source>
        <translation>时刻（当地标准时间）</translation>
    </message>
    <message>
        <source>Average power (%1)</source>
        <translation>平均功率（%1）</translation>
    </message>
    <message>
        <source>Average day</source>
        <translation>平均日曲线</translation>
    </message>
    <message>
        <source>Own generation</source>
        <translation>自有发电</translation>
    </message>
    <message>
        <source>
  %1: %2</source>
        <translation>
  %1：%2</translation>
    </message>
    <message>
        <source>%1, %2:00–%3:00 (average)
%4: %5%6
Consumption: %7
Battery: %8
Grid: %9</source>
        <translation>%1，%2:00–%3:00（平均）
%4：%5%6
用电：%7
储能：%8
电网：%9</translation>
    </message>
</context>
<context>
    <name>pz::DrawShapeTool</name>
    <message>
        <source>&amp;Building</source>
        <translation>建筑(&amp;B)</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Draw a building footprint (B)</source>
        <translation>绘制建筑轮廓（B）</translation>
    </message>
    <message>
        <source>&amp;PV Field</source>
        <translation>光伏阵列(&amp;P)</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Draw a ground-mounted PV field (P)</source>
        <translation>绘制地面光伏阵列（P）</translation>
    </message>
    <message>
        <source>&amp;Green Space</source>
        <translation>绿地(&amp;G)</translation>
    </message>
    <message>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <source>Draw a green space (G)</source>
        <translation>绘制绿地（G）</translation>
    </message>
    <message>
        <source>Site B&amp;oundary</source>
        <translation>场地边界(&amp;O)</translation>
    </message>
    <message>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <source>Draw the site boundary (O)</source>
        <translation>绘制场地边界（O）</translation>
    </message>
    <message>
        <source>building</source>
        <translation>建筑</translation>
    </message>
    <message>
        <source>PV field</source>
        <translation>光伏阵列</translation>
    </message>
    <message>
        <source>green space</source>
        <translation>绿地</translation>
    </message>
    <message>
        <source>site boundary</source>
        <translation>场地边界</translation>
    </message>
    <message>
        <source>Click the corners of the %1 (or drag a rectangle); Enter or double-click finishes, Backspace removes the last point, Esc cancels, Shift keeps 45° steps, type a length + Enter</source>
        <translation>依次点击%1的角点（或拖出矩形）；Enter 或双击完成，Backspace 删除上一个点，Esc 取消，Shift 按 45° 步进，输入长度后按 Enter</translation>
    </message>
    <message>
        <source>A %1 needs at least 3 points</source>
        <translation>%1至少需要 3 个点</translation>
    </message>
    <message>
        <source>Draw Building</source>
        <translation>绘制建筑</translation>
    </message>
    <message>
        <source>Draw PV Field</source>
        <translation>绘制光伏阵列</translation>
    </message>
    <message>
        <source>Draw Green Space</source>
        <translation>绘制绿地</translation>
    </message>
    <message>
        <source>Draw Site Boundary</source>
        <translation>绘制场地边界</translation>
    </message>
    <message>
        <source>Cannot create the %1: %2</source>
        <translation>无法创建%1：%2</translation>
    </message>
    <message>
        <source>Added the %1 (%2)</source>
        <translation>已添加%1（%2）</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Length: %1 m</source>
        <translation>长度：%1 m</translation>
    </message>
    <message>
        <source>Edge %1 · area %2 — Enter or double-click finishes, Backspace removes the last point, Esc cancels</source>
        <translation>边长 %1 · 面积 %2 — Enter 或双击完成，Backspace 删除上一个点，Esc 取消</translation>
    </message>
</context>
<context>
    <name>pz::EconomicsSection</name>
    <message>
        <source>not within %1 years</source>
        <translation>%1 年内无法回收</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>设计方案</translation>
    </message>
    <message>
        <source>Business as usual</source>
        <translation>基准情景</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>投资</translation>
    </message>
    <message>
        <source>Energy bill, year 1</source>
        <translation>第 1 年能源费用</translation>
    </message>
    <message>
        <source>Lifecycle cost over %1 years</source>
        <translation>%1 年全生命周期成本</translation>
    </message>
    <message>
        <source>Net present value against business as usual</source>
        <translation>相对基准情景的净现值</translation>
    </message>
    <message>
        <source>Levelised cost of on-site generation</source>
        <translation>场内发电平准化成本</translation>
    </message>
    <message>
        <source>no generation</source>
        <translation>无发电</translation>
    </message>
    <message>
        <source>Simple payback</source>
        <translation>静态回收期</translation>
    </message>
    <message>
        <source>Discounted payback</source>
        <translation>动态回收期</translation>
    </message>
    <message>
        <source>Cost of carbon abated (CNY/tCO₂)</source>
        <translation>减碳成本（元/tCO₂）</translation>
    </message>
    <message>
        <source>nothing abated</source>
        <translation>无减排</translation>
    </message>
    <message>
        <source>Year-1 bill</source>
        <translation>第 1 年费用</translation>
    </message>
    <message>
        <source>Electricity imported</source>
        <translation>下网电量</translation>
    </message>
    <message>
        <source>Energy charges</source>
        <translation>电度电费</translation>
    </message>
    <message>
        <source>Demand charges</source>
        <translation>需量电费</translation>
    </message>
    <message>
        <source>Fixed charges</source>
        <translation>固定费用</translation>
    </message>
    <message>
        <source>Green power premium</source>
        <translation>绿电溢价</translation>
    </message>
    <message>
        <source>Export revenue</source>
        <translation>上网收入</translation>
    </message>
    <message>
        <source>Natural gas</source>
        <translation>天然气</translation>
    </message>
    <message>
        <source>Coal</source>
        <translation>煤炭</translation>
    </message>
    <message>
        <source>Purchased heat</source>
        <translation>外购热力</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Ground PV</source>
        <translation>地面光伏</translation>
    </message>
    <message>
        <source>Rooftop PV</source>
        <translation>屋顶光伏</translation>
    </message>
    <message>
        <source>Inverter replacements</source>
        <translation>逆变器更换</translation>
    </message>
    <message>
        <source>Wind turbines</source>
        <translation>风电机组</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>储能</translation>
    </message>
    <message>
        <source>Direct line</source>
        <translation>直连线路</translation>
    </message>
    <message>
        <source>Heat: %1</source>
        <translation>供热：%1</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组成部分</translation>
    </message>
    <message>
        <source>O&amp;M per year</source>
        <translation>年运维费用</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>更换费用</translation>
    </message>
    <message>
        <source>Life</source>
        <translation>寿命</translation>
    </message>
    <message>
        <source>Economics</source>
        <translation>经济性</translation>
    </message>
    <message>
        <source>The economics were not computed for this park.</source>
        <translation>本园区未计算经济性。</translation>
    </message>
    <message>
        <source>Money in CNY of 2025, real, over %1 years at a discount rate of %2; PV degrades %3 a year. The business-as-usual park has the same buildings and loads with all electricity imported and no PV, wind, storage, direct line or green power.</source>
        <translation>金额为 2025 年不变价人民币，分析期 %1 年，折现率 %2；光伏每年衰减 %3。基准情景园区的建筑和负荷相同，电力全部下网，无光伏、风电、储能、直连线路和绿电。</translation>
    </message>
    <message>
        <source>Energy bill</source>
        <translation>能源费用</translation>
    </message>
    <message>
        <source>Costed components</source>
        <translation>计价组成部分</translation>
    </message>
    <message>
        <source>The design has no costed equipment.</source>
        <translation>设计方案没有计价设备。</translation>
    </message>
    <message>
        <source>Unit costs and prices are defaults of the site&apos;s economic settings unless the project sets them; several are placeholders to be replaced by quotes.</source>
        <translation>单位造价和价格如项目未设定，则取场地经济参数的默认值；其中部分为占位值，应以报价替换。</translation>
    </message>
    <message>
        <source>Cash flow against business as usual</source>
        <translation>相对基准情景的累计现金流</translation>
    </message>
</context>
<context>
    <name>pz::EditActions</name>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Delete the selected objects</source>
        <translation>删除所选对象</translation>
    </message>
    <message>
        <source>Duplicate the selected objects</source>
        <translation>为所选对象创建副本</translation>
    </message>
    <message numerus="yes">
        <source>%n locked object(s) not deleted</source>
        <translation>
            <numerusform>%n 个锁定的对象未删除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n object(s)</source>
        <translation>
            <numerusform>删除 %n 个对象</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 副本</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n object(s)</source>
        <translation>
            <numerusform>创建 %n 个对象的副本</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot duplicate: %1</source>
        <translation>无法创建副本：%1</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n object(s)</source>
        <translation>
            <numerusform>已复制 %n 个对象</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut %n object(s)</source>
        <translation>
            <numerusform>剪切 %n 个对象</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n object(s)</source>
        <translation>
            <numerusform>粘贴 %n 个对象</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot paste: %1</source>
        <translation>无法粘贴：%1</translation>
    </message>
</context>
<context>
    <name>pz::EditVerticesTool</name>
    <message>
        <source>&amp;Edit Vertices</source>
        <translation>编辑顶点(&amp;E)</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>Move Vertex</source>
        <translation>移动顶点</translation>
    </message>
    <message>
        <source>Insert Vertex</source>
        <translation>插入顶点</translation>
    </message>
    <message>
        <source>A polygon needs at least 3 vertices</source>
        <translation>多边形至少需要 3 个顶点</translation>
    </message>
    <message>
        <source>Delete Vertex</source>
        <translation>删除顶点</translation>
    </message>
    <message>
        <source>The object is locked</source>
        <translation>该对象已锁定</translation>
    </message>
    <message>
        <source>Area %1 (Esc cancels)</source>
        <translation>面积 %1（Esc 取消）</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Move, insert and delete the corners of the selected object or of the site boundary (E)</source>
        <translation>移动、插入和删除所选对象或场地边界的顶点（E）</translation>
    </message>
    <message>
        <source>Drag a corner to move it, double-click an edge to add one, Delete removes the picked corner; click the site boundary to edit it</source>
        <translation>拖动顶点可移动，双击边可插入顶点，Delete 删除选中的顶点；单击场地边界即可编辑边界</translation>
    </message>
    <message>
        <source>Editing the site boundary: drag a corner, double-click an edge to add one, Delete removes the picked corner</source>
        <translation>正在编辑场地边界：拖动顶点，双击边可插入顶点，Delete 删除选中的顶点</translation>
    </message>
    <message>
        <source>Move Site Boundary Vertex</source>
        <translation>移动场地边界顶点</translation>
    </message>
    <message>
        <source>Insert Site Boundary Vertex</source>
        <translation>插入场地边界顶点</translation>
    </message>
    <message>
        <source>Delete Site Boundary Vertex</source>
        <translation>删除场地边界顶点</translation>
    </message>
</context>
<context>
    <name>pz::EnergySection</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>PV generation</source>
        <translation>光伏发电量</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>用电量</translation>
    </message>
    <message>
        <source>Grid import</source>
        <translation>下网电量</translation>
    </message>
    <message>
        <source>Grid export</source>
        <translation>上网电量</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>全年</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>电池</translation>
    </message>
    <message>
        <source>The park has no battery storage.</source>
        <translation>园区没有电池储能。</translation>
    </message>
    <message>
        <source>Usable capacity</source>
        <translation>可用容量</translation>
    </message>
    <message>
        <source>Energy through the battery per year</source>
        <translation>年电池吞吐电量</translation>
    </message>
    <message>
        <source>Battery losses per year</source>
        <translation>年电池损耗</translation>
    </message>
    <message>
        <source>Curtailed generation</source>
        <translation>弃电量</translation>
    </message>
    <message>
        <source>State of charge in week %1, the week in which the battery delivers the most energy:</source>
        <translation>第 %1 周（电池放电量最多的一周）的荷电状态：</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>能量</translation>
    </message>
    <message>
        <source>Monthly generation and consumption</source>
        <translation>逐月发电量与用电量</translation>
    </message>
    <message>
        <source>Average day in %1</source>
        <translation>%1典型日</translation>
    </message>
    <message>
        <source>Generation (PV, wind, direct lines)</source>
        <translation>发电量（光伏、风电、直连线路）</translation>
    </message>
</context>
<context>
    <name>pz::FormBuilder</name>
    <message>
        <source>Change %1</source>
        <translation>更改%1</translation>
    </message>
    <message>
        <source>The selected objects have different values</source>
        <translation>所选对象的取值不同</translation>
    </message>
</context>
<context>
    <name>pz::GridFactor</name>
    <message>
        <source>National average</source>
        <translation>全国平均</translation>
    </message>
    <message>
        <source>National average excl. market-traded non-fossil power</source>
        <translation>全国平均（不含市场化交易非化石电量）</translation>
    </message>
    <message>
        <source>National fossil-fuel power</source>
        <translation>全国化石能源电力</translation>
    </message>
    <message>
        <source>ETS power-sector reporting parameter (national grid)</source>
        <translation>碳市场发电行业核算参数（全国电网）</translation>
    </message>
    <message>
        <source>North China grid</source>
        <translation>华北电网</translation>
    </message>
    <message>
        <source>Northeast grid</source>
        <translation>东北电网</translation>
    </message>
    <message>
        <source>East China grid</source>
        <translation>华东电网</translation>
    </message>
    <message>
        <source>Central China grid</source>
        <translation>华中电网</translation>
    </message>
    <message>
        <source>Northwest grid</source>
        <translation>西北电网</translation>
    </message>
    <message>
        <source>South grid</source>
        <translation>南方电网</translation>
    </message>
    <message>
        <source>Southwest grid</source>
        <translation>西南电网</translation>
    </message>
    <message>
        <source>Inner Mongolia</source>
        <translation>内蒙古</translation>
    </message>
    <message>
        <source>Hebei</source>
        <translation>河北</translation>
    </message>
    <message>
        <source>Shanxi</source>
        <translation>山西</translation>
    </message>
    <message>
        <source>Tianjin</source>
        <translation>天津</translation>
    </message>
    <message>
        <source>Anhui</source>
        <translation>安徽</translation>
    </message>
    <message>
        <source>Ningxia</source>
        <translation>宁夏</translation>
    </message>
    <message>
        <source>Shandong</source>
        <translation>山东</translation>
    </message>
    <message>
        <source>Shaanxi</source>
        <translation>陕西</translation>
    </message>
    <message>
        <source>Xinjiang</source>
        <translation>新疆</translation>
    </message>
    <message>
        <source>Henan</source>
        <translation>河南</translation>
    </message>
    <message>
        <source>Jiangsu</source>
        <translation>江苏</translation>
    </message>
    <message>
        <source>Shanghai</source>
        <translation>上海</translation>
    </message>
    <message>
        <source>Jiangxi</source>
        <translation>江西</translation>
    </message>
    <message>
        <source>Liaoning</source>
        <translation>辽宁</translation>
    </message>
    <message>
        <source>Beijing</source>
        <translation>北京</translation>
    </message>
    <message>
        <source>Heilongjiang</source>
        <translation>黑龙江</translation>
    </message>
    <message>
        <source>Chongqing</source>
        <translation>重庆</translation>
    </message>
    <message>
        <source>Zhejiang</source>
        <translation>浙江</translation>
    </message>
    <message>
        <source>Guizhou</source>
        <translation>贵州</translation>
    </message>
    <message>
        <source>Jilin</source>
        <translation>吉林</translation>
    </message>
    <message>
        <source>Hunan</source>
        <translation>湖南</translation>
    </message>
    <message>
        <source>Gansu</source>
        <translation>甘肃</translation>
    </message>
    <message>
        <source>Guangdong</source>
        <translation>广东</translation>
    </message>
    <message>
        <source>Hubei</source>
        <translation>湖北</translation>
    </message>
    <message>
        <source>Hainan</source>
        <translation>海南</translation>
    </message>
    <message>
        <source>Fujian</source>
        <translation>福建</translation>
    </message>
    <message>
        <source>Guangxi</source>
        <translation>广西</translation>
    </message>
    <message>
        <source>Qinghai</source>
        <translation>青海</translation>
    </message>
    <message>
        <source>Sichuan</source>
        <translation>四川</translation>
    </message>
    <message>
        <source>Yunnan</source>
        <translation>云南</translation>
    </message>
    <message>
        <source>World average (IEA)</source>
        <translation>世界平均（IEA）</translation>
    </message>
    <message>
        <source>World average, life-cycle (Ember)</source>
        <translation>世界平均，全生命周期（Ember）</translation>
    </message>
    <message>
        <source>USA total-output average (EPA eGRID2023)</source>
        <translation>美国全部发电量平均（EPA eGRID2023）</translation>
    </message>
    <message>
        <source>EU-27 generation GHG intensity (EEA)</source>
        <translation>欧盟 27 国发电温室气体强度（EEA）</translation>
    </message>
    <message>
        <source>EU-28 generation CO2 intensity (EEA)</source>
        <translation>欧盟 28 国发电 CO2 强度（EEA）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>pz::HeatSection</name>
    <message>
        <source>Carrier</source>
        <translation>能源品种</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Standard coal</source>
        <translation>标准煤</translation>
    </message>
    <message>
        <source>CO₂</source>
        <translation>CO₂</translation>
    </message>
    <message>
        <source>%1 tce</source>
        <translation>%1 tce</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>电力</translation>
    </message>
    <message>
        <source>Natural gas</source>
        <translation>天然气</translation>
    </message>
    <message>
        <source>Raw coal</source>
        <translation>原煤</translation>
    </message>
    <message>
        <source>Purchased heat</source>
        <translation>外购热力</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>建筑</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>供热方式</translation>
    </message>
    <message>
        <source>Heat</source>
        <translation>热量</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>峰值</translation>
    </message>
    <message>
        <source>Alone (tCO₂/tce)</source>
        <translation>单独核算（tCO₂/tce）</translation>
    </message>
    <message>
        <source>Alone</source>
        <translation>单独核算</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>fails</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>Heat and fuels</source>
        <translation>热力与燃料</translation>
    </message>
    <message>
        <source>Heat demand %1 a year; heat pumps and electric boilers use %2 of electricity, part of the consumption. Over all carriers the park uses %3 tce and emits %4 a year.</source>
        <translation>年热负荷 %1；热泵和电锅炉用电 %2，计入用电量。按全部能源品种计，园区年耗能 %3 tce，年排放 %4。</translation>
    </message>
    <message>
        <source>Indicator over all carriers: %1 with the calorific equivalent (0.1229 kgce/kWh), %2 with the coal-consumption method (0.3055 kgce/kWh); the verdict uses %3 kgce/kWh. Clean-energy share %4, renewable share %5.</source>
        <translation>全部能源品种的单位能耗碳排放：按当量值（0.1229 kgce/kWh）为 %1，按发电煤耗法（0.3055 kgce/kWh）为 %2；判定采用 %3 kgce/kWh。清洁能源占比 %4，可再生能源占比 %5。</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>建筑</translation>
    </message>
    <message>
        <source>Each building on its own: its load and heat against its own roof PV, no battery, no green power.</source>
        <translation>各建筑单独核算：其负荷与供热对应自身屋顶光伏，不含储能和绿电。</translation>
    </message>
</context>
<context>
    <name>pz::ImportDialog</name>
    <message>
        <source>Buildings</source>
        <translation>建筑</translation>
    </message>
    <message>
        <source>PV fields</source>
        <translation>光伏场</translation>
    </message>
    <message>
        <source>Green space</source>
        <translation>绿地</translation>
    </message>
    <message>
        <source>Site boundary</source>
        <translation>场地边界</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>%1 (%2): choose what each layer becomes.</source>
        <translation>%1（%2）：选择每个图层导入为何种对象。</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>要素</translation>
    </message>
    <message>
        <source>Geometry</source>
        <translation>几何类型</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>坐标</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Filter (OGR SQL)</source>
        <translation>筛选（OGR SQL）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>none (drawing units)</source>
        <translation>无（图纸单位）</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source> m</source>
        <translation> 米</translation>
    </message>
    <message>
        <source>Attribute value</source>
        <translation>属性值</translation>
    </message>
    <message>
        <source>Use type</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Add value</source>
        <translation>添加取值</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Height (m above ground):</source>
        <translation>高度（离地米数）：</translation>
    </message>
    <message>
        <source>Storeys:</source>
        <translation>层数：</translation>
    </message>
    <message>
        <source>Storey height:</source>
        <translation>层高：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Use type:</source>
        <translation>用途：</translation>
    </message>
    <message>
        <source>Use type by value
(on top of the built-in keys):</source>
        <translation>按取值指定用途
（在内置键之外）：</translation>
    </message>
    <message>
        <source>From the file (%1 m per unit)</source>
        <translation>取自文件（每单位 %1 米）</translation>
    </message>
    <message>
        <source>From the file, else metres</source>
        <translation>取自文件，否则为米</translation>
    </message>
    <message>
        <source>Millimetres</source>
        <translation>毫米</translation>
    </message>
    <message>
        <source>Centimetres</source>
        <translation>厘米</translation>
    </message>
    <message>
        <source>Metres</source>
        <translation>米</translation>
    </message>
    <message>
        <source> °</source>
        <translation> °</translation>
    </message>
    <message>
        <source>from the file</source>
        <translation>取自文件</translation>
    </message>
    <message>
        <source>from the file (%1)</source>
        <translation>取自文件（%1）</translation>
    </message>
    <message>
        <source>the file&apos;s own, e.g. EPSG:4547</source>
        <translation>文件自带，例如 EPSG:4547</translation>
    </message>
    <message>
        <source>Assign a CRS:</source>
        <translation>指定坐标系：</translation>
    </message>
    <message>
        <source>Drawing units (no CRS):</source>
        <translation>图纸单位（无坐标系时）：</translation>
    </message>
    <message>
        <source>Rotation (counter-clockwise):</source>
        <translation>旋转（逆时针）：</translation>
    </message>
    <message>
        <source>Offset east:</source>
        <translation>向东偏移：</translation>
    </message>
    <message>
        <source>Offset north:</source>
        <translation>向北偏移：</translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation>文字编码：</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Nothing can be imported: %1</source>
        <translation>无法导入：%1</translation>
    </message>
    <message>
        <source>%1 imported (%2 of them repaired), %3 skipped.</source>
        <translation>已导入 %1 个（其中 %2 个经修复），跳过 %3 个。</translation>
    </message>
</context>
<context>
    <name>pz::LiveResults</name>
    <message>
        <source>No PV colouring</source>
        <translation>光伏不着色</translation>
    </message>
    <message>
        <source>Colour PV by specific yield</source>
        <translation>按比发电量为光伏着色</translation>
    </message>
    <message>
        <source>Colour PV by shading loss</source>
        <translation>按遮挡损失为光伏着色</translation>
    </message>
    <message>
        <source>Specific yield (kWh/kWp)</source>
        <translation>比发电量（kWh/kWp）</translation>
    </message>
    <message>
        <source>Shading loss (%)</source>
        <translation>遮挡损失（%）</translation>
    </message>
    <message>
        <source>%1 · %2 m · floor area %3 m²</source>
        <translation>%1 · %2 m · 建筑面积 %3 m²</translation>
    </message>
    <message>
        <source>PV %1 kWp · %2 MWh/yr · %3 kWh/kWp · shading loss %4 %</source>
        <translation>光伏 %1 kWp · %2 MWh/年 · %3 kWh/kWp · 遮挡损失 %4 %</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <source>Wake loss (%)</source>
        <translation>尾流损失（%）</translation>
    </message>
    <message>
        <source>%1 kW · %2 MWh/yr · capacity factor %3 % · wake loss %4 %</source>
        <translation>%1 kW · %2 MWh/年 · 容量系数 %3 % · 尾流损失 %4 %</translation>
    </message>
    <message>
        <source>Colour buildings by heat demand</source>
        <translation>按热需求为建筑着色</translation>
    </message>
    <message>
        <source>Heat demand (kWh/m²·yr)</source>
        <translation>热需求（kWh/m²·年）</translation>
    </message>
</context>
<context>
    <name>pz::MainWindow</name>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>&lt;opened project&gt;</source>
        <translation>&lt;已打开的项目&gt;</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>撤销历史</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>场地</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new, empty park</source>
        <translation>新建一个空白园区</translation>
    </message>
    <message>
        <source>New &amp;Window</source>
        <translation>新建窗口(&amp;W)</translation>
    </message>
    <message>
        <source>Open another window with a new, empty park</source>
        <translation>打开一个包含空白园区的新窗口</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a ParkZero project</source>
        <translation>打开 ParkZero 项目</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the project under a new name</source>
        <translation>以新名称保存项目</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Close all windows and quit</source>
        <translation>关闭所有窗口并退出</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;About ParkZero</source>
        <translation>关于 ParkZero(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;Example Park</source>
        <translation>打开示例园区(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Main Tool Bar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>E %1 m   N %2 m</source>
        <translation>东 %1 m   北 %2 m</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>已选 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>%1[*] — ParkZero</source>
        <translation>%1[*] — ParkZero</translation>
    </message>
    <message>
        <source>New park</source>
        <translation>新园区</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>ParkZero projects (*.parkzero);;All files (*)</source>
        <translation>ParkZero 项目 (*.parkzero);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot Open Project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>“%1” could not be opened. The park open in this window is unchanged.</source>
        <translation>无法打开“%1”。此窗口中的园区保持不变。</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>The example park could not be read: %1</source>
        <translation>无法读取示例园区：%1</translation>
    </message>
    <message>
        <source>Ordos demo park</source>
        <translation>鄂尔多斯示例园区</translation>
    </message>
    <message>
        <source>This is an example park. Use File › Save As… to keep your changes.</source>
        <translation>这是示例园区。要保留更改，请使用“文件 › 另存为…”。</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>ParkZero projects (*.parkzero)</source>
        <translation>ParkZero 项目 (*.parkzero)</translation>
    </message>
    <message>
        <source>Cannot Save Project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <source>The project could not be saved:
%1

Your changes are still open in this window.</source>
        <translation>无法保存项目：
%1

您的更改仍保留在此窗口中。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved.</source>
        <translation>“%1”有尚未保存的更改。</translation>
    </message>
    <message>
        <source>Do you want to save them?</source>
        <translation>是否保存这些更改？</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>The recovered work could not be read.</source>
        <translation>无法读取恢复的工作内容。</translation>
    </message>
    <message>
        <source>Recovered park</source>
        <translation>已恢复的园区</translation>
    </message>
    <message>
        <source>Restored unsaved work from %1</source>
        <translation>已恢复 %1 的未保存工作</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <source>ParkZero did not close normally. Unsaved changes to “%1” from %2 were kept.</source>
        <translation>ParkZero 上次未正常关闭。已保留“%1”在 %2 的未保存更改。</translation>
    </message>
    <message>
        <source>Restore them? If you discard them, they are deleted.</source>
        <translation>是否恢复这些更改？如果放弃，它们将被删除。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Ask Again Later</source>
        <translation>稍后再询问</translation>
    </message>
    <message>
        <source>Sun Study</source>
        <translation>日照分析</translation>
    </message>
    <message>
        <source>&amp;Export Map…</source>
        <translation>导出总平面图(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the site plan as shown, with its colouring and legend, as a PNG or SVG</source>
        <translation>将当前显示的总平面图（含着色与图例）保存为 PNG 或 SVG</translation>
    </message>
    <message>
        <source>%1 site plan</source>
        <translation>%1 总平面图</translation>
    </message>
    <message>
        <source>Export Map</source>
        <translation>导出总平面图</translation>
    </message>
    <message>
        <source>%1× (%2 × %3 px)</source>
        <extracomment>Export scale choice: factor, then the image size in pixels</extracomment>
        <translation>%1×（%2 × %3 像素）</translation>
    </message>
    <message>
        <source>Image scale (2× or 3× stays crisp on slides and print):</source>
        <translation>图像缩放（2× 或 3× 在幻灯片和打印中更清晰）：</translation>
    </message>
    <message>
        <source>Exported the map to %1</source>
        <translation>已将总平面图导出到 %1</translation>
    </message>
    <message>
        <source>&amp;Import Site Plan…</source>
        <translation>导入场地图(&amp;I)…</translation>
    </message>
    <message>
        <source>Add buildings, PV fields, green space or the site boundary from a GeoJSON, Shapefile, DXF, KML, GeoPackage, FlatGeobuf or OpenStreetMap file</source>
        <translation>从 GeoJSON、Shapefile、DXF、KML、GeoPackage、FlatGeobuf 或 OpenStreetMap 文件添加建筑、光伏场、绿地或场地边界</translation>
    </message>
    <message>
        <source>Export &amp;GeoJSON…</source>
        <translation>导出 &amp;GeoJSON…</translation>
    </message>
    <message>
        <source>Save every object with its properties and results as GeoJSON, for QGIS and other GIS</source>
        <translation>将所有对象及其属性和结果保存为 GeoJSON，供 QGIS 等 GIS 使用</translation>
    </message>
    <message>
        <source>Site plans (*.geojson *.json *.shp *.dxf *.kml *.gpkg *.fgb *.osm);;All files (*)</source>
        <translation>场地图 (*.geojson *.json *.shp *.dxf *.kml *.gpkg *.fgb *.osm);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import Site Plan</source>
        <translation>导入场地图</translation>
    </message>
    <message>
        <source>Imported %1 objects from %2 (%3 repaired, %4 skipped)</source>
        <translation>已从 %2 导入 %1 个对象（修复 %3 个，跳过 %4 个）</translation>
    </message>
    <message>
        <source>Export GeoJSON</source>
        <translation>导出 GeoJSON</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json)</source>
        <translation>GeoJSON (*.geojson *.json)</translation>
    </message>
    <message>
        <source>Longitude and latitude (WGS84, for GIS)</source>
        <translation>经纬度（WGS84，用于 GIS）</translation>
    </message>
    <message>
        <source>Plan metres east and north of the site origin</source>
        <translation>场地原点以东、以北的平面米数</translation>
    </message>
    <message>
        <source>Coordinates:</source>
        <translation>坐标：</translation>
    </message>
    <message>
        <source>%1: cannot be exported: %2</source>
        <translation>%1：无法导出：%2</translation>
    </message>
    <message>
        <source>Cursor position: metres east (E) and north (N) of the site origin, and longitude and latitude (CGCS2000/WGS84)</source>
        <translation>光标位置：场地原点以东 (E) 和以北 (N) 的米数，以及经纬度（CGCS2000/WGS84）</translation>
    </message>
    <message>
        <source>%1° E</source>
        <translation>东经 %1°</translation>
    </message>
    <message>
        <source>%1° W</source>
        <translation>西经 %1°</translation>
    </message>
    <message>
        <source>%1° N</source>
        <translation>北纬 %1°</translation>
    </message>
    <message>
        <source>%1° S</source>
        <translation>南纬 %1°</translation>
    </message>
    <message>
        <source>Map &amp;Colouring</source>
        <translation>地图着色(&amp;C)</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>导出报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Write the client report (PDF): verdict, figures, plan, charts, assumptions</source>
        <translation>生成客户报告（PDF）：结论、数据、平面图、图表、假设</translation>
    </message>
    <message>
        <source>Exported the report to %1</source>
        <translation>报告已导出到 %1</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>方案比较</translation>
    </message>
    <message>
        <source>&amp;Optimise…</source>
        <translation>优化(&amp;O)…</translation>
    </message>
    <message>
        <source>Find the least-cost PV, wind, battery and green power that make the park zero-carbon</source>
        <translation>求使园区达到零碳的最低成本光伏、风电、储能与绿电</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>供电</translation>
    </message>
    <message>
        <source>Import &amp;Background…</source>
        <translation>导入底图(&amp;B)…</translation>
    </message>
    <message>
        <source>Put a GeoTIFF, a scanned masterplan or an aerial photo under the site plan</source>
        <translation>将 GeoTIFF、扫描的总体规划图或航拍照片放在总平面图下方</translation>
    </message>
    <message>
        <source>Backgrounds</source>
        <translation>底图</translation>
    </message>
    <message>
        <source>Images (*.tif *.tiff *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>图像 (*.tif *.tiff *.png *.jpg *.jpeg);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import Background</source>
        <translation>导入底图</translation>
    </message>
    <message>
        <source>Imported the background %1</source>
        <translation>已导入底图 %1</translation>
    </message>
</context>
<context>
    <name>pz::MapExporter</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Site plan</source>
        <translation>总平面图</translation>
    </message>
    <message>
        <source>Site plan exported from ParkZero</source>
        <translation>由 ParkZero 导出的总平面图</translation>
    </message>
    <message>
        <source>Cannot export the map to “%1”: %2</source>
        <translation>无法将总平面图导出到“%1”：%2</translation>
    </message>
    <message>
        <source>unknown file type (use .png or .svg)</source>
        <translation>未知的文件类型（请使用 .png 或 .svg）</translation>
    </message>
    <message>
        <source>the image is too large</source>
        <translation>图像过大</translation>
    </message>
    <message>
        <source>the PNG could not be encoded</source>
        <translation>无法编码 PNG</translation>
    </message>
</context>
<context>
    <name>pz::MapScene</name>
    <message>
        <source>Background image not shown: %1</source>
        <translation>底图未显示：%1</translation>
    </message>
</context>
<context>
    <name>pz::MapView</name>
    <message>
        <source>Zoom to &amp;Fit Site</source>
        <translation>缩放至整个场地(&amp;F)</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Show the whole site</source>
        <translation>显示整个场地</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>缩放至所选对象(&amp;S)</translation>
    </message>
    <message>
        <source>Shift+F</source>
        <translation>Shift+F</translation>
    </message>
    <message>
        <source>Show &amp;Grid</source>
        <translation>显示网格(&amp;G)</translation>
    </message>
    <message>
        <source>S&amp;nap to Grid</source>
        <translation>吸附到网格(&amp;N)</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>N</source>
        <extracomment>North, on the north arrow</extracomment>
        <translation>N</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Snap points to the grid</source>
        <translation>将点吸附到网格</translation>
    </message>
    <message>
        <source>Show the grid</source>
        <translation>显示网格</translation>
    </message>
    <message>
        <source>Show the selected objects</source>
        <translation>显示所选对象</translation>
    </message>
</context>
<context>
    <name>pz::MatchingHeatMapChart</name>
    <message>
        <source>Hour of day (local standard time)</source>
        <translation>时刻（当地标准时间）</translation>
    </message>
    <message>
        <source>Consumption met on site (%)</source>
        <translation>就地满足的用电比例（%）</translation>
    </message>
    <message>
        <source>%1, %2:00–%3:00</source>
        <translation>%1，%2:00–%3:00</translation>
    </message>
    <message>
        <source>%1
No consumption</source>
        <translation>%1
无用电</translation>
    </message>
    <message>
        <source>%1
%2 of consumption met by on-site PV and battery</source>
        <translation>%1
%2 的用电由园区光伏和电池满足</translation>
    </message>
    <message>
        <source>Hourly matching</source>
        <translation>逐时匹配</translation>
    </message>
    <message>
        <source>%1
%2 of consumption met by own generation and the battery</source>
        <translation>%1
%2 的用电由自有发电和电池满足</translation>
    </message>
    <message>
        <source>
  %1: %2 (average)</source>
        <translation>
  %1：%2（平均）</translation>
    </message>
</context>
<context>
    <name>pz::MatchingSection</name>
    <message>
        <source>Hourly matching</source>
        <translation>逐时匹配</translation>
    </message>
    <message>
        <source>Share of consumption met on site (PV used directly and battery discharge) for each month and hour of the day. The 24/7 carbon-free energy score of the year is %1.</source>
        <translation>各月各时刻由园区内供给（光伏直接使用与电池放电）满足的用电占比。全年逐时无碳能源匹配率为 %1。</translation>
    </message>
</context>
<context>
    <name>pz::MeasureTool</name>
    <message>
        <source>&amp;Measure</source>
        <translation>测量(&amp;M)</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Measure distances and areas (M)</source>
        <translation>测量距离和面积（M）</translation>
    </message>
    <message>
        <source>Click points to measure; Enter or double-click ends, Esc clears</source>
        <translation>点击各点进行测量；Enter 或双击结束，Esc 清除</translation>
    </message>
    <message>
        <source>Distance %1 · enclosed area %2</source>
        <translation>距离 %1 · 围合面积 %2</translation>
    </message>
    <message>
        <source>Distance %1</source>
        <translation>距离 %1</translation>
    </message>
</context>
<context>
    <name>pz::MonthlyEnergyChart</name>
    <message>
        <source>Consumption</source>
        <translation>用电量</translation>
    </message>
    <message>
        <source>Energy (%1)</source>
        <translation>电量（%1）</translation>
    </message>
    <message>
        <source>Monthly energy</source>
        <translation>逐月电量</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>发电量</translation>
    </message>
    <message>
        <source>%1
Generation: %2</source>
        <translation>%1
发电量：%2</translation>
    </message>
    <message>
        <source>
  %1: %2</source>
        <translation>
  %1：%2</translation>
    </message>
    <message>
        <source>
Consumption: %1
Generation covers %2 of consumption</source>
        <translation>
用电量：%1
发电量满足用电量的 %2</translation>
    </message>
</context>
<context>
    <name>pz::MonthlyHeatChart</name>
    <message>
        <source>Heat demand</source>
        <translation>热需求</translation>
    </message>
    <message>
        <source>Heat (%1 thermal)</source>
        <translation>热量（%1 热）</translation>
    </message>
    <message>
        <source>%1
Heat demand: %2 thermal</source>
        <translation>%1
热需求：%2（热）</translation>
    </message>
    <message>
        <source>Heat</source>
        <translation>热力</translation>
    </message>
</context>
<context>
    <name>pz::ObjectsPanel</name>
    <message>
        <source>Buildings</source>
        <translation>建筑</translation>
    </message>
    <message>
        <source>PV fields</source>
        <translation>光伏阵列</translation>
    </message>
    <message>
        <source>Battery storage</source>
        <translation>电池储能</translation>
    </message>
    <message>
        <source>Green space</source>
        <translation>绿地</translation>
    </message>
    <message>
        <source>Filter by name…</source>
        <translation>按名称筛选…</translation>
    </message>
    <message>
        <source>Show only the objects whose name contains this text</source>
        <translation>仅显示名称包含此文本的对象</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>可见</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Hidden objects are not drawn on the map</source>
        <translation>隐藏的对象不在地图上显示</translation>
    </message>
    <message>
        <source>Locked objects cannot be selected or moved on the map</source>
        <translation>锁定的对象无法在地图上选择或移动</translation>
    </message>
    <message>
        <source>(unnamed %1)</source>
        <translation>（未命名%1）</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>显示 %1</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>隐藏 %1</translation>
    </message>
    <message>
        <source>Lock %1</source>
        <translation>锁定 %1</translation>
    </message>
    <message>
        <source>Unlock %1</source>
        <translation>解锁 %1</translation>
    </message>
    <message>
        <source>Wind turbines</source>
        <translation>风机</translation>
    </message>
</context>
<context>
    <name>pz::OptimizerCandidates</name>
    <message>
        <source>Candidate</source>
        <translation>候选对象</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>已布置</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Candidate: sized from 0 to its largest size. Keep: its placed size is a lower bound. Fixed: its placed size is built as it is. Excluded: not built.</source>
        <translation>候选：规模在 0 至上限之间。保留：已布置规模为下限。固定：按已布置规模建设。排除：不建设。</translation>
    </message>
    <message>
        <source>%1 kWp</source>
        <translation>%1 kWp</translation>
    </message>
    <message>
        <source>PV</source>
        <translation>光伏</translation>
    </message>
    <message>
        <source>Wind</source>
        <translation>风电</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>储能</translation>
    </message>
    <message>
        <source>as drawn</source>
        <translation>按绘制</translation>
    </message>
    <message>
        <source>%1 (roof)</source>
        <translation>%1（屋顶）</translation>
    </message>
    <message>
        <source>%1 kWh, %2 kW</source>
        <translation>%1 kWh，%2 kW</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>（无分组）</translation>
    </message>
    <message numerus="yes">
        <source>%n turbine(s)</source>
        <translation>
            <numerusform>%n 台风机</numerusform>
        </translation>
    </message>
    <message>
        <source>Change optimizer role</source>
        <translation>修改优化角色</translation>
    </message>
</context>
<context>
    <name>pz::OptimizerPanel</name>
    <message>
        <source>Run the optimizer to see the least-cost design here.</source>
        <translation>运行优化器后，最低成本方案显示在此处。</translation>
    </message>
    <message>
        <source>Cancelled; the park is unchanged.</source>
        <translation>已取消；园区未改动。</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Find the least-cost sizes that make the park zero-carbon, in the background</source>
        <translation>在后台求使园区达到零碳的最低成本规模</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Apply as Scenario</source>
        <translation>应用为方案</translation>
    </message>
    <message>
        <source>Write the optimum into a new scenario, a copy of the one optimised</source>
        <translation>将最优解写入新方案（被优化方案的副本）</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>未应用：%1</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation>阈值：</translation>
    </message>
    <message>
        <source>The carbon intensity the park must not exceed (the site&apos;s threshold)</source>
        <translation>园区碳排放强度不得超过的值（场地阈值）</translation>
    </message>
    <message>
        <source> tCO2/tce</source>
        <translation> tCO2/tce</translation>
    </message>
    <message>
        <source>Clean-share floor:</source>
        <translation>清洁能源占比下限：</translation>
    </message>
    <message>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>The least share of clean energy in the consumption. Off: no floor</source>
        <translation>用电中清洁能源的最低占比。未启用：无下限</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Green power cap:</source>
        <translation>绿电上限：</translation>
    </message>
    <message>
        <source>The most green power that can be bought per year. Off: no cap</source>
        <translation>每年最多可购买的绿电。未启用：无上限</translation>
    </message>
    <message>
        <source> MWh/yr</source>
        <translation> MWh/年</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>储能</translation>
    </message>
    <message>
        <source>Largest energy:</source>
        <translation>最大能量：</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>设定</translation>
    </message>
    <message>
        <source>The largest battery energy. Default: 10 × the mean daily consumption; 0: no battery</source>
        <translation>储能最大能量。默认：日均用电量的 10 倍；0：无储能</translation>
    </message>
    <message>
        <source> kWh</source>
        <translation> kWh</translation>
    </message>
    <message>
        <source>Largest power:</source>
        <translation>最大功率：</translation>
    </message>
    <message>
        <source>The largest battery power. Default: the largest energy over one hour</source>
        <translation>储能最大功率。默认：最大能量除以 1 小时</translation>
    </message>
    <message>
        <source> kW</source>
        <translation> kW</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Keep placed objects</source>
        <translation>保留已布置对象</translation>
    </message>
    <message>
        <source>The placed PV, turbines and battery are lower bounds for every object</source>
        <translation>所有对象的已布置光伏、风机与储能作为下限</translation>
    </message>
    <message>
        <source>Whole turbines</source>
        <translation>风机台数取整</translation>
    </message>
    <message>
        <source>Turbine counts are whole numbers (a slower solve)</source>
        <translation>风机台数为整数（求解较慢）</translation>
    </message>
    <message>
        <source>Exact LP</source>
        <translation>精确 LP</translation>
    </message>
    <message>
        <source>Solve the LP exactly as exported, with the simplex (slower; otherwise an equivalent form)</source>
        <translation>用单纯形法按导出的 LP 精确求解（较慢；否则求解等价形式）</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Edit Costs…</source>
        <translation>编辑成本…</translation>
    </message>
    <message>
        <source>The optimizer uses the costs of the Costs panel</source>
        <translation>优化器使用成本面板中的成本</translation>
    </message>
    <message>
        <source>From the Costs panel: PV %1 (ground) / %2 (roof) CNY/kWp, wind %3 CNY/kW, battery %4 CNY/kWh + %5 CNY/kW; %6 % over %7 years.</source>
        <translation>来自成本面板：光伏 %1（地面）/ %2（屋顶）元/kWp，风电 %3 元/kW，储能 %4 元/kWh + %5 元/kW；折现率 %6 %，%7 年。</translation>
    </message>
    <message>
        <source>Waiting for the simulation of the current park…</source>
        <translation>正在等待当前园区的模拟…</translation>
    </message>
    <message>
        <source>Least cost to %1</source>
        <translation>达到 %1 的最低成本</translation>
    </message>
    <message>
        <source>The optimum cannot be applied: %1</source>
        <translation>无法应用最优解：%1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Preparing the problem… %1</source>
        <translation>正在准备问题… %1</translation>
    </message>
    <message>
        <source>Solving… %1</source>
        <translation>正在求解… %1</translation>
    </message>
    <message>
        <source>Reading the result… %1</source>
        <translation>正在读取结果… %1</translation>
    </message>
    <message>
        <source>Finished in %1.</source>
        <translation>用时 %1 完成。</translation>
    </message>
</context>
<context>
    <name>pz::OptimizerRun</name>
    <message>
        <source>Cannot create a temporary folder for the optimizer: %1</source>
        <translation>无法为优化器创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>The park at area-derived peak power could not be simulated: %1</source>
        <translation>按面积推算峰值功率的园区无法模拟：%1</translation>
    </message>
    <message>
        <source>The problem cannot be solved:
%1</source>
        <translation>该问题无法求解：
%1</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <source>The optimizer stopped (exit code %1) without a result:
%2</source>
        <translation>优化器已停止（退出码 %1），没有结果：
%2</translation>
    </message>
    <message>
        <source>The optimizer&apos;s result cannot be read: %1</source>
        <translation>无法读取优化器的结果：%1</translation>
    </message>
</context>
<context>
    <name>pz::ParkDocument</name>
    <message>
        <source>Add %1</source>
        <translation>添加%1</translation>
    </message>
    <message numerus="yes">
        <source>Add %n objects</source>
        <translation>
            <numerusform>添加 %n 个对象</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n object(s)</source>
        <translation>
            <numerusform>删除 %n 个对象</numerusform>
        </translation>
    </message>
    <message>
        <source>object %1: no such object</source>
        <translation>对象 %1：对象不存在</translation>
    </message>
    <message>
        <source>object %1: the kind of an object cannot change</source>
        <translation>对象 %1：对象的类型不能更改</translation>
    </message>
    <message>
        <source>A scenario needs a name.</source>
        <translation>方案需要一个名称。</translation>
    </message>
    <message>
        <source>A scenario name has at most 200 characters.</source>
        <translation>方案名称最多 200 个字符。</translation>
    </message>
    <message>
        <source>Another scenario is already called &quot;%1&quot;.</source>
        <translation>已有另一个方案名为“%1”。</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 副本</translation>
    </message>
    <message>
        <source>New scenario &quot;%1&quot;</source>
        <translation>新建方案“%1”</translation>
    </message>
    <message>
        <source>Delete scenario &quot;%1&quot;</source>
        <translation>删除方案“%1”</translation>
    </message>
    <message>
        <source>No scenario has the id &quot;%1&quot;.</source>
        <translation>没有 id 为“%1”的方案。</translation>
    </message>
    <message>
        <source>Rename scenario &quot;%1&quot;</source>
        <translation>重命名方案“%1”</translation>
    </message>
    <message>
        <source>Edit note of scenario &quot;%1&quot;</source>
        <translation>编辑方案“%1”的备注</translation>
    </message>
    <message>
        <source>Move scenario &quot;%1&quot;</source>
        <translation>移动方案“%1”</translation>
    </message>
    <message>
        <source>Switch to scenario &quot;%1&quot;</source>
        <translation>切换到方案“%1”</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>site: %1</source>
        <translation>场地：%1</translation>
    </message>
</context>
<context>
    <name>pz::PeriodGridWidget</name>
    <message>
        <source>no period</source>
        <translation>无时段</translation>
    </message>
    <message>
        <source>%1, %2:00–%3:00: %4</source>
        <translation>%1，%2:00–%3:00：%4</translation>
    </message>
</context>
<context>
    <name>pz::PlaceStorageTool</name>
    <message>
        <source>S&amp;torage</source>
        <translation>储能(&amp;T)</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Place a battery container (T)</source>
        <translation>放置电池集装箱（T）</translation>
    </message>
    <message>
        <source>Place Storage</source>
        <translation>放置储能</translation>
    </message>
    <message>
        <source>Cannot place the container: %1</source>
        <translation>无法放置集装箱：%1</translation>
    </message>
    <message>
        <source>Click to place a battery container at %1°; R turns it by 90°, R and a typed angle + Enter sets the angle</source>
        <extracomment>%1: the container&apos;s angle in degrees</extracomment>
        <translation>单击以 %1° 放置电池集装箱；R 旋转 90°，按 R 后输入角度并按 Enter 可设定角度</translation>
    </message>
    <message>
        <source>Container at %1°: type an exact angle (counter-clockwise from east), Enter applies, Esc cancels, R turns by 90°</source>
        <translation>集装箱角度 %1°：输入精确角度（自正东逆时针），Enter 应用，Esc 取消，R 旋转 90°</translation>
    </message>
    <message>
        <source>Angle: %1° (type to set)</source>
        <extracomment>Typed angle of the next battery container</extracomment>
        <translation>角度：%1°（输入以设定）</translation>
    </message>
    <message>
        <source>Angle: %1°</source>
        <translation>角度：%1°</translation>
    </message>
    <message>
        <source>%1°</source>
        <extracomment>The ghost&apos;s angle on the plan</extracomment>
        <translation>%1°</translation>
    </message>
</context>
<context>
    <name>pz::PlaceTurbineTool</name>
    <message>
        <source>&amp;Wind turbine</source>
        <translation>风机(&amp;W)</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Place Wind Turbine</source>
        <translation>布置风机</translation>
    </message>
    <message>
        <source>Cannot place the turbine: %1</source>
        <translation>无法布置风机：%1</translation>
    </message>
    <message>
        <source>Cannot place the turbines: %1</source>
        <translation>无法布置风机：%1</translation>
    </message>
    <message>
        <source>%1 D</source>
        <extracomment>The spacing ring around the next turbine: rotor diameters</extracomment>
        <translation>%1 D</translation>
    </message>
    <message>
        <source>Place wind turbines (W): click for one, Shift+click for a grid</source>
        <translation>放置风电机组 (W)：单击放置一台，Shift+单击放置一组阵列</translation>
    </message>
    <message>
        <source>Click to place a wind turbine; Shift+click places %1 × %2 turbines, %3 D apart in a row at %5° from east and %4 D between rows (R turns the rows by 90°)</source>
        <extracomment>%1 rows, %2 turbines per row, %3 and %4 rotor diameters, %5 degrees</extracomment>
        <translation>单击放置一台风电机组；Shift+单击放置 %1 × %2 台机组，排内间距 %3 D，排向自正东起 %5°，排间距 %4 D（R 键将排向旋转 90°）</translation>
    </message>
    <message>
        <source>Place Wind Turbines</source>
        <translation>放置风电机组</translation>
    </message>
    <message>
        <source>%1 D, wind from %2°</source>
        <extracomment>The spacing ring: %1 rotor diameters along the prevailing wind, %2 degrees it comes from</extracomment>
        <translation>%1 D，来风 %2°</translation>
    </message>
</context>
<context>
    <name>pz::PlanSection</name>
    <message>
        <source>Site plan</source>
        <translation>总平面图</translation>
    </message>
    <message>
        <source>PV areas are coloured by their specific yield (kWh/kWp); the scale bar and the north arrow refer to the plan.</source>
        <translation>光伏区域按比发电量（kWh/kWp）着色；比例尺和指北针对应平面图。</translation>
    </message>
</context>
<context>
    <name>pz::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>User interface</source>
        <translation>用户界面</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>A change of language takes effect when ParkZero is started again.</source>
        <translation>更改语言将在 ParkZero 下次启动时生效。</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>While a project has unsaved changes, a recovery copy is written this often. After a crash ParkZero offers to restore it.</source>
        <translation>项目有未保存的更改时，按此间隔写入恢复副本。程序意外退出后，ParkZero 会提示恢复。</translation>
    </message>
    <message>
        <source>Recovery copy every:</source>
        <translation>恢复副本间隔：</translation>
    </message>
    <message>
        <source>Client report</source>
        <translation>客户报告</translation>
    </message>
    <message>
        <source>Shown on the cover of reports</source>
        <translation>显示在报告封面上</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>PNG, JPEG or SVG (SVG stays sharp)</source>
        <translation>PNG、JPEG 或 SVG（SVG 保持清晰）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Company Logo</source>
        <translation>单位标志</translation>
    </message>
    <message>
        <source>Images (*.svg *.png *.jpg *.jpeg)</source>
        <translation>图像 (*.svg *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>标志：</translation>
    </message>
</context>
<context>
    <name>pz::Project</name>
    <message>
        <source>Base</source>
        <translation>基准</translation>
    </message>
</context>
<context>
    <name>pz::PropertiesPanel</name>
    <message>
        <source>Not applied: %1</source>
        <translation>未应用：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n objects of different kinds are selected.
Select objects of one kind to edit the parameters they share.</source>
        <translation>
            <numerusform>已选择 %n 个不同类型的对象。
请选择同一类型的对象以编辑其共有参数。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an object on the map or in the object list to edit its parameters.</source>
        <translation>在地图或对象列表中选择一个对象以编辑其参数。</translation>
    </message>
    <message numerus="yes">
        <source>%n objects</source>
        <translation>
            <numerusform>%n 个对象</numerusform>
        </translation>
    </message>
    <message>
        <source>No selection</source>
        <translation>未选择</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n selected</source>
        <translation>
            <numerusform>%1：已选 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Building</source>
        <translation>建筑</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>The building&apos;s name in lists and reports</source>
        <translation>建筑在列表和报告中的名称</translation>
    </message>
    <message>
        <source>Use:</source>
        <translation>用途：</translation>
    </message>
    <message>
        <source>What the building is used for: sets its load intensity, hourly load shape and embodied carbon</source>
        <translation>建筑用途：决定其用电强度、逐时负荷曲线和隐含碳</translation>
    </message>
    <message>
        <source>Structure:</source>
        <translation>结构：</translation>
    </message>
    <message>
        <source>Load-bearing structure: sets the embodied carbon per m²</source>
        <translation>承重结构：决定每 m² 的隐含碳</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>高度：</translation>
    </message>
    <message>
        <source>Height of the roof above the ground; used for shading</source>
        <translation>屋顶距地面的高度；用于遮挡计算</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>Floors:</source>
        <translation>层数：</translation>
    </message>
    <message>
        <source>Number of storeys: floor area = footprint × floors</source>
        <translation>楼层数：建筑面积 = 占地面积 × 层数</translation>
    </message>
    <message>
        <source>Footprint:</source>
        <translation>占地面积：</translation>
    </message>
    <message>
        <source>Area of the footprint polygon</source>
        <translation>轮廓多边形的面积</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 m²</translation>
    </message>
    <message>
        <source>Floor area:</source>
        <translation>建筑面积：</translation>
    </message>
    <message>
        <source>Footprint area × floors</source>
        <translation>占地面积 × 层数</translation>
    </message>
    <message>
        <source>Annual load:</source>
        <translation>年用电量：</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>设定</translation>
    </message>
    <message>
        <source>Electricity use per year. Unset: floor area × the use type&apos;s intensity</source>
        <translation>每年用电量。未设定时：建筑面积 × 该用途的用电强度</translation>
    </message>
    <message>
        <source> MWh</source>
        <translation> MWh</translation>
    </message>
    <message>
        <source>from use type</source>
        <translation>按用途计算</translation>
    </message>
    <message>
        <source>Rooftop PV</source>
        <translation>屋顶光伏</translation>
    </message>
    <message>
        <source>PV on the roof</source>
        <translation>屋顶铺设光伏</translation>
    </message>
    <message>
        <source>Cover the usable roof area with PV modules</source>
        <translation>在可用屋面上铺设光伏组件</translation>
    </message>
    <message>
        <source>Usable roof:</source>
        <translation>可用屋面比例：</translation>
    </message>
    <message>
        <source>Share of the roof left after the setback that takes modules (skylights, HVAC and walkways excluded)</source>
        <translation>退让后可铺设组件的屋面比例（扣除天窗、暖通设备和检修通道）</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Setback:</source>
        <translation>边缘退让：</translation>
    </message>
    <message>
        <source>Fire and access clearance along the roof edge</source>
        <translation>沿屋面边缘留出的消防和检修通道宽度</translation>
    </message>
    <message>
        <source>Tilt:</source>
        <translation>倾角：</translation>
    </message>
    <message>
        <source>Module tilt from horizontal</source>
        <translation>组件相对水平面的倾角</translation>
    </message>
    <message>
        <source> °</source>
        <translation> °</translation>
    </message>
    <message>
        <source>Azimuth:</source>
        <translation>方位角：</translation>
    </message>
    <message>
        <source>Direction the modules face, clockwise from north (180° = south)</source>
        <translation>组件朝向，自正北顺时针计（180° = 正南）</translation>
    </message>
    <message>
        <source>Ground coverage:</source>
        <translation>地面覆盖率：</translation>
    </message>
    <message>
        <source>Row slant height / row pitch (GCR); 0 = flush, not in rows</source>
        <translation>组件排斜长 / 排间距（GCR）；0 = 平铺，不分排</translation>
    </message>
    <message>
        <source>Module power:</source>
        <translation>组件功率密度：</translation>
    </message>
    <message>
        <source>Module power per module area at STC</source>
        <translation>STC 条件下单位组件面积的功率</translation>
    </message>
    <message>
        <source> W/m²</source>
        <translation> W/m²</translation>
    </message>
    <message>
        <source>Mounting:</source>
        <translation>安装方式：</translation>
    </message>
    <message>
        <source>How the modules are mounted: sets the cell temperature model</source>
        <translation>组件安装方式：决定电池片温度模型</translation>
    </message>
    <message>
        <source>Process loads</source>
        <translation>工艺负荷</translation>
    </message>
    <message>
        <source>Electrolyser:</source>
        <translation>电解槽：</translation>
    </message>
    <message>
        <source>Rated electrical input of a hydrogen electrolyser in the building</source>
        <translation>建筑内制氢电解槽的额定输入功率</translation>
    </message>
    <message>
        <source> MW</source>
        <translation> MW</translation>
    </message>
    <message>
        <source>Specific use:</source>
        <translation>单位电耗：</translation>
    </message>
    <message>
        <source>Electricity per kilogram of hydrogen</source>
        <translation>每千克氢气的耗电量</translation>
    </message>
    <message>
        <source> kWh/kg</source>
        <translation> kWh/kg</translation>
    </message>
    <message>
        <source>Operation:</source>
        <translation>运行方式：</translation>
    </message>
    <message>
        <source>Constant load, or run on the park&apos;s PV surplus</source>
        <translation>恒定负荷运行，或利用园区光伏余电运行</translation>
    </message>
    <message>
        <source>EV charging:</source>
        <translation>电动汽车充电：</translation>
    </message>
    <message>
        <source>Energy charged into vehicles per day</source>
        <translation>每天为车辆充入的电量</translation>
    </message>
    <message>
        <source> kWh/day</source>
        <translation> kWh/天</translation>
    </message>
    <message>
        <source>Charging from:</source>
        <translation>充电开始：</translation>
    </message>
    <message>
        <source>Start of the daily charging window (local time)</source>
        <translation>每日充电时段的开始时间（当地时间）</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Charging until:</source>
        <translation>充电结束：</translation>
    </message>
    <message>
        <source>End of the daily charging window (local time)</source>
        <translation>每日充电时段的结束时间（当地时间）</translation>
    </message>
    <message>
        <source>PV field</source>
        <translation>光伏阵列</translation>
    </message>
    <message>
        <source>The field&apos;s name in lists and reports</source>
        <translation>光伏阵列在列表和报告中的名称</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>面积：</translation>
    </message>
    <message>
        <source>Area of the field polygon</source>
        <translation>光伏阵列多边形的面积</translation>
    </message>
    <message>
        <source>%1 ha</source>
        <translation>%1 ha</translation>
    </message>
    <message>
        <source>Peak power:</source>
        <translation>峰值功率：</translation>
    </message>
    <message>
        <source>Nameplate DC power. Unset: area × ground coverage × module power</source>
        <translation>直流额定功率。未设定时：面积 × 地面覆盖率 × 组件功率密度</translation>
    </message>
    <message>
        <source> kWp</source>
        <translation> kWp</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>布置</translation>
    </message>
    <message>
        <source>Row slant height / row pitch (GCR); 0 = not laid in rows</source>
        <translation>组件排斜长 / 排间距（GCR）；0 = 不分排布置</translation>
    </message>
    <message>
        <source>Row depth:</source>
        <translation>排斜长：</translation>
    </message>
    <message>
        <source>Slant height of one row of modules</source>
        <translation>单排组件的斜面长度</translation>
    </message>
    <message>
        <source>Electrical</source>
        <translation>电气</translation>
    </message>
    <message>
        <source>System losses:</source>
        <translation>系统损失：</translation>
    </message>
    <message>
        <source>Soiling, wiring, mismatch, availability… (PVWatts losses)</source>
        <translation>积灰、线损、失配、可用率…（PVWatts 损失）</translation>
    </message>
    <message>
        <source>DC/AC ratio:</source>
        <translation>容配比：</translation>
    </message>
    <message>
        <source>Array DC power / inverter AC rating; above 1 the inverter clips</source>
        <translation>阵列直流功率 / 逆变器交流额定功率；大于 1 时逆变器会限功率削峰</translation>
    </message>
    <message>
        <source>Inverter efficiency:</source>
        <translation>逆变器效率：</translation>
    </message>
    <message>
        <source>Nominal inverter efficiency</source>
        <translation>逆变器额定效率</translation>
    </message>
    <message>
        <source>Temperature coeff.:</source>
        <translation>温度系数：</translation>
    </message>
    <message>
        <source>Change of module power per °C of cell temperature (γ)</source>
        <translation>电池片温度每变化 1 °C 时组件功率的变化（γ）</translation>
    </message>
    <message>
        <source> %/°C</source>
        <translation> %/°C</translation>
    </message>
    <message>
        <source>Albedo:</source>
        <translation>地面反照率：</translation>
    </message>
    <message>
        <source>Ground reflectance (0.2 grass/soil, 0.6+ fresh snow)</source>
        <translation>地面反射率（草地/土壤 0.2，新雪 0.6 以上）</translation>
    </message>
    <message>
        <source>How the modules are mounted: sets the SAPM temperature coefficients</source>
        <translation>组件安装方式：决定 SAPM 温度系数</translation>
    </message>
    <message>
        <source>Cell temperature:</source>
        <translation>电池片温度：</translation>
    </message>
    <message>
        <source>Cell temperature model</source>
        <translation>电池片温度模型</translation>
    </message>
    <message>
        <source>Faiman U₀:</source>
        <translation>Faiman U₀：</translation>
    </message>
    <message>
        <source>Faiman constant heat-loss factor (used with the Faiman model)</source>
        <translation>Faiman 恒定散热系数（用于 Faiman 模型）</translation>
    </message>
    <message>
        <source> W/m²K</source>
        <translation> W/m²K</translation>
    </message>
    <message>
        <source>Faiman U₁:</source>
        <translation>Faiman U₁：</translation>
    </message>
    <message>
        <source>Faiman wind heat-loss factor (used with the Faiman model)</source>
        <translation>Faiman 风速散热系数（用于 Faiman 模型）</translation>
    </message>
    <message>
        <source> W·s/m³K</source>
        <translation> W·s/m³K</translation>
    </message>
    <message>
        <source>Battery storage</source>
        <translation>电池储能</translation>
    </message>
    <message>
        <source>The store&apos;s name in lists and reports</source>
        <translation>储能在列表和报告中的名称</translation>
    </message>
    <message>
        <source>Chemistry:</source>
        <translation>电池类型：</translation>
    </message>
    <message>
        <source>Cell chemistry: sets the embodied carbon per kWh</source>
        <translation>电芯化学体系：决定每 kWh 的隐含碳</translation>
    </message>
    <message>
        <source>Energy:</source>
        <translation>容量：</translation>
    </message>
    <message>
        <source>Usable nameplate energy capacity</source>
        <translation>可用额定储能容量</translation>
    </message>
    <message>
        <source> kWh</source>
        <translation> kWh</translation>
    </message>
    <message>
        <source>Power:</source>
        <translation>功率：</translation>
    </message>
    <message>
        <source>Maximum charge and discharge power</source>
        <translation>最大充放电功率</translation>
    </message>
    <message>
        <source> kW</source>
        <translation> kW</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>时长：</translation>
    </message>
    <message>
        <source>Energy / power</source>
        <translation>容量 / 功率</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Round-trip efficiency:</source>
        <translation>往返效率：</translation>
    </message>
    <message>
        <source>Energy out / energy in over a full cycle</source>
        <translation>一个完整充放电循环的放电量 / 充电量</translation>
    </message>
    <message>
        <source>Minimum charge:</source>
        <translation>最低荷电状态：</translation>
    </message>
    <message>
        <source>Lowest state of charge the battery is operated at</source>
        <translation>电池运行的最低荷电状态</translation>
    </message>
    <message>
        <source>Maximum charge:</source>
        <translation>最高荷电状态：</translation>
    </message>
    <message>
        <source>Highest state of charge the battery is operated at</source>
        <translation>电池运行的最高荷电状态</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>布置</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>长度：</translation>
    </message>
    <message>
        <source>Length of the footprint (a 40 ft container is 12.2 m)</source>
        <translation>占地长度（40 英尺集装箱为 12.2 m）</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>宽度：</translation>
    </message>
    <message>
        <source>Width of the footprint</source>
        <translation>占地宽度</translation>
    </message>
    <message>
        <source>Height of the containers; used for shading</source>
        <translation>集装箱高度；用于遮挡计算</translation>
    </message>
    <message>
        <source>Rotation:</source>
        <translation>旋转角：</translation>
    </message>
    <message>
        <source>Rotation of the footprint, counter-clockwise from east</source>
        <translation>占地轮廓的旋转角，自正东逆时针计</translation>
    </message>
    <message>
        <source>Green space</source>
        <translation>绿地</translation>
    </message>
    <message>
        <source>The area&apos;s name in lists and reports</source>
        <translation>绿地在列表和报告中的名称</translation>
    </message>
    <message>
        <source>Area of the polygon</source>
        <translation>多边形面积</translation>
    </message>
    <message>
        <source>Carbon sink:</source>
        <translation>碳汇：</translation>
    </message>
    <message>
        <source>CO₂ taken up per hectare and year. Unset: the site&apos;s default sink rate</source>
        <translation>每公顷每年吸收的 CO₂。未设定时：采用场地默认碳汇速率</translation>
    </message>
    <message>
        <source> t/ha·yr</source>
        <translation> t/(ha·年)</translation>
    </message>
    <message>
        <source>Wind turbine</source>
        <translation>风机</translation>
    </message>
    <message>
        <source>The turbine&apos;s name in lists and reports</source>
        <translation>风机在列表和报告中的名称</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>分组：</translation>
    </message>
    <message>
        <source>The wind group the turbine&apos;s results are summed in</source>
        <translation>汇总该风机结果的风电分组</translation>
    </message>
    <message>
        <source>Turbine type:</source>
        <translation>风机机型：</translation>
    </message>
    <message>
        <source>A built-in type (IEA-3.4-130-RWT, NREL-5MW-RWT, NREL-2020ATB-5.5MW-175) or a turbine CSV file relative to the project</source>
        <translation>内置机型（IEA-3.4-130-RWT、NREL-5MW-RWT、NREL-2020ATB-5.5MW-175），或相对于项目文件的风机 CSV 文件</translation>
    </message>
    <message>
        <source>Hub height:</source>
        <translation>轮毂高度：</translation>
    </message>
    <message>
        <source>Height of the rotor&apos;s centre above the ground</source>
        <translation>风轮中心距地面的高度</translation>
    </message>
    <message>
        <source>Tower base:</source>
        <translation>塔筒底径：</translation>
    </message>
    <message>
        <source>Diameter of the tower at its base: the turbine&apos;s obstacle in the sun study</source>
        <translation>塔筒底部直径：日照分析中风机的遮挡物</translation>
    </message>
    <message>
        <source>Heat</source>
        <translation>热力</translation>
    </message>
    <message>
        <source>Heat supply:</source>
        <translation>供热方式：</translation>
    </message>
    <message>
        <source>What serves space heat, hot water and process heat. Heat pumps and electric boilers add to the electric load; none = heated outside the model</source>
        <translation>为采暖、生活热水和工艺热供热的方式。热泵和电锅炉计入用电负荷；无 = 在模型之外供热</translation>
    </message>
    <message>
        <source>Emitters:</source>
        <translation>散热末端：</translation>
    </message>
    <message>
        <source>Space-heating emitters: set a heat pump&apos;s supply temperature</source>
        <translation>采暖散热末端：决定热泵的供水温度</translation>
    </message>
    <message>
        <source>Efficiency:</source>
        <translation>效率：</translation>
    </message>
    <message>
        <source>Heat delivered per unit of fuel or purchased heat (lower heating value). Unset: the supply&apos;s default; heat pumps use their hourly COP instead</source>
        <translation>单位燃料或外购热力（低位发热量）提供的热量。未设置：采用该供热方式的默认值；热泵改用逐时 COP</translation>
    </message>
    <message>
        <source>Heat loss:</source>
        <translation>热损失系数：</translation>
    </message>
    <message>
        <source>Heat-loss coefficient per m² of floor area. Unset: the use type&apos;s default</source>
        <translation>每平方米建筑面积的热损失系数。未设置：采用用途类型的默认值</translation>
    </message>
    <message>
        <source>Balance temperature:</source>
        <translation>平衡温度：</translation>
    </message>
    <message>
        <source>Outdoor temperature below which the building needs space heat. Unset: the use type&apos;s default</source>
        <translation>室外温度低于此值时建筑需要采暖。未设置：采用用途类型的默认值</translation>
    </message>
    <message>
        <source> °C</source>
        <translation> °C</translation>
    </message>
    <message>
        <source>Hot water:</source>
        <translation>生活热水：</translation>
    </message>
    <message>
        <source>Hot-water demand per m² of floor area and year. Unset: the use type&apos;s default</source>
        <translation>每平方米建筑面积每年的生活热水需求。未设置：采用用途类型的默认值</translation>
    </message>
    <message>
        <source> kWh/m²·yr</source>
        <translation> kWh/m²·年</translation>
    </message>
    <message>
        <source>Process heat:</source>
        <translation>工艺热：</translation>
    </message>
    <message>
        <source>Process heat per year, spread over the use type&apos;s working hours</source>
        <translation>每年的工艺热需求，按用途类型的工作时段分配</translation>
    </message>
    <message>
        <source> MWh/yr</source>
        <translation> MWh/年</translation>
    </message>
    <message>
        <source>Space heating</source>
        <translation>采暖</translation>
    </message>
    <message>
        <source>Heat the building in the heating season</source>
        <translation>在采暖季为建筑供暖</translation>
    </message>
    <message>
        <source>What the optimizer may do with it: size it freely (candidate), keep at least what is placed (keep), build exactly what is placed (fixed) or leave it out (excluded)</source>
        <translation>优化器可对其采取的处理：自由确定规模（候选）、不低于已布置（保留）、按已布置建设（固定）或不建设（排除）</translation>
    </message>
    <message>
        <source>Optimizer role:</source>
        <translation>优化角色：</translation>
    </message>
    <message>
        <source>Optimizer maximum:</source>
        <translation>优化上限：</translation>
    </message>
    <message>
        <source>The most PV the optimizer may put on this roof. Unset: the roof&apos;s peak power as drawn</source>
        <translation>优化器可在此屋顶布置的最大光伏。未设定：按绘制的屋顶峰值功率</translation>
    </message>
    <message>
        <source>as drawn</source>
        <translation>按绘制</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Maximum:</source>
        <translation>上限：</translation>
    </message>
    <message>
        <source>The most kWp the optimizer may build on this field. Unset: the area-derived peak power (area × ground coverage × module power)</source>
        <translation>优化器可在此光伏场建设的最大 kWp。未设定：按面积推算的峰值功率（面积 × 地面覆盖率 × 组件功率）</translation>
    </message>
    <message>
        <source>area-derived</source>
        <translation>按面积推算</translation>
    </message>
</context>
<context>
    <name>pz::PvArrayItem</name>
    <message>
        <source>%1 · %2 kWp</source>
        <extracomment>PV field label on the site plan: name · peak power</extracomment>
        <translation>%1 · %2 kWp</translation>
    </message>
    <message>
        <source>%1 kWp</source>
        <extracomment>Compact PV field label on the site plan (when the name does not fit): peak power</extracomment>
        <translation>%1 kWp</translation>
    </message>
</context>
<context>
    <name>pz::PvObjectTableModel</name>
    <message>
        <source>Rooftop</source>
        <translation>屋顶</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>地面</translation>
    </message>
    <message>
        <source>Share of the AC energy lost to shade from other park objects</source>
        <translation>因园区其他对象遮挡而损失的交流电量比例</translation>
    </message>
    <message>
        <source>Annual AC energy per kWp installed</source>
        <translation>每 kWp 装机容量的年交流发电量</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>kWp</source>
        <translation>kWp</translation>
    </message>
    <message>
        <source>Annual (kWh)</source>
        <translation>年发电量（kWh）</translation>
    </message>
    <message>
        <source>kWh/kWp</source>
        <translation>kWh/kWp</translation>
    </message>
    <message>
        <source>Shading loss (%)</source>
        <translation>遮挡损失（%）</translation>
    </message>
</context>
<context>
    <name>pz::PvObjectsSection</name>
    <message>
        <source>PV by object</source>
        <translation>各光伏对象</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>kWp</source>
        <translation>kWp</translation>
    </message>
    <message>
        <source>Annual energy</source>
        <translation>年发电量</translation>
    </message>
    <message>
        <source>Specific yield (kWh/kWp)</source>
        <translation>比发电量（kWh/kWp）</translation>
    </message>
    <message>
        <source>Performance ratio</source>
        <translation>系统效率</translation>
    </message>
    <message>
        <source>Shading loss</source>
        <translation>遮挡损失</translation>
    </message>
    <message>
        <source>ground</source>
        <translation>地面</translation>
    </message>
    <message>
        <source>rooftop</source>
        <translation>屋顶</translation>
    </message>
    <message>
        <source>The park has no PV.</source>
        <translation>园区没有光伏。</translation>
    </message>
</context>
<context>
    <name>pz::ReportBuilder</name>
    <message>
        <source>unknown section &quot;%1&quot; (known: %2)</source>
        <translation>未知章节“%1”（可用：%2）</translation>
    </message>
    <message>
        <source>no section given (known: %1)</source>
        <translation>未指定章节（可用：%1）</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>%1 — zero-carbon park report</source>
        <translation>%1 — 零碳园区报告</translation>
    </message>
    <message>
        <source>ParkZero report · %1</source>
        <translation>ParkZero 报告 · %1</translation>
    </message>
    <message>
        <source>%1: cannot start the PDF</source>
        <translation>%1：无法开始写入 PDF</translation>
    </message>
    <message>
        <source>%1: the PDF could not be completed</source>
        <translation>%1：无法完成 PDF</translation>
    </message>
</context>
<context>
    <name>pz::ReportCharts</name>
    <message>
        <source>Hour of day (local standard time)</source>
        <translation>时刻（当地标准时间）</translation>
    </message>
</context>
<context>
    <name>pz::ReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Report language:</source>
        <translation>报告语言：</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>章节：</translation>
    </message>
    <message>
        <source>As in the park</source>
        <translation>按园区顺序</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>按名称</translation>
    </message>
    <message>
        <source>By kWp, largest first</source>
        <translation>按 kWp，从大到小</translation>
    </message>
    <message>
        <source>By annual energy, largest first</source>
        <translation>按年发电量，从大到小</translation>
    </message>
    <message>
        <source>By specific yield, highest first</source>
        <translation>按比发电量，从高到低</translation>
    </message>
    <message>
        <source>By shading loss, highest first</source>
        <translation>按遮挡损失，从高到低</translation>
    </message>
    <message>
        <source>PV table order:</source>
        <translation>光伏表排序：</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>The scenario the report describes; the active one unless you choose another.</source>
        <translation>报告描述的方案；未另行选择时为当前方案。</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>方案：</translation>
    </message>
    <message>
        <source>The scenarios the comparison section sets beside the report&apos;s scenario.</source>
        <translation>方案对比章节中与报告方案并列比较的方案。</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>对比方案：</translation>
    </message>
</context>
<context>
    <name>pz::ReportDocument</name>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
</context>
<context>
    <name>pz::ReportExporter</name>
    <message>
        <source>%1 report</source>
        <translation>%1 报告</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Simulating the park…</source>
        <translation>正在模拟园区…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The park could not be simulated: %1</source>
        <translation>无法模拟园区：%1</translation>
    </message>
    <message>
        <source>Writing the report (%1 of %2)…</source>
        <translation>正在生成报告（%1/%2）…</translation>
    </message>
    <message>
        <source>Scenario “%1” could not be simulated: %2</source>
        <translation>无法模拟方案“%1”：%2</translation>
    </message>
</context>
<context>
    <name>pz::ReportScenarios</name>
    <message>
        <source>no scenario is called &quot;%1&quot; (scenarios: %2)</source>
        <translation>没有名为“%1”的方案（现有方案：%2）</translation>
    </message>
</context>
<context>
    <name>pz::ResultChart</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Save this chart as an image or document</source>
        <translation>将此图表保存为图像或文档</translation>
    </message>
    <message>
        <source>PNG image…</source>
        <translation>PNG 图像…</translation>
    </message>
    <message>
        <source>PDF document…</source>
        <translation>PDF 文档…</translation>
    </message>
    <message>
        <source>SVG drawing…</source>
        <translation>SVG 矢量图…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Export as PNG image…</source>
        <translation>导出为 PNG 图像…</translation>
    </message>
    <message>
        <source>Export as PDF document…</source>
        <translation>导出为 PDF 文档…</translation>
    </message>
    <message>
        <source>Export as SVG drawing…</source>
        <translation>导出为 SVG 矢量图…</translation>
    </message>
</context>
<context>
    <name>pz::ResultsPanel</name>
    <message>
        <source>Export hourly CSV…</source>
        <translation>导出逐时 CSV…</translation>
    </message>
    <message>
        <source>Save the 8760 hourly values of this result as a CSV table</source>
        <translation>将此结果的 8760 个逐时值保存为 CSV 表格</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>No results yet.</source>
        <translation>暂无结果。</translation>
    </message>
    <message>
        <source>● Results are up to date.</source>
        <translation>● 结果已是最新。</translation>
    </message>
    <message>
        <source>◌ Computing…</source>
        <translation>◌ 正在计算…</translation>
    </message>
    <message>
        <source>◌ Computing… the figures below are from the previous run.</source>
        <translation>◌ 正在计算… 以下数据来自上一次计算。</translation>
    </message>
    <message>
        <source>○ Out of date: the park changed since these results.</source>
        <translation>○ 已过时：园区在得出此结果后已修改。</translation>
    </message>
    <message>
        <source>✘ The calculation failed.</source>
        <translation>✘ 计算失败。</translation>
    </message>
    <message>
        <source>✘ The calculation failed; the figures below are from the last successful run.</source>
        <translation>✘ 计算失败；以下数据来自上一次成功的计算。</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Change since the previous result</source>
        <translation>与上一次结果相比的变化</translation>
    </message>
    <message>
        <source>PV generation</source>
        <translation>光伏发电量</translation>
    </message>
    <message>
        <source>Rooftop %1 · ground %2</source>
        <translation>屋顶 %1 · 地面 %2</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>用电量</translation>
    </message>
    <message>
        <source>Self-sufficiency</source>
        <translation>自给率</translation>
    </message>
    <message>
        <source>Self-consumption %1</source>
        <translation>自发自用率 %1</translation>
    </message>
    <message>
        <source>Grid import</source>
        <translation>下网电量</translation>
    </message>
    <message>
        <source>Grid export</source>
        <translation>上网电量</translation>
    </message>
    <message>
        <source>Curtailed %1</source>
        <translation>弃光 %1</translation>
    </message>
    <message>
        <source>Net emissions, operational</source>
        <translation>运行净排放</translation>
    </message>
    <message>
        <source>per year, market-based</source>
        <translation>每年，基于市场</translation>
    </message>
    <message>
        <source>Net emissions with embodied</source>
        <translation>含隐含碳的净排放</translation>
    </message>
    <message>
        <source>per year, incl. %1 embodied</source>
        <translation>每年，含隐含碳 %1</translation>
    </message>
    <message>
        <source>24/7 CFE score</source>
        <translation>逐时无碳能源匹配率</translation>
    </message>
    <message>
        <source>Hourly matched clean supply</source>
        <translation>逐时匹配的清洁电力</translation>
    </message>
    <message>
        <source>Carbon intensity</source>
        <translation>单位能耗碳排放</translation>
    </message>
    <message>
        <source>Threshold ≤ %1</source>
        <translation>阈值 ≤ %1</translation>
    </message>
    <message>
        <source>✔ Zero-carbon: meets the threshold</source>
        <translation>✔ 零碳：满足阈值</translation>
    </message>
    <message>
        <source>✘ Not zero-carbon: above the threshold</source>
        <translation>✘ 非零碳：高于阈值</translation>
    </message>
    <message>
        <source>There are no results to export.</source>
        <translation>没有可导出的结果。</translation>
    </message>
    <message>
        <source>Export hourly results</source>
        <translation>导出逐时结果</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>◐ Preview of the change under way: release to apply it, Esc to cancel.</source>
        <translation>◐ 正在预览此项修改：松开鼠标即应用，按 Esc 取消。</translation>
    </message>
    <message>
        <source>Rooftop PV %1 · ground PV %2 · wind %3 · off-site %4 · self-use %5 of available</source>
        <translation>屋顶光伏 %1 · 地面光伏 %2 · 风电 %3 · 场外 %4 · 自发自用占可用发电量 %5</translation>
    </message>
    <message>
        <source>Own generation</source>
        <translation>自有发电量</translation>
    </message>
    <message>
        <source>%1 %2 against BAU (%3)</source>
        <translation>较基准情景 %1 %2（基准 %3）</translation>
    </message>
    <message>
        <source>Lifecycle cost %1 · BAU %2</source>
        <translation>全生命周期成本 %1 · 基准 %2</translation>
    </message>
    <message>
        <source>Discounted: %1</source>
        <translation>动态：%1</translation>
    </message>
    <message numerus="yes">
        <source>not within %n year(s)</source>
        <translation>
            <numerusform>%n 年内无法回本</numerusform>
        </translation>
    </message>
    <message>
        <source>Annual energy bill</source>
        <translation>年度能源费用</translation>
    </message>
    <message>
        <source>NPV against BAU</source>
        <translation>相对基准的净现值</translation>
    </message>
    <message>
        <source>LCOE</source>
        <translation>平准化度电成本</translation>
    </message>
    <message>
        <source>no on-site generation</source>
        <translation>无场内发电</translation>
    </message>
    <message>
        <source>of on-site generation, discounted</source>
        <translation>场内发电，折现计算</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>投资回收期</translation>
    </message>
    <message>
        <source>PV objects</source>
        <translation>光伏对象</translation>
    </message>
    <message>
        <source>Wind turbines</source>
        <translation>风机</translation>
    </message>
</context>
<context>
    <name>pz::ScenarioComparisonText</name>
    <message>
        <source>Rooftop PV generation</source>
        <translation>屋顶光伏发电量</translation>
    </message>
    <message>
        <source>Ground PV generation</source>
        <translation>地面光伏发电量</translation>
    </message>
    <message>
        <source>On-site wind generation</source>
        <translation>场内风电发电量</translation>
    </message>
    <message>
        <source>Off-site plants, delivered</source>
        <translation>场外电站送达电量</translation>
    </message>
    <message>
        <source>Generation, total</source>
        <translation>总发电量</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>用电量</translation>
    </message>
    <message>
        <source>Self-sufficiency</source>
        <translation>自给率</translation>
    </message>
    <message>
        <source>Clean-energy share</source>
        <translation>清洁能源消费占比</translation>
    </message>
    <message>
        <source>Carbon-free energy (CFE)</source>
        <translation>无碳能源（CFE）</translation>
    </message>
    <message>
        <source>Core indicator</source>
        <translation>核心指标</translation>
    </message>
    <message>
        <source>Zero-carbon verdict</source>
        <translation>零碳结论</translation>
    </message>
    <message>
        <source>Net emissions, operational</source>
        <translation>运行净排放</translation>
    </message>
    <message>
        <source>Net emissions with embodied</source>
        <translation>含隐含碳的净排放</translation>
    </message>
    <message>
        <source>Grid import</source>
        <translation>下网电量</translation>
    </message>
    <message>
        <source>Grid export</source>
        <translation>上网电量</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>投资</translation>
    </message>
    <message>
        <source>Energy bill, year 1</source>
        <translation>第 1 年能源费用</translation>
    </message>
    <message>
        <source>Net present value</source>
        <translation>净现值</translation>
    </message>
    <message>
        <source>Levelised cost of on-site generation</source>
        <translation>场内发电平准化成本</translation>
    </message>
    <message>
        <source>Simple payback</source>
        <translation>静态回收期</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>未达标</translation>
    </message>
</context>
<context>
    <name>pz::ScenarioDiffView</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>an object&apos;s name and its kind, e.g. &quot;South field (PV array)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>From the first scenario to the second</source>
        <translation>从第一个方案到第二个方案</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Removed (dashed)</source>
        <translation>删除（虚线）</translation>
    </message>
    <message>
        <source>The project has one scenario: there is nothing to compare.</source>
        <translation>项目只有一个方案，无可比较。</translation>
    </message>
    <message>
        <source>Choose two different scenarios.</source>
        <translation>请选择两个不同的方案。</translation>
    </message>
    <message>
        <source>The two scenarios have the same objects and site.</source>
        <translation>两个方案的对象和场地相同。</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed</source>
        <translation>新增 %1 个，删除 %2 个，修改 %3 个</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>新增：%1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>修改：%1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>删除：%1</translation>
    </message>
    <message>
        <source>Site settings differ (location, weather, grid, carbon or costs)</source>
        <translation>场地设置不同（位置、气象、电网、碳排放或成本）</translation>
    </message>
</context>
<context>
    <name>pz::ScenariosPanel</name>
    <message>
        <source>Active:</source>
        <translation>当前：</translation>
    </message>
    <message>
        <source>The scenario shown on the map and in the results</source>
        <translation>在地图和结果中显示的方案</translation>
    </message>
    <message>
        <source>Click a scenario to switch to it</source>
        <translation>单击方案以切换到该方案</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>New scenario: a copy of the active one</source>
        <translation>新建方案：复制当前方案</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Rename the active scenario</source>
        <translation>重命名当前方案</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the active scenario (not the last one)</source>
        <translation>删除当前方案（不能删除最后一个）</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the active scenario up</source>
        <translation>将当前方案上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the active scenario down</source>
        <translation>将当前方案下移</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>What this scenario changes, assumptions, open questions</source>
        <translation>本方案的改动、假设和待解决的问题</translation>
    </message>
    <message>
        <source>Cannot Rename Scenario</source>
        <translation>无法重命名方案</translation>
    </message>
</context>
<context>
    <name>pz::SelectTool</name>
    <message>
        <source>&amp;Select</source>
        <translation>选择(&amp;S)</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Select, move and rotate objects (V)</source>
        <translation>选择、移动和旋转对象（V）</translation>
    </message>
    <message>
        <source>Locked objects cannot be moved</source>
        <translation>锁定的对象无法移动</translation>
    </message>
    <message>
        <source>Move by %1 east, %2 north (Esc cancels)</source>
        <translation>向东移动 %1，向北移动 %2（Esc 取消）</translation>
    </message>
    <message numerus="yes">
        <source>Move %n object(s)</source>
        <translation>
            <numerusform>移动 %n 个对象</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot move: %1</source>
        <translation>无法移动：%1</translation>
    </message>
    <message>
        <source>Rotate by %1 (Shift: 15° steps, Esc cancels)</source>
        <translation>旋转 %1（Shift：按 15° 步进，Esc 取消）</translation>
    </message>
    <message numerus="yes">
        <source>Rotate %n object(s)</source>
        <translation>
            <numerusform>旋转 %n 个对象</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot rotate: %1</source>
        <translation>无法旋转：%1</translation>
    </message>
    <message numerus="yes">
        <source>Nudge %n object(s)</source>
        <translation>
            <numerusform>微移 %n 个对象</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Rotate by: %1°</source>
        <translation>旋转角度：%1°</translation>
    </message>
    <message>
        <source>Type an angle in degrees (counter-clockwise), Enter applies, Esc cancels</source>
        <translation>输入角度（度，逆时针），Enter 应用，Esc 取消</translation>
    </message>
    <message>
        <source>Click to select, drag to move, Shift-click to add; arrows nudge, R rotates; Alt-drag moves a background</source>
        <translation>单击选择，拖动移动，Shift+单击加选；方向键微移，R 旋转；Alt+拖动移动底图</translation>
    </message>
    <message>
        <source>Move the background by %1 east, %2 north (Esc cancels)</source>
        <translation>将底图向东移动 %1、向北移动 %2（Esc 取消）</translation>
    </message>
    <message>
        <source>Move background %1</source>
        <translation>移动底图 %1</translation>
    </message>
</context>
<context>
    <name>pz::SitePanel</name>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>The site&apos;s name in reports</source>
        <translation>报告中使用的场地名称</translation>
    </message>
    <message>
        <source>Latitude:</source>
        <translation>纬度：</translation>
    </message>
    <message>
        <source>Degrees north of the equator (south is negative)</source>
        <translation>赤道以北的度数（南纬为负）</translation>
    </message>
    <message>
        <source> °</source>
        <translation> °</translation>
    </message>
    <message>
        <source>Longitude:</source>
        <translation>经度：</translation>
    </message>
    <message>
        <source>Degrees east of Greenwich (west is negative)</source>
        <translation>格林尼治以东的度数（西经为负）</translation>
    </message>
    <message>
        <source>Elevation:</source>
        <translation>海拔：</translation>
    </message>
    <message>
        <source>Height above sea level</source>
        <translation>海拔高度</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>UTC offset:</source>
        <translation>UTC 偏移：</translation>
    </message>
    <message>
        <source>Fixed standard-time offset of the local clock (no daylight saving)</source>
        <translation>当地时钟的固定标准时偏移（不含夏令时）</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>North rotation:</source>
        <translation>北向偏转角：</translation>
    </message>
    <message>
        <source>Angle of the plan&apos;s up direction from true north, clockwise</source>
        <translation>平面图上方方向相对正北的夹角，顺时针计</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>气象</translation>
    </message>
    <message>
        <source>Hourly weather for the simulation: a typical year made from the monthly normals of a built-in location, or a weather file</source>
        <translation>用于模拟的逐时气象数据：由内置地点的月气候平均值生成的典型年，或气象文件</translation>
    </message>
    <message>
        <source>Nearest built-in location</source>
        <translation>最近的内置地点</translation>
    </message>
    <message>
        <source>Weather file (EPW or TMY3)</source>
        <translation>气象文件（EPW 或 TMY3）</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose an EPW or TMY3 weather file; it is stored relative to the project file</source>
        <translation>选择 EPW 或 TMY3 气象文件；以相对于项目文件的路径保存</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Change weather source</source>
        <translation>更改气象来源</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>电网</translation>
    </message>
    <message>
        <source>Emission factor of electricity taken from the grid</source>
        <translation>下网电量的排放因子</translation>
    </message>
    <message>
        <source>%1 — %2 kg/kWh</source>
        <translation>%1 — %2 kg/kWh</translation>
    </message>
    <message>
        <source>Custom factor</source>
        <translation>自定义因子</translation>
    </message>
    <message>
        <source>Emission factor:</source>
        <translation>排放因子：</translation>
    </message>
    <message>
        <source>Change grid emission factor</source>
        <translation>更改电网排放因子</translation>
    </message>
    <message>
        <source>Custom factor:</source>
        <translation>自定义因子：</translation>
    </message>
    <message>
        <source>Grid emission factor used when “Custom factor” is chosen</source>
        <translation>选择“自定义因子”时使用的电网排放因子</translation>
    </message>
    <message>
        <source> kgCO₂/kWh</source>
        <translation> kgCO₂/kWh</translation>
    </message>
    <message>
        <source>Export limit:</source>
        <translation>上网功率限值：</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>限值</translation>
    </message>
    <message>
        <source>Largest power the park may feed into the grid. Unset: no limit</source>
        <translation>园区可向电网输送的最大功率。未设定时：不限制</translation>
    </message>
    <message>
        <source> kW</source>
        <translation> kW</translation>
    </message>
    <message>
        <source>Carbon accounting</source>
        <translation>碳核算</translation>
    </message>
    <message>
        <source>Green power:</source>
        <translation>绿电：</translation>
    </message>
    <message>
        <source>Green electricity bought per year (market-based accounting)</source>
        <translation>每年购买的绿色电力（基于市场的核算）</translation>
    </message>
    <message>
        <source> MWh/yr</source>
        <translation> MWh/年</translation>
    </message>
    <message>
        <source>Green power share:</source>
        <translation>绿电占比：</translation>
    </message>
    <message>
        <source>Or: the share of grid import bought as green power</source>
        <translation>或：下网电量中以绿电形式购买的比例</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Credit exported electricity</source>
        <translation>抵扣上网电量</translation>
    </message>
    <message>
        <source>Subtract the grid factor × export from the emissions (off by default, as in the GHG Protocol)</source>
        <translation>从排放量中扣除 电网排放因子 × 上网电量（默认关闭，与《温室气体核算体系》一致）</translation>
    </message>
    <message>
        <source>Headline figure:</source>
        <translation>核心指标：</translation>
    </message>
    <message>
        <source>Which emissions the headline tCO₂/tce indicator counts</source>
        <translation>核心指标 tCO₂/tce 计入哪些排放</translation>
    </message>
    <message>
        <source>Operational only</source>
        <translation>仅运行排放</translation>
    </message>
    <message>
        <source>Operational + embodied (annualised)</source>
        <translation>运行排放 + 隐含碳（年化）</translation>
    </message>
    <message>
        <source>Green space sink:</source>
        <translation>绿地碳汇：</translation>
    </message>
    <message>
        <source>CO₂ taken up per hectare of green space per year (default)</source>
        <translation>每公顷绿地每年吸收的 CO₂（默认值）</translation>
    </message>
    <message>
        <source> t/ha·yr</source>
        <translation> t/(ha·年)</translation>
    </message>
    <message>
        <source>Coal equivalent:</source>
        <translation>折标煤系数：</translation>
    </message>
    <message>
        <source>Standard coal equivalent of 1 kWh of electricity (GB/T 2589)</source>
        <translation>1 kWh 电力折合的标准煤量（GB/T 2589）</translation>
    </message>
    <message>
        <source> kgce/kWh</source>
        <translation> kgce/kWh</translation>
    </message>
    <message>
        <source>Zero-carbon threshold:</source>
        <translation>零碳阈值：</translation>
    </message>
    <message>
        <source>The park counts as zero-carbon at or below this intensity</source>
        <translation>单位能耗碳排放不高于此值时，园区视为零碳</translation>
    </message>
    <message>
        <source> tCO₂/tce</source>
        <translation> tCO₂/tce</translation>
    </message>
    <message>
        <source>Battery dispatch:</source>
        <translation>电池调度：</translation>
    </message>
    <message>
        <source>How the batteries are charged and discharged</source>
        <translation>电池的充放电策略</translation>
    </message>
    <message>
        <source>Embodied carbon</source>
        <translation>隐含碳</translation>
    </message>
    <message>
        <source>PV modules:</source>
        <translation>光伏组件：</translation>
    </message>
    <message>
        <source>Embodied emissions per kWp of PV</source>
        <translation>每 kWp 光伏的隐含排放</translation>
    </message>
    <message>
        <source> kg/kWp</source>
        <translation> kg/kWp</translation>
    </message>
    <message>
        <source>PV service life:</source>
        <translation>光伏使用寿命：</translation>
    </message>
    <message>
        <source> yr</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>LFP batteries:</source>
        <translation>磷酸铁锂电池：</translation>
    </message>
    <message>
        <source>Embodied emissions per kWh of LFP storage</source>
        <translation>每 kWh 磷酸铁锂储能的隐含排放</translation>
    </message>
    <message>
        <source> kg/kWh</source>
        <translation> kg/kWh</translation>
    </message>
    <message>
        <source>NMC batteries:</source>
        <translation>三元锂电池：</translation>
    </message>
    <message>
        <source>Embodied emissions per kWh of NMC storage</source>
        <translation>每 kWh 三元锂储能的隐含排放</translation>
    </message>
    <message>
        <source>Battery service life:</source>
        <translation>电池使用寿命：</translation>
    </message>
    <message>
        <source>Steel-frame buildings:</source>
        <translation>钢结构建筑：</translation>
    </message>
    <message>
        <source>Embodied emissions per m² of floor area</source>
        <translation>每 m² 建筑面积的隐含排放</translation>
    </message>
    <message>
        <source> kg/m²</source>
        <translation> kg/m²</translation>
    </message>
    <message>
        <source>Concrete buildings:</source>
        <translation>混凝土建筑：</translation>
    </message>
    <message>
        <source>Building service life:</source>
        <translation>建筑使用寿命：</translation>
    </message>
    <message>
        <source>Change weather file</source>
        <translation>更改气象文件</translation>
    </message>
    <message>
        <source>Choose Weather File</source>
        <translation>选择气象文件</translation>
    </message>
    <message>
        <source>Weather files (*.epw *.csv);;All files (*)</source>
        <translation>气象文件 (*.epw *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>未应用：%1</translation>
    </message>
    <message>
        <source>As given (GHI, DNI, DHI)</source>
        <translation>按原值（GHI、DNI、DHI）</translation>
    </message>
    <message>
        <source>Beam from GHI and DHI</source>
        <translation>由 GHI 和 DHI 推算直射</translation>
    </message>
    <message>
        <source>Which irradiance of the weather file feeds the model. Some files (many CSWD years) carry a DNI far below what their GHI and DHI imply; taking the beam from GHI and DHI corrects that.</source>
        <translation>模型采用气象文件中的哪些辐射量。部分文件（许多 CSWD 典型年）的 DNI 远低于其 GHI 与 DHI 所对应的值；由 GHI 和 DHI 推算直射辐射可修正此问题。</translation>
    </message>
    <message>
        <source>Irradiance:</source>
        <translation>辐射量：</translation>
    </message>
    <message>
        <source>Change weather irradiance</source>
        <translation>更改气象辐射量来源</translation>
    </message>
    <message>
        <source>Heat and fuels</source>
        <translation>热力与燃料</translation>
    </message>
    <message>
        <source>Heating from:</source>
        <translation>采暖开始：</translation>
    </message>
    <message>
        <source>First day of the heating season, as MM-DD (included)</source>
        <translation>采暖季第一天，格式 MM-DD（含当天）</translation>
    </message>
    <message>
        <source>Heating until:</source>
        <translation>采暖结束：</translation>
    </message>
    <message>
        <source>Last day of the heating season, as MM-DD (included)</source>
        <translation>采暖季最后一天，格式 MM-DD（含当天）</translation>
    </message>
    <message>
        <source>Ground temperature:</source>
        <translation>地温：</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Ground temperature of ground-source heat pumps. Unset: the weather year&apos;s mean</source>
        <translation>地源热泵的地下温度。未设置：采用气象年的平均气温</translation>
    </message>
    <message>
        <source> °C</source>
        <translation> °C</translation>
    </message>
    <message>
        <source>Electricity to coal:</source>
        <translation>电力折标煤：</translation>
    </message>
    <message>
        <source>How electricity counts in standard coal for the indicator over all carriers. The results show both; the verdict uses this one</source>
        <translation>全品种能源指标中电力折算标准煤的方法。结果中两种方法并列显示；判定采用此处所选方法</translation>
    </message>
    <message>
        <source>Calorific equivalent (0.1229 kgce/kWh)</source>
        <translation>当量值（0.1229 kgce/kWh）</translation>
    </message>
    <message>
        <source>Coal-consumption method (0.3055 kgce/kWh)</source>
        <translation>发电煤耗法（0.3055 kgce/kWh）</translation>
    </message>
    <message>
        <source>Heat emission factor:</source>
        <translation>热力排放因子：</translation>
    </message>
    <message>
        <source>CO₂ of purchased (district) heat; 0 for waste or renewable heat</source>
        <translation>外购（集中）热力的 CO₂ 排放；余热或可再生热取 0</translation>
    </message>
    <message>
        <source> tCO₂/GJ</source>
        <translation> tCO₂/GJ</translation>
    </message>
    <message>
        <source>Clean district heat:</source>
        <translation>清洁集中供热：</translation>
    </message>
    <message>
        <source>Share of the district heat counted as clean and renewable</source>
        <translation>集中供热中计为清洁和可再生能源的比例</translation>
    </message>
    <message>
        <source>Natural gas counts as clean</source>
        <translation>天然气计为清洁能源</translation>
    </message>
    <message>
        <source>Count natural gas in the clean-energy share (never in the renewable share)</source>
        <translation>将天然气计入清洁能源占比（从不计入可再生能源占比）</translation>
    </message>
    <message>
        <source>Wind rose of the weather: how often the wind blows from each direction, by speed at the anemometer; the outlined sector holds the most wind energy</source>
        <translation>气象数据的风玫瑰图：各方向来风的频率，按测风高度处的风速分档；描边的扇区风能最多</translation>
    </message>
    <message>
        <source>Wind rose:</source>
        <translation>风玫瑰图：</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Read green power bought hour by hour from a CSV of 8760 values in kWh</source>
        <translation>从包含 8760 个逐时数值（kWh）的 CSV 读取逐时购买的绿电</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Go back to the annual amount and share</source>
        <translation>恢复使用年购买量和比例</translation>
    </message>
    <message>
        <source>Hourly green power:</source>
        <translation>逐时绿电：</translation>
    </message>
    <message>
        <source>Clear hourly green power</source>
        <translation>清除逐时绿电</translation>
    </message>
    <message>
        <source>%1 MWh/yr over %2 h; replaces the amount and share</source>
        <translation>%1 MWh/年，共 %2 小时；取代年购买量和比例</translation>
    </message>
    <message>
        <source>None: the amount is spread over the hours in proportion to import</source>
        <translation>无：年购买量按购电量比例分摊到各小时</translation>
    </message>
    <message>
        <source>Import hourly green power</source>
        <translation>导入逐时绿电</translation>
    </message>
    <message>
        <source>Import Hourly Green Power</source>
        <translation>导入逐时绿电</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>pz::StorageItem</name>
    <message>
        <source>%1 · %2 MWh</source>
        <extracomment>Storage label on the site plan: name · energy</extracomment>
        <translation>%1 · %2 MWh</translation>
    </message>
    <message>
        <source>%1 MWh</source>
        <extracomment>Compact storage label on the site plan (when the name does not fit): energy</extracomment>
        <translation>%1 MWh</translation>
    </message>
</context>
<context>
    <name>pz::SummarySection</name>
    <message>
        <source>N</source>
        <translation>北纬</translation>
    </message>
    <message>
        <source>S</source>
        <translation>南纬</translation>
    </message>
    <message>
        <source>E</source>
        <translation>东经</translation>
    </message>
    <message>
        <source>W</source>
        <translation>西经</translation>
    </message>
    <message>
        <source>%1° %2, %3° %4, elevation %5 m</source>
        <translation>%2 %1°，%4 %3°，海拔 %5 m</translation>
    </message>
    <message>
        <source>Zero-carbon: the park passes</source>
        <translation>零碳：园区达标</translation>
    </message>
    <message>
        <source>Not zero-carbon: the park fails</source>
        <translation>非零碳：园区未达标</translation>
    </message>
    <message>
        <source>Core indicator: %1 (threshold ≤ %2)</source>
        <translation>核心指标：%1（阈值 ≤ %2）</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>The park generates %1 of solar electricity and consumes %2; %3 of its consumption is met on site and %4 is imported from the grid.</source>
        <translation>园区年光伏发电量 %1，用电量 %2；其中 %3 的用电由园区内满足，%4 从电网购入。</translation>
    </message>
    <message>
        <source>Its carbon intensity of %1 is within the threshold of %2: the park meets the zero-carbon criterion.</source>
        <translation>其单位能耗碳排放为 %1，不超过阈值 %2：园区达到零碳标准。</translation>
    </message>
    <message>
        <source>Its carbon intensity of %1 exceeds the threshold of %2.</source>
        <translation>其单位能耗碳排放为 %1，超过阈值 %2。</translation>
    </message>
    <message>
        <source>Buying green power for all of the grid import would not be enough: the park needs more on-site generation or less consumption.</source>
        <translation>即使全部下网电量均购买绿电也不足以达标：园区需要更多自有发电或更少用电。</translation>
    </message>
    <message>
        <source>To pass, %1 of the grid import (%2 a year) would have to be green power.</source>
        <translation>要达标，下网电量中须有 %1（每年 %2）为绿电。</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>主要数据</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>PV generation, rooftop</source>
        <translation>光伏发电量，屋顶</translation>
    </message>
    <message>
        <source>PV generation, ground-mounted</source>
        <translation>光伏发电量，地面</translation>
    </message>
    <message>
        <source>PV generation, total</source>
        <translation>光伏发电量，合计</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>用电量</translation>
    </message>
    <message>
        <source>Self-consumption</source>
        <translation>自发自用率</translation>
    </message>
    <message>
        <source>Self-sufficiency</source>
        <translation>自给率</translation>
    </message>
    <message>
        <source>Clean-energy share</source>
        <translation>清洁能源消费占比</translation>
    </message>
    <message>
        <source>24/7 carbon-free energy (CFE) score</source>
        <translation>逐时无碳能源匹配率（CFE）</translation>
    </message>
    <message>
        <source>Grid import</source>
        <translation>下网电量</translation>
    </message>
    <message>
        <source>Grid export</source>
        <translation>上网电量</translation>
    </message>
    <message>
        <source>Net emissions, operational</source>
        <translation>运行净排放</translation>
    </message>
    <message>
        <source>Net emissions with embodied carbon</source>
        <translation>含隐含碳的净排放</translation>
    </message>
    <message>
        <source>Carbon intensity (core indicator)</source>
        <translation>单位能耗碳排放（核心指标）</translation>
    </message>
    <message>
        <source>The park generates %1 of electricity from PV and wind and through its direct lines and consumes %2; %3 of its consumption is met by them and %4 is imported from the grid.</source>
        <translation>园区年发电量（光伏、风电及直连线路）%1，用电量 %2；其中 %3 的用电由其满足，%4 从电网购入。</translation>
    </message>
    <message>
        <source>Wind generation on site</source>
        <translation>场内风电发电量</translation>
    </message>
    <message>
        <source>Delivered by off-site plants</source>
        <translation>场外电站送达电量</translation>
    </message>
    <message>
        <source>Generation, total</source>
        <translation>发电量合计</translation>
    </message>
    <message numerus="yes">
        <source>not within %n year(s)</source>
        <translation>
            <numerusform>%n 年内无法回本</numerusform>
        </translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>投资</translation>
    </message>
    <message>
        <source>Annual energy bill (year 1)</source>
        <translation>年度能源费用（第 1 年）</translation>
    </message>
    <message>
        <source>NPV against BAU</source>
        <translation>相对基准的净现值</translation>
    </message>
    <message>
        <source>LCOE of on-site generation</source>
        <translation>场内发电平准化度电成本</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>投资回收期</translation>
    </message>
    <message>
        <source>Discounted payback</source>
        <translation>动态回收期</translation>
    </message>
</context>
<context>
    <name>pz::SunStudyPanel</name>
    <message>
        <source>Show shadows</source>
        <translation>显示阴影</translation>
    </message>
    <message>
        <source>Custom date</source>
        <translation>自定义日期</translation>
    </message>
    <message>
        <source>March equinox (20 Mar)</source>
        <translation>春分（3 月 20 日）</translation>
    </message>
    <message>
        <source>June solstice (21 Jun)</source>
        <translation>夏至（6 月 21 日）</translation>
    </message>
    <message>
        <source>September equinox (23 Sep)</source>
        <translation>秋分（9 月 23 日）</translation>
    </message>
    <message>
        <source>December solstice (21 Dec)</source>
        <translation>冬至（12 月 21 日）</translation>
    </message>
    <message>
        <source>Dates used for shading checks: the winter solstice shows the longest shadows</source>
        <translation>遮挡校核常用日期：冬至日阴影最长</translation>
    </message>
    <message>
        <source>Local standard time of the site</source>
        <translation>场地当地标准时间</translation>
    </message>
    <message>
        <source>Animate the day</source>
        <translation>播放全天动画</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Sun elevation %1°, azimuth %2°</source>
        <translation>太阳高度角 %1°，方位角 %2°</translation>
    </message>
    <message>
        <source>The sun is below the horizon.</source>
        <translation>太阳位于地平线以下。</translation>
    </message>
</context>
<context>
    <name>pz::SupplyPanel</name>
    <message>
        <source>✔ pass</source>
        <translation>✔ 通过</translation>
    </message>
    <message>
        <source>✘ fail</source>
        <translation>✘ 未通过</translation>
    </message>
    <message>
        <source>Site wind</source>
        <translation>场址风况</translation>
    </message>
    <message>
        <source>Anemometer height:</source>
        <translation>测风高度：</translation>
    </message>
    <message>
        <source>Height of the weather file&apos;s wind speed above ground</source>
        <translation>气象文件风速的离地高度</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>Shear:</source>
        <translation>风切变：</translation>
    </message>
    <message>
        <source>How the wind speed grows with height up to the hub</source>
        <translation>风速随高度增加至轮毂的规律</translation>
    </message>
    <message>
        <source>Shear exponent:</source>
        <translation>切变指数：</translation>
    </message>
    <message>
        <source>α of the power law (0.14 open land)</source>
        <translation>幂律的 α（开阔地 0.14）</translation>
    </message>
    <message>
        <source>Roughness length:</source>
        <translation>粗糙度长度：</translation>
    </message>
    <message>
        <source>z₀ of the logarithmic profile</source>
        <translation>对数廓线的 z₀</translation>
    </message>
    <message>
        <source>Normalise to the air density at the hub</source>
        <translation>按轮毂处空气密度归一化</translation>
    </message>
    <message>
        <source>IEC 61400-12-1: the wind speed is scaled by the cube root of the density ratio</source>
        <translation>IEC 61400-12-1：风速按密度比的立方根缩放</translation>
    </message>
    <message>
        <source>Availability:</source>
        <translation>可利用率：</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Electrical losses:</source>
        <translation>电气损失：</translation>
    </message>
    <message>
        <source>Other losses:</source>
        <translation>其他损失：</translation>
    </message>
    <message>
        <source>Wake decay:</source>
        <translation>尾流衰减：</translation>
    </message>
    <message>
        <source>Jensen&apos;s wake decay constant k for the turbines on the plan</source>
        <translation>平面图上风机的 Jensen 尾流衰减常数 k</translation>
    </message>
    <message>
        <source>Embodied carbon of wind:</source>
        <translation>风电隐含碳：</translation>
    </message>
    <message>
        <source>Embodied emissions per kW of wind capacity, on site and off site (no default: 0 = not entered)</source>
        <translation>每千瓦风电装机（场内与场外）的隐含排放（无默认值：0 = 未填写）</translation>
    </message>
    <message>
        <source> kg/kW</source>
        <translation> kg/kW</translation>
    </message>
    <message>
        <source>Wind service life:</source>
        <translation>风电使用寿命：</translation>
    </message>
    <message>
        <source> yr</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>Off-site plants and direct lines</source>
        <translation>场外电站与直连线路</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>线路</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>送达电量</translation>
    </message>
    <message>
        <source>Plants outside the site plan, each feeding the park through its own direct line (绿电直连)</source>
        <translation>场址平面以外的电站，各经自己的直连线路向园区供电（绿电直连）</translation>
    </message>
    <message>
        <source>Add PV plant</source>
        <translation>添加光伏电站</translation>
    </message>
    <message>
        <source>Add an off-site PV plant</source>
        <translation>添加一座场外光伏电站</translation>
    </message>
    <message>
        <source>Add wind plant</source>
        <translation>添加风电场</translation>
    </message>
    <message>
        <source>Add an off-site wind plant</source>
        <translation>添加一座场外风电场</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Add a copy of the selected plant</source>
        <translation>添加所选电站的副本</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected plant</source>
        <translation>删除所选电站</translation>
    </message>
    <message>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>Move the selected plant up</source>
        <translation>所选电站上移</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>Move the selected plant down</source>
        <translation>所选电站下移</translation>
    </message>
    <message>
        <source>Selected plant</source>
        <translation>所选电站</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>The plant&apos;s name in lists, results and reports</source>
        <translation>电站在列表、结果和报告中的名称</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Weather:</source>
        <translation>气象：</translation>
    </message>
    <message>
        <source>Own location</source>
        <translation>自有位置</translation>
    </message>
    <message>
        <source>The plant&apos;s own coordinates for the sun and the air pressure; otherwise those of its weather file, or the site&apos;s</source>
        <translation>电站自身的坐标，用于太阳位置和气压；否则取其气象文件或场址的坐标</translation>
    </message>
    <message>
        <source>Latitude:</source>
        <translation>纬度：</translation>
    </message>
    <message>
        <source> °</source>
        <translation> °</translation>
    </message>
    <message>
        <source>Longitude:</source>
        <translation>经度：</translation>
    </message>
    <message>
        <source>Elevation:</source>
        <translation>海拔：</translation>
    </message>
    <message>
        <source>PV plant</source>
        <translation>光伏电站</translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation>容量：</translation>
    </message>
    <message>
        <source>DC capacity of the plant</source>
        <translation>电站直流装机容量</translation>
    </message>
    <message>
        <source> kWp</source>
        <translation> kWp</translation>
    </message>
    <message>
        <source>Tilt:</source>
        <translation>倾角：</translation>
    </message>
    <message>
        <source>Azimuth:</source>
        <translation>方位角：</translation>
    </message>
    <message>
        <source>Clockwise from north; 180° = south</source>
        <translation>自正北顺时针；180° = 正南</translation>
    </message>
    <message>
        <source>System losses:</source>
        <translation>系统损失：</translation>
    </message>
    <message>
        <source>PVWatts system losses</source>
        <translation>PVWatts 系统损失</translation>
    </message>
    <message>
        <source>DC/AC ratio:</source>
        <translation>容配比：</translation>
    </message>
    <message>
        <source>Wind plant</source>
        <translation>风电场</translation>
    </message>
    <message>
        <source>Turbine type:</source>
        <translation>机型：</translation>
    </message>
    <message>
        <source>A built-in type (%1) or a turbine CSV file</source>
        <translation>内置机型（%1）或风机 CSV 文件</translation>
    </message>
    <message>
        <source>Turbine file…</source>
        <translation>风机文件…</translation>
    </message>
    <message>
        <source>Choose a turbine CSV file (power and thrust curve); it is stored relative to the project</source>
        <translation>选择风机 CSV 文件（功率与推力曲线），以相对项目的路径保存</translation>
    </message>
    <message>
        <source>Turbines:</source>
        <translation>台数：</translation>
    </message>
    <message>
        <source>Number of turbines of the plant</source>
        <translation>电站的风机台数</translation>
    </message>
    <message>
        <source>Hub height:</source>
        <translation>轮毂高度：</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>设定</translation>
    </message>
    <message>
        <source>Unset: the type&apos;s own hub height</source>
        <translation>未设定：取机型自身的轮毂高度</translation>
    </message>
    <message>
        <source>Internal wake loss:</source>
        <translation>场内尾流损失：</translation>
    </message>
    <message>
        <source>Wake loss inside the plant (placeholder, not sourced)</source>
        <translation>电站内部的尾流损失（占位值，无出处）</translation>
    </message>
    <message>
        <source>Own shear and air density</source>
        <translation>自有风切变与空气密度</translation>
    </message>
    <message>
        <source>Otherwise the plant takes the site&apos;s shear and density normalisation</source>
        <translation>否则电站采用场址的风切变和密度归一化</translation>
    </message>
    <message>
        <source>Direct line</source>
        <translation>直连线路</translation>
    </message>
    <message>
        <source>Power the line carries at most; the plant&apos;s surplus is clipped</source>
        <translation>线路最大输送功率；超出部分被削减</translation>
    </message>
    <message>
        <source> MW</source>
        <translation> MW</translation>
    </message>
    <message>
        <source>Line loss:</source>
        <translation>线损：</translation>
    </message>
    <message>
        <source>Share of the delivered power lost on the line (placeholder, not sourced)</source>
        <translation>输送功率在线路上的损失比例（占位值，无出处）</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>长度：</translation>
    </message>
    <message>
        <source>For the line&apos;s costs; no effect on energy</source>
        <translation>用于线路成本；不影响电量</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>The site&apos;s weather</source>
        <translation>场址气象</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>The plant&apos;s own EPW or TMY3 weather file, stored relative to the project file</source>
        <translation>电站自有的 EPW 或 TMY3 气象文件，以相对项目文件的路径保存</translation>
    </message>
    <message>
        <source>Site&apos;s</source>
        <translation>用场址的</translation>
    </message>
    <message>
        <source>Use the site&apos;s weather</source>
        <translation>使用场址气象</translation>
    </message>
    <message>
        <source>Direct-supply checks (650号)</source>
        <translation>绿电直连校核（650号）</translation>
    </message>
    <message>
        <source>No result yet.</source>
        <translation>尚无结果。</translation>
    </message>
    <message>
        <source>The province caps the export</source>
        <translation>省内限制上网电量</translation>
    </message>
    <message>
        <source>Check export ÷ available generation against the cap (where a province applies one)</source>
        <translation>按上限校核上网电量 ÷ 可用发电量（省内有此限制时）</translation>
    </message>
    <message>
        <source>Export cap:</source>
        <translation>上网上限：</translation>
    </message>
    <message>
        <source>Largest share of the available generation that may be exported</source>
        <translation>可用发电量中允许上网的最大比例</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1/yr</source>
        <translation>%1/年</translation>
    </message>
    <message>
        <source>Add off-site PV plant</source>
        <translation>添加场外光伏电站</translation>
    </message>
    <message>
        <source>Add off-site wind plant</source>
        <translation>添加场外风电场</translation>
    </message>
    <message>
        <source>Off-site PV</source>
        <translation>场外光伏</translation>
    </message>
    <message>
        <source>Off-site wind</source>
        <translation>场外风电</translation>
    </message>
    <message>
        <source>Duplicate off-site plant</source>
        <translation>复制场外电站</translation>
    </message>
    <message>
        <source>Remove off-site plant</source>
        <translation>删除场外电站</translation>
    </message>
    <message>
        <source>Move off-site plant</source>
        <translation>移动场外电站</translation>
    </message>
    <message>
        <source>Choose the Plant&apos;s Weather File</source>
        <translation>选择电站气象文件</translation>
    </message>
    <message>
        <source>Weather files (*.epw *.csv);;All files (*)</source>
        <translation>气象文件 (*.epw *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a Turbine File</source>
        <translation>选择风机文件</translation>
    </message>
    <message>
        <source>Turbine files (*.csv);;All files (*)</source>
        <translation>风机文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Change plant weather file</source>
        <translation>更改电站气象文件</translation>
    </message>
    <message>
        <source>Change turbine type</source>
        <translation>更改机型</translation>
    </message>
    <message>
        <source>The checks apply to parks with wind or off-site plants.</source>
        <translation>该校核适用于有风电或场外电站的园区。</translation>
    </message>
    <message>
        <source>Available %1, used by the park %2, exported %3.</source>
        <translation>可用 %1，园区自用 %2，上网 %3。</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>校核项</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>限值</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Self-use ÷ available</source>
        <translation>自用 ÷ 可用发电量</translation>
    </message>
    <message>
        <source>Self-use ÷ consumption</source>
        <translation>自用 ÷ 总用电量</translation>
    </message>
    <message>
        <source>Self-use ÷ consumption by 2030</source>
        <translation>自用 ÷ 总用电量（2030 年前）</translation>
    </message>
    <message>
        <source>Export ÷ available</source>
        <translation>上网 ÷ 可用发电量</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>未应用：%1</translation>
    </message>
</context>
<context>
    <name>pz::TariffEditor</name>
    <message>
        <source>placeholder</source>
        <translation>占位值</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>电价</translation>
    </message>
    <message>
        <source>The time-of-use periods with every per-kWh charge; the selected period is the one the grids below paint with</source>
        <translation>分时电价时段（含所有按电量计收的费用）；选中的时段即下方网格绘制所用的时段</translation>
    </message>
    <message>
        <source>Add Period</source>
        <translation>添加时段</translation>
    </message>
    <message>
        <source>Remove Period</source>
        <translation>删除时段</translation>
    </message>
    <message>
        <source>Removes the selected period; its hours must first be painted with another period</source>
        <translation>删除选中的时段；须先将其所占小时绘制为其他时段</translation>
    </message>
    <message>
        <source>Weekends as Weekdays</source>
        <translation>周末同工作日</translation>
    </message>
    <message>
        <source>Sets the weekend grid to the weekday grid</source>
        <translation>将周末网格设为与工作日网格相同</translation>
    </message>
    <message>
        <source>Press and drag over a grid to paint the selected period (rows are months, columns hours of the day).</source>
        <translation>在网格上按住并拖动鼠标，即可绘制选中的时段（行为月份，列为一天中的小时）。</translation>
    </message>
    <message>
        <source>Rename tariff period</source>
        <translation>重命名电价时段</translation>
    </message>
    <message>
        <source>Paint weekend periods</source>
        <translation>绘制周末时段</translation>
    </message>
    <message>
        <source>Paint weekday periods</source>
        <translation>绘制工作日时段</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>未应用：%1</translation>
    </message>
    <message>
        <source>Peak : valley = %1 : 1</source>
        <translation>峰谷比 = %1 : 1</translation>
    </message>
    <message>
        <source>Default: placeholder (spec %1) — enter your own</source>
        <translation>默认值：占位值（规范 %1）——请输入您自己的数值</translation>
    </message>
    <message>
        <source>Periods and prices (CNY/kWh)</source>
        <translation>时段与电价（元/kWh）</translation>
    </message>
    <message>
        <source>Weekdays (Monday–Friday)</source>
        <translation>工作日（周一至周五）</translation>
    </message>
    <message>
        <source>Weekends (Saturday and Sunday)</source>
        <translation>周末（周六、周日）</translation>
    </message>
    <message>
        <source> CNY/kWh</source>
        <translation> 元/kWh</translation>
    </message>
    <message>
        <source>Change period price</source>
        <translation>修改时段电价</translation>
    </message>
    <message>
        <source>period %1</source>
        <translation>时段 %1</translation>
    </message>
    <message>
        <source>Add tariff period</source>
        <translation>添加电价时段</translation>
    </message>
    <message>
        <source>Remove tariff period</source>
        <translation>删除电价时段</translation>
    </message>
    <message>
        <source>Weekends as weekdays</source>
        <translation>周末同工作日</translation>
    </message>
</context>
<context>
    <name>pz::TurbineItem</name>
    <message>
        <source>%1 · %2 m hub</source>
        <extracomment>Wind turbine label on the site plan: name · hub height</extracomment>
        <translation>%1 · 轮毂 %2 m</translation>
    </message>
</context>
<context>
    <name>pz::TurbineTableModel</name>
    <message>
        <source>Share of the turbine&apos;s energy in free wind lost to the wakes of the other turbines</source>
        <translation>风机在自由风中的发电量因其他风机尾流而损失的比例</translation>
    </message>
    <message>
        <source>Net annual energy divided by the rated power</source>
        <translation>年净发电量除以额定功率</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>机型</translation>
    </message>
    <message>
        <source>Rated (kW)</source>
        <translation>额定（kW）</translation>
    </message>
    <message>
        <source>Hub (m)</source>
        <translation>轮毂（m）</translation>
    </message>
    <message>
        <source>Annual (MWh)</source>
        <translation>年发电（MWh）</translation>
    </message>
    <message>
        <source>Capacity factor (%)</source>
        <translation>容量系数（%）</translation>
    </message>
    <message>
        <source>Full-load hours</source>
        <translation>满发小时数</translation>
    </message>
    <message>
        <source>Wake loss (%)</source>
        <translation>尾流损失（%）</translation>
    </message>
</context>
<context>
    <name>pz::TurbineToolBar</name>
    <message>
        <source>Wind Turbine Options</source>
        <translation>风电机组选项</translation>
    </message>
    <message>
        <source>Rows of turbines that Shift+click places</source>
        <translation>Shift+单击放置的机组排数</translation>
    </message>
    <message>
        <source>Turbines in each row</source>
        <translation>每排机组台数</translation>
    </message>
    <message>
        <source> D</source>
        <translation> D</translation>
    </message>
    <message>
        <source>Spacing of the turbines in a row, in rotor diameters</source>
        <translation>排内机组间距（风轮直径倍数）</translation>
    </message>
    <message>
        <source>Spacing between rows, in rotor diameters; the ghost ring shows it along the prevailing wind</source>
        <translation>排间距（风轮直径倍数）；预览环沿主导风向显示该间距</translation>
    </message>
    <message>
        <source> °</source>
        <translation> °</translation>
    </message>
    <message>
        <source>Direction of the rows, counter-clockwise from east (R turns them by 90°)</source>
        <translation>排的方向，自正东逆时针计（R 键旋转 90°）</translation>
    </message>
    <message>
        <source>Across the wind</source>
        <translation>垂直于主导风向</translation>
    </message>
    <message>
        <source>Turn the rows across the site&apos;s prevailing wind (from the weather&apos;s wind rose)</source>
        <translation>将各排转至垂直于场址主导风向（取自气象数据的风玫瑰图）</translation>
    </message>
    <message>
        <source>Grid:</source>
        <translation>阵列：</translation>
    </message>
    <message>
        <source>In row:</source>
        <translation>排内：</translation>
    </message>
    <message>
        <source>Between rows:</source>
        <translation>排间：</translation>
    </message>
    <message>
        <source>Angle:</source>
        <translation>角度：</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>Plan coordinate east of the site origin</source>
        <translation>场址原点以东的平面坐标</translation>
    </message>
    <message>
        <source>Plan coordinate north of the site origin</source>
        <translation>场址原点以北的平面坐标</translation>
    </message>
    <message>
        <source>Place one</source>
        <translation>放置一台</translation>
    </message>
    <message>
        <source>Place one turbine at the typed coordinates</source>
        <translation>在输入的坐标处放置一台机组</translation>
    </message>
    <message>
        <source>Place grid</source>
        <translation>放置阵列</translation>
    </message>
    <message>
        <source>Place the grid with its first turbine at the typed coordinates</source>
        <translation>以输入的坐标为第一台机组位置放置阵列</translation>
    </message>
    <message>
        <source>At x:</source>
        <translation>位置 x：</translation>
    </message>
    <message>
        <source>y:</source>
        <translation>y：</translation>
    </message>
    <message>
        <source>Turn the rows across the site&apos;s prevailing wind, which comes from %1°</source>
        <translation>将各排转至垂直于场址主导风向（来风 %1°）</translation>
    </message>
    <message>
        <source>The site&apos;s weather has no wind directions, so there is no prevailing wind</source>
        <translation>场址气象数据没有风向，因此没有主导风向</translation>
    </message>
</context>
<context>
    <name>pz::Weather</name>
    <message>
        <source>latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>elevation</source>
        <translation>海拔</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>时</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>dry-bulb temperature</source>
        <translation>干球温度</translation>
    </message>
    <message>
        <source>GHI</source>
        <translation>GHI</translation>
    </message>
    <message>
        <source>DNI</source>
        <translation>DNI</translation>
    </message>
    <message>
        <source>DHI</source>
        <translation>DHI</translation>
    </message>
    <message>
        <source>irradiance</source>
        <translation>辐照度</translation>
    </message>
    <message>
        <source>wind speed</source>
        <translation>风速</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>%1, line %2, column %3 (%4): %5</source>
        <translation>%1，第 %2 行，第 %3 列（%4）：%5</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>missing value</source>
        <translation>缺少数值</translation>
    </message>
    <message>
        <source>not a number (&quot;%1&quot;)</source>
        <translation>不是数字（“%1”）</translation>
    </message>
    <message>
        <source>out of range (%1, expected %2 to %3)</source>
        <translation>超出范围（%1，应在 %2 到 %3 之间）</translation>
    </message>
    <message>
        <source>invalid date or hour (%1/%2 hour %3)</source>
        <translation>日期或小时无效（%1/%2 第 %3 时）</translation>
    </message>
    <message>
        <source>the same hour as line %1</source>
        <translation>与第 %1 行的小时重复</translation>
    </message>
    <message>
        <source>expected 8760 hourly records (8784 in a leap year), found %1</source>
        <translation>应为 8760 条逐时记录（闰年为 8784 条），实际为 %1 条</translation>
    </message>
    <message>
        <source>29 February in a file of 8760 records</source>
        <translation>8760 条记录的文件中出现 2 月 29 日</translation>
    </message>
    <message>
        <source>%1: 8784 hourly records (a leap year); 29 February was dropped.</source>
        <translation>%1：8784 条逐时记录（闰年）；已去掉 2 月 29 日。</translation>
    </message>
    <message>
        <source>%1: cannot open the file (%2)</source>
        <translation>%1：无法打开文件（%2）</translation>
    </message>
    <message>
        <source>%1: the file is too large for an hourly weather year</source>
        <translation>%1：文件过大，不是一年的逐时气象数据</translation>
    </message>
    <message>
        <source>not an EPW file (the first line must start with LOCATION)</source>
        <translation>不是 EPW 文件（第一行必须以 LOCATION 开头）</translation>
    </message>
    <message>
        <source>no DATA PERIODS header line</source>
        <translation>缺少 DATA PERIODS 表头行</translation>
    </message>
    <message>
        <source>empty line inside the data</source>
        <translation>数据中有空行</translation>
    </message>
    <message>
        <source>missing column (%1 of at least %2 found)</source>
        <translation>缺少列（找到 %1 列，至少需要 %2 列）</translation>
    </message>
    <message>
        <source>month, day and hour must be whole numbers</source>
        <translation>月、日和小时必须为整数</translation>
    </message>
    <message>
        <source>not a TMY3 file (two header lines expected)</source>
        <translation>不是 TMY3 文件（应有两行表头）</translation>
    </message>
    <message>
        <source>missing column &quot;%1&quot; in the header</source>
        <translation>表头中缺少列“%1”</translation>
    </message>
    <message>
        <source>missing column (%1 of %2 found)</source>
        <translation>缺少列（找到 %1 列，需要 %2 列）</translation>
    </message>
    <message>
        <source>not a date MM/DD/YYYY (&quot;%1&quot;)</source>
        <translation>不是 MM/DD/YYYY 格式的日期（“%1”）</translation>
    </message>
    <message>
        <source>not an hour 01:00 to 24:00 (&quot;%1&quot;)</source>
        <translation>不是 01:00 到 24:00 之间的小时（“%1”）</translation>
    </message>
    <message>
        <source>%1: not a recognised weather file (EPW or NREL TMY3 CSV expected)</source>
        <translation>%1：无法识别的气象文件（应为 EPW 或 NREL TMY3 CSV）</translation>
    </message>
</context>
<context>
    <name>pz::WindRoseWidget</name>
    <message>
        <source>≥ %1 m/s</source>
        <translation>≥ %1 m/s</translation>
    </message>
    <message>
        <source>%1–%2 m/s</source>
        <translation>%1–%2 m/s</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>N</source>
        <translation>北</translation>
    </message>
    <message>
        <source>NNE</source>
        <translation>北东北</translation>
    </message>
    <message>
        <source>NE</source>
        <translation>东北</translation>
    </message>
    <message>
        <source>ENE</source>
        <translation>东东北</translation>
    </message>
    <message>
        <source>E</source>
        <translation>东</translation>
    </message>
    <message>
        <source>ESE</source>
        <translation>东东南</translation>
    </message>
    <message>
        <source>SE</source>
        <translation>东南</translation>
    </message>
    <message>
        <source>SSE</source>
        <translation>南东南</translation>
    </message>
    <message>
        <source>S</source>
        <translation>南</translation>
    </message>
    <message>
        <source>SSW</source>
        <translation>南西南</translation>
    </message>
    <message>
        <source>SW</source>
        <translation>西南</translation>
    </message>
    <message>
        <source>WSW</source>
        <translation>西西南</translation>
    </message>
    <message>
        <source>W</source>
        <translation>西</translation>
    </message>
    <message>
        <source>WNW</source>
        <translation>西西北</translation>
    </message>
    <message>
        <source>NW</source>
        <translation>西北</translation>
    </message>
    <message>
        <source>NNW</source>
        <translation>北西北</translation>
    </message>
    <message>
        <source>No weather yet.</source>
        <translation>尚无气象数据。</translation>
    </message>
    <message>
        <source>The weather has no wind directions (calm %1).</source>
        <translation>气象数据没有风向（静风 %1）。</translation>
    </message>
    <message>
        <source>Prevailing wind from %1 (%2°), %3 of the wind&apos;s energy; calm %4</source>
        <extracomment>%1 compass point, %2 degrees, %3 share of the wind&apos;s energy, %4 calm share</extracomment>
        <translation>主导风向：%1（%2°），占风能 %3；静风 %4</translation>
    </message>
    <message>
        <source>From %1 (%2°): %3 of the hours, %4 of the wind&apos;s energy</source>
        <extracomment>%1 compass point, %2 degrees, %3 share of the hours, %4 share of the wind&apos;s energy</extracomment>
        <translation>来自 %1（%2°）：占小时数 %3，占风能 %4</translation>
    </message>
</context>
<context>
    <name>pz::WindSection</name>
    <message>
        <source>pass</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>Turbine</source>
        <translation>风机</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>机型</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>额定功率</translation>
    </message>
    <message>
        <source>Hub height</source>
        <translation>轮毂高度</translation>
    </message>
    <message>
        <source>Net energy</source>
        <translation>净发电量</translation>
    </message>
    <message>
        <source>Capacity factor</source>
        <translation>容量系数</translation>
    </message>
    <message>
        <source>Wake loss</source>
        <translation>尾流损失</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>Off-site plant</source>
        <translation>场外电站</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>装机容量</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用电量</translation>
    </message>
    <message>
        <source>Clipped by the line</source>
        <translation>线路限电</translation>
    </message>
    <message>
        <source>Line losses</source>
        <translation>线路损耗</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>送达电量</translation>
    </message>
    <message>
        <source>wind</source>
        <translation>风电</translation>
    </message>
    <message>
        <source>PV</source>
        <translation>光伏</translation>
    </message>
    <message>
        <source>Direct-supply check</source>
        <translation>绿电直连考核</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Own use of the available green power</source>
        <translation>绿电自发自用比例</translation>
    </message>
    <message>
        <source>Green power in the consumption</source>
        <translation>绿电占用电量比例</translation>
    </message>
    <message>
        <source>Green power in the consumption, from 2030</source>
        <translation>绿电占用电量比例（2030 年起）</translation>
    </message>
    <message>
        <source>Export of the available green power</source>
        <translation>绿电上网比例</translation>
    </message>
    <message>
        <source>Wind and off-site supply</source>
        <translation>风电与场外供电</translation>
    </message>
    <message>
        <source>Turbines on the site plan: %1 rated, %2 a year net of wakes and losses (wake loss %3). Off-site plants deliver %4 a year through their direct lines.</source>
        <translation>场内风机额定功率 %1，扣除尾流和损耗后年净发电量 %2（尾流损失 %3）。场外电站经直连线路年送达 %4。</translation>
    </message>
    <message>
        <source>Direct supply of green power</source>
        <translation>绿电直连</translation>
    </message>
</context>
<context>
    <name>pz::cli</name>
    <message>
        <source>Usage: parkzero-cli validate [--quiet] &lt;project.parkzero&gt;...

Checks ParkZero project files: JSON syntax, field types, value ranges, polygons,
object ids and the files a project refers to (weather file, load profiles).
Prints &quot;&lt;file&gt;: OK&quot; for each valid project and every problem otherwise.

Options:
  -q, --quiet   print nothing for valid projects
  -h, --help    show this help

Exit status: 0 when every project is valid, 2 when a project has problems,
cannot be read, or the command line is wrong.
</source>
        <translation>用法：parkzero-cli validate [--quiet] &lt;project.parkzero&gt;...

检查 ParkZero 项目文件：JSON 语法、字段类型、取值范围、多边形、
对象 id 以及项目引用的文件（气象文件、负荷曲线）。
对每个有效项目输出“&lt;file&gt;: OK”，否则列出所有问题。

选项：
  -q, --quiet   有效项目不输出任何内容
  -h, --help    显示此帮助

退出状态：所有项目均有效时为 0；项目有问题、无法读取或命令行有误时为 2。
</translation>
    </message>
    <message>
        <source>%1: %2: file not found: %3</source>
        <translation>%1：%2：找不到文件：%3</translation>
    </message>
    <message>
        <source>%1: %2: not a readable file: %3</source>
        <translation>%1：%2：文件不可读：%3</translation>
    </message>
    <message>
        <source>buildings: %1, PV fields: %2, battery stores: %3, green spaces: %4</source>
        <translation>建筑：%1，光伏阵列：%2，电池储能：%3，绿地：%4</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>%1: OK (%2)</source>
        <translation>%1: OK（%2）</translation>
    </message>
    <message>
        <source>Usage: parkzero-cli import INPUT -o OUT.parkzero [--project IN.parkzero] [options]
       parkzero-cli import INPUT --list

Imports the polygons of a GIS or CAD file (GeoJSON, Shapefile, DXF, KML, GeoPackage,
FlatGeobuf, OSM XML) into a copy of a project, or into a new project located at the
data, and writes OUT. Prints the imported, repaired and skipped counts and each
repaired or skipped feature with the reason.

Options:
  -o, --output FILE        the project to write
  --project FILE           import into a copy of this project (default: a new one)
  --list                   list the layers, feature counts and fields, and stop
  --layer NAME             the layer (for DXF: the drawing layer); default: all
  --where SQL              attribute filter, as ogr2ogr -where
  --as KIND                building (default), pv_field, green_space or boundary
  --height-attr NAME       building height in metres (default: height)
  --levels-attr NAME       storeys (default: building:levels)
  --storey-height M        metres per storey (default: 3.5)
  --name-attr NAME         object name (default: name)
  --use-attr NAME          attribute giving the building use type
  --use-map VALUE=TYPE     maps an attribute value to a use type (repeatable)
  --units mm|cm|m          drawing units of data without a CRS (DXF without $INSUNITS)
  --rotation DEG           data without a CRS: rotation counter-clockwise
  --offset EAST,NORTH      data without a CRS: offset in plan metres
  --crs CRS                the data&apos;s CRS (e.g. EPSG:4547), overriding the file&apos;s
  --encoding NAME          DXF text encoding (e.g. CP936), overriding $DWGCODEPAGE
  -h, --help               show this help

Exit status: 0 on success, 1 when OUT cannot be written, 2 for bad input (a file that
cannot be read, nothing to import, a wrong command line).
</source>
        <translation>用法：parkzero-cli import 输入文件 -o OUT.parkzero [--project IN.parkzero] [选项]
      parkzero-cli import 输入文件 --list

将 GIS 或 CAD 文件（GeoJSON、Shapefile、DXF、KML、GeoPackage、FlatGeobuf、OSM XML）
中的多边形导入项目副本，或导入位于数据所在位置的新项目，并写入 OUT。输出已导入、已修复和
已跳过的数量，以及每个被修复或跳过的要素及其原因。

选项：
  -o, --output 文件        要写入的项目
  --project 文件           导入到该项目的副本（默认：新项目）
  --list                   列出图层、要素数和字段后结束
  --layer 名称             图层（DXF：图纸图层）；默认：全部
  --where SQL              属性过滤条件，同 ogr2ogr -where
  --as 类型                building（默认）、pv_field、green_space 或 boundary
  --height-attr 名称       建筑高度（米）（默认：height）
  --levels-attr 名称       层数（默认：building:levels）
  --storey-height 米       每层高度（默认：3.5）
  --name-attr 名称         对象名称（默认：name）
  --use-attr 名称          给出建筑用途类型的属性
  --use-map 值=类型        将属性值映射为用途类型（可重复）
  --units mm|cm|m          无坐标参考系数据的图形单位（无 $INSUNITS 的 DXF）
  --rotation 角度          无坐标参考系数据：逆时针旋转
  --offset 东,北           无坐标参考系数据：平移（总平面图米数）
  --crs 坐标参考系         数据的坐标参考系（如 EPSG:4547），覆盖文件中的设定
  --encoding 名称          DXF 文字编码（如 CP936），覆盖 $DWGCODEPAGE
  -h, --help               显示本帮助

退出状态：成功为 0，无法写入 OUT 为 1，输入有误（文件无法读取、没有可导入的内容、
命令行错误）为 2。
</translation>
    </message>
    <message>
        <source>--as: expected building, pv_field, green_space or boundary (got &quot;%1&quot;)</source>
        <translation>--as：应为 building、pv_field、green_space 或 boundary（实际为“%1”）</translation>
    </message>
    <message>
        <source>--units: expected mm, cm or m (got &quot;%1&quot;)</source>
        <translation>--units：应为 mm、cm 或 m（实际为“%1”）</translation>
    </message>
    <message>
        <source>--storey-height: expected metres between 0 and 100 (got &quot;%1&quot;)</source>
        <translation>--storey-height：应为 0 到 100 之间的米数（实际为“%1”）</translation>
    </message>
    <message>
        <source>--rotation: expected degrees (got &quot;%1&quot;)</source>
        <translation>--rotation：应为角度（实际为“%1”）</translation>
    </message>
    <message>
        <source>--offset: expected EAST,NORTH in metres (got &quot;%1&quot;)</source>
        <translation>--offset：应为以米为单位的 东,北（实际为“%1”）</translation>
    </message>
    <message>
        <source>--use-map: expected VALUE=TYPE with a use type such as office (got &quot;%1&quot;)</source>
        <translation>--use-map：应为 值=类型，类型为 office 等用途类型（实际为“%1”）</translation>
    </message>
    <message>
        <source>Project to write.</source>
        <translation>要写入的项目。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>List the layers.</source>
        <translation>列出图层。</translation>
    </message>
    <message>
        <source>no input file given</source>
        <translation>未给出输入文件</translation>
    </message>
    <message>
        <source>more than one input file given</source>
        <translation>给出了多个输入文件</translation>
    </message>
    <message>
        <source>no output file given (-o OUT.parkzero)</source>
        <translation>未给出输出文件（-o OUT.parkzero）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>  %1: %2 features, %3, CRS: %4; fields: %5</source>
        <translation>  %1：%2 个要素，%3，坐标参考系：%4；字段：%5</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1: imported %2, repaired %3, skipped %4</source>
        <translation>%1：已导入 %2，已修复 %3，已跳过 %4</translation>
    </message>
    <message>
        <source>%1: note: %2</source>
        <translation>%1：注意：%2</translation>
    </message>
    <message>
        <source>%1: site located at latitude %2°, longitude %3°</source>
        <translation>%1：场地位于纬度 %2°，经度 %3°</translation>
    </message>
    <message>
        <source>repaired: %1</source>
        <translation>已修复：%1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <source>nothing imported</source>
        <translation>未导入任何内容</translation>
    </message>
    <message>
        <source>%1: nothing imported; %2 not written</source>
        <translation>%1：未导入任何内容；未写入 %2</translation>
    </message>
    <message>
        <source>wrote %1 (objects: %2)</source>
        <translation>已写入 %1（对象：%2 个）</translation>
    </message>
    <message>
        <source>parkzero-cli import: %1</source>
        <translation>parkzero-cli import：%1</translation>
    </message>
    <message>
        <source>parkzero-cli %1: %2</source>
        <translation>parkzero-cli %1: %2</translation>
    </message>
    <message>
        <source>check project files for problems</source>
        <translation>检查项目文件中的问题</translation>
    </message>
    <message>
        <source>simulate a project and write its results</source>
        <translation>模拟项目并写出结果</translation>
    </message>
    <message>
        <source>import a GIS or CAD site plan into a project</source>
        <translation>将 GIS 或 CAD 总平面图导入项目</translation>
    </message>
    <message>
        <source>Usage: parkzero-cli &lt;command&gt; [options] [arguments]
       parkzero-cli --version

Commands:
</source>
        <translation>用法：parkzero-cli &lt;命令&gt; [选项] [参数]
      parkzero-cli --version

命令：
</translation>
    </message>
    <message>
        <source>
Run &quot;parkzero-cli &lt;command&gt; --help&quot; for the options of a command.
</source>
        <translation>
运行 &quot;parkzero-cli &lt;命令&gt; --help&quot; 查看某个命令的选项。
</translation>
    </message>
    <message>
        <source>parkzero-cli: %1</source>
        <translation>parkzero-cli: %1</translation>
    </message>
    <message>
        <source>parkzero-cli: unknown command &quot;%1&quot;</source>
        <translation>parkzero-cli: 未知命令 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Weather: %1 (GHI %2 kWh/m²)</source>
        <translation>气象：%1（GHI %2 kWh/m²）</translation>
    </message>
    <message>
        <source>  %1 [%2]: %3 kWp, %4 kWh, %5 kWh/kWp, shading loss %6 %</source>
        <translation>  %1 [%2]：%3 kWp，%4 kWh，%5 kWh/kWp，遮挡损失 %6 %</translation>
    </message>
    <message>
        <source>ground</source>
        <translation>地面</translation>
    </message>
    <message>
        <source>rooftop</source>
        <translation>屋顶</translation>
    </message>
    <message>
        <source>Park: %1 kWp, generation %2 MWh, consumption %3 MWh</source>
        <translation>园区：%1 kWp，发电量 %2 MWh，用电量 %3 MWh</translation>
    </message>
    <message>
        <source>Self-sufficiency %1 %, CFE %2 %, net emissions %3 tCO2e, %4 tCO2/tce (threshold %5): %6</source>
        <translation>自给率 %1 %，CFE %2 %，净排放 %3 tCO2e，%4 tCO2/tce（阈值 %5）：%6</translation>
    </message>
    <message>
        <source>zero-carbon</source>
        <translation>零碳</translation>
    </message>
    <message>
        <source>not zero-carbon</source>
        <translation>未达零碳</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>no project file given</source>
        <translation>未指定项目文件</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>无法识别的参数 %1</translation>
    </message>
    <message>
        <source>--irradiance: unknown value %1 (as_given or beam_from_ghi_dhi)</source>
        <translation>--irradiance：未知取值 %1（应为 as_given 或 beam_from_ghi_dhi）</translation>
    </message>
    <message>
        <source>%1: simulation failed: %2</source>
        <translation>%1：模拟失败：%2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>, wind turbines: %1, off-site plants: %2</source>
        <translation>，风机：%1，场外电站：%2</translation>
    </message>
    <message>
        <source>write the client report of a project as a PDF</source>
        <translation>将项目的客户报告写为 PDF</translation>
    </message>
    <message>
        <source>a project file and an output file are needed</source>
        <translation>需要一个项目文件和一个输出文件</translation>
    </message>
    <message>
        <source>--lang: unknown language %1 (en or zh_CN)</source>
        <translation>--lang：未知语言 %1（en 或 zh_CN）</translation>
    </message>
    <message>
        <source>--sections: %1</source>
        <translation>--sections：%1</translation>
    </message>
    <message>
        <source>--pv-order: unknown order %1</source>
        <translation>--pv-order：未知排序 %1</translation>
    </message>
    <message>
        <source>%1: cannot read the logo</source>
        <translation>%1：无法读取标志</translation>
    </message>
    <message>
        <source>Optimum: %1 CNY/yr (%2 solve, %3 s)</source>
        <translation>最优值：%1 元/年（%2 求解，%3 秒）</translation>
    </message>
    <message>
        <source>  PV %1: %2 kWp</source>
        <translation>  光伏 %1：%2 kWp</translation>
    </message>
    <message>
        <source>  Wind %1: %2 turbines (%3 kW)</source>
        <translation>  风电 %1：%2 台风机（%3 kW）</translation>
    </message>
    <message>
        <source>  Battery: %1 kWh, %2 kW</source>
        <translation>  储能：%1 kWh，%2 kW</translation>
    </message>
    <message>
        <source>  Green power: %1 kWh</source>
        <translation>  绿电：%1 kWh</translation>
    </message>
    <message>
        <source>Intensity %1 tCO2/tce (threshold %2), marginal abatement cost %3 CNY/tCO2</source>
        <translation>碳排放强度 %1 tCO2/tce（阈值 %2），边际减排成本 %3 元/tCO2</translation>
    </message>
    <message>
        <source>Without the carbon and clean-share rows: %1 CNY/yr</source>
        <translation>不含碳排放与清洁能源占比约束：%1 元/年</translation>
    </message>
    <message>
        <source>parkzero-cli optimize: %1</source>
        <translation>parkzero-cli optimize：%1</translation>
    </message>
    <message>
        <source>parkzero-cli optimize: the solver failed: %1</source>
        <translation>parkzero-cli optimize：求解器失败：%1</translation>
    </message>
    <message>
        <source>parkzero-cli optimize: infeasible: %1</source>
        <translation>parkzero-cli optimize：无可行解：%1</translation>
    </message>
    <message>
        <source>%1: no scenario is called &quot;%2&quot; (scenarios: %3)</source>
        <translation>%1：没有名为“%2”的方案（现有方案：%3）</translation>
    </message>
    <message>
        <source>%1: scenario &quot;%2&quot;: simulation failed: %3</source>
        <translation>%1：方案“%2”：模拟失败：%3</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot;:</source>
        <translation>方案“%1”：</translation>
    </message>
    <message>
        <source>--scenario and --all-scenarios exclude each other</source>
        <translation>--scenario 与 --all-scenarios 不能同时使用</translation>
    </message>
    <message>
        <source>--hourly writes one scenario; choose it with --scenario</source>
        <translation>--hourly 只输出一个方案；请用 --scenario 选择</translation>
    </message>
    <message>
        <source>%1: %2site.weather.file: required when the weather kind is &quot;file&quot;</source>
        <translation>%1：%2site.weather.file：气象类型为“file”时必填</translation>
    </message>
    <message>
        <source>find the least-cost zero-carbon design of a project or an optimizer scenario</source>
        <translation>求项目或优化场景的最低成本零碳方案</translation>
    </message>
    <message>
        <source>Fixed by the lower bounds (kept objects): %1 CNY/yr</source>
        <translation>下限（保留对象）固定的部分：%1 元/年</translation>
    </message>
    <message>
        <source>unexpected argument %1 (a project and --scenario exclude each other)</source>
        <translation>多余的参数 %1（项目与 --scenario 不能同时给出）</translation>
    </message>
    <message>
        <source>--%1 needs a project, not --scenario</source>
        <translation>--%1 需要项目文件，不能与 --scenario 同用</translation>
    </message>
    <message>
        <source>no project or scenario given (PROJECT.parkzero or --scenario SCEN.json)</source>
        <translation>未给出项目或场景（PROJECT.parkzero 或 --scenario SCEN.json）</translation>
    </message>
    <message>
        <source>--%1: not a number ≥ 0: %2</source>
        <translation>--%1：不是 ≥ 0 的数：%2</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>parkzero-cli optimize: %1: the problem cannot be solved:%2</source>
        <translation>parkzero-cli optimize：%1：该问题无法求解：%2</translation>
    </message>
    <message>
        <source>the applied scenario cannot be simulated: %1</source>
        <translation>应用后的方案无法模拟：%1</translation>
    </message>
    <message>
        <source>Least cost to %1</source>
        <translation>达到 %1 的最低成本</translation>
    </message>
    <message>
        <source>--apply-name: a scenario is already called &quot;%1&quot;</source>
        <translation>--apply-name：已有名为“%1”的方案</translation>
    </message>
    <message>
        <source>Applied as scenario &quot;%1&quot; in %2: intensity %3 tCO2/tce simulated (the verdict&apos;s threshold %5), %4 by the optimizer (its threshold %6)</source>
        <translation>已作为方案“%1”写入 %2：模拟的强度为 %3 tCO2/tce（判定阈值 %5），优化器为 %4（其阈值 %6）</translation>
    </message>
    <message>
        <source>parkzero-cli optimize: --apply: %1</source>
        <translation>parkzero-cli optimize：--apply：%1</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;: simulation failed: %2</source>
        <translation>方案“%1”：模拟失败：%2</translation>
    </message>
    <message>
        <source>Usage: parkzero-cli simulate [options] &lt;project.parkzero&gt;

Runs the whole park model (weather, sun, shading, PV, loads, battery, carbon) and
prints a short summary, or writes the results as JSON and as an hourly CSV.

Options:
  --weather FILE        use this EPW or TMY3 CSV instead of the site&apos;s weather
  --irradiance MODE     as_given or beam_from_ghi_dhi (for a weather file)
  --json OUT|-          write the results as JSON to OUT; - writes them to stdout
  --hourly OUT.csv      write one row per hour
  --scenario NAME       simulate this scenario of the project (default: the active one)
  --all-scenarios       simulate every scenario; the JSON is {&quot;scenarios&quot;: [...]},
                        one result per scenario with its name and id
  --compare-csv OUT.csv with --all-scenarios: write the scenarios&apos; headline KPIs side
                        by side, one row per KPI, one column per scenario
  -h, --help            show this help

Exit status: 0 on success, 1 when an output cannot be written, 2 when the project
or a file it refers to is missing or has problems, or the command line is wrong.
</source>
        <translation>用法：parkzero-cli simulate [选项] &lt;project.parkzero&gt;

运行完整的园区模型（气象、太阳、遮挡、光伏、负荷、储能、碳排放），
输出简短摘要，或以 JSON 和逐时 CSV 写出结果。

选项：
  --weather FILE        使用此 EPW 或 TMY3 CSV 代替场址的气象数据
  --irradiance MODE     as_given 或 beam_from_ghi_dhi（用于气象文件）
  --json OUT|-          以 JSON 将结果写入 OUT；- 表示写到标准输出
  --hourly OUT.csv      每小时写一行
  --scenario NAME       模拟项目中的此方案（默认：当前方案）
  --all-scenarios       模拟所有方案；JSON 为 {&quot;scenarios&quot;: [...]}，
                        每个方案一个结果，含其名称和 id
  --compare-csv OUT.csv 与 --all-scenarios 同用：将各方案的主要指标并列写出，
                        每个指标一行，每个方案一列
  -h, --help            显示此帮助

退出状态：成功为 0；无法写出输出时为 1；项目或其引用的文件缺失或有问题，
或命令行有误时为 2。
</translation>
    </message>
    <message>
        <source>--compare-csv compares every scenario; add --all-scenarios</source>
        <translation>--compare-csv 比较所有方案；请加上 --all-scenarios</translation>
    </message>
    <message>
        <source>Usage: parkzero-cli optimize PROJECT.parkzero [options]
       parkzero-cli optimize --scenario SCEN.json [options]

The project&apos;s own optimizer settings (keep placed, whole turbines, exact, the clean-share
floor, the green-power cap, the battery&apos;s bounds and each object&apos;s role) apply; the
options below add to them.

Finds the least annualised cost of PV, wind, battery and green power that keeps the
park&apos;s carbon intensity at or below its threshold (and its clean-energy share above a
floor, if one is set), with the hourly dispatch of the year, and prints a summary or
writes the results as JSON. A project is simulated first; its PV objects, wind groups
and a pooled battery are the candidates.

Options:
  --scenario SCEN.json  solve an optimizer scenario (JSON with an hourly CSV beside it)
                        instead of a project
  --weather FILE        (project) use this EPW or TMY3 CSV instead of the site&apos;s weather
  --keep-placed         (project) the placed PV kWp, turbines and battery are lower bounds
  --battery-max-kwh E   (project) the battery&apos;s largest energy, kWh (default 10 × the
                        mean daily consumption; 0: no battery)
  --battery-max-kw P    (project) the battery&apos;s largest power, kW (default E / 1 h)
  --scenario-out SCEN.json  (project) write the problem as a scenario (and its CSV
                        SCEN.csv beside it)
  --exact               solve the LP exactly as exported (otherwise an equivalent,
                        smaller form of it, with the same optimum)
  --whole-turbines      whole turbine counts (a mixed-integer programme)
  --json OUT|-          write the results as JSON to OUT; - writes them to stdout
  --hourly OUT.csv      write the optimizer&apos;s dispatch, one row per hour
  --lp-out MODEL.mps    write the LP as free MPS
  --apply OUT.parkzero  (project) write the project with the optimum applied as a new
                        scenario after the one optimised (made active), simulate it and
                        print its indicator beside the optimizer&apos;s
  --apply-name NAME     the new scenario&apos;s name (default &quot;Least cost to &lt;threshold&gt;&quot;)
  --progress            print the phases and the solver&apos;s iteration lines to stderr
  -h, --help            show this help

Exit status: 0 when an optimum was found, 1 when the problem is infeasible or an
output cannot be written, 2 when the project or scenario is missing or wrong, or the
command line is wrong.
</source>
        <translation>用法：parkzero-cli optimize PROJECT.parkzero [选项]
       parkzero-cli optimize --scenario SCEN.json [选项]

项目自身的优化设置（保留已布置、风机台数取整、精确求解、清洁能源占比下限、绿电上限、
储能上限及各对象的角色）均适用；下列选项在其基础上追加。

求光伏、风电、储能与绿电的最低年化成本方案，使园区碳排放强度不高于阈值（若设有
清洁能源占比下限，则不低于该下限），并给出全年逐时调度；打印摘要或将结果写为 JSON。
项目先经模拟；其光伏对象、风电组与一个合并储能为候选。

选项：
  --scenario SCEN.json  求解优化场景（JSON 及其旁的逐时 CSV），而非项目
  --weather FILE        （项目）用此 EPW 或 TMY3 CSV 代替场地气象
  --keep-placed         （项目）已布置的光伏 kWp、风机与储能作为下限
  --battery-max-kwh E   （项目）储能最大能量，kWh（默认为日均用电量的 10 倍；
                        0：无储能）
  --battery-max-kw P    （项目）储能最大功率，kW（默认 E / 1 h）
  --scenario-out SCEN.json  （项目）将问题写为场景（及其旁的 CSV SCEN.csv）
  --exact               按导出的 LP 精确求解（否则求解与之等价、更小的形式，
                        最优值相同）
  --whole-turbines      风机台数取整（混合整数规划）
  --json OUT|-          将结果以 JSON 写入 OUT；- 写到标准输出
  --hourly OUT.csv      写出优化器的逐时调度，每小时一行
  --lp-out MODEL.mps    将 LP 写为自由格式 MPS
  --apply OUT.parkzero  （项目）将最优解作为新方案写入项目（置于被优化方案之后并设为
                        当前方案），对其模拟，并将其指标与优化器的指标并列打印
  --apply-name NAME     新方案的名称（默认“Least cost to &lt;阈值&gt;”）
  --progress            将各阶段与求解器的迭代行打印到标准错误
  -h, --help            显示本帮助

退出状态：找到最优解为 0；问题不可行或输出无法写入为 1；项目或场景缺失或有误，
或命令行有误为 2。
</translation>
    </message>
    <message>
        <source>Usage: parkzero-cli report [options] &lt;project.parkzero&gt; &lt;out.pdf&gt;

Simulates the project and writes the client report: an A4 PDF with the verdict, the
headline figures, the site plan, energy, PV by object, carbon, hourly matching, the
assumptions and sources and, for a project with several scenarios, the scenarios
side by side.

Options:
  --lang LANG           en (default) or zh_CN
  --sections LIST       comma-separated sections, in report order whatever the order
                        given (default all): %1
  --pv-order ORDER      order of the PV table: park (default), name, kwp, energy,
                        yield, shading
  --scenario NAME       the scenario the report describes (default: the active one)
  --compare LIST        comma-separated scenarios the comparison sets beside it, in
                        project order whatever the order given (default: every
                        other scenario)
  --company NAME        the preparer&apos;s company on the cover
  --logo FILE           the preparer&apos;s logo on the cover (PNG, JPEG or SVG)
  -h, --help            show this help

Exit status: 0 on success, 1 when the report cannot be written, 2 when the project or
a file it refers to is missing or has problems, or the command line is wrong.
</source>
        <translation>用法：parkzero-cli report [选项] &lt;project.parkzero&gt; &lt;out.pdf&gt;

模拟项目并写出客户报告：一份 A4 PDF，包含结论、主要数据、
总平面图、能量、各光伏对象、碳排放、逐时匹配、假设与数据来源，以及
（项目有多个方案时）各方案的并列比较。

选项：
  --lang LANG           en（默认）或 zh_CN
  --sections LIST       以逗号分隔的章节，无论给出顺序如何均按报告顺序
                        （默认全部）：%1
  --pv-order ORDER      光伏表排序：park（默认）、name、kwp、energy、
                        yield、shading
  --scenario NAME       报告描述的方案（默认：当前方案）
  --compare LIST        以逗号分隔的、在方案对比中与之并列的方案，无论
                        给出顺序如何均按项目顺序（默认：其他全部方案）
  --company NAME        封面上的编制单位
  --logo FILE           封面上的单位标志（PNG、JPEG 或 SVG）
  -h, --help            显示本帮助

退出状态：成功为 0；报告无法写入为 1；项目或其引用的文件缺失或有问题，
或命令行有误为 2。
</translation>
    </message>
</context>
<context>
    <name>pz::energy</name>
    <message>
        <source>%1: cannot open the profile (%2)</source>
        <translation>%1：无法打开负荷曲线（%2）</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: &quot;%4&quot; is not a number</source>
        <translation>%1，第 %2 行，第 %3 列：“%4”不是数字</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: negative value %4</source>
        <translation>%1，第 %2 行，第 %3 列：负值 %4</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: more than %4 values (expected %5)</source>
        <translation>%1，第 %2 行，第 %3 列：多于 %4 个值（应为 %5 个）</translation>
    </message>
    <message>
        <source>%1, line %2: %3 values, expected %4 (one per hour of the year)</source>
        <translation>%1，第 %2 行：%3 个值，应为 %4 个（全年每小时一个）</translation>
    </message>
</context>
<context>
    <name>pz::geo</name>
    <message>
        <source>unknown PROJ error</source>
        <translation>未知的 PROJ 错误</translation>
    </message>
    <message>
        <source>cannot transform from &quot;%1&quot;: %2</source>
        <translation>无法从“%1”转换：%2</translation>
    </message>
    <message>
        <source>a vertex cannot be projected onto the plan</source>
        <translation>有顶点无法投影到总平面图上</translation>
    </message>
    <message numerus="yes">
        <source>holes filled (plan outlines have none): %n</source>
        <translation>
            <numerusform>已填补 %n 个内洞（平面轮廓不含内洞）</numerusform>
        </translation>
    </message>
    <message>
        <source>the site has one boundary, already taken from an earlier feature</source>
        <translation>场地只有一条边界，已取自前面的要素</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the data has no coordinate reference system: the site location is unchanged</source>
        <translation>数据没有坐标参考系：场地位置保持不变</translation>
    </message>
    <message>
        <source>%1: layer %2: %3</source>
        <translation>%1：图层 %2：%3</translation>
    </message>
    <message>
        <source>%1: layer %2, feature %3: %4</source>
        <translation>%1：图层 %2，要素 %3：%4</translation>
    </message>
    <message>
        <source>the site origin (latitude %1°, longitude %2°) cannot centre a projection</source>
        <translation>场地原点（纬度 %1°，经度 %2°）无法作为投影中心</translation>
    </message>
    <message>
        <source>the site&apos;s position cannot be projected; export in plan coordinates instead</source>
        <translation>场地位置无法投影；请改用平面坐标导出</translation>
    </message>
    <message>
        <source>object %1 (%2) lies outside the site&apos;s projection</source>
        <translation>对象 %1（%2）位于场地投影范围之外</translation>
    </message>
    <message>
        <source>the picked points are not numbers</source>
        <translation>所选点不是数值</translation>
    </message>
    <message>
        <source>the two points are %1 px apart; pick points at least %2 px apart, as far apart as the image allows</source>
        <translation>两点相距 %1 像素；请选择相距至少 %2 像素的点，并在图像允许的范围内尽量远离</translation>
    </message>
    <message>
        <source>not an image GDAL can read</source>
        <translation>不是 GDAL 可读取的图像</translation>
    </message>
    <message>
        <source>%1: cannot be read as an image: %2</source>
        <translation>%1：无法作为图像读取：%2</translation>
    </message>
    <message>
        <source>%1: the image has no pixels</source>
        <translation>%1：图像没有像素</translation>
    </message>
    <message>
        <source>%1: the pixels cannot be read: %2</source>
        <translation>%1：无法读取像素：%2</translation>
    </message>
    <message>
        <source>the plan coordinates are not numbers</source>
        <translation>平面坐标不是数值</translation>
    </message>
    <message>
        <source>the two plan points coincide; give two different places</source>
        <translation>两个平面点重合；请给出两个不同的位置</translation>
    </message>
    <message>
        <source>the distance must be at least 0.01 m</source>
        <translation>距离必须至少为 0.01 m</translation>
    </message>
    <message>
        <source>%1: its CRS cannot be mapped into the plan: %2</source>
        <translation>%1：其坐标系无法映射到平面图：%2</translation>
    </message>
    <message>
        <source>%1: its corners lie outside the plan&apos;s projection (is the site&apos;s location right?)</source>
        <translation>%1：其角点位于平面图投影范围之外（场地位置是否正确？）</translation>
    </message>
    <message>
        <source>%1: the plan bends the image; its far corner is %2 m off where it is drawn</source>
        <translation>%1：平面图使图像发生弯曲；其远端角点与绘制位置相差 %2 m</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
</context>
<context>
    <name>pz::geo::detail</name>
    <message>
        <source>%1 &quot;%2&quot; is not a positive number; ignored</source>
        <translation>%1“%2”不是正数，已忽略</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a height in metres; ignored</source>
        <translation>%1“%2”不是以米为单位的高度，已忽略</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; maps to no use type; the default is kept</source>
        <translation>%1“%2”没有对应的用途类型，保留默认值</translation>
    </message>
    <message>
        <source>name shortened to 200 characters</source>
        <translation>名称已截短为 200 个字符</translation>
    </message>
    <message>
        <source>no geometry</source>
        <translation>没有几何图形</translation>
    </message>
    <message>
        <source>a polygon without an exterior ring</source>
        <translation>多边形没有外环</translation>
    </message>
    <message>
        <source>an open line, not a closed outline</source>
        <translation>不闭合的线，不是闭合轮廓</translation>
    </message>
    <message>
        <source>a point, not an outline</source>
        <translation>是点，不是轮廓</translation>
    </message>
    <message>
        <source>unsupported geometry type %1</source>
        <translation>不支持的几何类型 %1</translation>
    </message>
    <message>
        <source>part %1 of %2: </source>
        <translation>第 %1 部分（共 %2 部分）：</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>not a file format GDAL can read</source>
        <translation>不是 GDAL 能读取的文件格式</translation>
    </message>
    <message>
        <source>%1: cannot be read as GIS or CAD data: %2</source>
        <translation>%1：无法作为 GIS 或 CAD 数据读取：%2</translation>
    </message>
    <message>
        <source>drawing units from $INSUNITS %1: %2 m per unit</source>
        <translation>图形单位取自 $INSUNITS %1：每单位 %2 米</translation>
    </message>
    <message>
        <source> (the chosen units are not used)</source>
        <translation>（未使用所选单位）</translation>
    </message>
    <message>
        <source>drawing units as chosen: %1 m per unit</source>
        <translation>图形单位按所选：每单位 %1 米</translation>
    </message>
    <message>
        <source>%1: no layer &quot;%2&quot; (layers: %3)</source>
        <translation>%1：没有图层“%2”（图层：%3）</translation>
    </message>
    <message>
        <source>layer %1: invalid attribute filter &quot;%2&quot;: %3</source>
        <translation>图层 %1：属性过滤条件“%2”无效：%3</translation>
    </message>
    <message>
        <source>layer %1 has no coordinate reference system and its drawing units are unknown: choose mm, cm or m</source>
        <translation>图层 %1 没有坐标参考系，图形单位未知：请选择 mm、cm 或 m</translation>
    </message>
    <message>
        <source>layer %1: the file is damaged or truncated: %2</source>
        <translation>图层 %1：文件已损坏或不完整：%2</translation>
    </message>
    <message>
        <source>text encoding from $DWGCODEPAGE: %1</source>
        <translation>文字编码取自 $DWGCODEPAGE：%1</translation>
    </message>
    <message>
        <source>text encoding as chosen: %1</source>
        <translation>文字编码按所选：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>GDAL: %1</source>
        <translation>GDAL：%1</translation>
    </message>
    <message>
        <source>%1: the file is damaged or truncated: %2</source>
        <translation>%1：文件已损坏或不完整：%2</translation>
    </message>
    <message>
        <source>duplicate vertices removed: %1</source>
        <translation>已删除重复顶点：%1 个</translation>
    </message>
    <message>
        <source>spikes removed: %1</source>
        <translation>已删除尖刺：%1 个</translation>
    </message>
    <message>
        <source>%1: not a text DXF: a NUL byte at byte %2; the file is damaged (a binary DXF starts with &quot;AutoCAD Binary DXF&quot;)</source>
        <translation>%1：不是文本 DXF：第 %2 字节为 NUL 字节；文件已损坏（二进制 DXF 以“AutoCAD Binary DXF”开头）</translation>
    </message>
</context>
<context>
    <name>pz::heat</name>
    <message>
        <source>must be a finite number</source>
        <translation>必须为有限数值</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>必须介于 %1 和 %2 之间</translation>
    </message>
    <message>
        <source>%1: %2 (got %3)</source>
        <translation>%1：%2（实际为 %3）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>None (outside the model)</source>
        <translation>无（不在模型范围内）</translation>
    </message>
    <message>
        <source>District heat</source>
        <translation>市政热力</translation>
    </message>
    <message>
        <source>Gas boiler</source>
        <translation>燃气锅炉</translation>
    </message>
    <message>
        <source>Coal boiler</source>
        <translation>燃煤锅炉</translation>
    </message>
    <message>
        <source>Electric boiler</source>
        <translation>电锅炉</translation>
    </message>
    <message>
        <source>Air-source heat pump</source>
        <translation>空气源热泵</translation>
    </message>
    <message>
        <source>Ground-source heat pump</source>
        <translation>地源热泵</translation>
    </message>
    <message>
        <source>Underfloor heating</source>
        <translation>地板辐射供暖</translation>
    </message>
    <message>
        <source>Radiators</source>
        <translation>散热器</translation>
    </message>
    <message>
        <source>is not used by the supply &quot;%1&quot;; leave it null</source>
        <translation>供热方式 &quot;%1&quot; 不使用此项，请设为 null</translation>
    </message>
    <message>
        <source>must be &gt; 0 and at most %1 for the supply &quot;%2&quot;</source>
        <translation>对于供热方式 &quot;%2&quot;，必须大于 0 且不超过 %1</translation>
    </message>
    <message>
        <source>must be a day of the year as MM-DD (got %1)</source>
        <translation>必须为 MM-DD 格式的年内日期（实际为 %1）</translation>
    </message>
    <message>
        <source>must be &gt; 0 and at most 1</source>
        <translation>必须大于 0 且不超过 1</translation>
    </message>
    <message>
        <source>%1: unknown supply &quot;%2&quot; (expected one of %3)</source>
        <translation>%1：未知的供热方式 &quot;%2&quot;（应为 %3 之一）</translation>
    </message>
    <message>
        <source>%1: unknown emitter &quot;%2&quot; (expected one of %3)</source>
        <translation>%1：未知的供暖末端 &quot;%2&quot;（应为 %3 之一）</translation>
    </message>
    <message>
        <source>%1: must be a day of the year as MM-DD, e.g. 10-15 (got &quot;%2&quot;)</source>
        <translation>%1：必须为 MM-DD 格式的年内日期，例如 10-15（实际为 &quot;%2&quot;）</translation>
    </message>
</context>
<context>
    <name>pz::io</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: could not be read</source>
        <translation>%1：无法读取</translation>
    </message>
    <message numerus="yes">
        <source>%1: … and %n more problem(s)</source>
        <translation>
            <numerusform>%1：… 另有 %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>is a folder, not a project file</source>
        <translation>是文件夹，不是项目文件</translation>
    </message>
    <message>
        <source>the file is too large (%1 MiB; project files are limited to %2 MiB)</source>
        <translation>文件过大（%1 MiB；项目文件上限为 %2 MiB）</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>the file is too large (project files are limited to %1 MiB)</source>
        <translation>文件过大（项目文件上限为 %1 MiB）</translation>
    </message>
    <message>
        <source>%1: cannot be saved: %2</source>
        <translation>%1：无法保存：%2</translation>
    </message>
</context>
<context>
    <name>pz::io::HourlyCsv</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>pz::measureformat</name>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 ha</source>
        <translation>%1 ha</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 m²</translation>
    </message>
    <message>
        <source>%1°</source>
        <translation>%1°</translation>
    </message>
</context>
<context>
    <name>pz::wind</name>
    <message>
        <source>%1: the weather file is in UTC%2, the site&apos;s in UTC%3; an off-site plant&apos;s weather must use the site&apos;s time zone.</source>
        <translation>%1：气象文件采用 UTC%2 时区，而场地位于 UTC%3；场外电站的气象数据必须采用场地所在时区。</translation>
    </message>
    <message>
        <source>Checks after NDRC and NEA, 发改能源〔2025〕650号, 《关于有序推动绿电直连发展有关事项的通知》. The 60 % / 30 % / 35 % thresholds for grid-connected projects are verified from a secondary source quoting the notice (youfuw.com/guides/27018.html): &quot;并网型项目整体新能源年自发自用电量占总可用发电量的比例应不低于60%，占总用电量的比例应不低于30%，并不断提高自发自用比例，2030年前不低于35%&quot;; &quot;2030年前&quot; is read as &quot;by 2030&quot;. The 20 % export cap where a province applies it is unverified. ParkZero&apos;s definitions of self-use (consumption minus grid import) and of available generation (at the plants&apos; terminals, before line clipping and loss), and counting on-site generation as part of the project, are its own reading and unverified against the notice&apos;s metering rules.</source>
        <translation>校核依据国家发展改革委、国家能源局《关于有序推动绿电直连发展有关事项的通知》（发改能源〔2025〕650号）。并网型项目的 60 % / 30 % / 35 % 阈值系根据引用该通知的二手资料（youfuw.com/guides/27018.html）核实：“并网型项目整体新能源年自发自用电量占总可用发电量的比例应不低于60%，占总用电量的比例应不低于30%，并不断提高自发自用比例，2030年前不低于35%”；其中“2030年前”理解为“截至 2030 年”。部分省份适用的 20 % 上网电量上限未经核实。ParkZero 对自发自用电量（用电量减去电网购电量）和可用发电量（按电站出口计，未扣除专线限发和线路损耗）的定义，以及将园区内发电计入项目的做法，均为本软件自身的理解，尚未与该通知的计量规则核对。</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>expected 2 or 3 values (speed, power, thrust coefficient), found %1</source>
        <translation>应有 2 或 3 个数值（风速、功率、推力系数），实际为 %1 个</translation>
    </message>
    <message>
        <source>wind speed</source>
        <translation>风速</translation>
    </message>
    <message>
        <source>power</source>
        <translation>功率</translation>
    </message>
    <message>
        <source>negative wind speed %1 m/s</source>
        <translation>风速为负值：%1 m/s</translation>
    </message>
    <message>
        <source>wind speed %1 m/s does not increase (previous row %2 m/s)</source>
        <translation>风速 %1 m/s 未递增（上一行为 %2 m/s）</translation>
    </message>
    <message>
        <source>negative power %1 kW</source>
        <translation>功率为负值：%1 kW</translation>
    </message>
    <message>
        <source>thrust coefficient</source>
        <translation>推力系数</translation>
    </message>
    <message>
        <source>the thrust coefficient must be given in every row or in none</source>
        <translation>推力系数必须每一行都给出，或全部不给出</translation>
    </message>
    <message>
        <source>%1 is not a number (&quot;%2&quot;)</source>
        <translation>%1 不是数字（&quot;%2&quot;）</translation>
    </message>
    <message>
        <source>missing header key &quot;%1&quot;</source>
        <translation>缺少表头键 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a positive number (&quot;%2&quot;)</source>
        <translation>&quot;%1&quot; 必须为正数（&quot;%2&quot;）</translation>
    </message>
    <message>
        <source>no header line &quot;%1&quot;</source>
        <translation>缺少表头行 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>at least two rows (cut-in and cut-out) expected, found %1</source>
        <translation>应至少有两行（切入风速和切出风速），实际为 %1 行</translation>
    </message>
    <message>
        <source>cut_in_m_s %1 differs from the first row&apos;s speed %2 m/s (line %3)</source>
        <translation>cut_in_m_s %1 与第一行的风速 %2 m/s 不一致（第 %3 行）</translation>
    </message>
    <message>
        <source>cut_out_m_s %1 differs from the last row&apos;s speed %2 m/s (line %3)</source>
        <translation>cut_out_m_s %1 与最后一行的风速 %2 m/s 不一致（第 %3 行）</translation>
    </message>
    <message>
        <source>%1: the file has no thrust coefficients; they were filled with SAM&apos;s regression Ct(Cp).</source>
        <translation>%1：文件中没有推力系数，已按 SAM 的 Ct(Cp) 回归公式补全。</translation>
    </message>
    <message>
        <source>comment line after the header</source>
        <translation>表头之后出现注释行</translation>
    </message>
    <message>
        <source>expected the header &quot;%1&quot;</source>
        <translation>表头应为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: cannot open the turbine file (%2)</source>
        <translation>%1：无法打开风机文件（%2）</translation>
    </message>
    <message>
        <source>%1: the file is too large for a turbine curve</source>
        <translation>%1：文件过大，不是有效的风机曲线文件</translation>
    </message>
    <message>
        <source>Turbines %1 and %2 are %3 m apart: their rotors overlap (at least %4 m needed).</source>
        <translation>风机 %1 与 %2 相距 %3 m：风轮相互重叠（至少需要 %4 m）。</translation>
    </message>
    <message>
        <source>Turbines %1 and %2 are %3 m apart, less than 3 rotor diameters (%4 m).</source>
        <translation>风机 %1 与 %2 相距 %3 m，小于 3 倍风轮直径（%4 m）。</translation>
    </message>
    <message>
        <source>Calm hours: %1 %</source>
        <translation>静风小时占比：%1 %</translation>
    </message>
    <message>
        <source>Speeds are whole m/s.</source>
        <translation>风速均为整数 m/s。</translation>
    </message>
    <message>
        <source>Speed held constant for 6 h (4 observations a day).</source>
        <translation>风速每 6 h 保持不变（每天 4 次观测）。</translation>
    </message>
    <message>
        <source>Wind directions in this file look random hour to hour (mean change %1°); wake losses computed from it are not meaningful.</source>
        <translation>该文件中的风向逐时变化近乎随机（平均变化 %1°），据此计算的尾流损失没有参考意义。</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) with an invalid wind speed were set to calm.</source>
        <translation>
            <numerusform>%n 小时风速无效，已设为静风。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) without a valid wind direction run without wakes.</source>
        <translation>
            <numerusform>%n 小时缺少有效风向，按无尾流计算。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) without a valid pressure use the standard atmosphere at the site elevation.</source>
        <translation>
            <numerusform>%n 小时缺少有效气压，采用场地海拔高度处的标准大气压。</numerusform>
        </translation>
    </message>
</context>
</TS>
