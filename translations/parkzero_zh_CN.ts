<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChartExport</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectFactory</name>
    <message>
        <source>Building %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PV field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green space %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectReader</name>
    <message>
        <source>required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array of [x, y] points</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>an array of %n value(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>expected a point [x, y] of two numbers, got [%1, %2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a point [x, y], got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a finite number (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between %1 and %2 (got %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object at the top level, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required field is missing (not a ParkZero project file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;parkzero&quot;, got %1 (not a ParkZero project file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by a newer ParkZero (format %1); this version reads up to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1 or more (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate id %1 (already used by objects[%2])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown object type &quot;%1&quot; (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultFormat</name>
    <message>
        <source>GWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 t CO₂e</source>
        <extracomment>tonnes of CO2 equivalent</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tCO₂/tce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pp</source>
        <extracomment>change of a percentage, in percentage points</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultSeries</name>
    <message>
        <source>Grid emissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green-space sink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net operational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embodied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net with embodied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>must be a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be at most 200 characters long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (got %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: polygon %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>height: must be &gt; 0 (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>floors: must be between 1 and 300 (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process.ev_window_start: must be between 0 and 23 (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process.ev_window_end: must be between 1 and 24 (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soc_min: must be below soc_max (got %1 ≥ %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design zero-carbon industrial parks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project to open (*.parkzero).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the main window to a PNG file and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1600x1000).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pz</name>
    <message>
        <source>Unknown built-in weather location &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load profile of &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly grid factor profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PV field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery-cell plant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PV-module plant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hydrogen electrolysis hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canteen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light manufacturing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steel frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concrete frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open rack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close roof mount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAPM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faiman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LFP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NMC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow PV surplus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-consumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carbon-aware</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pz::BatterySocChart</name>
    <message>
        <source>&amp;Week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1 (%2 – %3)</source>
        <extracomment>week number, first and last day</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State of charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The park has no battery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day (local standard time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored energy (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, end of %2:00–%3:00
Stored: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 of capacity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pz::BuildingItem</name>
    <message>
        <source>%1 · %2 m</source>
        <extracomment>Building label on the site plan: name · height</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pz::CarbonWaterfallChart</name>
    <message>
        <source>Emissions (t CO₂e per year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2%3
Running total: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carbon waterfall</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pz::Climate</name>
    <message>
        <source>Ordos (Dongsheng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hohhot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baotou (proxy: Haliut / Urad Zhongqi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yinchuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beijing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shanghai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guangzhou</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shenzhen (proxy: Shanwei)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urumqi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lhasa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xi&apos;an</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chengdu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phoenix, AZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Piedmont, Italy (45 N 8 E)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pz::DayProfileChart</name>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PV generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery (+ discharge, − charge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid (+ import, − export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour of day (local standard time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average power (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2:00–%3:00 (average)
PV generation: %4
Consumption: %5
Battery: %6
Grid: %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pz::DrawShapeTool</name>
    <message>
        <source>&amp;Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a building footprint (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PV Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a ground-mounted PV field (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Green Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a green space (G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site B&amp;oundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the site boundary (O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PV field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>green space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the corners of the %1 (or drag a rectangle); Enter or double-click finishes, Backspace removes the last point, Esc cancels, Shift keeps 45° steps, type a length + Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 needs at least 3 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw PV Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw Green Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw Site Boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length: %1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge %1 · area %2 — Enter or double-click finishes, Backspace removes the last point, Esc cancels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pz::EditActions</name>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pz::EditVerticesTool</name>
    <message>
        <source>&amp;Edit Vertices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move, insert and delete the corners of the selected object (E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a corner to move it, double-click an edge to add one, Delete removes the picked corner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Vertex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Vertex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A polygon needs at least 3 vertices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Vertex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area %1 (Esc cancels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pz::FormBuilder</name>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected objects have different values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pz::GridFactor</name>
    <message>
        <source>National average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National average excl. market-traded non-fossil power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National fossil-fuel power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETS power-sector reporting parameter (national grid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North China grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northeast grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>East China grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central China grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northwest grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Southwest grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inner Mongolia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hebei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shanxi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tianjin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anhui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ningxia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shandong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shaanxi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xinjiang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Henan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jiangsu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shanghai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jiangxi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beijing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heilongjiang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chongqing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zhejiang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guizhou</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jilin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hunan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gansu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guangdong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hubei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hainan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fujian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guangxi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qinghai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sichuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yunnan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>World average (IEA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>World average, life-cycle (Ember)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USA total-output average (EPA eGRID2023)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU-27 generation GHG intensity (EEA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU-28 generation CO2 intensity (EEA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pz::MainWindow</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;opened project&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new, empty park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another window with a new, empty park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a ParkZero project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the project under a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close all windows and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ParkZero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Example Park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Tool Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursor position: metres east (E) and north (N) of the site origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E %1 m   N %2 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — ParkZero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ParkZero projects (*.parkzero);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be opened. The park open in this window is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The example park could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordos demo park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an example park. Use File › Save As… to keep your changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ParkZero projects (*.parkzero)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project could not be saved:
%1

Your changes are still open in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovered work could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored unsaved work from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ParkZero did not close normally. Unsaved changes to “%1” from %2 were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore them? If you discard them, they are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Again Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ParkZero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;ParkZero %1&lt;/h3&gt;&lt;p&gt;Design zero-carbon industrial parks: lay out buildings, ground and rooftop PV, batteries and green space on a site plan, and see the park&apos;s hourly energy balance, PV yield and carbon intensity.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pz::MapView</name>
    <message>
        <source>Zoom to &amp;Fit Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;nap to Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <extracomment>North, on the north arrow</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pz::MatchingHeatMapChart</name>
    <message>
        <source>Hour of day (local standard time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption met on site (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2:00–%3:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
No consumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 of consumption met by on-site PV and battery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly matching</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pz::MeasureTool</name>
    <message>
        <source>&amp;Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure distances and areas (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click points to measure; Enter or double-click ends, Esc clears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance %1 · enclosed area %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pz::MonthlyEnergyChart</name>
    <message>
        <source>PV generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
PV generation: %2
Consumption: %3
Generation covers %4 of consumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly energy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pz::ObjectsPanel</name>
    <message>
        <source>Buildings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PV fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the objects whose name contains this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden objects are not drawn on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked objects cannot be selected or moved on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pz::ParkDocument</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n objects</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n object(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>object %1: no such object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object %1: the kind of an object cannot change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pz::PlaceStorageTool</name>
    <message>
        <source>S&amp;torage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place a battery container (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to place a battery container; R turns it by 90°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot place the container: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pz::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change of language takes effect when ParkZero is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While a project has unsaved changes, a recovery copy is written this often. After a crash ParkZero offers to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery copy every:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pz::PropertiesPanel</name>
    <message>
        <source>Not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n objects of different kinds are selected.
Select objects of one kind to edit the parameters they share.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select an object on the map or in the object list to edit its parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n objects</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The building&apos;s name in lists and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the building is used for: sets its load intensity, hourly load shape and embodied carbon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load-bearing structure: sets the embodied carbon per m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height of the roof above the ground; used for shading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of storeys: floor area = footprint × floors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area of the footprint polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footprint area × floors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual load:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electricity use per year. Unset: floor area × the use type&apos;s intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from use type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooftop PV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PV on the roof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover the usable roof area with PV modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usable roof:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the roof left after the setback that takes modules (skylights, HVAC and walkways excluded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setback:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fire and access clearance along the roof edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tilt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module tilt from horizontal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> °</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azimuth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction the modules face, clockwise from north (180° = south)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground coverage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row slant height / row pitch (GCR); 0 = flush, not in rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module power:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module power per module area at STC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> W/m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mounting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the modules are mounted: sets the cell temperature model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process loads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electrolyser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated electrical input of a hydrogen electrolyser in the building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specific use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electricity per kilogram of hydrogen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> kWh/kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constant load, or run on the park&apos;s PV surplus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EV charging:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy charged into vehicles per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> kWh/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charging from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the daily charging window (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charging until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the daily charging window (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PV field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field&apos;s name in lists and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area of the field polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak power:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nameplate DC power. Unset: area × ground coverage × module power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> kWp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row slant height / row pitch (GCR); 0 = not laid in rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row depth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slant height of one row of modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electrical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System losses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soiling, wiring, mismatch, availability… (PVWatts losses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DC/AC ratio:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Array DC power / inverter AC rating; above 1 the inverter clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inverter efficiency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominal inverter efficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature coeff.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of module power per °C of cell temperature (γ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %/°C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Albedo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground reflectance (0.2 grass/soil, 0.6+ fresh snow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the modules are mounted: sets the SAPM temperature coefficients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell temperature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell temperature model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faiman U₀:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faiman constant heat-loss factor (used with the Faiman model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> W/m²K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faiman U₁:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faiman wind heat-loss factor (used with the Faiman model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> W·s/m³K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s name in lists and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chemistry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell chemistry: sets the embodied carbon per kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usable nameplate energy capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum charge and discharge power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy / power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round-trip efficiency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy out / energy in over a full cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum charge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest state of charge the battery is operated at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum charge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest state of charge the battery is operated at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of the footprint (a 40 ft container is 12.2 m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width of the footprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height of the containers; used for shading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation of the footprint, counter-clockwise from east</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area&apos;s name in lists and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area of the polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carbon sink:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CO₂ taken up per hectare and year. Unset: the site&apos;s default sink rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> t/ha·yr</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pz::PvArrayItem</name>
    <message>
        <source>%1 · %2 kWp</source>
        <extracomment>PV field label on the site plan: name · peak power</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pz::PvObjectTableModel</name>
    <message>
        <source>Rooftop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the AC energy lost to shade from other park objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual AC energy per kWp installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kWp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual (kWh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kWh/kWp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shading loss (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pz::ResultChart</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this chart as an image or document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as PNG image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as PDF document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as SVG drawing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pz::ResultsPanel</name>
    <message>
        <source>Export hourly CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the 8760 hourly values of this result as a CSV table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Results are up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◌ Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◌ Computing… the figures below are from the previous run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ Out of date: the park changed since these results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ The calculation failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ The calculation failed; the figures below are from the last successful run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change since the previous result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PV generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooftop %1 · ground %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-sufficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-consumption %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curtailed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net emissions, operational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per year, market-based</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net emissions with embodied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per year, incl. %1 embodied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24/7 CFE score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly matched clean supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carbon intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold ≤ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Zero-carbon: meets the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ Not zero-carbon: above the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no results to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export hourly results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pz::SelectTool</name>
    <message>
        <source>&amp;Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select, move and rotate objects (V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to select, drag to move, Shift-click to add; arrows nudge, R rotates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked objects cannot be moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move by %1 east, %2 north (Esc cancels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n object(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot move: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate by %1 (Shift: 15° steps, Esc cancels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rotate %n object(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot rotate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nudge %n object(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate by: %1°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an angle in degrees (counter-clockwise), Enter applies, Esc cancels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pz::SitePanel</name>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s name in reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degrees north of the equator (south is negative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> °</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degrees east of Greenwich (west is negative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elevation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height above sea level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC offset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed standard-time offset of the local clock (no daylight saving)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North rotation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angle of the plan&apos;s up direction from true north, clockwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weather</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly weather for the simulation: a typical year made from the monthly normals of a built-in location, or a weather file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest built-in location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weather file (EPW or TMY3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an EPW or TMY3 weather file; it is stored relative to the project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change weather source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emission factor of electricity taken from the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 kg/kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emission factor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change grid emission factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom factor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid emission factor used when “Custom factor” is chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> kgCO₂/kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest power the park may feed into the grid. Unset: no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carbon accounting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green power:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green electricity bought per year (market-based accounting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MWh/yr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green power share:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or: the share of grid import bought as green power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit exported electricity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtract the grid factor × export from the emissions (off by default, as in the GHG Protocol)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline figure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which emissions the headline tCO₂/tce indicator counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operational only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operational + embodied (annualised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green space sink:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CO₂ taken up per hectare of green space per year (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> t/ha·yr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coal equivalent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard coal equivalent of 1 kWh of electricity (GB/T 2589)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> kgce/kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero-carbon threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The park counts as zero-carbon at or below this intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> tCO₂/tce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery dispatch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the batteries are charged and discharged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embodied carbon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PV modules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embodied emissions per kWp of PV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> kg/kWp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PV service life:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> yr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LFP batteries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embodied emissions per kWh of LFP storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> kg/kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NMC batteries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embodied emissions per kWh of NMC storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery service life:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steel-frame buildings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embodied emissions per m² of floor area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> kg/m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concrete buildings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building service life:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change weather file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Weather File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weather files (*.epw *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pz::StorageItem</name>
    <message>
        <source>%1 · %2 MWh</source>
        <extracomment>Storage label on the site plan: name · energy</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pz::Weather</name>
    <message>
        <source>latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elevation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dry-bulb temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GHI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>irradiance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wind speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, column %3 (%4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number (&quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of range (%1, expected %2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid date or hour (%1/%2 hour %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same hour as line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 8760 hourly records (8784 in a leap year), found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>29 February in a file of 8760 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: 8784 hourly records (a leap year); 29 February was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open the file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is too large for an hourly weather year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an EPW file (the first line must start with LOCATION)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no DATA PERIODS header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty line inside the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing column (%1 of at least %2 found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month, day and hour must be whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a TMY3 file (two header lines expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing column &quot;%1&quot; in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing column (%1 of %2 found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date MM/DD/YYYY (&quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an hour 01:00 to 24:00 (&quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a recognised weather file (EPW or NREL TMY3 CSV expected)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: site.weather.file: required when the weather kind is &quot;file&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: file not found: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: not a readable file: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buildings: %1, PV fields: %2, battery stores: %3, green spaces: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print nothing for valid projects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parkzero-cli validate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parkzero-cli validate: no project file given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: OK (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pz::energy</name>
    <message>
        <source>%1: cannot open the profile (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, column %3: &quot;%4&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, column %3: negative value %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, column %3: more than %4 values (expected %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3 values, expected %4 (one per hour of the year)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pz::io</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: … and %n more problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large (%1 MiB; project files are limited to %2 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large (project files are limited to %1 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pz::io::HourlyCsv</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pz::measureformat</name>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1°</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
