<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BackgroundImport</name>
    <message>
        <source>%1: has no georeference (geotransform and CRS)</source>
        <translation>%1: has no georeference (geotransform and CRS)</translation>
    </message>
    <message>
        <source>Import background %1</source>
        <translation>Import background %1</translation>
    </message>
    <message>
        <source>Recalibrate Background</source>
        <translation>Recalibrate Background</translation>
    </message>
    <message>
        <source>Recalibrate background %1</source>
        <translation>Recalibrate background %1</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG drawing (*.svg)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
</context>
<context>
    <name>EconomicsJson</name>
    <message>
        <source>unknown field</source>
        <translation>unknown field</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>expected %1, got %2</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>expected a whole number, got %1</source>
        <translation>expected a whole number, got %1</translation>
    </message>
    <message>
        <source>must be between %1 and %2 (got %3)</source>
        <translation>must be between %1 and %2 (got %3)</translation>
    </message>
    <message>
        <source>an array of periods</source>
        <translation>an array of periods</translation>
    </message>
    <message>
        <source>expected {&quot;name&quot;: a string, &quot;price_CNY_per_kWh&quot;: a number}</source>
        <translation>expected {&quot;name&quot;: a string, &quot;price_CNY_per_kWh&quot;: a number}</translation>
    </message>
    <message>
        <source>expected 12 rows (January first) of 24 period indices</source>
        <translation>expected 12 rows (January first) of 24 period indices</translation>
    </message>
    <message>
        <source>expected 24 period indices (the hour from 00:00 first)</source>
        <translation>expected 24 period indices (the hour from 00:00 first)</translation>
    </message>
    <message>
        <source>expected a period index (a whole number)</source>
        <translation>expected a period index (a whole number)</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (expected one of: %2)</source>
        <translation>unknown value &quot;%1&quot; (expected one of: %2)</translation>
    </message>
    <message>
        <source>%1: cannot be saved: %2</source>
        <translation>%1: cannot be saved: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>invalid JSON: %1</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot; (not a ParkZero cost set)</source>
        <translation>expected &quot;%1&quot; (not a ParkZero cost set)</translation>
    </message>
    <message>
        <source>this version reads cost sets of version 1 to %1</source>
        <translation>this version reads cost sets of version 1 to %1</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: cannot be read: %2</translation>
    </message>
</context>
<context>
    <name>ObjectClipboard</name>
    <message>
        <source>The clipboard holds no park objects</source>
        <translation>The clipboard holds no park objects</translation>
    </message>
    <message>
        <source>clipboard</source>
        <translation>clipboard</translation>
    </message>
</context>
<context>
    <name>ObjectFactory</name>
    <message>
        <source>Building %1</source>
        <translation>Building %1</translation>
    </message>
    <message>
        <source>PV field %1</source>
        <translation>PV field %1</translation>
    </message>
    <message>
        <source>Storage %1</source>
        <translation>Storage %1</translation>
    </message>
    <message>
        <source>Green space %1</source>
        <translation>Green space %1</translation>
    </message>
    <message>
        <source>Turbine %1</source>
        <translation>Turbine %1</translation>
    </message>
</context>
<context>
    <name>ProjectReader</name>
    <message>
        <source>required field is missing</source>
        <translation>required field is missing</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>expected %1, got %2</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (expected one of: %2)</source>
        <translation>unknown value &quot;%1&quot; (expected one of: %2)</translation>
    </message>
    <message>
        <source>an array of [x, y] points</source>
        <translation>an array of [x, y] points</translation>
    </message>
    <message numerus="yes">
        <source>an array of %n value(s)</source>
        <translation>
            <numerusform>an array of %n value</numerusform>
            <numerusform>an array of %n values</numerusform>
        </translation>
    </message>
    <message>
        <source>expected a point [x, y] of two numbers, got [%1, %2]</source>
        <translation>expected a point [x, y] of two numbers, got [%1, %2]</translation>
    </message>
    <message>
        <source>expected a point [x, y], got %1</source>
        <translation>expected a point [x, y], got %1</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>unknown field</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>must be a finite number (got %1)</source>
        <translation>must be a finite number (got %1)</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>expected a whole number, got %1</source>
        <translation>expected a whole number, got %1</translation>
    </message>
    <message>
        <source>must be between %1 and %2 (got %3)</source>
        <translation>must be between %1 and %2 (got %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>a boolean</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>an array</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>the file is empty (0 bytes)</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>line %1, column %2</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>invalid JSON: %1</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level, got %1</source>
        <translation>expected a JSON object at the top level, got %1</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>a single value</translation>
    </message>
    <message>
        <source>required field is missing (not a ParkZero project file)</source>
        <translation>required field is missing (not a ParkZero project file)</translation>
    </message>
    <message>
        <source>expected &quot;parkzero&quot;, got %1 (not a ParkZero project file)</source>
        <translation>expected &quot;parkzero&quot;, got %1 (not a ParkZero project file)</translation>
    </message>
    <message>
        <source>written by a newer ParkZero (format %1); this version reads up to %2</source>
        <translation>written by a newer ParkZero (format %1); this version reads up to %2</translation>
    </message>
    <message>
        <source>must be 1 or more (got %1)</source>
        <translation>must be 1 or more (got %1)</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>expected an object, got %1</translation>
    </message>
    <message>
        <source>%1: %2.%3</source>
        <translation>%1: %2.%3</translation>
    </message>
    <message>
        <source>unknown object type &quot;%1&quot; (expected one of: %2)</source>
        <translation>unknown object type &quot;%1&quot; (expected one of: %2)</translation>
    </message>
    <message>
        <source>added in format version %1; the file declares version %2</source>
        <translation>added in format version %1; the file declares version %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was added in format version %2; the file declares version %3</source>
        <translation>&quot;%1&quot; was added in format version %2; the file declares version %3</translation>
    </message>
    <message>
        <source>duplicate id %1 (already used by %2)</source>
        <translation>duplicate id %1 (already used by %2)</translation>
    </message>
    <message>
        <source>must hold at least one scenario</source>
        <translation>must hold at least one scenario</translation>
    </message>
    <message>
        <source>no scenario has the id &quot;%1&quot; (ids: %2)</source>
        <translation>no scenario has the id &quot;%1&quot; (ids: %2)</translation>
    </message>
    <message>
        <source>must be 1 to 64 letters, digits, &apos;_&apos; or &apos;-&apos; (got &quot;%1&quot;)</source>
        <translation>must be 1 to 64 letters, digits, &apos;_&apos; or &apos;-&apos; (got &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>must be 1 to 200 characters, not only spaces (got &quot;%1&quot;)</source>
        <translation>must be 1 to 200 characters, not only spaces (got &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot; (already used by scenarios[%2])</source>
        <translation>duplicate id &quot;%1&quot; (already used by scenarios[%2])</translation>
    </message>
    <message>
        <source>duplicate name &quot;%1&quot; (already used by scenarios[%2])</source>
        <translation>duplicate name &quot;%1&quot; (already used by scenarios[%2])</translation>
    </message>
    <message>
        <source>an array of numbers</source>
        <translation>an array of numbers</translation>
    </message>
    <message>
        <source>expected a finite number, got %1</source>
        <translation>expected a finite number, got %1</translation>
    </message>
    <message>
        <source>expected an array of six finite numbers [a, b, c, d, e, f]</source>
        <translation>expected an array of six finite numbers [a, b, c, d, e, f]</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>No recent files</source>
        <translation>No recent files</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Clear Menu</translation>
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
        <translation>no change</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <extracomment>change of a percentage, in percentage points</extracomment>
        <translation>%1 pp</translation>
    </message>
    <message>
        <source>%1 M CNY</source>
        <extracomment>million yuan (CNY)</extracomment>
        <translation>%1 M CNY</translation>
    </message>
    <message>
        <source>%1 k CNY</source>
        <extracomment>thousand yuan (CNY)</extracomment>
        <translation>%1 k CNY</translation>
    </message>
    <message>
        <source>%1 CNY</source>
        <translation>%1 CNY</translation>
    </message>
    <message>
        <source>%1 CNY/kWh</source>
        <translation>%1 CNY/kWh</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 years</translation>
    </message>
    <message>
        <source>M CNY</source>
        <extracomment>million yuan (CNY)</extracomment>
        <translation>M CNY</translation>
    </message>
    <message>
        <source>k CNY</source>
        <extracomment>thousand yuan (CNY)</extracomment>
        <translation>k CNY</translation>
    </message>
    <message>
        <source>CNY</source>
        <translation>CNY</translation>
    </message>
</context>
<context>
    <name>ResultSeries</name>
    <message>
        <source>Grid emissions</source>
        <translation>Grid emissions</translation>
    </message>
    <message>
        <source>Green-space sink</source>
        <translation>Green-space sink</translation>
    </message>
    <message>
        <source>Export credit</source>
        <translation>Export credit</translation>
    </message>
    <message>
        <source>Net operational</source>
        <translation>Net operational</translation>
    </message>
    <message>
        <source>Embodied</source>
        <translation>Embodied</translation>
    </message>
    <message>
        <source>Net with embodied</source>
        <translation>Net with embodied</translation>
    </message>
    <message>
        <source>Natural gas</source>
        <translation>Natural gas</translation>
    </message>
    <message>
        <source>Coal</source>
        <translation>Coal</translation>
    </message>
    <message>
        <source>Purchased heat</source>
        <translation>Purchased heat</translation>
    </message>
    <message>
        <source>Rooftop PV</source>
        <translation>Rooftop PV</translation>
    </message>
    <message>
        <source>Ground PV</source>
        <translation>Ground PV</translation>
    </message>
    <message>
        <source>Wind on site</source>
        <translation>Wind on site</translation>
    </message>
    <message>
        <source>Off-site plant</source>
        <translation>Off-site plant</translation>
    </message>
    <message>
        <source>All from grid</source>
        <translation>All from grid</translation>
    </message>
    <message>
        <source>Green power bought</source>
        <translation>Green power bought</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>must be a finite number</source>
        <translation>must be a finite number</translation>
    </message>
    <message>
        <source>must be &gt; %1</source>
        <translation>must be &gt; %1</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>must be between %1 and %2</translation>
    </message>
    <message>
        <source>%1: must be at most 200 characters long</source>
        <translation>%1: must be at most 200 characters long</translation>
    </message>
    <message>
        <source>%1: %2 (got %3)</source>
        <translation>%1: %2 (got %3)</translation>
    </message>
    <message>
        <source>%1: polygon %2</source>
        <translation>%1: polygon %2</translation>
    </message>
    <message>
        <source>floors: must be between 1 and 300 (got %1)</source>
        <translation>floors: must be between 1 and 300 (got %1)</translation>
    </message>
    <message>
        <source>process.ev_window_start: must be between 0 and 23 (got %1)</source>
        <translation>process.ev_window_start: must be between 0 and 23 (got %1)</translation>
    </message>
    <message>
        <source>process.ev_window_end: must be between 1 and 24 (got %1)</source>
        <translation>process.ev_window_end: must be between 1 and 24 (got %1)</translation>
    </message>
    <message>
        <source>soc_min: must be below soc_max (got %1 ≥ %2)</source>
        <translation>soc_min: must be below soc_max (got %1 ≥ %2)</translation>
    </message>
    <message>
        <source>%1: unknown turbine type &quot;%2&quot; (expected a built-in type: %3, or a .csv file)</source>
        <translation>%1: unknown turbine type &quot;%2&quot; (expected a built-in type: %3, or a .csv file)</translation>
    </message>
    <message>
        <source>%1turbine_count: must be between 1 and 10000 (got %2)</source>
        <translation>%1turbine_count: must be between 1 and 10000 (got %2)</translation>
    </message>
    <message>
        <source>group: must not be empty</source>
        <translation>group: must not be empty</translation>
    </message>
    <message>
        <source>%1: must hold %2 values, one per hour of the year (got %3)</source>
        <translation>%1: must hold %2 values, one per hour of the year (got %3)</translation>
    </message>
    <message>
        <source>%1[%2]: must be a finite number ≥ 0 (got %3)</source>
        <translation>%1[%2]: must be a finite number ≥ 0 (got %3)</translation>
    </message>
    <message>
        <source>%1: must name an image file</source>
        <translation>%1: must name an image file</translation>
    </message>
    <message>
        <source>%1: the transform flattens the image to a line</source>
        <translation>%1: the transform flattens the image to a line</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design zero-carbon industrial parks.</source>
        <translation>Design zero-carbon industrial parks.</translation>
    </message>
    <message>
        <source>Project to open (*.parkzero).</source>
        <translation>Project to open (*.parkzero).</translation>
    </message>
    <message>
        <source>Render the main window to a PNG file and exit.</source>
        <translation>Render the main window to a PNG file and exit.</translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1600x1000).</source>
        <translation>Window size for --screenshot (default 1600x1000).</translation>
    </message>
    <message>
        <source>Select the objects with this name (for --screenshot).</source>
        <translation>Select the objects with this name (for --screenshot).</translation>
    </message>
    <message>
        <source>Show the sun study&apos;s shadows at this local time, e.g. 2023-12-21T10:00 (for --screenshot).</source>
        <translation>Show the sun study&apos;s shadows at this local time, e.g. 2023-12-21T10:00 (for --screenshot).</translation>
    </message>
    <message>
        <source>Save the site plan as shown to a PNG or SVG file (by suffix) and exit.</source>
        <translation>Save the site plan as shown to a PNG or SVG file (by suffix) and exit.</translation>
    </message>
    <message>
        <source>Scale of the PNG written by --export-map (default 2).</source>
        <translation>Scale of the PNG written by --export-map (default 2).</translation>
    </message>
    <message>
        <source>Bring this panel or result tab to the front, by object name, e.g. CostsDock or cashFlowChart (for --screenshot).</source>
        <translation>Bring this panel or result tab to the front, by object name, e.g. CostsDock or cashFlowChart (for --screenshot).</translation>
    </message>
</context>
<context>
    <name>pz</name>
    <message>
        <source>Unknown built-in weather location &quot;%1&quot;.</source>
        <translation>Unknown built-in weather location &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Load profile of &quot;%1&quot;: %2</source>
        <translation>Load profile of &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>User value</source>
        <translation>User value</translation>
    </message>
    <message>
        <source>Hourly grid factor profile: %1</source>
        <translation>Hourly grid factor profile: %1</translation>
    </message>
    <message>
        <source>Hourly profile %1</source>
        <translation>Hourly profile %1</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>PV field</source>
        <translation>PV field</translation>
    </message>
    <message>
        <source>Battery storage</source>
        <translation>Battery storage</translation>
    </message>
    <message>
        <source>Green space</source>
        <translation>Green space</translation>
    </message>
    <message>
        <source>Battery-cell plant</source>
        <translation>Battery-cell plant</translation>
    </message>
    <message>
        <source>PV-module plant</source>
        <translation>PV-module plant</translation>
    </message>
    <message>
        <source>Hydrogen electrolysis hall</source>
        <translation>Hydrogen electrolysis hall</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Data centre</source>
        <translation>Data centre</translation>
    </message>
    <message>
        <source>Canteen</source>
        <translation>Canteen</translation>
    </message>
    <message>
        <source>Light manufacturing</source>
        <translation>Light manufacturing</translation>
    </message>
    <message>
        <source>Steel frame</source>
        <translation>Steel frame</translation>
    </message>
    <message>
        <source>Concrete frame</source>
        <translation>Concrete frame</translation>
    </message>
    <message>
        <source>Open rack</source>
        <translation>Open rack</translation>
    </message>
    <message>
        <source>Close roof mount</source>
        <translation>Close roof mount</translation>
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
        <translation>LFP</translation>
    </message>
    <message>
        <source>NMC</source>
        <translation>NMC</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Constant</translation>
    </message>
    <message>
        <source>Follow PV surplus</source>
        <translation>Follow PV surplus</translation>
    </message>
    <message>
        <source>Self-consumption</source>
        <translation>Self-consumption</translation>
    </message>
    <message>
        <source>Carbon-aware</source>
        <translation>Carbon-aware</translation>
    </message>
    <message>
        <source>%1: over the year DNI·cos z + DHI falls %2 % short of GHI, so tilted planes get less beam than the file&apos;s GHI implies. The site can take the beam from GHI and DHI instead.</source>
        <translation>%1: over the year DNI·cos z + DHI falls %2 % short of GHI, so tilted planes get less beam than the file&apos;s GHI implies. The site can take the beam from GHI and DHI instead.</translation>
    </message>
    <message>
        <source>%1: over the year DNI·cos z + DHI exceeds GHI by %2 %, so tilted planes get more beam than the file&apos;s GHI implies. The site can take the beam from GHI and DHI instead.</source>
        <translation>%1: over the year DNI·cos z + DHI exceeds GHI by %2 %, so tilted planes get more beam than the file&apos;s GHI implies. The site can take the beam from GHI and DHI instead.</translation>
    </message>
    <message>
        <source>%1: %2 (got %3)</source>
        <translation>%1: %2 (got %3)</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>must be a finite number</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>must be between %1 and %2</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>must be at least %1</translation>
    </message>
    <message>
        <source>every hour needs a period</source>
        <translation>every hour needs a period</translation>
    </message>
    <message>
        <source>valley</source>
        <translation>valley</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>flat</translation>
    </message>
    <message>
        <source>peak</source>
        <translation>peak</translation>
    </message>
    <message>
        <source>%1: at least one period is needed</source>
        <translation>%1: at least one period is needed</translation>
    </message>
    <message>
        <source>%1: must be at most 200 characters long</source>
        <translation>%1: must be at most 200 characters long</translation>
    </message>
    <message>
        <source>peak : valley is %1 : 1; the national TOU rule asks for at least 3 : 1</source>
        <translation>peak : valley is %1 : 1; the national TOU rule asks for at least 3 : 1</translation>
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
        <translation>%1 (wind): %2</translation>
    </message>
    <message>
        <source>Wind turbine</source>
        <translation>Wind turbine</translation>
    </message>
    <message>
        <source>Power law</source>
        <translation>Power law</translation>
    </message>
    <message>
        <source>Logarithmic</source>
        <translation>Logarithmic</translation>
    </message>
    <message>
        <source>PV plant</source>
        <translation>PV plant</translation>
    </message>
    <message>
        <source>Wind plant</source>
        <translation>Wind plant</translation>
    </message>
    <message>
        <source>unknown turbine type &quot;%1&quot;</source>
        <translation>unknown turbine type &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the electrolyser follows the PV surplus; the optimizer keeps it at its profile for the park as it stands</source>
        <translation>%1: the electrolyser follows the PV surplus; the optimizer keeps it at its profile for the park as it stands</translation>
    </message>
    <message>
        <source>%1: no PV area (the setback leaves nothing), not a candidate</source>
        <translation>%1: no PV area (the setback leaves nothing), not a candidate</translation>
    </message>
    <message>
        <source>%1: its kWp is 0 and no profile at its area-derived kWp was computed; its profile is 0</source>
        <translation>%1: its kWp is 0 and no profile at its area-derived kWp was computed; its profile is 0</translation>
    </message>
    <message>
        <source>%1: %2 turbines rounded to %3</source>
        <translation>%1: %2 turbines rounded to %3</translation>
    </message>
    <message>
        <source>%1: removed (not to be built)</source>
        <translation>%1: removed (not to be built)</translation>
    </message>
    <message>
        <source>%1: removed (no battery in the optimum)</source>
        <translation>%1: removed (no battery in the optimum)</translation>
    </message>
    <message>
        <source>Battery (optimised)</source>
        <translation>Battery (optimised)</translation>
    </message>
    <message>
        <source>%1: added at (%2, %3) m</source>
        <translation>%1: added at (%2, %3) m</translation>
    </message>
    <message>
        <source>The rule dispatch starts the year with the battery at its minimum charge; the optimizer&apos;s charge is cyclic.</source>
        <translation>The rule dispatch starts the year with the battery at its minimum charge; the optimizer&apos;s charge is cyclic.</translation>
    </message>
    <message>
        <source>The rule dispatch charges from every surplus and discharges into every deficit; it does not follow prices.</source>
        <translation>The rule dispatch charges from every surplus and discharges into every deficit; it does not follow prices.</translation>
    </message>
    <message>
        <source>Turbine counts were rounded to whole turbines.</source>
        <translation>Turbine counts were rounded to whole turbines.</translation>
    </message>
    <message>
        <source>The new layout is simulated with its own shading and wakes; the optimizer used the profiles of the layout it was given.</source>
        <translation>The new layout is simulated with its own shading and wakes; the optimizer used the profiles of the layout it was given.</translation>
    </message>
    <message>
        <source>Candidate (0 to maximum)</source>
        <translation>Candidate (0 to maximum)</translation>
    </message>
    <message>
        <source>Keep placed (at least)</source>
        <translation>Keep placed (at least)</translation>
    </message>
    <message>
        <source>Fixed as placed</source>
        <translation>Fixed as placed</translation>
    </message>
    <message>
        <source>Not built</source>
        <translation>Not built</translation>
    </message>
    <message>
        <source>The least-cost optimum for &quot;%1&quot;: %2 CNY/yr, intensity %3 tCO2/tce under the optimizer&apos;s dispatch (threshold %4), marginal abatement cost %5 CNY/tCO2.</source>
        <translation>The least-cost optimum for &quot;%1&quot;: %2 CNY/yr, intensity %3 tCO2/tce under the optimizer&apos;s dispatch (threshold %4), marginal abatement cost %5 CNY/tCO2.</translation>
    </message>
    <message>
        <source>The simulated indicator can differ:</source>
        <translation>The simulated indicator can differ:</translation>
    </message>
    <message>
        <source>%1 CNY/yr</source>
        <translation>%1 CNY/yr</translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation>Sizes</translation>
    </message>
    <message>
        <source>PV %1</source>
        <translation>PV %1</translation>
    </message>
    <message>
        <source>%1 kWp (of %2)</source>
        <translation>%1 kWp (of %2)</translation>
    </message>
    <message>
        <source>Wind %1</source>
        <translation>Wind %1</translation>
    </message>
    <message>
        <source>%1 turbines (%2 kW)</source>
        <translation>%1 turbines (%2 kW)</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Battery</translation>
    </message>
    <message>
        <source>%1 kWh, %2 kW</source>
        <translation>%1 kWh, %2 kW</translation>
    </message>
    <message>
        <source>Green power</source>
        <translation>Green power</translation>
    </message>
    <message>
        <source>%1 MWh/yr</source>
        <translation>%1 MWh/yr</translation>
    </message>
    <message>
        <source>Annual cost</source>
        <translation>Annual cost</translation>
    </message>
    <message>
        <source>Total (objective)</source>
        <translation>Total (objective)</translation>
    </message>
    <message>
        <source>PV investment</source>
        <translation>PV investment</translation>
    </message>
    <message>
        <source>PV O&amp;M</source>
        <translation>PV O&amp;M</translation>
    </message>
    <message>
        <source>Wind investment</source>
        <translation>Wind investment</translation>
    </message>
    <message>
        <source>Wind O&amp;M</source>
        <translation>Wind O&amp;M</translation>
    </message>
    <message>
        <source>Battery investment</source>
        <translation>Battery investment</translation>
    </message>
    <message>
        <source>Battery O&amp;M</source>
        <translation>Battery O&amp;M</translation>
    </message>
    <message>
        <source>Grid energy</source>
        <translation>Grid energy</translation>
    </message>
    <message>
        <source>Demand charge</source>
        <translation>Demand charge</translation>
    </message>
    <message>
        <source>Green power premium</source>
        <translation>Green power premium</translation>
    </message>
    <message>
        <source>Export revenue</source>
        <translation>Export revenue</translation>
    </message>
    <message>
        <source>Without the carbon requirement</source>
        <translation>Without the carbon requirement</translation>
    </message>
    <message>
        <source>What zero carbon adds</source>
        <translation>What zero carbon adds</translation>
    </message>
    <message>
        <source>Fixed by kept objects</source>
        <translation>Fixed by kept objects</translation>
    </message>
    <message>
        <source>Marginal abatement cost</source>
        <translation>Marginal abatement cost</translation>
    </message>
    <message>
        <source>%1 CNY/tCO2</source>
        <translation>%1 CNY/tCO2</translation>
    </message>
    <message>
        <source>Indicator under the optimizer&apos;s dispatch</source>
        <translation>Indicator under the optimizer&apos;s dispatch</translation>
    </message>
    <message>
        <source>Carbon intensity</source>
        <translation>Carbon intensity</translation>
    </message>
    <message>
        <source>%1 tCO2/tce (threshold %2)</source>
        <translation>%1 tCO2/tce (threshold %2)</translation>
    </message>
    <message>
        <source>Emissions in the numerator</source>
        <translation>Emissions in the numerator</translation>
    </message>
    <message>
        <source>%1 tCO2</source>
        <translation>%1 tCO2</translation>
    </message>
    <message>
        <source>Energy use</source>
        <translation>Energy use</translation>
    </message>
    <message>
        <source>%1 tce</source>
        <translation>%1 tce</translation>
    </message>
    <message>
        <source>Clean-energy share</source>
        <translation>Clean-energy share</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Self-sufficiency</source>
        <translation>Self-sufficiency</translation>
    </message>
    <message>
        <source>Grid import</source>
        <translation>Grid import</translation>
    </message>
    <message>
        <source>Solve</source>
        <translation>Solve</translation>
    </message>
    <message>
        <source>%1, %2 (%3), %4 rows × %5 columns, %6 s</source>
        <translation>%1, %2 (%3), %4 rows × %5 columns, %6 s</translation>
    </message>
    <message>
        <source>LP relaxation (a lower bound): %1</source>
        <translation>LP relaxation (a lower bound): %1</translation>
    </message>
    <message>
        <source>Optimal</source>
        <translation>Optimal</translation>
    </message>
    <message>
        <source>Infeasible</source>
        <translation>Infeasible</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>for revision %1 of the park</source>
        <translation>for revision %1 of the park</translation>
    </message>
    <message>
        <source>The park has changed since: run again for the current park.</source>
        <translation>The park has changed since: run again for the current park.</translation>
    </message>
    <message>
        <source>At a bound</source>
        <translation>At a bound</translation>
    </message>
    <message>
        <source>Lowest reachable intensity</source>
        <translation>Lowest reachable intensity</translation>
    </message>
    <message>
        <source>%1 tCO2/tce</source>
        <translation>%1 tCO2/tce</translation>
    </message>
    <message>
        <source>Highest reachable clean-energy share</source>
        <translation>Highest reachable clean-energy share</translation>
    </message>
    <message>
        <source>Applied as “%1”</source>
        <translation>Applied as “%1”</translation>
    </message>
    <message>
        <source>Intensity, optimizer</source>
        <translation>Intensity, optimizer</translation>
    </message>
    <message>
        <source>Intensity, re-simulated</source>
        <translation>Intensity, re-simulated</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>computing…</translation>
    </message>
    <message>
        <source>With an hourly grid factor, the green power keeps the optimizer&apos;s hours but counts at most each hour&apos;s import under the rule dispatch, which does not follow the factor.</source>
        <translation>With an hourly grid factor, the green power keeps the optimizer&apos;s hours but counts at most each hour&apos;s import under the rule dispatch, which does not follow the factor.</translation>
    </message>
</context>
<context>
    <name>pz::AboutDialog</name>
    <message>
        <source>About ParkZero</source>
        <translation>About ParkZero</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ParkZero %1&lt;/h3&gt;&lt;p&gt;Design zero-carbon industrial parks: lay out buildings, ground and rooftop PV, batteries and green space on a site plan, and see the park&apos;s hourly energy balance, PV yield and carbon intensity.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ParkZero %1&lt;/h3&gt;&lt;p&gt;Design zero-carbon industrial parks: lay out buildings, ground and rooftop PV, batteries and green space on a site plan, and see the park&apos;s hourly energy balance, PV yield and carbon intensity.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;ParkZero is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY. See &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ParkZero is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY. See &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The list of third-party software could not be read.</source>
        <translation>The list of third-party software could not be read.</translation>
    </message>
</context>
<context>
    <name>pz::AssumptionsSection</name>
    <message>
        <source>DNI · cos z + DHI falls short of GHI by %1 %; irradiance %2</source>
        <translation>DNI · cos z + DHI falls short of GHI by %1 %; irradiance %2</translation>
    </message>
    <message>
        <source>as given in the file</source>
        <translation>as given in the file</translation>
    </message>
    <message>
        <source>beam derived from GHI and DHI</source>
        <translation>beam derived from GHI and DHI</translation>
    </message>
    <message>
        <source>not applicable (built-in typical year, consistent by construction)</source>
        <translation>not applicable (built-in typical year, consistent by construction)</translation>
    </message>
    <message>
        <source>Weather source</source>
        <translation>Weather source</translation>
    </message>
    <message>
        <source>Annual global horizontal irradiation</source>
        <translation>Annual global horizontal irradiation</translation>
    </message>
    <message>
        <source>%1 kWh/m²</source>
        <translation>%1 kWh/m²</translation>
    </message>
    <message>
        <source>Closure check</source>
        <translation>Closure check</translation>
    </message>
    <message>
        <source>Grid emission factor (annual)</source>
        <translation>Grid emission factor (annual)</translation>
    </message>
    <message>
        <source>%1 kgCO₂/kWh</source>
        <translation>%1 kgCO₂/kWh</translation>
    </message>
    <message>
        <source>Grid factor</source>
        <translation>Grid factor</translation>
    </message>
    <message>
        <source>Year of the data</source>
        <translation>Year of the data</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Electricity to standard coal</source>
        <translation>Electricity to standard coal</translation>
    </message>
    <message>
        <source>%1 kgce/kWh</source>
        <translation>%1 kgce/kWh</translation>
    </message>
    <message>
        <source>Green power bought</source>
        <translation>Green power bought</translation>
    </message>
    <message>
        <source>%1 and %2 of the grid import</source>
        <translation>%1 and %2 of the grid import</translation>
    </message>
    <message>
        <source>Export credit</source>
        <translation>Export credit</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>counted</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>not counted</translation>
    </message>
    <message>
        <source>Green-space sink</source>
        <translation>Green-space sink</translation>
    </message>
    <message>
        <source>%1 tCO₂/ha/yr</source>
        <translation>%1 tCO₂/ha/yr</translation>
    </message>
    <message>
        <source>Embodied carbon</source>
        <translation>Embodied carbon</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <source>Service life</source>
        <translation>Service life</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 years</translation>
    </message>
    <message>
        <source>PV modules</source>
        <translation>PV modules</translation>
    </message>
    <message>
        <source>%1 kgCO₂e/kWp</source>
        <translation>%1 kgCO₂e/kWp</translation>
    </message>
    <message>
        <source>Battery, LFP</source>
        <translation>Battery, LFP</translation>
    </message>
    <message>
        <source>%1 kgCO₂e/kWh</source>
        <translation>%1 kgCO₂e/kWh</translation>
    </message>
    <message>
        <source>Battery, NMC</source>
        <translation>Battery, NMC</translation>
    </message>
    <message>
        <source>Buildings, steel frame</source>
        <translation>Buildings, steel frame</translation>
    </message>
    <message>
        <source>%1 kgCO₂e/m²</source>
        <translation>%1 kgCO₂e/m²</translation>
    </message>
    <message>
        <source>Buildings, concrete</source>
        <translation>Buildings, concrete</translation>
    </message>
    <message>
        <source>Use type</source>
        <translation>Use type</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensity</translation>
    </message>
    <message>
        <source>%1 kWh/m²/yr</source>
        <translation>%1 kWh/m²/yr</translation>
    </message>
    <message>
        <source>Assumptions and sources</source>
        <translation>Assumptions and sources</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>Weather</translation>
    </message>
    <message>
        <source>Grid and carbon accounting</source>
        <translation>Grid and carbon accounting</translation>
    </message>
    <message>
        <source>Load defaults</source>
        <translation>Load defaults</translation>
    </message>
    <message>
        <source>Reproducing this report</source>
        <translation>Reproducing this report</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>ParkZero %1 (project file format %2)</source>
        <translation>ParkZero %1 (project file format %2)</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Models</translation>
    </message>
    <message>
        <source>NREL SPA sun position; Perez 1990 transposition; PVWatts DC and inverter; SAPM or Faiman cell temperature; shading by park objects from horizon profiles; hourly battery dispatch (docs/solar-model.md, docs/shading.md, docs/loads-and-carbon.md)</source>
        <translation>NREL SPA sun position; Perez 1990 transposition; PVWatts DC and inverter; SAPM or Faiman cell temperature; shading by park objects from horizon profiles; hourly battery dispatch (docs/solar-model.md, docs/shading.md, docs/loads-and-carbon.md)</translation>
    </message>
    <message>
        <source>Project file</source>
        <translation>Project file</translation>
    </message>
    <message>
        <source>SHA-256 of the project file</source>
        <translation>SHA-256 of the project file</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>The report shows unsaved changes; the hash is of the park as it would be saved.</source>
        <translation>The report shows unsaved changes; the hash is of the park as it would be saved.</translation>
    </message>
    <message>
        <source>Warnings of the simulation</source>
        <translation>Warnings of the simulation</translation>
    </message>
    <message>
        <source>hour by hour, %1 in the profile; %2 counted (at most each hour&apos;s import)</source>
        <translation>hour by hour, %1 in the profile; %2 counted (at most each hour&apos;s import)</translation>
    </message>
</context>
<context>
    <name>pz::BackgroundItem</name>
    <message>
        <source>Missing image: %1</source>
        <translation>Missing image: %1</translation>
    </message>
</context>
<context>
    <name>pz::BackgroundsPanel</name>
    <message>
        <source>Background images</source>
        <translation>Background images</translation>
    </message>
    <message>
        <source>Pictures under the site plan; later ones are drawn over earlier ones</source>
        <translation>Pictures under the site plan; later ones are drawn over earlier ones</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Import a GeoTIFF, PNG or JPEG as a background</source>
        <translation>Import a GeoTIFF, PNG or JPEG as a background</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the selected background</source>
        <translation>Remove the selected background</translation>
    </message>
    <message>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>Draw the selected background over the next one</source>
        <translation>Draw the selected background over the next one</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>Draw the selected background under the previous one</source>
        <translation>Draw the selected background under the previous one</translation>
    </message>
    <message>
        <source>Selected background</source>
        <translation>Selected background</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>The background&apos;s name in this list</source>
        <translation>The background&apos;s name in this list</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Visible</translation>
    </message>
    <message>
        <source>Draw the image under the plan</source>
        <translation>Draw the image under the plan</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Keep the image where it is: its place cannot be changed</source>
        <translation>Keep the image where it is: its place cannot be changed</translation>
    </message>
    <message>
        <source>Top-left east:</source>
        <translation>Top-left east:</translation>
    </message>
    <message>
        <source>Plan x of the image&apos;s top-left corner</source>
        <translation>Plan x of the image&apos;s top-left corner</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>Top-left north:</source>
        <translation>Top-left north:</translation>
    </message>
    <message>
        <source>Plan y of the image&apos;s top-left corner</source>
        <translation>Plan y of the image&apos;s top-left corner</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Scale:</translation>
    </message>
    <message>
        <source>%1 m per pixel, rotated %2°</source>
        <translation>%1 m per pixel, rotated %2°</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (missing)</translation>
    </message>
    <message>
        <source>Recalibrate…</source>
        <translation>Recalibrate…</translation>
    </message>
    <message>
        <source>Place the image again by two points</source>
        <translation>Place the image again by two points</translation>
    </message>
    <message>
        <source>How strongly the image shows: 0 % invisible, 100 % opaque</source>
        <translation>How strongly the image shows: 0 % invisible, 100 % opaque</translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation>Opacity:</translation>
    </message>
    <message>
        <source>Change background opacity</source>
        <translation>Change background opacity</translation>
    </message>
    <message>
        <source>Remove background</source>
        <translation>Remove background</translation>
    </message>
    <message>
        <source>Move background</source>
        <translation>Move background</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Not applied: %1</translation>
    </message>
    <message>
        <source>%1 (locked)</source>
        <translation>%1 (locked)</translation>
    </message>
</context>
<context>
    <name>pz::BatterySocChart</name>
    <message>
        <source>&amp;Week:</source>
        <translation>&amp;Week:</translation>
    </message>
    <message>
        <source>Week %1 (%2 – %3)</source>
        <extracomment>week number, first and last day</extracomment>
        <translation>Week %1 (%2 – %3)</translation>
    </message>
    <message>
        <source>State of charge</source>
        <translation>State of charge</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>The park has no battery.</source>
        <translation>The park has no battery.</translation>
    </message>
    <message>
        <source>Day (local standard time)</source>
        <translation>Day (local standard time)</translation>
    </message>
    <message>
        <source>Stored energy (%1)</source>
        <translation>Stored energy (%1)</translation>
    </message>
    <message>
        <source>%1, end of %2:00–%3:00
Stored: %4</source>
        <translation>%1, end of %2:00–%3:00
Stored: %4</translation>
    </message>
    <message>
        <source> (%1 of capacity)</source>
        <translation> (%1 of capacity)</translation>
    </message>
    <message>
        <source>Battery week</source>
        <translation>Battery week</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <extracomment>QDate format of a day tick of the week chart, e.g. &quot;Mon 3 Jan&quot;</extracomment>
        <translation>ddd d MMM</translation>
    </message>
</context>
<context>
    <name>pz::BillChart</name>
    <message>
        <source>Period %1</source>
        <translation>Period %1</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Business as usual</source>
        <translation>Business as usual</translation>
    </message>
    <message>
        <source>Energy charge, year 1 (%1)</source>
        <translation>Energy charge, year 1 (%1)</translation>
    </message>
    <message>
        <source>%1
Design: %2 for %3
Business as usual: %4 for %5</source>
        <translation>%1
Design: %2 for %3
Business as usual: %4 for %5</translation>
    </message>
    <message>
        <source>Bill by period</source>
        <translation>Bill by period</translation>
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
        <translation>Calibrate %1</translation>
    </message>
    <message>
        <source>Click the first point, then the second; clicking again moves them in turn</source>
        <translation>Click the first point, then the second; clicking again moves them in turn</translation>
    </message>
    <message>
        <source>Points on the image</source>
        <translation>Points on the image</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Point 1 (red):</source>
        <translation>Point 1 (red):</translation>
    </message>
    <message>
        <source>Point 2 (blue):</source>
        <translation>Point 2 (blue):</translation>
    </message>
    <message>
        <source>On the plan</source>
        <translation>On the plan</translation>
    </message>
    <message>
        <source>Both points&apos; plan coordinates</source>
        <translation>Both points&apos; plan coordinates</translation>
    </message>
    <message>
        <source>Their distance (the image stays unrotated)</source>
        <translation>Their distance (the image stays unrotated)</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>Point 1 east, north:</source>
        <translation>Point 1 east, north:</translation>
    </message>
    <message>
        <source>Point 2 east, north:</source>
        <translation>Point 2 east, north:</translation>
    </message>
    <message>
        <source>Distance:</source>
        <translation>Distance:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Refused:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Refused:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Scale %1 m per pixel, rotated %2° counter-clockwise; the image covers %3 × %4 m</source>
        <translation>Scale %1 m per pixel, rotated %2° counter-clockwise; the image covers %3 × %4 m</translation>
    </message>
</context>
<context>
    <name>pz::CapacitiesSection</name>
    <message>
        <source>Installed capacities</source>
        <translation>Installed capacities</translation>
    </message>
    <message>
        <source>%1 kWp</source>
        <translation>%1 kWp</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Rooftop PV</source>
        <translation>Rooftop PV</translation>
    </message>
    <message>
        <source>Ground-mounted PV</source>
        <translation>Ground-mounted PV</translation>
    </message>
    <message>
        <source>PV, total</source>
        <translation>PV, total</translation>
    </message>
    <message>
        <source>Battery storage</source>
        <translation>Battery storage</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Buildings (floor area)</source>
        <translation>Buildings (floor area)</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 m²</translation>
    </message>
    <message>
        <source>Green space</source>
        <translation>Green space</translation>
    </message>
    <message>
        <source>%1 ha</source>
        <translation>%1 ha</translation>
    </message>
</context>
<context>
    <name>pz::CarbonSection</name>
    <message>
        <source>Emissions per year</source>
        <translation>Emissions per year</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Operational, location-based (grid import × grid factor)</source>
        <translation>Operational, location-based (grid import × grid factor)</translation>
    </message>
    <message>
        <source>Operational, market-based (green power counted at zero)</source>
        <translation>Operational, market-based (green power counted at zero)</translation>
    </message>
    <message>
        <source>Embodied, PV (annualised)</source>
        <translation>Embodied, PV (annualised)</translation>
    </message>
    <message>
        <source>Embodied, storage (annualised)</source>
        <translation>Embodied, storage (annualised)</translation>
    </message>
    <message>
        <source>Embodied, buildings (annualised)</source>
        <translation>Embodied, buildings (annualised)</translation>
    </message>
    <message>
        <source>Embodied, total</source>
        <translation>Embodied, total</translation>
    </message>
    <message>
        <source>Sink of the green space</source>
        <translation>Sink of the green space</translation>
    </message>
    <message>
        <source>Export credit</source>
        <translation>Export credit</translation>
    </message>
    <message>
        <source>Net, operational</source>
        <translation>Net, operational</translation>
    </message>
    <message>
        <source>Net with embodied carbon</source>
        <translation>Net with embodied carbon</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>pass</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>fail</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Carbon intensity of energy use (national core indicator)</source>
        <translation>Carbon intensity of energy use (national core indicator)</translation>
    </message>
    <message>
        <source>Clean-energy share (national guiding indicator)</source>
        <translation>Clean-energy share (national guiding indicator)</translation>
    </message>
    <message>
        <source>Carbon</source>
        <translation>Carbon</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>The core indicator here includes the annualised embodied carbon (stricter than the national rule).</source>
        <translation>The core indicator here includes the annualised embodied carbon (stricter than the national rule).</translation>
    </message>
    <message>
        <source>The core indicator divides market-based operational CO₂ by the energy use in tonnes of standard coal equivalent (national rule).</source>
        <translation>The core indicator divides market-based operational CO₂ by the energy use in tonnes of standard coal equivalent (national rule).</translation>
    </message>
    <message>
        <source>The PV repays its embodied carbon in %1 years.</source>
        <translation>The PV repays its embodied carbon in %1 years.</translation>
    </message>
    <message>
        <source>Natural gas burnt for heat</source>
        <translation>Natural gas burnt for heat</translation>
    </message>
    <message>
        <source>Coal burnt for heat</source>
        <translation>Coal burnt for heat</translation>
    </message>
    <message>
        <source>Purchased heat (district heat)</source>
        <translation>Purchased heat (district heat)</translation>
    </message>
</context>
<context>
    <name>pz::CarbonWaterfallChart</name>
    <message>
        <source>Emissions (t CO₂e per year)</source>
        <translation>Emissions (t CO₂e per year)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2%3
Running total: %4</source>
        <translation>%1: %2%3
Running total: %4</translation>
    </message>
    <message>
        <source>Carbon waterfall</source>
        <translation>Carbon waterfall</translation>
    </message>
</context>
<context>
    <name>pz::CarriersSummary</name>
    <message>
        <source>No building has a heat supply: the indicator counts electricity only. Choose a heat supply in a building&apos;s properties to count heat and fuels.</source>
        <translation>No building has a heat supply: the indicator counts electricity only. Choose a heat supply in a building&apos;s properties to count heat and fuels.</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Standard coal</source>
        <translation>Standard coal</translation>
    </message>
    <message>
        <source>CO₂</source>
        <translation>CO₂</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>Electricity</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>Natural gas</source>
        <translation>Natural gas</translation>
    </message>
    <message>
        <source>m³</source>
        <translation>m³</translation>
    </message>
    <message>
        <source>Raw coal</source>
        <translation>Raw coal</translation>
    </message>
    <message>
        <source>t</source>
        <translation>t</translation>
    </message>
    <message>
        <source>Purchased heat</source>
        <translation>Purchased heat</translation>
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
        <translation>passes</translation>
    </message>
    <message>
        <source>fails</source>
        <translation>fails</translation>
    </message>
    <message>
        <source>the coal-consumption method</source>
        <translation>the coal-consumption method</translation>
    </message>
    <message>
        <source>the calorific equivalent</source>
        <translation>the calorific equivalent</translation>
    </message>
    <message>
        <source>%1 kgce/kWh</source>
        <translation>%1 kgce/kWh</translation>
    </message>
    <message>
        <source>Indicator over all carriers (%1 tce/yr): calorific equivalent 0.1229 kgce/kWh: %2 (%3); coal-consumption method 0.3055 kgce/kWh: %4 (%5). The verdict uses %6: %7. Clean-energy share %8, renewable share %9.</source>
        <translation>Indicator over all carriers (%1 tce/yr): calorific equivalent 0.1229 kgce/kWh: %2 (%3); coal-consumption method 0.3055 kgce/kWh: %4 (%5). The verdict uses %6: %7. Clean-energy share %8, renewable share %9.</translation>
    </message>
    <message numerus="yes">
        <source>On their own (each against its own roof PV), %1 of %n building(s) would pass.</source>
        <translation>
            <numerusform>On their own (each against its own roof PV), %1 of %n building would pass.</numerusform>
            <numerusform>On their own (each against its own roof PV), %1 of %n buildings would pass.</numerusform>
        </translation>
    </message>
    <message>
        <source>Carriers</source>
        <translation>Carriers</translation>
    </message>
</context>
<context>
    <name>pz::CashFlowChart</name>
    <message>
        <source>Cumulative saving</source>
        <translation>Cumulative saving</translation>
    </message>
    <message>
        <source>Discounted</source>
        <translation>Discounted</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Design against BAU (%1)</source>
        <translation>Design against BAU (%1)</translation>
    </message>
    <message>
        <source>Discounted payback %1</source>
        <translation>Discounted payback %1</translation>
    </message>
    <message>
        <source>Payback %1</source>
        <translation>Payback %1</translation>
    </message>
    <message>
        <source>Year %1
Cumulative saving: %2
Discounted: %3</source>
        <translation>Year %1
Cumulative saving: %2
Discounted: %3</translation>
    </message>
    <message>
        <source>Cash flow</source>
        <translation>Cash flow</translation>
    </message>
</context>
<context>
    <name>pz::Climate</name>
    <message>
        <source>Ordos (Dongsheng)</source>
        <translation>Ordos (Dongsheng)</translation>
    </message>
    <message>
        <source>Hohhot</source>
        <translation>Hohhot</translation>
    </message>
    <message>
        <source>Baotou (proxy: Haliut / Urad Zhongqi)</source>
        <translation>Baotou (proxy: Haliut / Urad Zhongqi)</translation>
    </message>
    <message>
        <source>Yinchuan</source>
        <translation>Yinchuan</translation>
    </message>
    <message>
        <source>Beijing</source>
        <translation>Beijing</translation>
    </message>
    <message>
        <source>Shanghai</source>
        <translation>Shanghai</translation>
    </message>
    <message>
        <source>Guangzhou</source>
        <translation>Guangzhou</translation>
    </message>
    <message>
        <source>Shenzhen (proxy: Shanwei)</source>
        <translation>Shenzhen (proxy: Shanwei)</translation>
    </message>
    <message>
        <source>Urumqi</source>
        <translation>Urumqi</translation>
    </message>
    <message>
        <source>Lhasa</source>
        <translation>Lhasa</translation>
    </message>
    <message>
        <source>Xi&apos;an</source>
        <translation>Xi&apos;an</translation>
    </message>
    <message>
        <source>Chengdu</source>
        <translation>Chengdu</translation>
    </message>
    <message>
        <source>Phoenix, AZ</source>
        <translation>Phoenix, AZ</translation>
    </message>
    <message>
        <source>Piedmont, Italy (45 N 8 E)</source>
        <translation>Piedmont, Italy (45 N 8 E)</translation>
    </message>
</context>
<context>
    <name>pz::ComparisonCarbonChart</name>
    <message>
        <source>Net, operational</source>
        <translation>Net, operational</translation>
    </message>
    <message>
        <source>Net with embodied</source>
        <translation>Net with embodied</translation>
    </message>
    <message>
        <source>Net emissions (tCO₂e/a)</source>
        <translation>Net emissions (tCO₂e/a)</translation>
    </message>
    <message>
        <source>%1
Net, operational: %2
Net with embodied: %3</source>
        <translation>%1
Net, operational: %2
Net with embodied: %3</translation>
    </message>
    <message>
        <source>Net emissions by scenario</source>
        <translation>Net emissions by scenario</translation>
    </message>
</context>
<context>
    <name>pz::ComparisonCashFlowChart</name>
    <message>
        <source>%1, discounted</source>
        <translation>%1, discounted</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Design against BAU (%1)</source>
        <translation>Design against BAU (%1)</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <source>%1: %2 (discounted %3)</source>
        <translation>%1: %2 (discounted %3)</translation>
    </message>
    <message>
        <source>Cash flow by scenario</source>
        <translation>Cash flow by scenario</translation>
    </message>
</context>
<context>
    <name>pz::ComparisonFormat</name>
    <message>
        <source>CNY/kWh</source>
        <translation>CNY/kWh</translation>
    </message>
    <message>
        <source>years</source>
        <translation>years</translation>
    </message>
</context>
<context>
    <name>pz::ComparisonIndicatorChart</name>
    <message>
        <source>Zero-carbon</source>
        <translation>Zero-carbon</translation>
    </message>
    <message>
        <source>Not zero-carbon</source>
        <translation>Not zero-carbon</translation>
    </message>
    <message>
        <source>Core indicator (tCO₂/tce), threshold dashed</source>
        <translation>Core indicator (tCO₂/tce), threshold dashed</translation>
    </message>
    <message>
        <source>%1
Core indicator: %2 (threshold %3)</source>
        <translation>%1
Core indicator: %2 (threshold %3)</translation>
    </message>
    <message>
        <source>Core indicator by scenario</source>
        <translation>Core indicator by scenario</translation>
    </message>
</context>
<context>
    <name>pz::ComparisonMonthlyChart</name>
    <message>
        <source>Consumption</source>
        <translation>Consumption</translation>
    </message>
    <message>
        <source>Energy (%1)</source>
        <translation>Energy (%1)</translation>
    </message>
    <message>
        <source>%1: generation %2, consumption %3</source>
        <translation>%1: generation %2, consumption %3</translation>
    </message>
    <message>
        <source>Monthly generation by scenario</source>
        <translation>Monthly generation by scenario</translation>
    </message>
</context>
<context>
    <name>pz::ComparisonPanel</name>
    <message>
        <source>Higher is better</source>
        <translation>Higher is better</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Lower is better</translation>
    </message>
    <message>
        <source>Neither higher nor lower is better</source>
        <translation>Neither higher nor lower is better</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Save the table as CSV: one row per KPI, one column per scenario</source>
        <translation>Save the table as CSV: one row per KPI, one column per scenario</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Map differences</source>
        <translation>Map differences</translation>
    </message>
    <message>
        <source>One scenario: add scenarios in the Scenarios panel to compare them.</source>
        <translation>One scenario: add scenarios in the Scenarios panel to compare them.</translation>
    </message>
    <message>
        <source>Computing %1 of %2 scenarios…</source>
        <translation>Computing %1 of %2 scenarios…</translation>
    </message>
    <message>
        <source>%1 scenarios; the best of each row in bold</source>
        <translation>%1 scenarios; the best of each row in bold</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Best of the scenarios (%1)</source>
        <translation>Best of the scenarios (%1)</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
    <message>
        <source>comparison</source>
        <translation>comparison</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>Export comparison</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>pz::ComparisonSection</name>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Scenario comparison</source>
        <translation>Scenario comparison</translation>
    </message>
    <message>
        <source>This report describes “%1”; the table sets beside it %2 and shows each scenario&apos;s headline figures side by side. In every row where more or less is better, the best value is in bold on a green background (every scenario that shares it; none where all scenarios have the same value).</source>
        <translation>This report describes “%1”; the table sets beside it %2 and shows each scenario&apos;s headline figures side by side. In every row where more or less is better, the best value is in bold on a green background (every scenario that shares it; none where all scenarios have the same value).</translation>
    </message>
</context>
<context>
    <name>pz::CostFields</name>
    <message>
        <source>Analysis</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <source>Electricity tariff</source>
        <translation>Electricity tariff</translation>
    </message>
    <message>
        <source>Fuel prices</source>
        <translation>Fuel prices</translation>
    </message>
    <message>
        <source>PV</source>
        <translation>PV</translation>
    </message>
    <message>
        <source>Wind</source>
        <translation>Wind</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Storage</translation>
    </message>
    <message>
        <source>Heat equipment</source>
        <translation>Heat equipment</translation>
    </message>
    <message>
        <source>Direct line</source>
        <translation>Direct line</translation>
    </message>
    <message>
        <source>%1, investment</source>
        <translation>%1, investment</translation>
    </message>
    <message>
        <source>%1, O&amp;M</source>
        <translation>%1, O&amp;M</translation>
    </message>
    <message>
        <source>%1, life</source>
        <translation>%1, life</translation>
    </message>
    <message>
        <source>Analysis period</source>
        <translation>Analysis period</translation>
    </message>
    <message>
        <source>Discount rate (real)</source>
        <translation>Discount rate (real)</translation>
    </message>
    <message>
        <source>PV degradation</source>
        <translation>PV degradation</translation>
    </message>
    <message>
        <source>Demand charge</source>
        <translation>Demand charge</translation>
    </message>
    <message>
        <source>Fixed charge</source>
        <translation>Fixed charge</translation>
    </message>
    <message>
        <source>Export price</source>
        <translation>Export price</translation>
    </message>
    <message>
        <source>Green-power premium</source>
        <translation>Green-power premium</translation>
    </message>
    <message>
        <source>Natural gas</source>
        <translation>Natural gas</translation>
    </message>
    <message>
        <source>Coal</source>
        <translation>Coal</translation>
    </message>
    <message>
        <source>Purchased heat</source>
        <translation>Purchased heat</translation>
    </message>
    <message>
        <source>Ground-mounted PV</source>
        <translation>Ground-mounted PV</translation>
    </message>
    <message>
        <source>Rooftop PV</source>
        <translation>Rooftop PV</translation>
    </message>
    <message>
        <source>PV O&amp;M</source>
        <translation>PV O&amp;M</translation>
    </message>
    <message>
        <source>PV life</source>
        <translation>PV life</translation>
    </message>
    <message>
        <source>Inverter replacement</source>
        <translation>Inverter replacement</translation>
    </message>
    <message>
        <source>Inverter life</source>
        <translation>Inverter life</translation>
    </message>
    <message>
        <source>Wind turbines</source>
        <translation>Wind turbines</translation>
    </message>
    <message>
        <source>Wind O&amp;M</source>
        <translation>Wind O&amp;M</translation>
    </message>
    <message>
        <source>Wind life</source>
        <translation>Wind life</translation>
    </message>
    <message>
        <source>Storage energy</source>
        <translation>Storage energy</translation>
    </message>
    <message>
        <source>Storage power</source>
        <translation>Storage power</translation>
    </message>
    <message>
        <source>Storage O&amp;M</source>
        <translation>Storage O&amp;M</translation>
    </message>
    <message>
        <source>Storage life</source>
        <translation>Storage life</translation>
    </message>
    <message>
        <source>Replacement cost factor</source>
        <translation>Replacement cost factor</translation>
    </message>
    <message>
        <source>Sizing factor</source>
        <translation>Sizing factor</translation>
    </message>
    <message>
        <source>Direct line O&amp;M</source>
        <translation>Direct line O&amp;M</translation>
    </message>
    <message>
        <source>Direct line life</source>
        <translation>Direct line life</translation>
    </message>
    <message>
        <source>Direct line length</source>
        <translation>Direct line length</translation>
    </message>
    <message>
        <source>%/yr</source>
        <translation>%/yr</translation>
    </message>
    <message>
        <source>yr</source>
        <translation>yr</translation>
    </message>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <source>month</source>
        <translation>month</translation>
    </message>
    <message>
        <source>CNY</source>
        <translation>CNY</translation>
    </message>
    <message>
        <source>Default: placeholder (spec %1) — enter your own</source>
        <translation>Default: placeholder (spec %1) — enter your own</translation>
    </message>
    <message>
        <source>Default: verified (spec %1)</source>
        <translation>Default: verified (spec %1)</translation>
    </message>
    <message>
        <source>Default: derived (spec %1)</source>
        <translation>Default: derived (spec %1)</translation>
    </message>
    <message>
        <source>Default: unverified (spec %1)</source>
        <translation>Default: unverified (spec %1)</translation>
    </message>
    <message>
        <source>Default: assumption (spec %1)</source>
        <translation>Default: assumption (spec %1)</translation>
    </message>
</context>
<context>
    <name>pz::CostsPanel</name>
    <message>
        <source>Save cost set…</source>
        <translation>Save cost set…</translation>
    </message>
    <message>
        <source>Saves the costs, fuel prices and tariff as a cost set (*.pzcosts) for other projects</source>
        <translation>Saves the costs, fuel prices and tariff as a cost set (*.pzcosts) for other projects</translation>
    </message>
    <message>
        <source>Load cost set…</source>
        <translation>Load cost set…</translation>
    </message>
    <message>
        <source>Replaces the costs, fuel prices and tariff with those of a cost set; the analysis period, rates, direct line and BAU choice stay</source>
        <translation>Replaces the costs, fuel prices and tariff with those of a cost set; the analysis period, rates, direct line and BAU choice stay</translation>
    </message>
    <message>
        <source>Costs are indicative, in CNY of 2025 (real). Defaults marked “placeholder” are to be replaced by your own.</source>
        <translation>Costs are indicative, in CNY of 2025 (real). Defaults marked “placeholder” are to be replaced by your own.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1. The default is %2%3.</source>
        <translation>%1. The default is %2%3.</translation>
    </message>
    <message>
        <source>Same as the design</source>
        <translation>Same as the design</translation>
    </message>
    <message>
        <source>BAU heat supply:</source>
        <translation>BAU heat supply:</translation>
    </message>
    <message>
        <source>The heat supply of the business-as-usual park the design is compared with: each building&apos;s own, or one technology for all</source>
        <translation>The heat supply of the business-as-usual park the design is compared with: each building&apos;s own, or one technology for all</translation>
    </message>
    <message>
        <source>placeholder</source>
        <translation>placeholder</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Not applied: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Load cost set %1</source>
        <translation>Load cost set %1</translation>
    </message>
    <message>
        <source>Save Cost Set</source>
        <translation>Save Cost Set</translation>
    </message>
    <message>
        <source>Cost sets (*.pzcosts)</source>
        <translation>Cost sets (*.pzcosts)</translation>
    </message>
    <message>
        <source>Load Cost Set</source>
        <translation>Load Cost Set</translation>
    </message>
    <message>
        <source>Cost sets (*.pzcosts);;All files (*)</source>
        <translation>Cost sets (*.pzcosts);;All files (*)</translation>
    </message>
</context>
<context>
    <name>pz::CoverSection</name>
    <message>
        <source>Cover</source>
        <translation>Cover</translation>
    </message>
    <message>
        <source>Zero-carbon park report</source>
        <translation>Zero-carbon park report</translation>
    </message>
    <message>
        <source>Project file</source>
        <translation>Project file</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>ParkZero %1</source>
        <translation>ParkZero %1</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Prepared by</translation>
    </message>
</context>
<context>
    <name>pz::DayProfileChart</name>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <source>PV generation</source>
        <translation>PV generation</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Consumption</translation>
    </message>
    <message>
        <source>Battery (+ discharge, − charge)</source>
        <translation>Battery (+ discharge, − charge)</translation>
    </message>
    <message>
        <source>Grid (+ import, − export)</source>
        <translation>Grid (+ import, − export)</translation>
    </message>
    <message>
        <source>Hour of day (local standard time)</source>
        <translation>Hour of day (local standard time)</translation>
    </message>
    <message>
        <source>Average power (%1)</source>
        <translation>Average power (%1)</translation>
    </message>
    <message>
        <source>Average day</source>
        <translation>Average day</translation>
    </message>
    <message>
        <source>Own generation</source>
        <translation>Own generation</translation>
    </message>
    <message>
        <source>
  %1: %2</source>
        <translation>
  %1: %2</translation>
    </message>
    <message>
        <source>%1, %2:00–%3:00 (average)
%4: %5%6
Consumption: %7
Battery: %8
Grid: %9</source>
        <translation>%1, %2:00–%3:00 (average)
%4: %5%6
Consumption: %7
Battery: %8
Grid: %9</translation>
    </message>
</context>
<context>
    <name>pz::DrawShapeTool</name>
    <message>
        <source>&amp;Building</source>
        <translation>&amp;Building</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Draw a building footprint (B)</source>
        <translation>Draw a building footprint (B)</translation>
    </message>
    <message>
        <source>&amp;PV Field</source>
        <translation>&amp;PV Field</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Draw a ground-mounted PV field (P)</source>
        <translation>Draw a ground-mounted PV field (P)</translation>
    </message>
    <message>
        <source>&amp;Green Space</source>
        <translation>&amp;Green Space</translation>
    </message>
    <message>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <source>Draw a green space (G)</source>
        <translation>Draw a green space (G)</translation>
    </message>
    <message>
        <source>Site B&amp;oundary</source>
        <translation>Site B&amp;oundary</translation>
    </message>
    <message>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <source>Draw the site boundary (O)</source>
        <translation>Draw the site boundary (O)</translation>
    </message>
    <message>
        <source>building</source>
        <translation>building</translation>
    </message>
    <message>
        <source>PV field</source>
        <translation>PV field</translation>
    </message>
    <message>
        <source>green space</source>
        <translation>green space</translation>
    </message>
    <message>
        <source>site boundary</source>
        <translation>site boundary</translation>
    </message>
    <message>
        <source>Click the corners of the %1 (or drag a rectangle); Enter or double-click finishes, Backspace removes the last point, Esc cancels, Shift keeps 45° steps, type a length + Enter</source>
        <translation>Click the corners of the %1 (or drag a rectangle); Enter or double-click finishes, Backspace removes the last point, Esc cancels, Shift keeps 45° steps, type a length + Enter</translation>
    </message>
    <message>
        <source>A %1 needs at least 3 points</source>
        <translation>A %1 needs at least 3 points</translation>
    </message>
    <message>
        <source>Draw Building</source>
        <translation>Draw Building</translation>
    </message>
    <message>
        <source>Draw PV Field</source>
        <translation>Draw PV Field</translation>
    </message>
    <message>
        <source>Draw Green Space</source>
        <translation>Draw Green Space</translation>
    </message>
    <message>
        <source>Draw Site Boundary</source>
        <translation>Draw Site Boundary</translation>
    </message>
    <message>
        <source>Cannot create the %1: %2</source>
        <translation>Cannot create the %1: %2</translation>
    </message>
    <message>
        <source>Added the %1 (%2)</source>
        <translation>Added the %1 (%2)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Length: %1 m</source>
        <translation>Length: %1 m</translation>
    </message>
    <message>
        <source>Edge %1 · area %2 — Enter or double-click finishes, Backspace removes the last point, Esc cancels</source>
        <translation>Edge %1 · area %2 — Enter or double-click finishes, Backspace removes the last point, Esc cancels</translation>
    </message>
</context>
<context>
    <name>pz::EconomicsSection</name>
    <message>
        <source>not within %1 years</source>
        <translation>not within %1 years</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Business as usual</source>
        <translation>Business as usual</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investment</translation>
    </message>
    <message>
        <source>Energy bill, year 1</source>
        <translation>Energy bill, year 1</translation>
    </message>
    <message>
        <source>Lifecycle cost over %1 years</source>
        <translation>Lifecycle cost over %1 years</translation>
    </message>
    <message>
        <source>Net present value against business as usual</source>
        <translation>Net present value against business as usual</translation>
    </message>
    <message>
        <source>Levelised cost of on-site generation</source>
        <translation>Levelised cost of on-site generation</translation>
    </message>
    <message>
        <source>no generation</source>
        <translation>no generation</translation>
    </message>
    <message>
        <source>Simple payback</source>
        <translation>Simple payback</translation>
    </message>
    <message>
        <source>Discounted payback</source>
        <translation>Discounted payback</translation>
    </message>
    <message>
        <source>Cost of carbon abated (CNY/tCO₂)</source>
        <translation>Cost of carbon abated (CNY/tCO₂)</translation>
    </message>
    <message>
        <source>nothing abated</source>
        <translation>nothing abated</translation>
    </message>
    <message>
        <source>Year-1 bill</source>
        <translation>Year-1 bill</translation>
    </message>
    <message>
        <source>Electricity imported</source>
        <translation>Electricity imported</translation>
    </message>
    <message>
        <source>Energy charges</source>
        <translation>Energy charges</translation>
    </message>
    <message>
        <source>Demand charges</source>
        <translation>Demand charges</translation>
    </message>
    <message>
        <source>Fixed charges</source>
        <translation>Fixed charges</translation>
    </message>
    <message>
        <source>Green power premium</source>
        <translation>Green power premium</translation>
    </message>
    <message>
        <source>Export revenue</source>
        <translation>Export revenue</translation>
    </message>
    <message>
        <source>Natural gas</source>
        <translation>Natural gas</translation>
    </message>
    <message>
        <source>Coal</source>
        <translation>Coal</translation>
    </message>
    <message>
        <source>Purchased heat</source>
        <translation>Purchased heat</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Ground PV</source>
        <translation>Ground PV</translation>
    </message>
    <message>
        <source>Rooftop PV</source>
        <translation>Rooftop PV</translation>
    </message>
    <message>
        <source>Inverter replacements</source>
        <translation>Inverter replacements</translation>
    </message>
    <message>
        <source>Wind turbines</source>
        <translation>Wind turbines</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Storage</translation>
    </message>
    <message>
        <source>Direct line</source>
        <translation>Direct line</translation>
    </message>
    <message>
        <source>Heat: %1</source>
        <translation>Heat: %1</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>O&amp;M per year</source>
        <translation>O&amp;M per year</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Replacement</translation>
    </message>
    <message>
        <source>Life</source>
        <translation>Life</translation>
    </message>
    <message>
        <source>Economics</source>
        <translation>Economics</translation>
    </message>
    <message>
        <source>The economics were not computed for this park.</source>
        <translation>The economics were not computed for this park.</translation>
    </message>
    <message>
        <source>Money in CNY of 2025, real, over %1 years at a discount rate of %2; PV degrades %3 a year. The business-as-usual park has the same buildings and loads with all electricity imported and no PV, wind, storage, direct line or green power.</source>
        <translation>Money in CNY of 2025, real, over %1 years at a discount rate of %2; PV degrades %3 a year. The business-as-usual park has the same buildings and loads with all electricity imported and no PV, wind, storage, direct line or green power.</translation>
    </message>
    <message>
        <source>Energy bill</source>
        <translation>Energy bill</translation>
    </message>
    <message>
        <source>Costed components</source>
        <translation>Costed components</translation>
    </message>
    <message>
        <source>The design has no costed equipment.</source>
        <translation>The design has no costed equipment.</translation>
    </message>
    <message>
        <source>Unit costs and prices are defaults of the site&apos;s economic settings unless the project sets them; several are placeholders to be replaced by quotes.</source>
        <translation>Unit costs and prices are defaults of the site&apos;s economic settings unless the project sets them; several are placeholders to be replaced by quotes.</translation>
    </message>
    <message>
        <source>Cash flow against business as usual</source>
        <translation>Cash flow against business as usual</translation>
    </message>
</context>
<context>
    <name>pz::EditActions</name>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Select &amp;All</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Delete the selected objects</source>
        <translation>Delete the selected objects</translation>
    </message>
    <message>
        <source>Duplicate the selected objects</source>
        <translation>Duplicate the selected objects</translation>
    </message>
    <message numerus="yes">
        <source>%n locked object(s) not deleted</source>
        <translation>
            <numerusform>%n locked object not deleted</numerusform>
            <numerusform>%n locked objects not deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n object(s)</source>
        <translation>
            <numerusform>Delete %n object</numerusform>
            <numerusform>Delete %n objects</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 copy</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n object(s)</source>
        <translation>
            <numerusform>Duplicate %n object</numerusform>
            <numerusform>Duplicate %n objects</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot duplicate: %1</source>
        <translation>Cannot duplicate: %1</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n object(s)</source>
        <translation>
            <numerusform>Copied %n object</numerusform>
            <numerusform>Copied %n objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut %n object(s)</source>
        <translation>
            <numerusform>Cut %n object</numerusform>
            <numerusform>Cut %n objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n object(s)</source>
        <translation>
            <numerusform>Paste %n object</numerusform>
            <numerusform>Paste %n objects</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot paste: %1</source>
        <translation>Cannot paste: %1</translation>
    </message>
</context>
<context>
    <name>pz::EditVerticesTool</name>
    <message>
        <source>&amp;Edit Vertices</source>
        <translation>&amp;Edit Vertices</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>Move Vertex</source>
        <translation>Move Vertex</translation>
    </message>
    <message>
        <source>Insert Vertex</source>
        <translation>Insert Vertex</translation>
    </message>
    <message>
        <source>A polygon needs at least 3 vertices</source>
        <translation>A polygon needs at least 3 vertices</translation>
    </message>
    <message>
        <source>Delete Vertex</source>
        <translation>Delete Vertex</translation>
    </message>
    <message>
        <source>The object is locked</source>
        <translation>The object is locked</translation>
    </message>
    <message>
        <source>Area %1 (Esc cancels)</source>
        <translation>Area %1 (Esc cancels)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Move, insert and delete the corners of the selected object or of the site boundary (E)</source>
        <translation>Move, insert and delete the corners of the selected object or of the site boundary (E)</translation>
    </message>
    <message>
        <source>Drag a corner to move it, double-click an edge to add one, Delete removes the picked corner; click the site boundary to edit it</source>
        <translation>Drag a corner to move it, double-click an edge to add one, Delete removes the picked corner; click the site boundary to edit it</translation>
    </message>
    <message>
        <source>Editing the site boundary: drag a corner, double-click an edge to add one, Delete removes the picked corner</source>
        <translation>Editing the site boundary: drag a corner, double-click an edge to add one, Delete removes the picked corner</translation>
    </message>
    <message>
        <source>Move Site Boundary Vertex</source>
        <translation>Move Site Boundary Vertex</translation>
    </message>
    <message>
        <source>Insert Site Boundary Vertex</source>
        <translation>Insert Site Boundary Vertex</translation>
    </message>
    <message>
        <source>Delete Site Boundary Vertex</source>
        <translation>Delete Site Boundary Vertex</translation>
    </message>
</context>
<context>
    <name>pz::EnergySection</name>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>PV generation</source>
        <translation>PV generation</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Consumption</translation>
    </message>
    <message>
        <source>Grid import</source>
        <translation>Grid import</translation>
    </message>
    <message>
        <source>Grid export</source>
        <translation>Grid export</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Battery</translation>
    </message>
    <message>
        <source>The park has no battery storage.</source>
        <translation>The park has no battery storage.</translation>
    </message>
    <message>
        <source>Usable capacity</source>
        <translation>Usable capacity</translation>
    </message>
    <message>
        <source>Energy through the battery per year</source>
        <translation>Energy through the battery per year</translation>
    </message>
    <message>
        <source>Battery losses per year</source>
        <translation>Battery losses per year</translation>
    </message>
    <message>
        <source>Curtailed generation</source>
        <translation>Curtailed generation</translation>
    </message>
    <message>
        <source>State of charge in week %1, the week in which the battery delivers the most energy:</source>
        <translation>State of charge in week %1, the week in which the battery delivers the most energy:</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energy</translation>
    </message>
    <message>
        <source>Monthly generation and consumption</source>
        <translation>Monthly generation and consumption</translation>
    </message>
    <message>
        <source>Average day in %1</source>
        <translation>Average day in %1</translation>
    </message>
    <message>
        <source>Generation (PV, wind, direct lines)</source>
        <translation>Generation (PV, wind, direct lines)</translation>
    </message>
</context>
<context>
    <name>pz::FormBuilder</name>
    <message>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <source>The selected objects have different values</source>
        <translation>The selected objects have different values</translation>
    </message>
</context>
<context>
    <name>pz::GridFactor</name>
    <message>
        <source>National average</source>
        <translation>National average</translation>
    </message>
    <message>
        <source>National average excl. market-traded non-fossil power</source>
        <translation>National average excl. market-traded non-fossil power</translation>
    </message>
    <message>
        <source>National fossil-fuel power</source>
        <translation>National fossil-fuel power</translation>
    </message>
    <message>
        <source>ETS power-sector reporting parameter (national grid)</source>
        <translation>ETS power-sector reporting parameter (national grid)</translation>
    </message>
    <message>
        <source>North China grid</source>
        <translation>North China grid</translation>
    </message>
    <message>
        <source>Northeast grid</source>
        <translation>Northeast grid</translation>
    </message>
    <message>
        <source>East China grid</source>
        <translation>East China grid</translation>
    </message>
    <message>
        <source>Central China grid</source>
        <translation>Central China grid</translation>
    </message>
    <message>
        <source>Northwest grid</source>
        <translation>Northwest grid</translation>
    </message>
    <message>
        <source>South grid</source>
        <translation>South grid</translation>
    </message>
    <message>
        <source>Southwest grid</source>
        <translation>Southwest grid</translation>
    </message>
    <message>
        <source>Inner Mongolia</source>
        <translation>Inner Mongolia</translation>
    </message>
    <message>
        <source>Hebei</source>
        <translation>Hebei</translation>
    </message>
    <message>
        <source>Shanxi</source>
        <translation>Shanxi</translation>
    </message>
    <message>
        <source>Tianjin</source>
        <translation>Tianjin</translation>
    </message>
    <message>
        <source>Anhui</source>
        <translation>Anhui</translation>
    </message>
    <message>
        <source>Ningxia</source>
        <translation>Ningxia</translation>
    </message>
    <message>
        <source>Shandong</source>
        <translation>Shandong</translation>
    </message>
    <message>
        <source>Shaanxi</source>
        <translation>Shaanxi</translation>
    </message>
    <message>
        <source>Xinjiang</source>
        <translation>Xinjiang</translation>
    </message>
    <message>
        <source>Henan</source>
        <translation>Henan</translation>
    </message>
    <message>
        <source>Jiangsu</source>
        <translation>Jiangsu</translation>
    </message>
    <message>
        <source>Shanghai</source>
        <translation>Shanghai</translation>
    </message>
    <message>
        <source>Jiangxi</source>
        <translation>Jiangxi</translation>
    </message>
    <message>
        <source>Liaoning</source>
        <translation>Liaoning</translation>
    </message>
    <message>
        <source>Beijing</source>
        <translation>Beijing</translation>
    </message>
    <message>
        <source>Heilongjiang</source>
        <translation>Heilongjiang</translation>
    </message>
    <message>
        <source>Chongqing</source>
        <translation>Chongqing</translation>
    </message>
    <message>
        <source>Zhejiang</source>
        <translation>Zhejiang</translation>
    </message>
    <message>
        <source>Guizhou</source>
        <translation>Guizhou</translation>
    </message>
    <message>
        <source>Jilin</source>
        <translation>Jilin</translation>
    </message>
    <message>
        <source>Hunan</source>
        <translation>Hunan</translation>
    </message>
    <message>
        <source>Gansu</source>
        <translation>Gansu</translation>
    </message>
    <message>
        <source>Guangdong</source>
        <translation>Guangdong</translation>
    </message>
    <message>
        <source>Hubei</source>
        <translation>Hubei</translation>
    </message>
    <message>
        <source>Hainan</source>
        <translation>Hainan</translation>
    </message>
    <message>
        <source>Fujian</source>
        <translation>Fujian</translation>
    </message>
    <message>
        <source>Guangxi</source>
        <translation>Guangxi</translation>
    </message>
    <message>
        <source>Qinghai</source>
        <translation>Qinghai</translation>
    </message>
    <message>
        <source>Sichuan</source>
        <translation>Sichuan</translation>
    </message>
    <message>
        <source>Yunnan</source>
        <translation>Yunnan</translation>
    </message>
    <message>
        <source>World average (IEA)</source>
        <translation>World average (IEA)</translation>
    </message>
    <message>
        <source>World average, life-cycle (Ember)</source>
        <translation>World average, life-cycle (Ember)</translation>
    </message>
    <message>
        <source>USA total-output average (EPA eGRID2023)</source>
        <translation>USA total-output average (EPA eGRID2023)</translation>
    </message>
    <message>
        <source>EU-27 generation GHG intensity (EEA)</source>
        <translation>EU-27 generation GHG intensity (EEA)</translation>
    </message>
    <message>
        <source>EU-28 generation CO2 intensity (EEA)</source>
        <translation>EU-28 generation CO2 intensity (EEA)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>pz::HeatSection</name>
    <message>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Standard coal</source>
        <translation>Standard coal</translation>
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
        <translation>Electricity</translation>
    </message>
    <message>
        <source>Natural gas</source>
        <translation>Natural gas</translation>
    </message>
    <message>
        <source>Raw coal</source>
        <translation>Raw coal</translation>
    </message>
    <message>
        <source>Purchased heat</source>
        <translation>Purchased heat</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>Supply</translation>
    </message>
    <message>
        <source>Heat</source>
        <translation>Heat</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Peak</translation>
    </message>
    <message>
        <source>Alone (tCO₂/tce)</source>
        <translation>Alone (tCO₂/tce)</translation>
    </message>
    <message>
        <source>Alone</source>
        <translation>Alone</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>passes</translation>
    </message>
    <message>
        <source>fails</source>
        <translation>fails</translation>
    </message>
    <message>
        <source>Heat and fuels</source>
        <translation>Heat and fuels</translation>
    </message>
    <message>
        <source>Heat demand %1 a year; heat pumps and electric boilers use %2 of electricity, part of the consumption. Over all carriers the park uses %3 tce and emits %4 a year.</source>
        <translation>Heat demand %1 a year; heat pumps and electric boilers use %2 of electricity, part of the consumption. Over all carriers the park uses %3 tce and emits %4 a year.</translation>
    </message>
    <message>
        <source>Indicator over all carriers: %1 with the calorific equivalent (0.1229 kgce/kWh), %2 with the coal-consumption method (0.3055 kgce/kWh); the verdict uses %3 kgce/kWh. Clean-energy share %4, renewable share %5.</source>
        <translation>Indicator over all carriers: %1 with the calorific equivalent (0.1229 kgce/kWh), %2 with the coal-consumption method (0.3055 kgce/kWh); the verdict uses %3 kgce/kWh. Clean-energy share %4, renewable share %5.</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Buildings</translation>
    </message>
    <message>
        <source>Each building on its own: its load and heat against its own roof PV, no battery, no green power.</source>
        <translation>Each building on its own: its load and heat against its own roof PV, no battery, no green power.</translation>
    </message>
</context>
<context>
    <name>pz::ImportDialog</name>
    <message>
        <source>Buildings</source>
        <translation>Buildings</translation>
    </message>
    <message>
        <source>PV fields</source>
        <translation>PV fields</translation>
    </message>
    <message>
        <source>Green space</source>
        <translation>Green space</translation>
    </message>
    <message>
        <source>Site boundary</source>
        <translation>Site boundary</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>%1 (%2): choose what each layer becomes.</source>
        <translation>%1 (%2): choose what each layer becomes.</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Features</translation>
    </message>
    <message>
        <source>Geometry</source>
        <translation>Geometry</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coordinates</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Import as</translation>
    </message>
    <message>
        <source>Filter (OGR SQL)</source>
        <translation>Filter (OGR SQL)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>none (drawing units)</source>
        <translation>none (drawing units)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>Attribute value</source>
        <translation>Attribute value</translation>
    </message>
    <message>
        <source>Use type</source>
        <translation>Use type</translation>
    </message>
    <message>
        <source>Add value</source>
        <translation>Add value</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attributes</translation>
    </message>
    <message>
        <source>Height (m above ground):</source>
        <translation>Height (m above ground):</translation>
    </message>
    <message>
        <source>Storeys:</source>
        <translation>Storeys:</translation>
    </message>
    <message>
        <source>Storey height:</source>
        <translation>Storey height:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Use type:</source>
        <translation>Use type:</translation>
    </message>
    <message>
        <source>Use type by value
(on top of the built-in keys):</source>
        <translation>Use type by value
(on top of the built-in keys):</translation>
    </message>
    <message>
        <source>From the file (%1 m per unit)</source>
        <translation>From the file (%1 m per unit)</translation>
    </message>
    <message>
        <source>From the file, else metres</source>
        <translation>From the file, else metres</translation>
    </message>
    <message>
        <source>Millimetres</source>
        <translation>Millimetres</translation>
    </message>
    <message>
        <source>Centimetres</source>
        <translation>Centimetres</translation>
    </message>
    <message>
        <source>Metres</source>
        <translation>Metres</translation>
    </message>
    <message>
        <source> °</source>
        <translation> °</translation>
    </message>
    <message>
        <source>from the file</source>
        <translation>from the file</translation>
    </message>
    <message>
        <source>from the file (%1)</source>
        <translation>from the file (%1)</translation>
    </message>
    <message>
        <source>the file&apos;s own, e.g. EPSG:4547</source>
        <translation>the file&apos;s own, e.g. EPSG:4547</translation>
    </message>
    <message>
        <source>Assign a CRS:</source>
        <translation>Assign a CRS:</translation>
    </message>
    <message>
        <source>Drawing units (no CRS):</source>
        <translation>Drawing units (no CRS):</translation>
    </message>
    <message>
        <source>Rotation (counter-clockwise):</source>
        <translation>Rotation (counter-clockwise):</translation>
    </message>
    <message>
        <source>Offset east:</source>
        <translation>Offset east:</translation>
    </message>
    <message>
        <source>Offset north:</source>
        <translation>Offset north:</translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation>Text encoding:</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>Nothing can be imported: %1</source>
        <translation>Nothing can be imported: %1</translation>
    </message>
    <message>
        <source>%1 imported (%2 of them repaired), %3 skipped.</source>
        <translation>%1 imported (%2 of them repaired), %3 skipped.</translation>
    </message>
</context>
<context>
    <name>pz::LiveResults</name>
    <message>
        <source>No PV colouring</source>
        <translation>No PV colouring</translation>
    </message>
    <message>
        <source>Colour PV by specific yield</source>
        <translation>Colour PV by specific yield</translation>
    </message>
    <message>
        <source>Colour PV by shading loss</source>
        <translation>Colour PV by shading loss</translation>
    </message>
    <message>
        <source>Specific yield (kWh/kWp)</source>
        <translation>Specific yield (kWh/kWp)</translation>
    </message>
    <message>
        <source>Shading loss (%)</source>
        <translation>Shading loss (%)</translation>
    </message>
    <message>
        <source>%1 · %2 m · floor area %3 m²</source>
        <translation>%1 · %2 m · floor area %3 m²</translation>
    </message>
    <message>
        <source>PV %1 kWp · %2 MWh/yr · %3 kWh/kWp · shading loss %4 %</source>
        <translation>PV %1 kWp · %2 MWh/yr · %3 kWh/kWp · shading loss %4 %</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Updating…</translation>
    </message>
    <message>
        <source>Wake loss (%)</source>
        <translation>Wake loss (%)</translation>
    </message>
    <message>
        <source>%1 kW · %2 MWh/yr · capacity factor %3 % · wake loss %4 %</source>
        <translation>%1 kW · %2 MWh/yr · capacity factor %3 % · wake loss %4 %</translation>
    </message>
    <message>
        <source>Colour buildings by heat demand</source>
        <translation>Colour buildings by heat demand</translation>
    </message>
    <message>
        <source>Heat demand (kWh/m²·yr)</source>
        <translation>Heat demand (kWh/m²·yr)</translation>
    </message>
</context>
<context>
    <name>pz::MainWindow</name>
    <message>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objects</translation>
    </message>
    <message>
        <source>&lt;opened project&gt;</source>
        <translation>&lt;opened project&gt;</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Undo History</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Properties</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>Start a new, empty park</source>
        <translation>Start a new, empty park</translation>
    </message>
    <message>
        <source>New &amp;Window</source>
        <translation>New &amp;Window</translation>
    </message>
    <message>
        <source>Open another window with a new, empty park</source>
        <translation>Open another window with a new, empty park</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open a ParkZero project</source>
        <translation>Open a ParkZero project</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Save the project</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>Save the project under a new name</source>
        <translation>Save the project under a new name</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Close all windows and quit</source>
        <translation>Close all windows and quit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;About ParkZero</source>
        <translation>&amp;About ParkZero</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>Open &amp;Example Park</source>
        <translation>Open &amp;Example Park</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panels</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Main Tool Bar</source>
        <translation>Main Tool Bar</translation>
    </message>
    <message>
        <source>E %1 m   N %2 m</source>
        <translation>E %1 m   N %2 m</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>%1[*] — ParkZero</source>
        <translation>%1[*] — ParkZero</translation>
    </message>
    <message>
        <source>New park</source>
        <translation>New park</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Open Project</translation>
    </message>
    <message>
        <source>ParkZero projects (*.parkzero);;All files (*)</source>
        <translation>ParkZero projects (*.parkzero);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot Open Project</source>
        <translation>Cannot Open Project</translation>
    </message>
    <message>
        <source>“%1” could not be opened. The park open in this window is unchanged.</source>
        <translation>“%1” could not be opened. The park open in this window is unchanged.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <source>The example park could not be read: %1</source>
        <translation>The example park could not be read: %1</translation>
    </message>
    <message>
        <source>Ordos demo park</source>
        <translation>Ordos demo park</translation>
    </message>
    <message>
        <source>This is an example park. Use File › Save As… to keep your changes.</source>
        <translation>This is an example park. Use File › Save As… to keep your changes.</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Save Project As</translation>
    </message>
    <message>
        <source>ParkZero projects (*.parkzero)</source>
        <translation>ParkZero projects (*.parkzero)</translation>
    </message>
    <message>
        <source>Cannot Save Project</source>
        <translation>Cannot Save Project</translation>
    </message>
    <message>
        <source>The project could not be saved:
%1

Your changes are still open in this window.</source>
        <translation>The project could not be saved:
%1

Your changes are still open in this window.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Unsaved Changes</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved.</source>
        <translation>“%1” has changes that are not saved.</translation>
    </message>
    <message>
        <source>Do you want to save them?</source>
        <translation>Do you want to save them?</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>Cannot Restore</translation>
    </message>
    <message>
        <source>The recovered work could not be read.</source>
        <translation>The recovered work could not be read.</translation>
    </message>
    <message>
        <source>Recovered park</source>
        <translation>Recovered park</translation>
    </message>
    <message>
        <source>Restored unsaved work from %1</source>
        <translation>Restored unsaved work from %1</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Recover Unsaved Work</translation>
    </message>
    <message>
        <source>ParkZero did not close normally. Unsaved changes to “%1” from %2 were kept.</source>
        <translation>ParkZero did not close normally. Unsaved changes to “%1” from %2 were kept.</translation>
    </message>
    <message>
        <source>Restore them? If you discard them, they are deleted.</source>
        <translation>Restore them? If you discard them, they are deleted.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Ask Again Later</source>
        <translation>Ask Again Later</translation>
    </message>
    <message>
        <source>Sun Study</source>
        <translation>Sun Study</translation>
    </message>
    <message>
        <source>&amp;Export Map…</source>
        <translation>&amp;Export Map…</translation>
    </message>
    <message>
        <source>Save the site plan as shown, with its colouring and legend, as a PNG or SVG</source>
        <translation>Save the site plan as shown, with its colouring and legend, as a PNG or SVG</translation>
    </message>
    <message>
        <source>%1 site plan</source>
        <translation>%1 site plan</translation>
    </message>
    <message>
        <source>Export Map</source>
        <translation>Export Map</translation>
    </message>
    <message>
        <source>%1× (%2 × %3 px)</source>
        <extracomment>Export scale choice: factor, then the image size in pixels</extracomment>
        <translation>%1× (%2 × %3 px)</translation>
    </message>
    <message>
        <source>Image scale (2× or 3× stays crisp on slides and print):</source>
        <translation>Image scale (2× or 3× stays crisp on slides and print):</translation>
    </message>
    <message>
        <source>Exported the map to %1</source>
        <translation>Exported the map to %1</translation>
    </message>
    <message>
        <source>&amp;Import Site Plan…</source>
        <translation>&amp;Import Site Plan…</translation>
    </message>
    <message>
        <source>Add buildings, PV fields, green space or the site boundary from a GeoJSON, Shapefile, DXF, KML, GeoPackage, FlatGeobuf or OpenStreetMap file</source>
        <translation>Add buildings, PV fields, green space or the site boundary from a GeoJSON, Shapefile, DXF, KML, GeoPackage, FlatGeobuf or OpenStreetMap file</translation>
    </message>
    <message>
        <source>Export &amp;GeoJSON…</source>
        <translation>Export &amp;GeoJSON…</translation>
    </message>
    <message>
        <source>Save every object with its properties and results as GeoJSON, for QGIS and other GIS</source>
        <translation>Save every object with its properties and results as GeoJSON, for QGIS and other GIS</translation>
    </message>
    <message>
        <source>Site plans (*.geojson *.json *.shp *.dxf *.kml *.gpkg *.fgb *.osm);;All files (*)</source>
        <translation>Site plans (*.geojson *.json *.shp *.dxf *.kml *.gpkg *.fgb *.osm);;All files (*)</translation>
    </message>
    <message>
        <source>Import Site Plan</source>
        <translation>Import Site Plan</translation>
    </message>
    <message>
        <source>Imported %1 objects from %2 (%3 repaired, %4 skipped)</source>
        <translation>Imported %1 objects from %2 (%3 repaired, %4 skipped)</translation>
    </message>
    <message>
        <source>Export GeoJSON</source>
        <translation>Export GeoJSON</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json)</source>
        <translation>GeoJSON (*.geojson *.json)</translation>
    </message>
    <message>
        <source>Longitude and latitude (WGS84, for GIS)</source>
        <translation>Longitude and latitude (WGS84, for GIS)</translation>
    </message>
    <message>
        <source>Plan metres east and north of the site origin</source>
        <translation>Plan metres east and north of the site origin</translation>
    </message>
    <message>
        <source>Coordinates:</source>
        <translation>Coordinates:</translation>
    </message>
    <message>
        <source>%1: cannot be exported: %2</source>
        <translation>%1: cannot be exported: %2</translation>
    </message>
    <message>
        <source>Cursor position: metres east (E) and north (N) of the site origin, and longitude and latitude (CGCS2000/WGS84)</source>
        <translation>Cursor position: metres east (E) and north (N) of the site origin, and longitude and latitude (CGCS2000/WGS84)</translation>
    </message>
    <message>
        <source>%1° E</source>
        <translation>%1° E</translation>
    </message>
    <message>
        <source>%1° W</source>
        <translation>%1° W</translation>
    </message>
    <message>
        <source>%1° N</source>
        <translation>%1° N</translation>
    </message>
    <message>
        <source>%1° S</source>
        <translation>%1° S</translation>
    </message>
    <message>
        <source>Map &amp;Colouring</source>
        <translation>Map &amp;Colouring</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>Export &amp;Report…</translation>
    </message>
    <message>
        <source>Write the client report (PDF): verdict, figures, plan, charts, assumptions</source>
        <translation>Write the client report (PDF): verdict, figures, plan, charts, assumptions</translation>
    </message>
    <message>
        <source>Exported the report to %1</source>
        <translation>Exported the report to %1</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Export Report</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Costs</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>&amp;Optimise…</source>
        <translation>&amp;Optimise…</translation>
    </message>
    <message>
        <source>Find the least-cost PV, wind, battery and green power that make the park zero-carbon</source>
        <translation>Find the least-cost PV, wind, battery and green power that make the park zero-carbon</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimizer</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>Supply</translation>
    </message>
    <message>
        <source>Import &amp;Background…</source>
        <translation>Import &amp;Background…</translation>
    </message>
    <message>
        <source>Put a GeoTIFF, a scanned masterplan or an aerial photo under the site plan</source>
        <translation>Put a GeoTIFF, a scanned masterplan or an aerial photo under the site plan</translation>
    </message>
    <message>
        <source>Backgrounds</source>
        <translation>Backgrounds</translation>
    </message>
    <message>
        <source>Images (*.tif *.tiff *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Images (*.tif *.tiff *.png *.jpg *.jpeg);;All files (*)</translation>
    </message>
    <message>
        <source>Import Background</source>
        <translation>Import Background</translation>
    </message>
    <message>
        <source>Imported the background %1</source>
        <translation>Imported the background %1</translation>
    </message>
</context>
<context>
    <name>pz::MapExporter</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG drawing (*.svg)</translation>
    </message>
    <message>
        <source>Site plan</source>
        <translation>Site plan</translation>
    </message>
    <message>
        <source>Site plan exported from ParkZero</source>
        <translation>Site plan exported from ParkZero</translation>
    </message>
    <message>
        <source>Cannot export the map to “%1”: %2</source>
        <translation>Cannot export the map to “%1”: %2</translation>
    </message>
    <message>
        <source>unknown file type (use .png or .svg)</source>
        <translation>unknown file type (use .png or .svg)</translation>
    </message>
    <message>
        <source>the image is too large</source>
        <translation>the image is too large</translation>
    </message>
    <message>
        <source>the PNG could not be encoded</source>
        <translation>the PNG could not be encoded</translation>
    </message>
</context>
<context>
    <name>pz::MapScene</name>
    <message>
        <source>Background image not shown: %1</source>
        <translation>Background image not shown: %1</translation>
    </message>
</context>
<context>
    <name>pz::MapView</name>
    <message>
        <source>Zoom to &amp;Fit Site</source>
        <translation>Zoom to &amp;Fit Site</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Show the whole site</source>
        <translation>Show the whole site</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>Zoom to &amp;Selection</translation>
    </message>
    <message>
        <source>Shift+F</source>
        <translation>Shift+F</translation>
    </message>
    <message>
        <source>Show &amp;Grid</source>
        <translation>Show &amp;Grid</translation>
    </message>
    <message>
        <source>S&amp;nap to Grid</source>
        <translation>S&amp;nap to Grid</translation>
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
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Snap points to the grid</source>
        <translation>Snap points to the grid</translation>
    </message>
    <message>
        <source>Show the grid</source>
        <translation>Show the grid</translation>
    </message>
    <message>
        <source>Show the selected objects</source>
        <translation>Show the selected objects</translation>
    </message>
</context>
<context>
    <name>pz::MatchingHeatMapChart</name>
    <message>
        <source>Hour of day (local standard time)</source>
        <translation>Hour of day (local standard time)</translation>
    </message>
    <message>
        <source>Consumption met on site (%)</source>
        <translation>Consumption met on site (%)</translation>
    </message>
    <message>
        <source>%1, %2:00–%3:00</source>
        <translation>%1, %2:00–%3:00</translation>
    </message>
    <message>
        <source>%1
No consumption</source>
        <translation>%1
No consumption</translation>
    </message>
    <message>
        <source>%1
%2 of consumption met by on-site PV and battery</source>
        <translation>%1
%2 of consumption met by on-site PV and battery</translation>
    </message>
    <message>
        <source>Hourly matching</source>
        <translation>Hourly matching</translation>
    </message>
    <message>
        <source>%1
%2 of consumption met by own generation and the battery</source>
        <translation>%1
%2 of consumption met by own generation and the battery</translation>
    </message>
    <message>
        <source>
  %1: %2 (average)</source>
        <translation>
  %1: %2 (average)</translation>
    </message>
</context>
<context>
    <name>pz::MatchingSection</name>
    <message>
        <source>Hourly matching</source>
        <translation>Hourly matching</translation>
    </message>
    <message>
        <source>Share of consumption met on site (PV used directly and battery discharge) for each month and hour of the day. The 24/7 carbon-free energy score of the year is %1.</source>
        <translation>Share of consumption met on site (PV used directly and battery discharge) for each month and hour of the day. The 24/7 carbon-free energy score of the year is %1.</translation>
    </message>
</context>
<context>
    <name>pz::MeasureTool</name>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Measure</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Measure distances and areas (M)</source>
        <translation>Measure distances and areas (M)</translation>
    </message>
    <message>
        <source>Click points to measure; Enter or double-click ends, Esc clears</source>
        <translation>Click points to measure; Enter or double-click ends, Esc clears</translation>
    </message>
    <message>
        <source>Distance %1 · enclosed area %2</source>
        <translation>Distance %1 · enclosed area %2</translation>
    </message>
    <message>
        <source>Distance %1</source>
        <translation>Distance %1</translation>
    </message>
</context>
<context>
    <name>pz::MonthlyEnergyChart</name>
    <message>
        <source>Consumption</source>
        <translation>Consumption</translation>
    </message>
    <message>
        <source>Energy (%1)</source>
        <translation>Energy (%1)</translation>
    </message>
    <message>
        <source>Monthly energy</source>
        <translation>Monthly energy</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Generation</translation>
    </message>
    <message>
        <source>%1
Generation: %2</source>
        <translation>%1
Generation: %2</translation>
    </message>
    <message>
        <source>
  %1: %2</source>
        <translation>
  %1: %2</translation>
    </message>
    <message>
        <source>
Consumption: %1
Generation covers %2 of consumption</source>
        <translation>
Consumption: %1
Generation covers %2 of consumption</translation>
    </message>
</context>
<context>
    <name>pz::MonthlyHeatChart</name>
    <message>
        <source>Heat demand</source>
        <translation>Heat demand</translation>
    </message>
    <message>
        <source>Heat (%1 thermal)</source>
        <translation>Heat (%1 thermal)</translation>
    </message>
    <message>
        <source>%1
Heat demand: %2 thermal</source>
        <translation>%1
Heat demand: %2 thermal</translation>
    </message>
    <message>
        <source>Heat</source>
        <translation>Heat</translation>
    </message>
</context>
<context>
    <name>pz::ObjectsPanel</name>
    <message>
        <source>Buildings</source>
        <translation>Buildings</translation>
    </message>
    <message>
        <source>PV fields</source>
        <translation>PV fields</translation>
    </message>
    <message>
        <source>Battery storage</source>
        <translation>Battery storage</translation>
    </message>
    <message>
        <source>Green space</source>
        <translation>Green space</translation>
    </message>
    <message>
        <source>Filter by name…</source>
        <translation>Filter by name…</translation>
    </message>
    <message>
        <source>Show only the objects whose name contains this text</source>
        <translation>Show only the objects whose name contains this text</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Visible</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Hidden objects are not drawn on the map</source>
        <translation>Hidden objects are not drawn on the map</translation>
    </message>
    <message>
        <source>Locked objects cannot be selected or moved on the map</source>
        <translation>Locked objects cannot be selected or moved on the map</translation>
    </message>
    <message>
        <source>(unnamed %1)</source>
        <translation>(unnamed %1)</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Show %1</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>Hide %1</translation>
    </message>
    <message>
        <source>Lock %1</source>
        <translation>Lock %1</translation>
    </message>
    <message>
        <source>Unlock %1</source>
        <translation>Unlock %1</translation>
    </message>
    <message>
        <source>Wind turbines</source>
        <translation>Wind turbines</translation>
    </message>
</context>
<context>
    <name>pz::OptimizerCandidates</name>
    <message>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Placed</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Largest</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Candidate: sized from 0 to its largest size. Keep: its placed size is a lower bound. Fixed: its placed size is built as it is. Excluded: not built.</source>
        <translation>Candidate: sized from 0 to its largest size. Keep: its placed size is a lower bound. Fixed: its placed size is built as it is. Excluded: not built.</translation>
    </message>
    <message>
        <source>%1 kWp</source>
        <translation>%1 kWp</translation>
    </message>
    <message>
        <source>PV</source>
        <translation>PV</translation>
    </message>
    <message>
        <source>Wind</source>
        <translation>Wind</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Battery</translation>
    </message>
    <message>
        <source>as drawn</source>
        <translation>as drawn</translation>
    </message>
    <message>
        <source>%1 (roof)</source>
        <translation>%1 (roof)</translation>
    </message>
    <message>
        <source>%1 kWh, %2 kW</source>
        <translation>%1 kWh, %2 kW</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(no group)</translation>
    </message>
    <message numerus="yes">
        <source>%n turbine(s)</source>
        <translation>
            <numerusform>%n turbine</numerusform>
            <numerusform>%n turbines</numerusform>
        </translation>
    </message>
    <message>
        <source>Change optimizer role</source>
        <translation>Change optimizer role</translation>
    </message>
</context>
<context>
    <name>pz::OptimizerPanel</name>
    <message>
        <source>Run the optimizer to see the least-cost design here.</source>
        <translation>Run the optimizer to see the least-cost design here.</translation>
    </message>
    <message>
        <source>Cancelled; the park is unchanged.</source>
        <translation>Cancelled; the park is unchanged.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Find the least-cost sizes that make the park zero-carbon, in the background</source>
        <translation>Find the least-cost sizes that make the park zero-carbon, in the background</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Apply as Scenario</source>
        <translation>Apply as Scenario</translation>
    </message>
    <message>
        <source>Write the optimum into a new scenario, a copy of the one optimised</source>
        <translation>Write the optimum into a new scenario, a copy of the one optimised</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Not applied: %1</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation>Threshold:</translation>
    </message>
    <message>
        <source>The carbon intensity the park must not exceed (the site&apos;s threshold)</source>
        <translation>The carbon intensity the park must not exceed (the site&apos;s threshold)</translation>
    </message>
    <message>
        <source> tCO2/tce</source>
        <translation> tCO2/tce</translation>
    </message>
    <message>
        <source>Clean-share floor:</source>
        <translation>Clean-share floor:</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>The least share of clean energy in the consumption. Off: no floor</source>
        <translation>The least share of clean energy in the consumption. Off: no floor</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Green power cap:</source>
        <translation>Green power cap:</translation>
    </message>
    <message>
        <source>The most green power that can be bought per year. Off: no cap</source>
        <translation>The most green power that can be bought per year. Off: no cap</translation>
    </message>
    <message>
        <source> MWh/yr</source>
        <translation> MWh/yr</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Battery</translation>
    </message>
    <message>
        <source>Largest energy:</source>
        <translation>Largest energy:</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>The largest battery energy. Default: 10 × the mean daily consumption; 0: no battery</source>
        <translation>The largest battery energy. Default: 10 × the mean daily consumption; 0: no battery</translation>
    </message>
    <message>
        <source> kWh</source>
        <translation> kWh</translation>
    </message>
    <message>
        <source>Largest power:</source>
        <translation>Largest power:</translation>
    </message>
    <message>
        <source>The largest battery power. Default: the largest energy over one hour</source>
        <translation>The largest battery power. Default: the largest energy over one hour</translation>
    </message>
    <message>
        <source> kW</source>
        <translation> kW</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Keep placed objects</source>
        <translation>Keep placed objects</translation>
    </message>
    <message>
        <source>The placed PV, turbines and battery are lower bounds for every object</source>
        <translation>The placed PV, turbines and battery are lower bounds for every object</translation>
    </message>
    <message>
        <source>Whole turbines</source>
        <translation>Whole turbines</translation>
    </message>
    <message>
        <source>Turbine counts are whole numbers (a slower solve)</source>
        <translation>Turbine counts are whole numbers (a slower solve)</translation>
    </message>
    <message>
        <source>Exact LP</source>
        <translation>Exact LP</translation>
    </message>
    <message>
        <source>Solve the LP exactly as exported, with the simplex (slower; otherwise an equivalent form)</source>
        <translation>Solve the LP exactly as exported, with the simplex (slower; otherwise an equivalent form)</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Costs</translation>
    </message>
    <message>
        <source>Edit Costs…</source>
        <translation>Edit Costs…</translation>
    </message>
    <message>
        <source>The optimizer uses the costs of the Costs panel</source>
        <translation>The optimizer uses the costs of the Costs panel</translation>
    </message>
    <message>
        <source>From the Costs panel: PV %1 (ground) / %2 (roof) CNY/kWp, wind %3 CNY/kW, battery %4 CNY/kWh + %5 CNY/kW; %6 % over %7 years.</source>
        <translation>From the Costs panel: PV %1 (ground) / %2 (roof) CNY/kWp, wind %3 CNY/kW, battery %4 CNY/kWh + %5 CNY/kW; %6 % over %7 years.</translation>
    </message>
    <message>
        <source>Waiting for the simulation of the current park…</source>
        <translation>Waiting for the simulation of the current park…</translation>
    </message>
    <message>
        <source>Least cost to %1</source>
        <translation>Least cost to %1</translation>
    </message>
    <message>
        <source>The optimum cannot be applied: %1</source>
        <translation>The optimum cannot be applied: %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Preparing the problem… %1</source>
        <translation>Preparing the problem… %1</translation>
    </message>
    <message>
        <source>Solving… %1</source>
        <translation>Solving… %1</translation>
    </message>
    <message>
        <source>Reading the result… %1</source>
        <translation>Reading the result… %1</translation>
    </message>
    <message>
        <source>Finished in %1.</source>
        <translation>Finished in %1.</translation>
    </message>
</context>
<context>
    <name>pz::OptimizerRun</name>
    <message>
        <source>Cannot create a temporary folder for the optimizer: %1</source>
        <translation>Cannot create a temporary folder for the optimizer: %1</translation>
    </message>
    <message>
        <source>The park at area-derived peak power could not be simulated: %1</source>
        <translation>The park at area-derived peak power could not be simulated: %1</translation>
    </message>
    <message>
        <source>The problem cannot be solved:
%1</source>
        <translation>The problem cannot be solved:
%1</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>Cannot start %1: %2</translation>
    </message>
    <message>
        <source>The optimizer stopped (exit code %1) without a result:
%2</source>
        <translation>The optimizer stopped (exit code %1) without a result:
%2</translation>
    </message>
    <message>
        <source>The optimizer&apos;s result cannot be read: %1</source>
        <translation>The optimizer&apos;s result cannot be read: %1</translation>
    </message>
</context>
<context>
    <name>pz::ParkDocument</name>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message numerus="yes">
        <source>Add %n objects</source>
        <translation>
            <numerusform>Add %n object</numerusform>
            <numerusform>Add %n objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n object(s)</source>
        <translation>
            <numerusform>Delete %n object</numerusform>
            <numerusform>Delete %n objects</numerusform>
        </translation>
    </message>
    <message>
        <source>object %1: no such object</source>
        <translation>object %1: no such object</translation>
    </message>
    <message>
        <source>object %1: the kind of an object cannot change</source>
        <translation>object %1: the kind of an object cannot change</translation>
    </message>
    <message>
        <source>A scenario needs a name.</source>
        <translation>A scenario needs a name.</translation>
    </message>
    <message>
        <source>A scenario name has at most 200 characters.</source>
        <translation>A scenario name has at most 200 characters.</translation>
    </message>
    <message>
        <source>Another scenario is already called &quot;%1&quot;.</source>
        <translation>Another scenario is already called &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 copy</translation>
    </message>
    <message>
        <source>New scenario &quot;%1&quot;</source>
        <translation>New scenario &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Delete scenario &quot;%1&quot;</source>
        <translation>Delete scenario &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No scenario has the id &quot;%1&quot;.</source>
        <translation>No scenario has the id &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Rename scenario &quot;%1&quot;</source>
        <translation>Rename scenario &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Edit note of scenario &quot;%1&quot;</source>
        <translation>Edit note of scenario &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Move scenario &quot;%1&quot;</source>
        <translation>Move scenario &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Switch to scenario &quot;%1&quot;</source>
        <translation>Switch to scenario &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>site: %1</source>
        <translation>site: %1</translation>
    </message>
</context>
<context>
    <name>pz::PeriodGridWidget</name>
    <message>
        <source>no period</source>
        <translation>no period</translation>
    </message>
    <message>
        <source>%1, %2:00–%3:00: %4</source>
        <translation>%1, %2:00–%3:00: %4</translation>
    </message>
</context>
<context>
    <name>pz::PlaceStorageTool</name>
    <message>
        <source>S&amp;torage</source>
        <translation>S&amp;torage</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Place a battery container (T)</source>
        <translation>Place a battery container (T)</translation>
    </message>
    <message>
        <source>Place Storage</source>
        <translation>Place Storage</translation>
    </message>
    <message>
        <source>Cannot place the container: %1</source>
        <translation>Cannot place the container: %1</translation>
    </message>
    <message>
        <source>Click to place a battery container at %1°; R turns it by 90°, R and a typed angle + Enter sets the angle</source>
        <extracomment>%1: the container&apos;s angle in degrees</extracomment>
        <translation>Click to place a battery container at %1°; R turns it by 90°, R and a typed angle + Enter sets the angle</translation>
    </message>
    <message>
        <source>Container at %1°: type an exact angle (counter-clockwise from east), Enter applies, Esc cancels, R turns by 90°</source>
        <translation>Container at %1°: type an exact angle (counter-clockwise from east), Enter applies, Esc cancels, R turns by 90°</translation>
    </message>
    <message>
        <source>Angle: %1° (type to set)</source>
        <extracomment>Typed angle of the next battery container</extracomment>
        <translation>Angle: %1° (type to set)</translation>
    </message>
    <message>
        <source>Angle: %1°</source>
        <translation>Angle: %1°</translation>
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
        <translation>&amp;Wind turbine</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Place Wind Turbine</source>
        <translation>Place Wind Turbine</translation>
    </message>
    <message>
        <source>Cannot place the turbine: %1</source>
        <translation>Cannot place the turbine: %1</translation>
    </message>
    <message>
        <source>Cannot place the turbines: %1</source>
        <translation>Cannot place the turbines: %1</translation>
    </message>
    <message>
        <source>%1 D</source>
        <extracomment>The spacing ring around the next turbine: rotor diameters</extracomment>
        <translation>%1 D</translation>
    </message>
    <message>
        <source>Place wind turbines (W): click for one, Shift+click for a grid</source>
        <translation>Place wind turbines (W): click for one, Shift+click for a grid</translation>
    </message>
    <message>
        <source>Click to place a wind turbine; Shift+click places %1 × %2 turbines, %3 D apart in a row at %5° from east and %4 D between rows (R turns the rows by 90°)</source>
        <extracomment>%1 rows, %2 turbines per row, %3 and %4 rotor diameters, %5 degrees</extracomment>
        <translation>Click to place a wind turbine; Shift+click places %1 × %2 turbines, %3 D apart in a row at %5° from east and %4 D between rows (R turns the rows by 90°)</translation>
    </message>
    <message>
        <source>Place Wind Turbines</source>
        <translation>Place Wind Turbines</translation>
    </message>
    <message>
        <source>%1 D, wind from %2°</source>
        <extracomment>The spacing ring: %1 rotor diameters along the prevailing wind, %2 degrees it comes from</extracomment>
        <translation>%1 D, wind from %2°</translation>
    </message>
</context>
<context>
    <name>pz::PlanSection</name>
    <message>
        <source>Site plan</source>
        <translation>Site plan</translation>
    </message>
    <message>
        <source>PV areas are coloured by their specific yield (kWh/kWp); the scale bar and the north arrow refer to the plan.</source>
        <translation>PV areas are coloured by their specific yield (kWh/kWp); the scale bar and the north arrow refer to the plan.</translation>
    </message>
</context>
<context>
    <name>pz::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>User interface</source>
        <translation>User interface</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>A change of language takes effect when ParkZero is started again.</source>
        <translation>A change of language takes effect when ParkZero is started again.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>While a project has unsaved changes, a recovery copy is written this often. After a crash ParkZero offers to restore it.</source>
        <translation>While a project has unsaved changes, a recovery copy is written this often. After a crash ParkZero offers to restore it.</translation>
    </message>
    <message>
        <source>Recovery copy every:</source>
        <translation>Recovery copy every:</translation>
    </message>
    <message>
        <source>Client report</source>
        <translation>Client report</translation>
    </message>
    <message>
        <source>Shown on the cover of reports</source>
        <translation>Shown on the cover of reports</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Company:</translation>
    </message>
    <message>
        <source>PNG, JPEG or SVG (SVG stays sharp)</source>
        <translation>PNG, JPEG or SVG (SVG stays sharp)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Company Logo</source>
        <translation>Company Logo</translation>
    </message>
    <message>
        <source>Images (*.svg *.png *.jpg *.jpeg)</source>
        <translation>Images (*.svg *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
</context>
<context>
    <name>pz::Project</name>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
</context>
<context>
    <name>pz::PropertiesPanel</name>
    <message>
        <source>Not applied: %1</source>
        <translation>Not applied: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n objects of different kinds are selected.
Select objects of one kind to edit the parameters they share.</source>
        <translation>
            <numerusform>%n objects of different kinds are selected.
Select objects of one kind to edit the parameters they share.</numerusform>
            <numerusform>%n objects of different kinds are selected.
Select objects of one kind to edit the parameters they share.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an object on the map or in the object list to edit its parameters.</source>
        <translation>Select an object on the map or in the object list to edit its parameters.</translation>
    </message>
    <message numerus="yes">
        <source>%n objects</source>
        <translation>
            <numerusform>%n object</numerusform>
            <numerusform>%n objects</numerusform>
        </translation>
    </message>
    <message>
        <source>No selection</source>
        <translation>No selection</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n selected</source>
        <translation>
            <numerusform>%1: %n selected</numerusform>
            <numerusform>%1: %n selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>The building&apos;s name in lists and reports</source>
        <translation>The building&apos;s name in lists and reports</translation>
    </message>
    <message>
        <source>Use:</source>
        <translation>Use:</translation>
    </message>
    <message>
        <source>What the building is used for: sets its load intensity, hourly load shape and embodied carbon</source>
        <translation>What the building is used for: sets its load intensity, hourly load shape and embodied carbon</translation>
    </message>
    <message>
        <source>Structure:</source>
        <translation>Structure:</translation>
    </message>
    <message>
        <source>Load-bearing structure: sets the embodied carbon per m²</source>
        <translation>Load-bearing structure: sets the embodied carbon per m²</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Height:</translation>
    </message>
    <message>
        <source>Height of the roof above the ground; used for shading</source>
        <translation>Height of the roof above the ground; used for shading</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>Floors:</source>
        <translation>Floors:</translation>
    </message>
    <message>
        <source>Number of storeys: floor area = footprint × floors</source>
        <translation>Number of storeys: floor area = footprint × floors</translation>
    </message>
    <message>
        <source>Footprint:</source>
        <translation>Footprint:</translation>
    </message>
    <message>
        <source>Area of the footprint polygon</source>
        <translation>Area of the footprint polygon</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 m²</translation>
    </message>
    <message>
        <source>Floor area:</source>
        <translation>Floor area:</translation>
    </message>
    <message>
        <source>Footprint area × floors</source>
        <translation>Footprint area × floors</translation>
    </message>
    <message>
        <source>Annual load:</source>
        <translation>Annual load:</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>Electricity use per year. Unset: floor area × the use type&apos;s intensity</source>
        <translation>Electricity use per year. Unset: floor area × the use type&apos;s intensity</translation>
    </message>
    <message>
        <source> MWh</source>
        <translation> MWh</translation>
    </message>
    <message>
        <source>from use type</source>
        <translation>from use type</translation>
    </message>
    <message>
        <source>Rooftop PV</source>
        <translation>Rooftop PV</translation>
    </message>
    <message>
        <source>PV on the roof</source>
        <translation>PV on the roof</translation>
    </message>
    <message>
        <source>Cover the usable roof area with PV modules</source>
        <translation>Cover the usable roof area with PV modules</translation>
    </message>
    <message>
        <source>Usable roof:</source>
        <translation>Usable roof:</translation>
    </message>
    <message>
        <source>Share of the roof left after the setback that takes modules (skylights, HVAC and walkways excluded)</source>
        <translation>Share of the roof left after the setback that takes modules (skylights, HVAC and walkways excluded)</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Setback:</source>
        <translation>Setback:</translation>
    </message>
    <message>
        <source>Fire and access clearance along the roof edge</source>
        <translation>Fire and access clearance along the roof edge</translation>
    </message>
    <message>
        <source>Tilt:</source>
        <translation>Tilt:</translation>
    </message>
    <message>
        <source>Module tilt from horizontal</source>
        <translation>Module tilt from horizontal</translation>
    </message>
    <message>
        <source> °</source>
        <translation> °</translation>
    </message>
    <message>
        <source>Azimuth:</source>
        <translation>Azimuth:</translation>
    </message>
    <message>
        <source>Direction the modules face, clockwise from north (180° = south)</source>
        <translation>Direction the modules face, clockwise from north (180° = south)</translation>
    </message>
    <message>
        <source>Ground coverage:</source>
        <translation>Ground coverage:</translation>
    </message>
    <message>
        <source>Row slant height / row pitch (GCR); 0 = flush, not in rows</source>
        <translation>Row slant height / row pitch (GCR); 0 = flush, not in rows</translation>
    </message>
    <message>
        <source>Module power:</source>
        <translation>Module power:</translation>
    </message>
    <message>
        <source>Module power per module area at STC</source>
        <translation>Module power per module area at STC</translation>
    </message>
    <message>
        <source> W/m²</source>
        <translation> W/m²</translation>
    </message>
    <message>
        <source>Mounting:</source>
        <translation>Mounting:</translation>
    </message>
    <message>
        <source>How the modules are mounted: sets the cell temperature model</source>
        <translation>How the modules are mounted: sets the cell temperature model</translation>
    </message>
    <message>
        <source>Process loads</source>
        <translation>Process loads</translation>
    </message>
    <message>
        <source>Electrolyser:</source>
        <translation>Electrolyser:</translation>
    </message>
    <message>
        <source>Rated electrical input of a hydrogen electrolyser in the building</source>
        <translation>Rated electrical input of a hydrogen electrolyser in the building</translation>
    </message>
    <message>
        <source> MW</source>
        <translation> MW</translation>
    </message>
    <message>
        <source>Specific use:</source>
        <translation>Specific use:</translation>
    </message>
    <message>
        <source>Electricity per kilogram of hydrogen</source>
        <translation>Electricity per kilogram of hydrogen</translation>
    </message>
    <message>
        <source> kWh/kg</source>
        <translation> kWh/kg</translation>
    </message>
    <message>
        <source>Operation:</source>
        <translation>Operation:</translation>
    </message>
    <message>
        <source>Constant load, or run on the park&apos;s PV surplus</source>
        <translation>Constant load, or run on the park&apos;s PV surplus</translation>
    </message>
    <message>
        <source>EV charging:</source>
        <translation>EV charging:</translation>
    </message>
    <message>
        <source>Energy charged into vehicles per day</source>
        <translation>Energy charged into vehicles per day</translation>
    </message>
    <message>
        <source> kWh/day</source>
        <translation> kWh/day</translation>
    </message>
    <message>
        <source>Charging from:</source>
        <translation>Charging from:</translation>
    </message>
    <message>
        <source>Start of the daily charging window (local time)</source>
        <translation>Start of the daily charging window (local time)</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Charging until:</source>
        <translation>Charging until:</translation>
    </message>
    <message>
        <source>End of the daily charging window (local time)</source>
        <translation>End of the daily charging window (local time)</translation>
    </message>
    <message>
        <source>PV field</source>
        <translation>PV field</translation>
    </message>
    <message>
        <source>The field&apos;s name in lists and reports</source>
        <translation>The field&apos;s name in lists and reports</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>Area:</translation>
    </message>
    <message>
        <source>Area of the field polygon</source>
        <translation>Area of the field polygon</translation>
    </message>
    <message>
        <source>%1 ha</source>
        <translation>%1 ha</translation>
    </message>
    <message>
        <source>Peak power:</source>
        <translation>Peak power:</translation>
    </message>
    <message>
        <source>Nameplate DC power. Unset: area × ground coverage × module power</source>
        <translation>Nameplate DC power. Unset: area × ground coverage × module power</translation>
    </message>
    <message>
        <source> kWp</source>
        <translation> kWp</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Row slant height / row pitch (GCR); 0 = not laid in rows</source>
        <translation>Row slant height / row pitch (GCR); 0 = not laid in rows</translation>
    </message>
    <message>
        <source>Row depth:</source>
        <translation>Row depth:</translation>
    </message>
    <message>
        <source>Slant height of one row of modules</source>
        <translation>Slant height of one row of modules</translation>
    </message>
    <message>
        <source>Electrical</source>
        <translation>Electrical</translation>
    </message>
    <message>
        <source>System losses:</source>
        <translation>System losses:</translation>
    </message>
    <message>
        <source>Soiling, wiring, mismatch, availability… (PVWatts losses)</source>
        <translation>Soiling, wiring, mismatch, availability… (PVWatts losses)</translation>
    </message>
    <message>
        <source>DC/AC ratio:</source>
        <translation>DC/AC ratio:</translation>
    </message>
    <message>
        <source>Array DC power / inverter AC rating; above 1 the inverter clips</source>
        <translation>Array DC power / inverter AC rating; above 1 the inverter clips</translation>
    </message>
    <message>
        <source>Inverter efficiency:</source>
        <translation>Inverter efficiency:</translation>
    </message>
    <message>
        <source>Nominal inverter efficiency</source>
        <translation>Nominal inverter efficiency</translation>
    </message>
    <message>
        <source>Temperature coeff.:</source>
        <translation>Temperature coeff.:</translation>
    </message>
    <message>
        <source>Change of module power per °C of cell temperature (γ)</source>
        <translation>Change of module power per °C of cell temperature (γ)</translation>
    </message>
    <message>
        <source> %/°C</source>
        <translation> %/°C</translation>
    </message>
    <message>
        <source>Albedo:</source>
        <translation>Albedo:</translation>
    </message>
    <message>
        <source>Ground reflectance (0.2 grass/soil, 0.6+ fresh snow)</source>
        <translation>Ground reflectance (0.2 grass/soil, 0.6+ fresh snow)</translation>
    </message>
    <message>
        <source>How the modules are mounted: sets the SAPM temperature coefficients</source>
        <translation>How the modules are mounted: sets the SAPM temperature coefficients</translation>
    </message>
    <message>
        <source>Cell temperature:</source>
        <translation>Cell temperature:</translation>
    </message>
    <message>
        <source>Cell temperature model</source>
        <translation>Cell temperature model</translation>
    </message>
    <message>
        <source>Faiman U₀:</source>
        <translation>Faiman U₀:</translation>
    </message>
    <message>
        <source>Faiman constant heat-loss factor (used with the Faiman model)</source>
        <translation>Faiman constant heat-loss factor (used with the Faiman model)</translation>
    </message>
    <message>
        <source> W/m²K</source>
        <translation> W/m²K</translation>
    </message>
    <message>
        <source>Faiman U₁:</source>
        <translation>Faiman U₁:</translation>
    </message>
    <message>
        <source>Faiman wind heat-loss factor (used with the Faiman model)</source>
        <translation>Faiman wind heat-loss factor (used with the Faiman model)</translation>
    </message>
    <message>
        <source> W·s/m³K</source>
        <translation> W·s/m³K</translation>
    </message>
    <message>
        <source>Battery storage</source>
        <translation>Battery storage</translation>
    </message>
    <message>
        <source>The store&apos;s name in lists and reports</source>
        <translation>The store&apos;s name in lists and reports</translation>
    </message>
    <message>
        <source>Chemistry:</source>
        <translation>Chemistry:</translation>
    </message>
    <message>
        <source>Cell chemistry: sets the embodied carbon per kWh</source>
        <translation>Cell chemistry: sets the embodied carbon per kWh</translation>
    </message>
    <message>
        <source>Energy:</source>
        <translation>Energy:</translation>
    </message>
    <message>
        <source>Usable nameplate energy capacity</source>
        <translation>Usable nameplate energy capacity</translation>
    </message>
    <message>
        <source> kWh</source>
        <translation> kWh</translation>
    </message>
    <message>
        <source>Power:</source>
        <translation>Power:</translation>
    </message>
    <message>
        <source>Maximum charge and discharge power</source>
        <translation>Maximum charge and discharge power</translation>
    </message>
    <message>
        <source> kW</source>
        <translation> kW</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Duration:</translation>
    </message>
    <message>
        <source>Energy / power</source>
        <translation>Energy / power</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Round-trip efficiency:</source>
        <translation>Round-trip efficiency:</translation>
    </message>
    <message>
        <source>Energy out / energy in over a full cycle</source>
        <translation>Energy out / energy in over a full cycle</translation>
    </message>
    <message>
        <source>Minimum charge:</source>
        <translation>Minimum charge:</translation>
    </message>
    <message>
        <source>Lowest state of charge the battery is operated at</source>
        <translation>Lowest state of charge the battery is operated at</translation>
    </message>
    <message>
        <source>Maximum charge:</source>
        <translation>Maximum charge:</translation>
    </message>
    <message>
        <source>Highest state of charge the battery is operated at</source>
        <translation>Highest state of charge the battery is operated at</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Length:</translation>
    </message>
    <message>
        <source>Length of the footprint (a 40 ft container is 12.2 m)</source>
        <translation>Length of the footprint (a 40 ft container is 12.2 m)</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Width:</translation>
    </message>
    <message>
        <source>Width of the footprint</source>
        <translation>Width of the footprint</translation>
    </message>
    <message>
        <source>Height of the containers; used for shading</source>
        <translation>Height of the containers; used for shading</translation>
    </message>
    <message>
        <source>Rotation:</source>
        <translation>Rotation:</translation>
    </message>
    <message>
        <source>Rotation of the footprint, counter-clockwise from east</source>
        <translation>Rotation of the footprint, counter-clockwise from east</translation>
    </message>
    <message>
        <source>Green space</source>
        <translation>Green space</translation>
    </message>
    <message>
        <source>The area&apos;s name in lists and reports</source>
        <translation>The area&apos;s name in lists and reports</translation>
    </message>
    <message>
        <source>Area of the polygon</source>
        <translation>Area of the polygon</translation>
    </message>
    <message>
        <source>Carbon sink:</source>
        <translation>Carbon sink:</translation>
    </message>
    <message>
        <source>CO₂ taken up per hectare and year. Unset: the site&apos;s default sink rate</source>
        <translation>CO₂ taken up per hectare and year. Unset: the site&apos;s default sink rate</translation>
    </message>
    <message>
        <source> t/ha·yr</source>
        <translation> t/ha·yr</translation>
    </message>
    <message>
        <source>Wind turbine</source>
        <translation>Wind turbine</translation>
    </message>
    <message>
        <source>The turbine&apos;s name in lists and reports</source>
        <translation>The turbine&apos;s name in lists and reports</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <source>The wind group the turbine&apos;s results are summed in</source>
        <translation>The wind group the turbine&apos;s results are summed in</translation>
    </message>
    <message>
        <source>Turbine type:</source>
        <translation>Turbine type:</translation>
    </message>
    <message>
        <source>A built-in type (IEA-3.4-130-RWT, NREL-5MW-RWT, NREL-2020ATB-5.5MW-175) or a turbine CSV file relative to the project</source>
        <translation>A built-in type (IEA-3.4-130-RWT, NREL-5MW-RWT, NREL-2020ATB-5.5MW-175) or a turbine CSV file relative to the project</translation>
    </message>
    <message>
        <source>Hub height:</source>
        <translation>Hub height:</translation>
    </message>
    <message>
        <source>Height of the rotor&apos;s centre above the ground</source>
        <translation>Height of the rotor&apos;s centre above the ground</translation>
    </message>
    <message>
        <source>Tower base:</source>
        <translation>Tower base:</translation>
    </message>
    <message>
        <source>Diameter of the tower at its base: the turbine&apos;s obstacle in the sun study</source>
        <translation>Diameter of the tower at its base: the turbine&apos;s obstacle in the sun study</translation>
    </message>
    <message>
        <source>Heat</source>
        <translation>Heat</translation>
    </message>
    <message>
        <source>Heat supply:</source>
        <translation>Heat supply:</translation>
    </message>
    <message>
        <source>What serves space heat, hot water and process heat. Heat pumps and electric boilers add to the electric load; none = heated outside the model</source>
        <translation>What serves space heat, hot water and process heat. Heat pumps and electric boilers add to the electric load; none = heated outside the model</translation>
    </message>
    <message>
        <source>Emitters:</source>
        <translation>Emitters:</translation>
    </message>
    <message>
        <source>Space-heating emitters: set a heat pump&apos;s supply temperature</source>
        <translation>Space-heating emitters: set a heat pump&apos;s supply temperature</translation>
    </message>
    <message>
        <source>Efficiency:</source>
        <translation>Efficiency:</translation>
    </message>
    <message>
        <source>Heat delivered per unit of fuel or purchased heat (lower heating value). Unset: the supply&apos;s default; heat pumps use their hourly COP instead</source>
        <translation>Heat delivered per unit of fuel or purchased heat (lower heating value). Unset: the supply&apos;s default; heat pumps use their hourly COP instead</translation>
    </message>
    <message>
        <source>Heat loss:</source>
        <translation>Heat loss:</translation>
    </message>
    <message>
        <source>Heat-loss coefficient per m² of floor area. Unset: the use type&apos;s default</source>
        <translation>Heat-loss coefficient per m² of floor area. Unset: the use type&apos;s default</translation>
    </message>
    <message>
        <source>Balance temperature:</source>
        <translation>Balance temperature:</translation>
    </message>
    <message>
        <source>Outdoor temperature below which the building needs space heat. Unset: the use type&apos;s default</source>
        <translation>Outdoor temperature below which the building needs space heat. Unset: the use type&apos;s default</translation>
    </message>
    <message>
        <source> °C</source>
        <translation> °C</translation>
    </message>
    <message>
        <source>Hot water:</source>
        <translation>Hot water:</translation>
    </message>
    <message>
        <source>Hot-water demand per m² of floor area and year. Unset: the use type&apos;s default</source>
        <translation>Hot-water demand per m² of floor area and year. Unset: the use type&apos;s default</translation>
    </message>
    <message>
        <source> kWh/m²·yr</source>
        <translation> kWh/m²·yr</translation>
    </message>
    <message>
        <source>Process heat:</source>
        <translation>Process heat:</translation>
    </message>
    <message>
        <source>Process heat per year, spread over the use type&apos;s working hours</source>
        <translation>Process heat per year, spread over the use type&apos;s working hours</translation>
    </message>
    <message>
        <source> MWh/yr</source>
        <translation> MWh/yr</translation>
    </message>
    <message>
        <source>Space heating</source>
        <translation>Space heating</translation>
    </message>
    <message>
        <source>Heat the building in the heating season</source>
        <translation>Heat the building in the heating season</translation>
    </message>
    <message>
        <source>What the optimizer may do with it: size it freely (candidate), keep at least what is placed (keep), build exactly what is placed (fixed) or leave it out (excluded)</source>
        <translation>What the optimizer may do with it: size it freely (candidate), keep at least what is placed (keep), build exactly what is placed (fixed) or leave it out (excluded)</translation>
    </message>
    <message>
        <source>Optimizer role:</source>
        <translation>Optimizer role:</translation>
    </message>
    <message>
        <source>Optimizer maximum:</source>
        <translation>Optimizer maximum:</translation>
    </message>
    <message>
        <source>The most PV the optimizer may put on this roof. Unset: the roof&apos;s peak power as drawn</source>
        <translation>The most PV the optimizer may put on this roof. Unset: the roof&apos;s peak power as drawn</translation>
    </message>
    <message>
        <source>as drawn</source>
        <translation>as drawn</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimizer</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Maximum:</source>
        <translation>Maximum:</translation>
    </message>
    <message>
        <source>The most kWp the optimizer may build on this field. Unset: the area-derived peak power (area × ground coverage × module power)</source>
        <translation>The most kWp the optimizer may build on this field. Unset: the area-derived peak power (area × ground coverage × module power)</translation>
    </message>
    <message>
        <source>area-derived</source>
        <translation>area-derived</translation>
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
        <translation>Rooftop</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Ground</translation>
    </message>
    <message>
        <source>Share of the AC energy lost to shade from other park objects</source>
        <translation>Share of the AC energy lost to shade from other park objects</translation>
    </message>
    <message>
        <source>Annual AC energy per kWp installed</source>
        <translation>Annual AC energy per kWp installed</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>kWp</source>
        <translation>kWp</translation>
    </message>
    <message>
        <source>Annual (kWh)</source>
        <translation>Annual (kWh)</translation>
    </message>
    <message>
        <source>kWh/kWp</source>
        <translation>kWh/kWp</translation>
    </message>
    <message>
        <source>Shading loss (%)</source>
        <translation>Shading loss (%)</translation>
    </message>
</context>
<context>
    <name>pz::PvObjectsSection</name>
    <message>
        <source>PV by object</source>
        <translation>PV by object</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>kWp</source>
        <translation>kWp</translation>
    </message>
    <message>
        <source>Annual energy</source>
        <translation>Annual energy</translation>
    </message>
    <message>
        <source>Specific yield (kWh/kWp)</source>
        <translation>Specific yield (kWh/kWp)</translation>
    </message>
    <message>
        <source>Performance ratio</source>
        <translation>Performance ratio</translation>
    </message>
    <message>
        <source>Shading loss</source>
        <translation>Shading loss</translation>
    </message>
    <message>
        <source>ground</source>
        <translation>ground</translation>
    </message>
    <message>
        <source>rooftop</source>
        <translation>rooftop</translation>
    </message>
    <message>
        <source>The park has no PV.</source>
        <translation>The park has no PV.</translation>
    </message>
</context>
<context>
    <name>pz::ReportBuilder</name>
    <message>
        <source>unknown section &quot;%1&quot; (known: %2)</source>
        <translation>unknown section &quot;%1&quot; (known: %2)</translation>
    </message>
    <message>
        <source>no section given (known: %1)</source>
        <translation>no section given (known: %1)</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
    <message>
        <source>%1 — zero-carbon park report</source>
        <translation>%1 — zero-carbon park report</translation>
    </message>
    <message>
        <source>ParkZero report · %1</source>
        <translation>ParkZero report · %1</translation>
    </message>
    <message>
        <source>%1: cannot start the PDF</source>
        <translation>%1: cannot start the PDF</translation>
    </message>
    <message>
        <source>%1: the PDF could not be completed</source>
        <translation>%1: the PDF could not be completed</translation>
    </message>
</context>
<context>
    <name>pz::ReportCharts</name>
    <message>
        <source>Hour of day (local standard time)</source>
        <translation>Hour of day (local standard time)</translation>
    </message>
</context>
<context>
    <name>pz::ReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Export Report</translation>
    </message>
    <message>
        <source>Report language:</source>
        <translation>Report language:</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>Sections:</translation>
    </message>
    <message>
        <source>As in the park</source>
        <translation>As in the park</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>By name</translation>
    </message>
    <message>
        <source>By kWp, largest first</source>
        <translation>By kWp, largest first</translation>
    </message>
    <message>
        <source>By annual energy, largest first</source>
        <translation>By annual energy, largest first</translation>
    </message>
    <message>
        <source>By specific yield, highest first</source>
        <translation>By specific yield, highest first</translation>
    </message>
    <message>
        <source>By shading loss, highest first</source>
        <translation>By shading loss, highest first</translation>
    </message>
    <message>
        <source>PV table order:</source>
        <translation>PV table order:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>The scenario the report describes; the active one unless you choose another.</source>
        <translation>The scenario the report describes; the active one unless you choose another.</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Scenario:</translation>
    </message>
    <message>
        <source>The scenarios the comparison section sets beside the report&apos;s scenario.</source>
        <translation>The scenarios the comparison section sets beside the report&apos;s scenario.</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>Compare with:</translation>
    </message>
</context>
<context>
    <name>pz::ReportDocument</name>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>pz::ReportExporter</name>
    <message>
        <source>%1 report</source>
        <translation>%1 report</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Export Report</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Simulating the park…</source>
        <translation>Simulating the park…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The park could not be simulated: %1</source>
        <translation>The park could not be simulated: %1</translation>
    </message>
    <message>
        <source>Writing the report (%1 of %2)…</source>
        <translation>Writing the report (%1 of %2)…</translation>
    </message>
    <message>
        <source>Scenario “%1” could not be simulated: %2</source>
        <translation>Scenario “%1” could not be simulated: %2</translation>
    </message>
</context>
<context>
    <name>pz::ReportScenarios</name>
    <message>
        <source>no scenario is called &quot;%1&quot; (scenarios: %2)</source>
        <translation>no scenario is called &quot;%1&quot; (scenarios: %2)</translation>
    </message>
</context>
<context>
    <name>pz::ResultChart</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Save this chart as an image or document</source>
        <translation>Save this chart as an image or document</translation>
    </message>
    <message>
        <source>PNG image…</source>
        <translation>PNG image…</translation>
    </message>
    <message>
        <source>PDF document…</source>
        <translation>PDF document…</translation>
    </message>
    <message>
        <source>SVG drawing…</source>
        <translation>SVG drawing…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <source>Export as PNG image…</source>
        <translation>Export as PNG image…</translation>
    </message>
    <message>
        <source>Export as PDF document…</source>
        <translation>Export as PDF document…</translation>
    </message>
    <message>
        <source>Export as SVG drawing…</source>
        <translation>Export as SVG drawing…</translation>
    </message>
</context>
<context>
    <name>pz::ResultsPanel</name>
    <message>
        <source>Export hourly CSV…</source>
        <translation>Export hourly CSV…</translation>
    </message>
    <message>
        <source>Save the 8760 hourly values of this result as a CSV table</source>
        <translation>Save the 8760 hourly values of this result as a CSV table</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unknown error</translation>
    </message>
    <message>
        <source>No results yet.</source>
        <translation>No results yet.</translation>
    </message>
    <message>
        <source>● Results are up to date.</source>
        <translation>● Results are up to date.</translation>
    </message>
    <message>
        <source>◌ Computing…</source>
        <translation>◌ Computing…</translation>
    </message>
    <message>
        <source>◌ Computing… the figures below are from the previous run.</source>
        <translation>◌ Computing… the figures below are from the previous run.</translation>
    </message>
    <message>
        <source>○ Out of date: the park changed since these results.</source>
        <translation>○ Out of date: the park changed since these results.</translation>
    </message>
    <message>
        <source>✘ The calculation failed.</source>
        <translation>✘ The calculation failed.</translation>
    </message>
    <message>
        <source>✘ The calculation failed; the figures below are from the last successful run.</source>
        <translation>✘ The calculation failed; the figures below are from the last successful run.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Change since the previous result</source>
        <translation>Change since the previous result</translation>
    </message>
    <message>
        <source>PV generation</source>
        <translation>PV generation</translation>
    </message>
    <message>
        <source>Rooftop %1 · ground %2</source>
        <translation>Rooftop %1 · ground %2</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Consumption</translation>
    </message>
    <message>
        <source>Self-sufficiency</source>
        <translation>Self-sufficiency</translation>
    </message>
    <message>
        <source>Self-consumption %1</source>
        <translation>Self-consumption %1</translation>
    </message>
    <message>
        <source>Grid import</source>
        <translation>Grid import</translation>
    </message>
    <message>
        <source>Grid export</source>
        <translation>Grid export</translation>
    </message>
    <message>
        <source>Curtailed %1</source>
        <translation>Curtailed %1</translation>
    </message>
    <message>
        <source>Net emissions, operational</source>
        <translation>Net emissions, operational</translation>
    </message>
    <message>
        <source>per year, market-based</source>
        <translation>per year, market-based</translation>
    </message>
    <message>
        <source>Net emissions with embodied</source>
        <translation>Net emissions with embodied</translation>
    </message>
    <message>
        <source>per year, incl. %1 embodied</source>
        <translation>per year, incl. %1 embodied</translation>
    </message>
    <message>
        <source>24/7 CFE score</source>
        <translation>24/7 CFE score</translation>
    </message>
    <message>
        <source>Hourly matched clean supply</source>
        <translation>Hourly matched clean supply</translation>
    </message>
    <message>
        <source>Carbon intensity</source>
        <translation>Carbon intensity</translation>
    </message>
    <message>
        <source>Threshold ≤ %1</source>
        <translation>Threshold ≤ %1</translation>
    </message>
    <message>
        <source>✔ Zero-carbon: meets the threshold</source>
        <translation>✔ Zero-carbon: meets the threshold</translation>
    </message>
    <message>
        <source>✘ Not zero-carbon: above the threshold</source>
        <translation>✘ Not zero-carbon: above the threshold</translation>
    </message>
    <message>
        <source>There are no results to export.</source>
        <translation>There are no results to export.</translation>
    </message>
    <message>
        <source>Export hourly results</source>
        <translation>Export hourly results</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV table (*.csv)</translation>
    </message>
    <message>
        <source>◐ Preview of the change under way: release to apply it, Esc to cancel.</source>
        <translation>◐ Preview of the change under way: release to apply it, Esc to cancel.</translation>
    </message>
    <message>
        <source>Rooftop PV %1 · ground PV %2 · wind %3 · off-site %4 · self-use %5 of available</source>
        <translation>Rooftop PV %1 · ground PV %2 · wind %3 · off-site %4 · self-use %5 of available</translation>
    </message>
    <message>
        <source>Own generation</source>
        <translation>Own generation</translation>
    </message>
    <message>
        <source>%1 %2 against BAU (%3)</source>
        <translation>%1 %2 against BAU (%3)</translation>
    </message>
    <message>
        <source>Lifecycle cost %1 · BAU %2</source>
        <translation>Lifecycle cost %1 · BAU %2</translation>
    </message>
    <message>
        <source>Discounted: %1</source>
        <translation>Discounted: %1</translation>
    </message>
    <message numerus="yes">
        <source>not within %n year(s)</source>
        <translation>
            <numerusform>not within %n year</numerusform>
            <numerusform>not within %n years</numerusform>
        </translation>
    </message>
    <message>
        <source>Annual energy bill</source>
        <translation>Annual energy bill</translation>
    </message>
    <message>
        <source>NPV against BAU</source>
        <translation>NPV against BAU</translation>
    </message>
    <message>
        <source>LCOE</source>
        <translation>LCOE</translation>
    </message>
    <message>
        <source>no on-site generation</source>
        <translation>no on-site generation</translation>
    </message>
    <message>
        <source>of on-site generation, discounted</source>
        <translation>of on-site generation, discounted</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Payback</translation>
    </message>
    <message>
        <source>PV objects</source>
        <translation>PV objects</translation>
    </message>
    <message>
        <source>Wind turbines</source>
        <translation>Wind turbines</translation>
    </message>
</context>
<context>
    <name>pz::ScenarioComparisonText</name>
    <message>
        <source>Rooftop PV generation</source>
        <translation>Rooftop PV generation</translation>
    </message>
    <message>
        <source>Ground PV generation</source>
        <translation>Ground PV generation</translation>
    </message>
    <message>
        <source>On-site wind generation</source>
        <translation>On-site wind generation</translation>
    </message>
    <message>
        <source>Off-site plants, delivered</source>
        <translation>Off-site plants, delivered</translation>
    </message>
    <message>
        <source>Generation, total</source>
        <translation>Generation, total</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Consumption</translation>
    </message>
    <message>
        <source>Self-sufficiency</source>
        <translation>Self-sufficiency</translation>
    </message>
    <message>
        <source>Clean-energy share</source>
        <translation>Clean-energy share</translation>
    </message>
    <message>
        <source>Carbon-free energy (CFE)</source>
        <translation>Carbon-free energy (CFE)</translation>
    </message>
    <message>
        <source>Core indicator</source>
        <translation>Core indicator</translation>
    </message>
    <message>
        <source>Zero-carbon verdict</source>
        <translation>Zero-carbon verdict</translation>
    </message>
    <message>
        <source>Net emissions, operational</source>
        <translation>Net emissions, operational</translation>
    </message>
    <message>
        <source>Net emissions with embodied</source>
        <translation>Net emissions with embodied</translation>
    </message>
    <message>
        <source>Grid import</source>
        <translation>Grid import</translation>
    </message>
    <message>
        <source>Grid export</source>
        <translation>Grid export</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investment</translation>
    </message>
    <message>
        <source>Energy bill, year 1</source>
        <translation>Energy bill, year 1</translation>
    </message>
    <message>
        <source>Net present value</source>
        <translation>Net present value</translation>
    </message>
    <message>
        <source>Levelised cost of on-site generation</source>
        <translation>Levelised cost of on-site generation</translation>
    </message>
    <message>
        <source>Simple payback</source>
        <translation>Simple payback</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>pass</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>fail</translation>
    </message>
</context>
<context>
    <name>pz::ScenarioDiffView</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>an object&apos;s name and its kind, e.g. &quot;South field (PV array)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>From the first scenario to the second</source>
        <translation>From the first scenario to the second</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Removed (dashed)</source>
        <translation>Removed (dashed)</translation>
    </message>
    <message>
        <source>The project has one scenario: there is nothing to compare.</source>
        <translation>The project has one scenario: there is nothing to compare.</translation>
    </message>
    <message>
        <source>Choose two different scenarios.</source>
        <translation>Choose two different scenarios.</translation>
    </message>
    <message>
        <source>The two scenarios have the same objects and site.</source>
        <translation>The two scenarios have the same objects and site.</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed</source>
        <translation>%1 added, %2 removed, %3 changed</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Added: %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Changed: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Removed: %1</translation>
    </message>
    <message>
        <source>Site settings differ (location, weather, grid, carbon or costs)</source>
        <translation>Site settings differ (location, weather, grid, carbon or costs)</translation>
    </message>
</context>
<context>
    <name>pz::ScenariosPanel</name>
    <message>
        <source>Active:</source>
        <translation>Active:</translation>
    </message>
    <message>
        <source>The scenario shown on the map and in the results</source>
        <translation>The scenario shown on the map and in the results</translation>
    </message>
    <message>
        <source>Click a scenario to switch to it</source>
        <translation>Click a scenario to switch to it</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>New scenario: a copy of the active one</source>
        <translation>New scenario: a copy of the active one</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Rename the active scenario</source>
        <translation>Rename the active scenario</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the active scenario (not the last one)</source>
        <translation>Delete the active scenario (not the last one)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Move the active scenario up</source>
        <translation>Move the active scenario up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Move the active scenario down</source>
        <translation>Move the active scenario down</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>What this scenario changes, assumptions, open questions</source>
        <translation>What this scenario changes, assumptions, open questions</translation>
    </message>
    <message>
        <source>Cannot Rename Scenario</source>
        <translation>Cannot Rename Scenario</translation>
    </message>
</context>
<context>
    <name>pz::SelectTool</name>
    <message>
        <source>&amp;Select</source>
        <translation>&amp;Select</translation>
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
        <translation>Select, move and rotate objects (V)</translation>
    </message>
    <message>
        <source>Locked objects cannot be moved</source>
        <translation>Locked objects cannot be moved</translation>
    </message>
    <message>
        <source>Move by %1 east, %2 north (Esc cancels)</source>
        <translation>Move by %1 east, %2 north (Esc cancels)</translation>
    </message>
    <message numerus="yes">
        <source>Move %n object(s)</source>
        <translation>
            <numerusform>Move %n object</numerusform>
            <numerusform>Move %n objects</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot move: %1</source>
        <translation>Cannot move: %1</translation>
    </message>
    <message>
        <source>Rotate by %1 (Shift: 15° steps, Esc cancels)</source>
        <translation>Rotate by %1 (Shift: 15° steps, Esc cancels)</translation>
    </message>
    <message numerus="yes">
        <source>Rotate %n object(s)</source>
        <translation>
            <numerusform>Rotate %n object</numerusform>
            <numerusform>Rotate %n objects</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot rotate: %1</source>
        <translation>Cannot rotate: %1</translation>
    </message>
    <message numerus="yes">
        <source>Nudge %n object(s)</source>
        <translation>
            <numerusform>Nudge %n object</numerusform>
            <numerusform>Nudge %n objects</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Rotate by: %1°</source>
        <translation>Rotate by: %1°</translation>
    </message>
    <message>
        <source>Type an angle in degrees (counter-clockwise), Enter applies, Esc cancels</source>
        <translation>Type an angle in degrees (counter-clockwise), Enter applies, Esc cancels</translation>
    </message>
    <message>
        <source>Click to select, drag to move, Shift-click to add; arrows nudge, R rotates; Alt-drag moves a background</source>
        <translation>Click to select, drag to move, Shift-click to add; arrows nudge, R rotates; Alt-drag moves a background</translation>
    </message>
    <message>
        <source>Move the background by %1 east, %2 north (Esc cancels)</source>
        <translation>Move the background by %1 east, %2 north (Esc cancels)</translation>
    </message>
    <message>
        <source>Move background %1</source>
        <translation>Move background %1</translation>
    </message>
</context>
<context>
    <name>pz::SitePanel</name>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>The site&apos;s name in reports</source>
        <translation>The site&apos;s name in reports</translation>
    </message>
    <message>
        <source>Latitude:</source>
        <translation>Latitude:</translation>
    </message>
    <message>
        <source>Degrees north of the equator (south is negative)</source>
        <translation>Degrees north of the equator (south is negative)</translation>
    </message>
    <message>
        <source> °</source>
        <translation> °</translation>
    </message>
    <message>
        <source>Longitude:</source>
        <translation>Longitude:</translation>
    </message>
    <message>
        <source>Degrees east of Greenwich (west is negative)</source>
        <translation>Degrees east of Greenwich (west is negative)</translation>
    </message>
    <message>
        <source>Elevation:</source>
        <translation>Elevation:</translation>
    </message>
    <message>
        <source>Height above sea level</source>
        <translation>Height above sea level</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>UTC offset:</source>
        <translation>UTC offset:</translation>
    </message>
    <message>
        <source>Fixed standard-time offset of the local clock (no daylight saving)</source>
        <translation>Fixed standard-time offset of the local clock (no daylight saving)</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>North rotation:</source>
        <translation>North rotation:</translation>
    </message>
    <message>
        <source>Angle of the plan&apos;s up direction from true north, clockwise</source>
        <translation>Angle of the plan&apos;s up direction from true north, clockwise</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>Weather</translation>
    </message>
    <message>
        <source>Hourly weather for the simulation: a typical year made from the monthly normals of a built-in location, or a weather file</source>
        <translation>Hourly weather for the simulation: a typical year made from the monthly normals of a built-in location, or a weather file</translation>
    </message>
    <message>
        <source>Nearest built-in location</source>
        <translation>Nearest built-in location</translation>
    </message>
    <message>
        <source>Weather file (EPW or TMY3)</source>
        <translation>Weather file (EPW or TMY3)</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Choose an EPW or TMY3 weather file; it is stored relative to the project file</source>
        <translation>Choose an EPW or TMY3 weather file; it is stored relative to the project file</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Change weather source</source>
        <translation>Change weather source</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>Emission factor of electricity taken from the grid</source>
        <translation>Emission factor of electricity taken from the grid</translation>
    </message>
    <message>
        <source>%1 — %2 kg/kWh</source>
        <translation>%1 — %2 kg/kWh</translation>
    </message>
    <message>
        <source>Custom factor</source>
        <translation>Custom factor</translation>
    </message>
    <message>
        <source>Emission factor:</source>
        <translation>Emission factor:</translation>
    </message>
    <message>
        <source>Change grid emission factor</source>
        <translation>Change grid emission factor</translation>
    </message>
    <message>
        <source>Custom factor:</source>
        <translation>Custom factor:</translation>
    </message>
    <message>
        <source>Grid emission factor used when “Custom factor” is chosen</source>
        <translation>Grid emission factor used when “Custom factor” is chosen</translation>
    </message>
    <message>
        <source> kgCO₂/kWh</source>
        <translation> kgCO₂/kWh</translation>
    </message>
    <message>
        <source>Export limit:</source>
        <translation>Export limit:</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Largest power the park may feed into the grid. Unset: no limit</source>
        <translation>Largest power the park may feed into the grid. Unset: no limit</translation>
    </message>
    <message>
        <source> kW</source>
        <translation> kW</translation>
    </message>
    <message>
        <source>Carbon accounting</source>
        <translation>Carbon accounting</translation>
    </message>
    <message>
        <source>Green power:</source>
        <translation>Green power:</translation>
    </message>
    <message>
        <source>Green electricity bought per year (market-based accounting)</source>
        <translation>Green electricity bought per year (market-based accounting)</translation>
    </message>
    <message>
        <source> MWh/yr</source>
        <translation> MWh/yr</translation>
    </message>
    <message>
        <source>Green power share:</source>
        <translation>Green power share:</translation>
    </message>
    <message>
        <source>Or: the share of grid import bought as green power</source>
        <translation>Or: the share of grid import bought as green power</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Credit exported electricity</source>
        <translation>Credit exported electricity</translation>
    </message>
    <message>
        <source>Subtract the grid factor × export from the emissions (off by default, as in the GHG Protocol)</source>
        <translation>Subtract the grid factor × export from the emissions (off by default, as in the GHG Protocol)</translation>
    </message>
    <message>
        <source>Headline figure:</source>
        <translation>Headline figure:</translation>
    </message>
    <message>
        <source>Which emissions the headline tCO₂/tce indicator counts</source>
        <translation>Which emissions the headline tCO₂/tce indicator counts</translation>
    </message>
    <message>
        <source>Operational only</source>
        <translation>Operational only</translation>
    </message>
    <message>
        <source>Operational + embodied (annualised)</source>
        <translation>Operational + embodied (annualised)</translation>
    </message>
    <message>
        <source>Green space sink:</source>
        <translation>Green space sink:</translation>
    </message>
    <message>
        <source>CO₂ taken up per hectare of green space per year (default)</source>
        <translation>CO₂ taken up per hectare of green space per year (default)</translation>
    </message>
    <message>
        <source> t/ha·yr</source>
        <translation> t/ha·yr</translation>
    </message>
    <message>
        <source>Coal equivalent:</source>
        <translation>Coal equivalent:</translation>
    </message>
    <message>
        <source>Standard coal equivalent of 1 kWh of electricity (GB/T 2589)</source>
        <translation>Standard coal equivalent of 1 kWh of electricity (GB/T 2589)</translation>
    </message>
    <message>
        <source> kgce/kWh</source>
        <translation> kgce/kWh</translation>
    </message>
    <message>
        <source>Zero-carbon threshold:</source>
        <translation>Zero-carbon threshold:</translation>
    </message>
    <message>
        <source>The park counts as zero-carbon at or below this intensity</source>
        <translation>The park counts as zero-carbon at or below this intensity</translation>
    </message>
    <message>
        <source> tCO₂/tce</source>
        <translation> tCO₂/tce</translation>
    </message>
    <message>
        <source>Battery dispatch:</source>
        <translation>Battery dispatch:</translation>
    </message>
    <message>
        <source>How the batteries are charged and discharged</source>
        <translation>How the batteries are charged and discharged</translation>
    </message>
    <message>
        <source>Embodied carbon</source>
        <translation>Embodied carbon</translation>
    </message>
    <message>
        <source>PV modules:</source>
        <translation>PV modules:</translation>
    </message>
    <message>
        <source>Embodied emissions per kWp of PV</source>
        <translation>Embodied emissions per kWp of PV</translation>
    </message>
    <message>
        <source> kg/kWp</source>
        <translation> kg/kWp</translation>
    </message>
    <message>
        <source>PV service life:</source>
        <translation>PV service life:</translation>
    </message>
    <message>
        <source> yr</source>
        <translation> yr</translation>
    </message>
    <message>
        <source>LFP batteries:</source>
        <translation>LFP batteries:</translation>
    </message>
    <message>
        <source>Embodied emissions per kWh of LFP storage</source>
        <translation>Embodied emissions per kWh of LFP storage</translation>
    </message>
    <message>
        <source> kg/kWh</source>
        <translation> kg/kWh</translation>
    </message>
    <message>
        <source>NMC batteries:</source>
        <translation>NMC batteries:</translation>
    </message>
    <message>
        <source>Embodied emissions per kWh of NMC storage</source>
        <translation>Embodied emissions per kWh of NMC storage</translation>
    </message>
    <message>
        <source>Battery service life:</source>
        <translation>Battery service life:</translation>
    </message>
    <message>
        <source>Steel-frame buildings:</source>
        <translation>Steel-frame buildings:</translation>
    </message>
    <message>
        <source>Embodied emissions per m² of floor area</source>
        <translation>Embodied emissions per m² of floor area</translation>
    </message>
    <message>
        <source> kg/m²</source>
        <translation> kg/m²</translation>
    </message>
    <message>
        <source>Concrete buildings:</source>
        <translation>Concrete buildings:</translation>
    </message>
    <message>
        <source>Building service life:</source>
        <translation>Building service life:</translation>
    </message>
    <message>
        <source>Change weather file</source>
        <translation>Change weather file</translation>
    </message>
    <message>
        <source>Choose Weather File</source>
        <translation>Choose Weather File</translation>
    </message>
    <message>
        <source>Weather files (*.epw *.csv);;All files (*)</source>
        <translation>Weather files (*.epw *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Not applied: %1</translation>
    </message>
    <message>
        <source>As given (GHI, DNI, DHI)</source>
        <translation>As given (GHI, DNI, DHI)</translation>
    </message>
    <message>
        <source>Beam from GHI and DHI</source>
        <translation>Beam from GHI and DHI</translation>
    </message>
    <message>
        <source>Which irradiance of the weather file feeds the model. Some files (many CSWD years) carry a DNI far below what their GHI and DHI imply; taking the beam from GHI and DHI corrects that.</source>
        <translation>Which irradiance of the weather file feeds the model. Some files (many CSWD years) carry a DNI far below what their GHI and DHI imply; taking the beam from GHI and DHI corrects that.</translation>
    </message>
    <message>
        <source>Irradiance:</source>
        <translation>Irradiance:</translation>
    </message>
    <message>
        <source>Change weather irradiance</source>
        <translation>Change weather irradiance</translation>
    </message>
    <message>
        <source>Heat and fuels</source>
        <translation>Heat and fuels</translation>
    </message>
    <message>
        <source>Heating from:</source>
        <translation>Heating from:</translation>
    </message>
    <message>
        <source>First day of the heating season, as MM-DD (included)</source>
        <translation>First day of the heating season, as MM-DD (included)</translation>
    </message>
    <message>
        <source>Heating until:</source>
        <translation>Heating until:</translation>
    </message>
    <message>
        <source>Last day of the heating season, as MM-DD (included)</source>
        <translation>Last day of the heating season, as MM-DD (included)</translation>
    </message>
    <message>
        <source>Ground temperature:</source>
        <translation>Ground temperature:</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>Ground temperature of ground-source heat pumps. Unset: the weather year&apos;s mean</source>
        <translation>Ground temperature of ground-source heat pumps. Unset: the weather year&apos;s mean</translation>
    </message>
    <message>
        <source> °C</source>
        <translation> °C</translation>
    </message>
    <message>
        <source>Electricity to coal:</source>
        <translation>Electricity to coal:</translation>
    </message>
    <message>
        <source>How electricity counts in standard coal for the indicator over all carriers. The results show both; the verdict uses this one</source>
        <translation>How electricity counts in standard coal for the indicator over all carriers. The results show both; the verdict uses this one</translation>
    </message>
    <message>
        <source>Calorific equivalent (0.1229 kgce/kWh)</source>
        <translation>Calorific equivalent (0.1229 kgce/kWh)</translation>
    </message>
    <message>
        <source>Coal-consumption method (0.3055 kgce/kWh)</source>
        <translation>Coal-consumption method (0.3055 kgce/kWh)</translation>
    </message>
    <message>
        <source>Heat emission factor:</source>
        <translation>Heat emission factor:</translation>
    </message>
    <message>
        <source>CO₂ of purchased (district) heat; 0 for waste or renewable heat</source>
        <translation>CO₂ of purchased (district) heat; 0 for waste or renewable heat</translation>
    </message>
    <message>
        <source> tCO₂/GJ</source>
        <translation> tCO₂/GJ</translation>
    </message>
    <message>
        <source>Clean district heat:</source>
        <translation>Clean district heat:</translation>
    </message>
    <message>
        <source>Share of the district heat counted as clean and renewable</source>
        <translation>Share of the district heat counted as clean and renewable</translation>
    </message>
    <message>
        <source>Natural gas counts as clean</source>
        <translation>Natural gas counts as clean</translation>
    </message>
    <message>
        <source>Count natural gas in the clean-energy share (never in the renewable share)</source>
        <translation>Count natural gas in the clean-energy share (never in the renewable share)</translation>
    </message>
    <message>
        <source>Wind rose of the weather: how often the wind blows from each direction, by speed at the anemometer; the outlined sector holds the most wind energy</source>
        <translation>Wind rose of the weather: how often the wind blows from each direction, by speed at the anemometer; the outlined sector holds the most wind energy</translation>
    </message>
    <message>
        <source>Wind rose:</source>
        <translation>Wind rose:</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Read green power bought hour by hour from a CSV of 8760 values in kWh</source>
        <translation>Read green power bought hour by hour from a CSV of 8760 values in kWh</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Go back to the annual amount and share</source>
        <translation>Go back to the annual amount and share</translation>
    </message>
    <message>
        <source>Hourly green power:</source>
        <translation>Hourly green power:</translation>
    </message>
    <message>
        <source>Clear hourly green power</source>
        <translation>Clear hourly green power</translation>
    </message>
    <message>
        <source>%1 MWh/yr over %2 h; replaces the amount and share</source>
        <translation>%1 MWh/yr over %2 h; replaces the amount and share</translation>
    </message>
    <message>
        <source>None: the amount is spread over the hours in proportion to import</source>
        <translation>None: the amount is spread over the hours in proportion to import</translation>
    </message>
    <message>
        <source>Import hourly green power</source>
        <translation>Import hourly green power</translation>
    </message>
    <message>
        <source>Import Hourly Green Power</source>
        <translation>Import Hourly Green Power</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
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
        <translation>N</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>%1° %2, %3° %4, elevation %5 m</source>
        <translation>%1° %2, %3° %4, elevation %5 m</translation>
    </message>
    <message>
        <source>Zero-carbon: the park passes</source>
        <translation>Zero-carbon: the park passes</translation>
    </message>
    <message>
        <source>Not zero-carbon: the park fails</source>
        <translation>Not zero-carbon: the park fails</translation>
    </message>
    <message>
        <source>Core indicator: %1 (threshold ≤ %2)</source>
        <translation>Core indicator: %1 (threshold ≤ %2)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>The park generates %1 of solar electricity and consumes %2; %3 of its consumption is met on site and %4 is imported from the grid.</source>
        <translation>The park generates %1 of solar electricity and consumes %2; %3 of its consumption is met on site and %4 is imported from the grid.</translation>
    </message>
    <message>
        <source>Its carbon intensity of %1 is within the threshold of %2: the park meets the zero-carbon criterion.</source>
        <translation>Its carbon intensity of %1 is within the threshold of %2: the park meets the zero-carbon criterion.</translation>
    </message>
    <message>
        <source>Its carbon intensity of %1 exceeds the threshold of %2.</source>
        <translation>Its carbon intensity of %1 exceeds the threshold of %2.</translation>
    </message>
    <message>
        <source>Buying green power for all of the grid import would not be enough: the park needs more on-site generation or less consumption.</source>
        <translation>Buying green power for all of the grid import would not be enough: the park needs more on-site generation or less consumption.</translation>
    </message>
    <message>
        <source>To pass, %1 of the grid import (%2 a year) would have to be green power.</source>
        <translation>To pass, %1 of the grid import (%2 a year) would have to be green power.</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>Headline figures</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>PV generation, rooftop</source>
        <translation>PV generation, rooftop</translation>
    </message>
    <message>
        <source>PV generation, ground-mounted</source>
        <translation>PV generation, ground-mounted</translation>
    </message>
    <message>
        <source>PV generation, total</source>
        <translation>PV generation, total</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Consumption</translation>
    </message>
    <message>
        <source>Self-consumption</source>
        <translation>Self-consumption</translation>
    </message>
    <message>
        <source>Self-sufficiency</source>
        <translation>Self-sufficiency</translation>
    </message>
    <message>
        <source>Clean-energy share</source>
        <translation>Clean-energy share</translation>
    </message>
    <message>
        <source>24/7 carbon-free energy (CFE) score</source>
        <translation>24/7 carbon-free energy (CFE) score</translation>
    </message>
    <message>
        <source>Grid import</source>
        <translation>Grid import</translation>
    </message>
    <message>
        <source>Grid export</source>
        <translation>Grid export</translation>
    </message>
    <message>
        <source>Net emissions, operational</source>
        <translation>Net emissions, operational</translation>
    </message>
    <message>
        <source>Net emissions with embodied carbon</source>
        <translation>Net emissions with embodied carbon</translation>
    </message>
    <message>
        <source>Carbon intensity (core indicator)</source>
        <translation>Carbon intensity (core indicator)</translation>
    </message>
    <message>
        <source>The park generates %1 of electricity from PV and wind and through its direct lines and consumes %2; %3 of its consumption is met by them and %4 is imported from the grid.</source>
        <translation>The park generates %1 of electricity from PV and wind and through its direct lines and consumes %2; %3 of its consumption is met by them and %4 is imported from the grid.</translation>
    </message>
    <message>
        <source>Wind generation on site</source>
        <translation>Wind generation on site</translation>
    </message>
    <message>
        <source>Delivered by off-site plants</source>
        <translation>Delivered by off-site plants</translation>
    </message>
    <message>
        <source>Generation, total</source>
        <translation>Generation, total</translation>
    </message>
    <message numerus="yes">
        <source>not within %n year(s)</source>
        <translation>
            <numerusform>not within %n year</numerusform>
            <numerusform>not within %n years</numerusform>
        </translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investment</translation>
    </message>
    <message>
        <source>Annual energy bill (year 1)</source>
        <translation>Annual energy bill (year 1)</translation>
    </message>
    <message>
        <source>NPV against BAU</source>
        <translation>NPV against BAU</translation>
    </message>
    <message>
        <source>LCOE of on-site generation</source>
        <translation>LCOE of on-site generation</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Payback</translation>
    </message>
    <message>
        <source>Discounted payback</source>
        <translation>Discounted payback</translation>
    </message>
</context>
<context>
    <name>pz::SunStudyPanel</name>
    <message>
        <source>Show shadows</source>
        <translation>Show shadows</translation>
    </message>
    <message>
        <source>Custom date</source>
        <translation>Custom date</translation>
    </message>
    <message>
        <source>March equinox (20 Mar)</source>
        <translation>March equinox (20 Mar)</translation>
    </message>
    <message>
        <source>June solstice (21 Jun)</source>
        <translation>June solstice (21 Jun)</translation>
    </message>
    <message>
        <source>September equinox (23 Sep)</source>
        <translation>September equinox (23 Sep)</translation>
    </message>
    <message>
        <source>December solstice (21 Dec)</source>
        <translation>December solstice (21 Dec)</translation>
    </message>
    <message>
        <source>Dates used for shading checks: the winter solstice shows the longest shadows</source>
        <translation>Dates used for shading checks: the winter solstice shows the longest shadows</translation>
    </message>
    <message>
        <source>Local standard time of the site</source>
        <translation>Local standard time of the site</translation>
    </message>
    <message>
        <source>Animate the day</source>
        <translation>Animate the day</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Preset</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Sun elevation %1°, azimuth %2°</source>
        <translation>Sun elevation %1°, azimuth %2°</translation>
    </message>
    <message>
        <source>The sun is below the horizon.</source>
        <translation>The sun is below the horizon.</translation>
    </message>
</context>
<context>
    <name>pz::SupplyPanel</name>
    <message>
        <source>✔ pass</source>
        <translation>✔ pass</translation>
    </message>
    <message>
        <source>✘ fail</source>
        <translation>✘ fail</translation>
    </message>
    <message>
        <source>Site wind</source>
        <translation>Site wind</translation>
    </message>
    <message>
        <source>Anemometer height:</source>
        <translation>Anemometer height:</translation>
    </message>
    <message>
        <source>Height of the weather file&apos;s wind speed above ground</source>
        <translation>Height of the weather file&apos;s wind speed above ground</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>Shear:</source>
        <translation>Shear:</translation>
    </message>
    <message>
        <source>How the wind speed grows with height up to the hub</source>
        <translation>How the wind speed grows with height up to the hub</translation>
    </message>
    <message>
        <source>Shear exponent:</source>
        <translation>Shear exponent:</translation>
    </message>
    <message>
        <source>α of the power law (0.14 open land)</source>
        <translation>α of the power law (0.14 open land)</translation>
    </message>
    <message>
        <source>Roughness length:</source>
        <translation>Roughness length:</translation>
    </message>
    <message>
        <source>z₀ of the logarithmic profile</source>
        <translation>z₀ of the logarithmic profile</translation>
    </message>
    <message>
        <source>Normalise to the air density at the hub</source>
        <translation>Normalise to the air density at the hub</translation>
    </message>
    <message>
        <source>IEC 61400-12-1: the wind speed is scaled by the cube root of the density ratio</source>
        <translation>IEC 61400-12-1: the wind speed is scaled by the cube root of the density ratio</translation>
    </message>
    <message>
        <source>Availability:</source>
        <translation>Availability:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Electrical losses:</source>
        <translation>Electrical losses:</translation>
    </message>
    <message>
        <source>Other losses:</source>
        <translation>Other losses:</translation>
    </message>
    <message>
        <source>Wake decay:</source>
        <translation>Wake decay:</translation>
    </message>
    <message>
        <source>Jensen&apos;s wake decay constant k for the turbines on the plan</source>
        <translation>Jensen&apos;s wake decay constant k for the turbines on the plan</translation>
    </message>
    <message>
        <source>Embodied carbon of wind:</source>
        <translation>Embodied carbon of wind:</translation>
    </message>
    <message>
        <source>Embodied emissions per kW of wind capacity, on site and off site (no default: 0 = not entered)</source>
        <translation>Embodied emissions per kW of wind capacity, on site and off site (no default: 0 = not entered)</translation>
    </message>
    <message>
        <source> kg/kW</source>
        <translation> kg/kW</translation>
    </message>
    <message>
        <source>Wind service life:</source>
        <translation>Wind service life:</translation>
    </message>
    <message>
        <source> yr</source>
        <translation> yr</translation>
    </message>
    <message>
        <source>Off-site plants and direct lines</source>
        <translation>Off-site plants and direct lines</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Plants outside the site plan, each feeding the park through its own direct line (绿电直连)</source>
        <translation>Plants outside the site plan, each feeding the park through its own direct line (绿电直连)</translation>
    </message>
    <message>
        <source>Add PV plant</source>
        <translation>Add PV plant</translation>
    </message>
    <message>
        <source>Add an off-site PV plant</source>
        <translation>Add an off-site PV plant</translation>
    </message>
    <message>
        <source>Add wind plant</source>
        <translation>Add wind plant</translation>
    </message>
    <message>
        <source>Add an off-site wind plant</source>
        <translation>Add an off-site wind plant</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Add a copy of the selected plant</source>
        <translation>Add a copy of the selected plant</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the selected plant</source>
        <translation>Remove the selected plant</translation>
    </message>
    <message>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>Move the selected plant up</source>
        <translation>Move the selected plant up</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>Move the selected plant down</source>
        <translation>Move the selected plant down</translation>
    </message>
    <message>
        <source>Selected plant</source>
        <translation>Selected plant</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>The plant&apos;s name in lists, results and reports</source>
        <translation>The plant&apos;s name in lists, results and reports</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Weather:</source>
        <translation>Weather:</translation>
    </message>
    <message>
        <source>Own location</source>
        <translation>Own location</translation>
    </message>
    <message>
        <source>The plant&apos;s own coordinates for the sun and the air pressure; otherwise those of its weather file, or the site&apos;s</source>
        <translation>The plant&apos;s own coordinates for the sun and the air pressure; otherwise those of its weather file, or the site&apos;s</translation>
    </message>
    <message>
        <source>Latitude:</source>
        <translation>Latitude:</translation>
    </message>
    <message>
        <source> °</source>
        <translation> °</translation>
    </message>
    <message>
        <source>Longitude:</source>
        <translation>Longitude:</translation>
    </message>
    <message>
        <source>Elevation:</source>
        <translation>Elevation:</translation>
    </message>
    <message>
        <source>PV plant</source>
        <translation>PV plant</translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation>Capacity:</translation>
    </message>
    <message>
        <source>DC capacity of the plant</source>
        <translation>DC capacity of the plant</translation>
    </message>
    <message>
        <source> kWp</source>
        <translation> kWp</translation>
    </message>
    <message>
        <source>Tilt:</source>
        <translation>Tilt:</translation>
    </message>
    <message>
        <source>Azimuth:</source>
        <translation>Azimuth:</translation>
    </message>
    <message>
        <source>Clockwise from north; 180° = south</source>
        <translation>Clockwise from north; 180° = south</translation>
    </message>
    <message>
        <source>System losses:</source>
        <translation>System losses:</translation>
    </message>
    <message>
        <source>PVWatts system losses</source>
        <translation>PVWatts system losses</translation>
    </message>
    <message>
        <source>DC/AC ratio:</source>
        <translation>DC/AC ratio:</translation>
    </message>
    <message>
        <source>Wind plant</source>
        <translation>Wind plant</translation>
    </message>
    <message>
        <source>Turbine type:</source>
        <translation>Turbine type:</translation>
    </message>
    <message>
        <source>A built-in type (%1) or a turbine CSV file</source>
        <translation>A built-in type (%1) or a turbine CSV file</translation>
    </message>
    <message>
        <source>Turbine file…</source>
        <translation>Turbine file…</translation>
    </message>
    <message>
        <source>Choose a turbine CSV file (power and thrust curve); it is stored relative to the project</source>
        <translation>Choose a turbine CSV file (power and thrust curve); it is stored relative to the project</translation>
    </message>
    <message>
        <source>Turbines:</source>
        <translation>Turbines:</translation>
    </message>
    <message>
        <source>Number of turbines of the plant</source>
        <translation>Number of turbines of the plant</translation>
    </message>
    <message>
        <source>Hub height:</source>
        <translation>Hub height:</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>Unset: the type&apos;s own hub height</source>
        <translation>Unset: the type&apos;s own hub height</translation>
    </message>
    <message>
        <source>Internal wake loss:</source>
        <translation>Internal wake loss:</translation>
    </message>
    <message>
        <source>Wake loss inside the plant (placeholder, not sourced)</source>
        <translation>Wake loss inside the plant (placeholder, not sourced)</translation>
    </message>
    <message>
        <source>Own shear and air density</source>
        <translation>Own shear and air density</translation>
    </message>
    <message>
        <source>Otherwise the plant takes the site&apos;s shear and density normalisation</source>
        <translation>Otherwise the plant takes the site&apos;s shear and density normalisation</translation>
    </message>
    <message>
        <source>Direct line</source>
        <translation>Direct line</translation>
    </message>
    <message>
        <source>Power the line carries at most; the plant&apos;s surplus is clipped</source>
        <translation>Power the line carries at most; the plant&apos;s surplus is clipped</translation>
    </message>
    <message>
        <source> MW</source>
        <translation> MW</translation>
    </message>
    <message>
        <source>Line loss:</source>
        <translation>Line loss:</translation>
    </message>
    <message>
        <source>Share of the delivered power lost on the line (placeholder, not sourced)</source>
        <translation>Share of the delivered power lost on the line (placeholder, not sourced)</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Length:</translation>
    </message>
    <message>
        <source>For the line&apos;s costs; no effect on energy</source>
        <translation>For the line&apos;s costs; no effect on energy</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>The site&apos;s weather</source>
        <translation>The site&apos;s weather</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>The plant&apos;s own EPW or TMY3 weather file, stored relative to the project file</source>
        <translation>The plant&apos;s own EPW or TMY3 weather file, stored relative to the project file</translation>
    </message>
    <message>
        <source>Site&apos;s</source>
        <translation>Site&apos;s</translation>
    </message>
    <message>
        <source>Use the site&apos;s weather</source>
        <translation>Use the site&apos;s weather</translation>
    </message>
    <message>
        <source>Direct-supply checks (650号)</source>
        <translation>Direct-supply checks (650号)</translation>
    </message>
    <message>
        <source>No result yet.</source>
        <translation>No result yet.</translation>
    </message>
    <message>
        <source>The province caps the export</source>
        <translation>The province caps the export</translation>
    </message>
    <message>
        <source>Check export ÷ available generation against the cap (where a province applies one)</source>
        <translation>Check export ÷ available generation against the cap (where a province applies one)</translation>
    </message>
    <message>
        <source>Export cap:</source>
        <translation>Export cap:</translation>
    </message>
    <message>
        <source>Largest share of the available generation that may be exported</source>
        <translation>Largest share of the available generation that may be exported</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>%1/yr</source>
        <translation>%1/yr</translation>
    </message>
    <message>
        <source>Add off-site PV plant</source>
        <translation>Add off-site PV plant</translation>
    </message>
    <message>
        <source>Add off-site wind plant</source>
        <translation>Add off-site wind plant</translation>
    </message>
    <message>
        <source>Off-site PV</source>
        <translation>Off-site PV</translation>
    </message>
    <message>
        <source>Off-site wind</source>
        <translation>Off-site wind</translation>
    </message>
    <message>
        <source>Duplicate off-site plant</source>
        <translation>Duplicate off-site plant</translation>
    </message>
    <message>
        <source>Remove off-site plant</source>
        <translation>Remove off-site plant</translation>
    </message>
    <message>
        <source>Move off-site plant</source>
        <translation>Move off-site plant</translation>
    </message>
    <message>
        <source>Choose the Plant&apos;s Weather File</source>
        <translation>Choose the Plant&apos;s Weather File</translation>
    </message>
    <message>
        <source>Weather files (*.epw *.csv);;All files (*)</source>
        <translation>Weather files (*.epw *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Choose a Turbine File</source>
        <translation>Choose a Turbine File</translation>
    </message>
    <message>
        <source>Turbine files (*.csv);;All files (*)</source>
        <translation>Turbine files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Change plant weather file</source>
        <translation>Change plant weather file</translation>
    </message>
    <message>
        <source>Change turbine type</source>
        <translation>Change turbine type</translation>
    </message>
    <message>
        <source>The checks apply to parks with wind or off-site plants.</source>
        <translation>The checks apply to parks with wind or off-site plants.</translation>
    </message>
    <message>
        <source>Available %1, used by the park %2, exported %3.</source>
        <translation>Available %1, used by the park %2, exported %3.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Self-use ÷ available</source>
        <translation>Self-use ÷ available</translation>
    </message>
    <message>
        <source>Self-use ÷ consumption</source>
        <translation>Self-use ÷ consumption</translation>
    </message>
    <message>
        <source>Self-use ÷ consumption by 2030</source>
        <translation>Self-use ÷ consumption by 2030</translation>
    </message>
    <message>
        <source>Export ÷ available</source>
        <translation>Export ÷ available</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>not applied</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Not applied: %1</translation>
    </message>
</context>
<context>
    <name>pz::TariffEditor</name>
    <message>
        <source>placeholder</source>
        <translation>placeholder</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>The time-of-use periods with every per-kWh charge; the selected period is the one the grids below paint with</source>
        <translation>The time-of-use periods with every per-kWh charge; the selected period is the one the grids below paint with</translation>
    </message>
    <message>
        <source>Add Period</source>
        <translation>Add Period</translation>
    </message>
    <message>
        <source>Remove Period</source>
        <translation>Remove Period</translation>
    </message>
    <message>
        <source>Removes the selected period; its hours must first be painted with another period</source>
        <translation>Removes the selected period; its hours must first be painted with another period</translation>
    </message>
    <message>
        <source>Weekends as Weekdays</source>
        <translation>Weekends as Weekdays</translation>
    </message>
    <message>
        <source>Sets the weekend grid to the weekday grid</source>
        <translation>Sets the weekend grid to the weekday grid</translation>
    </message>
    <message>
        <source>Press and drag over a grid to paint the selected period (rows are months, columns hours of the day).</source>
        <translation>Press and drag over a grid to paint the selected period (rows are months, columns hours of the day).</translation>
    </message>
    <message>
        <source>Rename tariff period</source>
        <translation>Rename tariff period</translation>
    </message>
    <message>
        <source>Paint weekend periods</source>
        <translation>Paint weekend periods</translation>
    </message>
    <message>
        <source>Paint weekday periods</source>
        <translation>Paint weekday periods</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Not applied: %1</translation>
    </message>
    <message>
        <source>Peak : valley = %1 : 1</source>
        <translation>Peak : valley = %1 : 1</translation>
    </message>
    <message>
        <source>Default: placeholder (spec %1) — enter your own</source>
        <translation>Default: placeholder (spec %1) — enter your own</translation>
    </message>
    <message>
        <source>Periods and prices (CNY/kWh)</source>
        <translation>Periods and prices (CNY/kWh)</translation>
    </message>
    <message>
        <source>Weekdays (Monday–Friday)</source>
        <translation>Weekdays (Monday–Friday)</translation>
    </message>
    <message>
        <source>Weekends (Saturday and Sunday)</source>
        <translation>Weekends (Saturday and Sunday)</translation>
    </message>
    <message>
        <source> CNY/kWh</source>
        <translation> CNY/kWh</translation>
    </message>
    <message>
        <source>Change period price</source>
        <translation>Change period price</translation>
    </message>
    <message>
        <source>period %1</source>
        <translation>period %1</translation>
    </message>
    <message>
        <source>Add tariff period</source>
        <translation>Add tariff period</translation>
    </message>
    <message>
        <source>Remove tariff period</source>
        <translation>Remove tariff period</translation>
    </message>
    <message>
        <source>Weekends as weekdays</source>
        <translation>Weekends as weekdays</translation>
    </message>
</context>
<context>
    <name>pz::TurbineItem</name>
    <message>
        <source>%1 · %2 m hub</source>
        <extracomment>Wind turbine label on the site plan: name · hub height</extracomment>
        <translation>%1 · %2 m hub</translation>
    </message>
</context>
<context>
    <name>pz::TurbineTableModel</name>
    <message>
        <source>Share of the turbine&apos;s energy in free wind lost to the wakes of the other turbines</source>
        <translation>Share of the turbine&apos;s energy in free wind lost to the wakes of the other turbines</translation>
    </message>
    <message>
        <source>Net annual energy divided by the rated power</source>
        <translation>Net annual energy divided by the rated power</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Rated (kW)</source>
        <translation>Rated (kW)</translation>
    </message>
    <message>
        <source>Hub (m)</source>
        <translation>Hub (m)</translation>
    </message>
    <message>
        <source>Annual (MWh)</source>
        <translation>Annual (MWh)</translation>
    </message>
    <message>
        <source>Capacity factor (%)</source>
        <translation>Capacity factor (%)</translation>
    </message>
    <message>
        <source>Full-load hours</source>
        <translation>Full-load hours</translation>
    </message>
    <message>
        <source>Wake loss (%)</source>
        <translation>Wake loss (%)</translation>
    </message>
</context>
<context>
    <name>pz::TurbineToolBar</name>
    <message>
        <source>Wind Turbine Options</source>
        <translation>Wind Turbine Options</translation>
    </message>
    <message>
        <source>Rows of turbines that Shift+click places</source>
        <translation>Rows of turbines that Shift+click places</translation>
    </message>
    <message>
        <source>Turbines in each row</source>
        <translation>Turbines in each row</translation>
    </message>
    <message>
        <source> D</source>
        <translation> D</translation>
    </message>
    <message>
        <source>Spacing of the turbines in a row, in rotor diameters</source>
        <translation>Spacing of the turbines in a row, in rotor diameters</translation>
    </message>
    <message>
        <source>Spacing between rows, in rotor diameters; the ghost ring shows it along the prevailing wind</source>
        <translation>Spacing between rows, in rotor diameters; the ghost ring shows it along the prevailing wind</translation>
    </message>
    <message>
        <source> °</source>
        <translation> °</translation>
    </message>
    <message>
        <source>Direction of the rows, counter-clockwise from east (R turns them by 90°)</source>
        <translation>Direction of the rows, counter-clockwise from east (R turns them by 90°)</translation>
    </message>
    <message>
        <source>Across the wind</source>
        <translation>Across the wind</translation>
    </message>
    <message>
        <source>Turn the rows across the site&apos;s prevailing wind (from the weather&apos;s wind rose)</source>
        <translation>Turn the rows across the site&apos;s prevailing wind (from the weather&apos;s wind rose)</translation>
    </message>
    <message>
        <source>Grid:</source>
        <translation>Grid:</translation>
    </message>
    <message>
        <source>In row:</source>
        <translation>In row:</translation>
    </message>
    <message>
        <source>Between rows:</source>
        <translation>Between rows:</translation>
    </message>
    <message>
        <source>Angle:</source>
        <translation>Angle:</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>Plan coordinate east of the site origin</source>
        <translation>Plan coordinate east of the site origin</translation>
    </message>
    <message>
        <source>Plan coordinate north of the site origin</source>
        <translation>Plan coordinate north of the site origin</translation>
    </message>
    <message>
        <source>Place one</source>
        <translation>Place one</translation>
    </message>
    <message>
        <source>Place one turbine at the typed coordinates</source>
        <translation>Place one turbine at the typed coordinates</translation>
    </message>
    <message>
        <source>Place grid</source>
        <translation>Place grid</translation>
    </message>
    <message>
        <source>Place the grid with its first turbine at the typed coordinates</source>
        <translation>Place the grid with its first turbine at the typed coordinates</translation>
    </message>
    <message>
        <source>At x:</source>
        <translation>At x:</translation>
    </message>
    <message>
        <source>y:</source>
        <translation>y:</translation>
    </message>
    <message>
        <source>Turn the rows across the site&apos;s prevailing wind, which comes from %1°</source>
        <translation>Turn the rows across the site&apos;s prevailing wind, which comes from %1°</translation>
    </message>
    <message>
        <source>The site&apos;s weather has no wind directions, so there is no prevailing wind</source>
        <translation>The site&apos;s weather has no wind directions, so there is no prevailing wind</translation>
    </message>
</context>
<context>
    <name>pz::Weather</name>
    <message>
        <source>latitude</source>
        <translation>latitude</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>longitude</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>time zone</translation>
    </message>
    <message>
        <source>elevation</source>
        <translation>elevation</translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <source>month</source>
        <translation>month</translation>
    </message>
    <message>
        <source>day</source>
        <translation>day</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>hour</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>time</source>
        <translation>time</translation>
    </message>
    <message>
        <source>dry-bulb temperature</source>
        <translation>dry-bulb temperature</translation>
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
        <translation>irradiance</translation>
    </message>
    <message>
        <source>wind speed</source>
        <translation>wind speed</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>%1, line %2, column %3 (%4): %5</source>
        <translation>%1, line %2, column %3 (%4): %5</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, line %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>missing value</source>
        <translation>missing value</translation>
    </message>
    <message>
        <source>not a number (&quot;%1&quot;)</source>
        <translation>not a number (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>out of range (%1, expected %2 to %3)</source>
        <translation>out of range (%1, expected %2 to %3)</translation>
    </message>
    <message>
        <source>invalid date or hour (%1/%2 hour %3)</source>
        <translation>invalid date or hour (%1/%2 hour %3)</translation>
    </message>
    <message>
        <source>the same hour as line %1</source>
        <translation>the same hour as line %1</translation>
    </message>
    <message>
        <source>expected 8760 hourly records (8784 in a leap year), found %1</source>
        <translation>expected 8760 hourly records (8784 in a leap year), found %1</translation>
    </message>
    <message>
        <source>29 February in a file of 8760 records</source>
        <translation>29 February in a file of 8760 records</translation>
    </message>
    <message>
        <source>%1: 8784 hourly records (a leap year); 29 February was dropped.</source>
        <translation>%1: 8784 hourly records (a leap year); 29 February was dropped.</translation>
    </message>
    <message>
        <source>%1: cannot open the file (%2)</source>
        <translation>%1: cannot open the file (%2)</translation>
    </message>
    <message>
        <source>%1: the file is too large for an hourly weather year</source>
        <translation>%1: the file is too large for an hourly weather year</translation>
    </message>
    <message>
        <source>not an EPW file (the first line must start with LOCATION)</source>
        <translation>not an EPW file (the first line must start with LOCATION)</translation>
    </message>
    <message>
        <source>no DATA PERIODS header line</source>
        <translation>no DATA PERIODS header line</translation>
    </message>
    <message>
        <source>empty line inside the data</source>
        <translation>empty line inside the data</translation>
    </message>
    <message>
        <source>missing column (%1 of at least %2 found)</source>
        <translation>missing column (%1 of at least %2 found)</translation>
    </message>
    <message>
        <source>month, day and hour must be whole numbers</source>
        <translation>month, day and hour must be whole numbers</translation>
    </message>
    <message>
        <source>not a TMY3 file (two header lines expected)</source>
        <translation>not a TMY3 file (two header lines expected)</translation>
    </message>
    <message>
        <source>missing column &quot;%1&quot; in the header</source>
        <translation>missing column &quot;%1&quot; in the header</translation>
    </message>
    <message>
        <source>missing column (%1 of %2 found)</source>
        <translation>missing column (%1 of %2 found)</translation>
    </message>
    <message>
        <source>not a date MM/DD/YYYY (&quot;%1&quot;)</source>
        <translation>not a date MM/DD/YYYY (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>not an hour 01:00 to 24:00 (&quot;%1&quot;)</source>
        <translation>not an hour 01:00 to 24:00 (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>%1: not a recognised weather file (EPW or NREL TMY3 CSV expected)</source>
        <translation>%1: not a recognised weather file (EPW or NREL TMY3 CSV expected)</translation>
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
        <translation>N</translation>
    </message>
    <message>
        <source>NNE</source>
        <translation>NNE</translation>
    </message>
    <message>
        <source>NE</source>
        <translation>NE</translation>
    </message>
    <message>
        <source>ENE</source>
        <translation>ENE</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>ESE</source>
        <translation>ESE</translation>
    </message>
    <message>
        <source>SE</source>
        <translation>SE</translation>
    </message>
    <message>
        <source>SSE</source>
        <translation>SSE</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>SSW</source>
        <translation>SSW</translation>
    </message>
    <message>
        <source>SW</source>
        <translation>SW</translation>
    </message>
    <message>
        <source>WSW</source>
        <translation>WSW</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>WNW</source>
        <translation>WNW</translation>
    </message>
    <message>
        <source>NW</source>
        <translation>NW</translation>
    </message>
    <message>
        <source>NNW</source>
        <translation>NNW</translation>
    </message>
    <message>
        <source>No weather yet.</source>
        <translation>No weather yet.</translation>
    </message>
    <message>
        <source>The weather has no wind directions (calm %1).</source>
        <translation>The weather has no wind directions (calm %1).</translation>
    </message>
    <message>
        <source>Prevailing wind from %1 (%2°), %3 of the wind&apos;s energy; calm %4</source>
        <extracomment>%1 compass point, %2 degrees, %3 share of the wind&apos;s energy, %4 calm share</extracomment>
        <translation>Prevailing wind from %1 (%2°), %3 of the wind&apos;s energy; calm %4</translation>
    </message>
    <message>
        <source>From %1 (%2°): %3 of the hours, %4 of the wind&apos;s energy</source>
        <extracomment>%1 compass point, %2 degrees, %3 share of the hours, %4 share of the wind&apos;s energy</extracomment>
        <translation>From %1 (%2°): %3 of the hours, %4 of the wind&apos;s energy</translation>
    </message>
</context>
<context>
    <name>pz::WindSection</name>
    <message>
        <source>pass</source>
        <translation>pass</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>fail</translation>
    </message>
    <message>
        <source>Turbine</source>
        <translation>Turbine</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Rated</translation>
    </message>
    <message>
        <source>Hub height</source>
        <translation>Hub height</translation>
    </message>
    <message>
        <source>Net energy</source>
        <translation>Net energy</translation>
    </message>
    <message>
        <source>Capacity factor</source>
        <translation>Capacity factor</translation>
    </message>
    <message>
        <source>Wake loss</source>
        <translation>Wake loss</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>Off-site plant</source>
        <translation>Off-site plant</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Clipped by the line</source>
        <translation>Clipped by the line</translation>
    </message>
    <message>
        <source>Line losses</source>
        <translation>Line losses</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>wind</source>
        <translation>wind</translation>
    </message>
    <message>
        <source>PV</source>
        <translation>PV</translation>
    </message>
    <message>
        <source>Direct-supply check</source>
        <translation>Direct-supply check</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Own use of the available green power</source>
        <translation>Own use of the available green power</translation>
    </message>
    <message>
        <source>Green power in the consumption</source>
        <translation>Green power in the consumption</translation>
    </message>
    <message>
        <source>Green power in the consumption, from 2030</source>
        <translation>Green power in the consumption, from 2030</translation>
    </message>
    <message>
        <source>Export of the available green power</source>
        <translation>Export of the available green power</translation>
    </message>
    <message>
        <source>Wind and off-site supply</source>
        <translation>Wind and off-site supply</translation>
    </message>
    <message>
        <source>Turbines on the site plan: %1 rated, %2 a year net of wakes and losses (wake loss %3). Off-site plants deliver %4 a year through their direct lines.</source>
        <translation>Turbines on the site plan: %1 rated, %2 a year net of wakes and losses (wake loss %3). Off-site plants deliver %4 a year through their direct lines.</translation>
    </message>
    <message>
        <source>Direct supply of green power</source>
        <translation>Direct supply of green power</translation>
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
        <translation>Usage: parkzero-cli validate [--quiet] &lt;project.parkzero&gt;...

Checks ParkZero project files: JSON syntax, field types, value ranges, polygons,
object ids and the files a project refers to (weather file, load profiles).
Prints &quot;&lt;file&gt;: OK&quot; for each valid project and every problem otherwise.

Options:
  -q, --quiet   print nothing for valid projects
  -h, --help    show this help

Exit status: 0 when every project is valid, 2 when a project has problems,
cannot be read, or the command line is wrong.
</translation>
    </message>
    <message>
        <source>%1: %2: file not found: %3</source>
        <translation>%1: %2: file not found: %3</translation>
    </message>
    <message>
        <source>%1: %2: not a readable file: %3</source>
        <translation>%1: %2: not a readable file: %3</translation>
    </message>
    <message>
        <source>buildings: %1, PV fields: %2, battery stores: %3, green spaces: %4</source>
        <translation>buildings: %1, PV fields: %2, battery stores: %3, green spaces: %4</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>%1: OK (%2)</source>
        <translation>%1: OK (%2)</translation>
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
        <translation>Usage: parkzero-cli import INPUT -o OUT.parkzero [--project IN.parkzero] [options]
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
</translation>
    </message>
    <message>
        <source>--as: expected building, pv_field, green_space or boundary (got &quot;%1&quot;)</source>
        <translation>--as: expected building, pv_field, green_space or boundary (got &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--units: expected mm, cm or m (got &quot;%1&quot;)</source>
        <translation>--units: expected mm, cm or m (got &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--storey-height: expected metres between 0 and 100 (got &quot;%1&quot;)</source>
        <translation>--storey-height: expected metres between 0 and 100 (got &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--rotation: expected degrees (got &quot;%1&quot;)</source>
        <translation>--rotation: expected degrees (got &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--offset: expected EAST,NORTH in metres (got &quot;%1&quot;)</source>
        <translation>--offset: expected EAST,NORTH in metres (got &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--use-map: expected VALUE=TYPE with a use type such as office (got &quot;%1&quot;)</source>
        <translation>--use-map: expected VALUE=TYPE with a use type such as office (got &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>Project to write.</source>
        <translation>Project to write.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>List the layers.</source>
        <translation>List the layers.</translation>
    </message>
    <message>
        <source>no input file given</source>
        <translation>no input file given</translation>
    </message>
    <message>
        <source>more than one input file given</source>
        <translation>more than one input file given</translation>
    </message>
    <message>
        <source>no output file given (-o OUT.parkzero)</source>
        <translation>no output file given (-o OUT.parkzero)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>  %1: %2 features, %3, CRS: %4; fields: %5</source>
        <translation>  %1: %2 features, %3, CRS: %4; fields: %5</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1: imported %2, repaired %3, skipped %4</source>
        <translation>%1: imported %2, repaired %3, skipped %4</translation>
    </message>
    <message>
        <source>%1: note: %2</source>
        <translation>%1: note: %2</translation>
    </message>
    <message>
        <source>%1: site located at latitude %2°, longitude %3°</source>
        <translation>%1: site located at latitude %2°, longitude %3°</translation>
    </message>
    <message>
        <source>repaired: %1</source>
        <translation>repaired: %1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>skipped: %1</translation>
    </message>
    <message>
        <source>nothing imported</source>
        <translation>nothing imported</translation>
    </message>
    <message>
        <source>%1: nothing imported; %2 not written</source>
        <translation>%1: nothing imported; %2 not written</translation>
    </message>
    <message>
        <source>wrote %1 (objects: %2)</source>
        <translation>wrote %1 (objects: %2)</translation>
    </message>
    <message>
        <source>parkzero-cli import: %1</source>
        <translation>parkzero-cli import: %1</translation>
    </message>
    <message>
        <source>parkzero-cli %1: %2</source>
        <translation>parkzero-cli %1: %2</translation>
    </message>
    <message>
        <source>check project files for problems</source>
        <translation>check project files for problems</translation>
    </message>
    <message>
        <source>simulate a project and write its results</source>
        <translation>simulate a project and write its results</translation>
    </message>
    <message>
        <source>import a GIS or CAD site plan into a project</source>
        <translation>import a GIS or CAD site plan into a project</translation>
    </message>
    <message>
        <source>Usage: parkzero-cli &lt;command&gt; [options] [arguments]
       parkzero-cli --version

Commands:
</source>
        <translation>Usage: parkzero-cli &lt;command&gt; [options] [arguments]
       parkzero-cli --version

Commands:
</translation>
    </message>
    <message>
        <source>
Run &quot;parkzero-cli &lt;command&gt; --help&quot; for the options of a command.
</source>
        <translation>
Run &quot;parkzero-cli &lt;command&gt; --help&quot; for the options of a command.
</translation>
    </message>
    <message>
        <source>parkzero-cli: %1</source>
        <translation>parkzero-cli: %1</translation>
    </message>
    <message>
        <source>parkzero-cli: unknown command &quot;%1&quot;</source>
        <translation>parkzero-cli: unknown command &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Weather: %1 (GHI %2 kWh/m²)</source>
        <translation>Weather: %1 (GHI %2 kWh/m²)</translation>
    </message>
    <message>
        <source>  %1 [%2]: %3 kWp, %4 kWh, %5 kWh/kWp, shading loss %6 %</source>
        <translation>  %1 [%2]: %3 kWp, %4 kWh, %5 kWh/kWp, shading loss %6 %</translation>
    </message>
    <message>
        <source>ground</source>
        <translation>ground</translation>
    </message>
    <message>
        <source>rooftop</source>
        <translation>rooftop</translation>
    </message>
    <message>
        <source>Park: %1 kWp, generation %2 MWh, consumption %3 MWh</source>
        <translation>Park: %1 kWp, generation %2 MWh, consumption %3 MWh</translation>
    </message>
    <message>
        <source>Self-sufficiency %1 %, CFE %2 %, net emissions %3 tCO2e, %4 tCO2/tce (threshold %5): %6</source>
        <translation>Self-sufficiency %1 %, CFE %2 %, net emissions %3 tCO2e, %4 tCO2/tce (threshold %5): %6</translation>
    </message>
    <message>
        <source>zero-carbon</source>
        <translation>zero-carbon</translation>
    </message>
    <message>
        <source>not zero-carbon</source>
        <translation>not zero-carbon</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
    <message>
        <source>no project file given</source>
        <translation>no project file given</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>unexpected argument %1</translation>
    </message>
    <message>
        <source>--irradiance: unknown value %1 (as_given or beam_from_ghi_dhi)</source>
        <translation>--irradiance: unknown value %1 (as_given or beam_from_ghi_dhi)</translation>
    </message>
    <message>
        <source>%1: simulation failed: %2</source>
        <translation>%1: simulation failed: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>, wind turbines: %1, off-site plants: %2</source>
        <translation>, wind turbines: %1, off-site plants: %2</translation>
    </message>
    <message>
        <source>write the client report of a project as a PDF</source>
        <translation>write the client report of a project as a PDF</translation>
    </message>
    <message>
        <source>a project file and an output file are needed</source>
        <translation>a project file and an output file are needed</translation>
    </message>
    <message>
        <source>--lang: unknown language %1 (en or zh_CN)</source>
        <translation>--lang: unknown language %1 (en or zh_CN)</translation>
    </message>
    <message>
        <source>--sections: %1</source>
        <translation>--sections: %1</translation>
    </message>
    <message>
        <source>--pv-order: unknown order %1</source>
        <translation>--pv-order: unknown order %1</translation>
    </message>
    <message>
        <source>%1: cannot read the logo</source>
        <translation>%1: cannot read the logo</translation>
    </message>
    <message>
        <source>Optimum: %1 CNY/yr (%2 solve, %3 s)</source>
        <translation>Optimum: %1 CNY/yr (%2 solve, %3 s)</translation>
    </message>
    <message>
        <source>  PV %1: %2 kWp</source>
        <translation>  PV %1: %2 kWp</translation>
    </message>
    <message>
        <source>  Wind %1: %2 turbines (%3 kW)</source>
        <translation>  Wind %1: %2 turbines (%3 kW)</translation>
    </message>
    <message>
        <source>  Battery: %1 kWh, %2 kW</source>
        <translation>  Battery: %1 kWh, %2 kW</translation>
    </message>
    <message>
        <source>  Green power: %1 kWh</source>
        <translation>  Green power: %1 kWh</translation>
    </message>
    <message>
        <source>Intensity %1 tCO2/tce (threshold %2), marginal abatement cost %3 CNY/tCO2</source>
        <translation>Intensity %1 tCO2/tce (threshold %2), marginal abatement cost %3 CNY/tCO2</translation>
    </message>
    <message>
        <source>Without the carbon and clean-share rows: %1 CNY/yr</source>
        <translation>Without the carbon and clean-share rows: %1 CNY/yr</translation>
    </message>
    <message>
        <source>parkzero-cli optimize: %1</source>
        <translation>parkzero-cli optimize: %1</translation>
    </message>
    <message>
        <source>parkzero-cli optimize: the solver failed: %1</source>
        <translation>parkzero-cli optimize: the solver failed: %1</translation>
    </message>
    <message>
        <source>parkzero-cli optimize: infeasible: %1</source>
        <translation>parkzero-cli optimize: infeasible: %1</translation>
    </message>
    <message>
        <source>%1: no scenario is called &quot;%2&quot; (scenarios: %3)</source>
        <translation>%1: no scenario is called &quot;%2&quot; (scenarios: %3)</translation>
    </message>
    <message>
        <source>%1: scenario &quot;%2&quot;: simulation failed: %3</source>
        <translation>%1: scenario &quot;%2&quot;: simulation failed: %3</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot;:</source>
        <translation>Scenario &quot;%1&quot;:</translation>
    </message>
    <message>
        <source>--scenario and --all-scenarios exclude each other</source>
        <translation>--scenario and --all-scenarios exclude each other</translation>
    </message>
    <message>
        <source>--hourly writes one scenario; choose it with --scenario</source>
        <translation>--hourly writes one scenario; choose it with --scenario</translation>
    </message>
    <message>
        <source>%1: %2site.weather.file: required when the weather kind is &quot;file&quot;</source>
        <translation>%1: %2site.weather.file: required when the weather kind is &quot;file&quot;</translation>
    </message>
    <message>
        <source>find the least-cost zero-carbon design of a project or an optimizer scenario</source>
        <translation>find the least-cost zero-carbon design of a project or an optimizer scenario</translation>
    </message>
    <message>
        <source>Fixed by the lower bounds (kept objects): %1 CNY/yr</source>
        <translation>Fixed by the lower bounds (kept objects): %1 CNY/yr</translation>
    </message>
    <message>
        <source>unexpected argument %1 (a project and --scenario exclude each other)</source>
        <translation>unexpected argument %1 (a project and --scenario exclude each other)</translation>
    </message>
    <message>
        <source>--%1 needs a project, not --scenario</source>
        <translation>--%1 needs a project, not --scenario</translation>
    </message>
    <message>
        <source>no project or scenario given (PROJECT.parkzero or --scenario SCEN.json)</source>
        <translation>no project or scenario given (PROJECT.parkzero or --scenario SCEN.json)</translation>
    </message>
    <message>
        <source>--%1: not a number ≥ 0: %2</source>
        <translation>--%1: not a number ≥ 0: %2</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>note: %1</translation>
    </message>
    <message>
        <source>parkzero-cli optimize: %1: the problem cannot be solved:%2</source>
        <translation>parkzero-cli optimize: %1: the problem cannot be solved:%2</translation>
    </message>
    <message>
        <source>the applied scenario cannot be simulated: %1</source>
        <translation>the applied scenario cannot be simulated: %1</translation>
    </message>
    <message>
        <source>Least cost to %1</source>
        <translation>Least cost to %1</translation>
    </message>
    <message>
        <source>--apply-name: a scenario is already called &quot;%1&quot;</source>
        <translation>--apply-name: a scenario is already called &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Applied as scenario &quot;%1&quot; in %2: intensity %3 tCO2/tce simulated (the verdict&apos;s threshold %5), %4 by the optimizer (its threshold %6)</source>
        <translation>Applied as scenario &quot;%1&quot; in %2: intensity %3 tCO2/tce simulated (the verdict&apos;s threshold %5), %4 by the optimizer (its threshold %6)</translation>
    </message>
    <message>
        <source>parkzero-cli optimize: --apply: %1</source>
        <translation>parkzero-cli optimize: --apply: %1</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;: simulation failed: %2</source>
        <translation>scenario &quot;%1&quot;: simulation failed: %2</translation>
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
        <translation>Usage: parkzero-cli simulate [options] &lt;project.parkzero&gt;

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
</translation>
    </message>
    <message>
        <source>--compare-csv compares every scenario; add --all-scenarios</source>
        <translation>--compare-csv compares every scenario; add --all-scenarios</translation>
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
        <translation>Usage: parkzero-cli optimize PROJECT.parkzero [options]
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
        <translation>Usage: parkzero-cli report [options] &lt;project.parkzero&gt; &lt;out.pdf&gt;

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
</translation>
    </message>
</context>
<context>
    <name>pz::energy</name>
    <message>
        <source>%1: cannot open the profile (%2)</source>
        <translation>%1: cannot open the profile (%2)</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: &quot;%4&quot; is not a number</source>
        <translation>%1, line %2, column %3: &quot;%4&quot; is not a number</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: negative value %4</source>
        <translation>%1, line %2, column %3: negative value %4</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: more than %4 values (expected %5)</source>
        <translation>%1, line %2, column %3: more than %4 values (expected %5)</translation>
    </message>
    <message>
        <source>%1, line %2: %3 values, expected %4 (one per hour of the year)</source>
        <translation>%1, line %2: %3 values, expected %4 (one per hour of the year)</translation>
    </message>
</context>
<context>
    <name>pz::geo</name>
    <message>
        <source>unknown PROJ error</source>
        <translation>unknown PROJ error</translation>
    </message>
    <message>
        <source>cannot transform from &quot;%1&quot;: %2</source>
        <translation>cannot transform from &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>a vertex cannot be projected onto the plan</source>
        <translation>a vertex cannot be projected onto the plan</translation>
    </message>
    <message numerus="yes">
        <source>holes filled (plan outlines have none): %n</source>
        <translation>
            <numerusform>holes filled (plan outlines have none): %n</numerusform>
            <numerusform>holes filled (plan outlines have none): %n</numerusform>
        </translation>
    </message>
    <message>
        <source>the site has one boundary, already taken from an earlier feature</source>
        <translation>the site has one boundary, already taken from an earlier feature</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the data has no coordinate reference system: the site location is unchanged</source>
        <translation>the data has no coordinate reference system: the site location is unchanged</translation>
    </message>
    <message>
        <source>%1: layer %2: %3</source>
        <translation>%1: layer %2: %3</translation>
    </message>
    <message>
        <source>%1: layer %2, feature %3: %4</source>
        <translation>%1: layer %2, feature %3: %4</translation>
    </message>
    <message>
        <source>the site origin (latitude %1°, longitude %2°) cannot centre a projection</source>
        <translation>the site origin (latitude %1°, longitude %2°) cannot centre a projection</translation>
    </message>
    <message>
        <source>the site&apos;s position cannot be projected; export in plan coordinates instead</source>
        <translation>the site&apos;s position cannot be projected; export in plan coordinates instead</translation>
    </message>
    <message>
        <source>object %1 (%2) lies outside the site&apos;s projection</source>
        <translation>object %1 (%2) lies outside the site&apos;s projection</translation>
    </message>
    <message>
        <source>the picked points are not numbers</source>
        <translation>the picked points are not numbers</translation>
    </message>
    <message>
        <source>the two points are %1 px apart; pick points at least %2 px apart, as far apart as the image allows</source>
        <translation>the two points are %1 px apart; pick points at least %2 px apart, as far apart as the image allows</translation>
    </message>
    <message>
        <source>not an image GDAL can read</source>
        <translation>not an image GDAL can read</translation>
    </message>
    <message>
        <source>%1: cannot be read as an image: %2</source>
        <translation>%1: cannot be read as an image: %2</translation>
    </message>
    <message>
        <source>%1: the image has no pixels</source>
        <translation>%1: the image has no pixels</translation>
    </message>
    <message>
        <source>%1: the pixels cannot be read: %2</source>
        <translation>%1: the pixels cannot be read: %2</translation>
    </message>
    <message>
        <source>the plan coordinates are not numbers</source>
        <translation>the plan coordinates are not numbers</translation>
    </message>
    <message>
        <source>the two plan points coincide; give two different places</source>
        <translation>the two plan points coincide; give two different places</translation>
    </message>
    <message>
        <source>the distance must be at least 0.01 m</source>
        <translation>the distance must be at least 0.01 m</translation>
    </message>
    <message>
        <source>%1: its CRS cannot be mapped into the plan: %2</source>
        <translation>%1: its CRS cannot be mapped into the plan: %2</translation>
    </message>
    <message>
        <source>%1: its corners lie outside the plan&apos;s projection (is the site&apos;s location right?)</source>
        <translation>%1: its corners lie outside the plan&apos;s projection (is the site&apos;s location right?)</translation>
    </message>
    <message>
        <source>%1: the plan bends the image; its far corner is %2 m off where it is drawn</source>
        <translation>%1: the plan bends the image; its far corner is %2 m off where it is drawn</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no such file</translation>
    </message>
</context>
<context>
    <name>pz::geo::detail</name>
    <message>
        <source>%1 &quot;%2&quot; is not a positive number; ignored</source>
        <translation>%1 &quot;%2&quot; is not a positive number; ignored</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a height in metres; ignored</source>
        <translation>%1 &quot;%2&quot; is not a height in metres; ignored</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; maps to no use type; the default is kept</source>
        <translation>%1 &quot;%2&quot; maps to no use type; the default is kept</translation>
    </message>
    <message>
        <source>name shortened to 200 characters</source>
        <translation>name shortened to 200 characters</translation>
    </message>
    <message>
        <source>no geometry</source>
        <translation>no geometry</translation>
    </message>
    <message>
        <source>a polygon without an exterior ring</source>
        <translation>a polygon without an exterior ring</translation>
    </message>
    <message>
        <source>an open line, not a closed outline</source>
        <translation>an open line, not a closed outline</translation>
    </message>
    <message>
        <source>a point, not an outline</source>
        <translation>a point, not an outline</translation>
    </message>
    <message>
        <source>unsupported geometry type %1</source>
        <translation>unsupported geometry type %1</translation>
    </message>
    <message>
        <source>part %1 of %2: </source>
        <translation>part %1 of %2: </translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no such file</translation>
    </message>
    <message>
        <source>not a file format GDAL can read</source>
        <translation>not a file format GDAL can read</translation>
    </message>
    <message>
        <source>%1: cannot be read as GIS or CAD data: %2</source>
        <translation>%1: cannot be read as GIS or CAD data: %2</translation>
    </message>
    <message>
        <source>drawing units from $INSUNITS %1: %2 m per unit</source>
        <translation>drawing units from $INSUNITS %1: %2 m per unit</translation>
    </message>
    <message>
        <source> (the chosen units are not used)</source>
        <translation> (the chosen units are not used)</translation>
    </message>
    <message>
        <source>drawing units as chosen: %1 m per unit</source>
        <translation>drawing units as chosen: %1 m per unit</translation>
    </message>
    <message>
        <source>%1: no layer &quot;%2&quot; (layers: %3)</source>
        <translation>%1: no layer &quot;%2&quot; (layers: %3)</translation>
    </message>
    <message>
        <source>layer %1: invalid attribute filter &quot;%2&quot;: %3</source>
        <translation>layer %1: invalid attribute filter &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>layer %1 has no coordinate reference system and its drawing units are unknown: choose mm, cm or m</source>
        <translation>layer %1 has no coordinate reference system and its drawing units are unknown: choose mm, cm or m</translation>
    </message>
    <message>
        <source>layer %1: the file is damaged or truncated: %2</source>
        <translation>layer %1: the file is damaged or truncated: %2</translation>
    </message>
    <message>
        <source>text encoding from $DWGCODEPAGE: %1</source>
        <translation>text encoding from $DWGCODEPAGE: %1</translation>
    </message>
    <message>
        <source>text encoding as chosen: %1</source>
        <translation>text encoding as chosen: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>GDAL: %1</source>
        <translation>GDAL: %1</translation>
    </message>
    <message>
        <source>%1: the file is damaged or truncated: %2</source>
        <translation>%1: the file is damaged or truncated: %2</translation>
    </message>
    <message>
        <source>duplicate vertices removed: %1</source>
        <translation>duplicate vertices removed: %1</translation>
    </message>
    <message>
        <source>spikes removed: %1</source>
        <translation>spikes removed: %1</translation>
    </message>
    <message>
        <source>%1: not a text DXF: a NUL byte at byte %2; the file is damaged (a binary DXF starts with &quot;AutoCAD Binary DXF&quot;)</source>
        <translation>%1: not a text DXF: a NUL byte at byte %2; the file is damaged (a binary DXF starts with &quot;AutoCAD Binary DXF&quot;)</translation>
    </message>
</context>
<context>
    <name>pz::heat</name>
    <message>
        <source>must be a finite number</source>
        <translation>must be a finite number</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>must be between %1 and %2</translation>
    </message>
    <message>
        <source>%1: %2 (got %3)</source>
        <translation>%1: %2 (got %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>None (outside the model)</source>
        <translation>None (outside the model)</translation>
    </message>
    <message>
        <source>District heat</source>
        <translation>District heat</translation>
    </message>
    <message>
        <source>Gas boiler</source>
        <translation>Gas boiler</translation>
    </message>
    <message>
        <source>Coal boiler</source>
        <translation>Coal boiler</translation>
    </message>
    <message>
        <source>Electric boiler</source>
        <translation>Electric boiler</translation>
    </message>
    <message>
        <source>Air-source heat pump</source>
        <translation>Air-source heat pump</translation>
    </message>
    <message>
        <source>Ground-source heat pump</source>
        <translation>Ground-source heat pump</translation>
    </message>
    <message>
        <source>Underfloor heating</source>
        <translation>Underfloor heating</translation>
    </message>
    <message>
        <source>Radiators</source>
        <translation>Radiators</translation>
    </message>
    <message>
        <source>is not used by the supply &quot;%1&quot;; leave it null</source>
        <translation>is not used by the supply &quot;%1&quot;; leave it null</translation>
    </message>
    <message>
        <source>must be &gt; 0 and at most %1 for the supply &quot;%2&quot;</source>
        <translation>must be &gt; 0 and at most %1 for the supply &quot;%2&quot;</translation>
    </message>
    <message>
        <source>must be a day of the year as MM-DD (got %1)</source>
        <translation>must be a day of the year as MM-DD (got %1)</translation>
    </message>
    <message>
        <source>must be &gt; 0 and at most 1</source>
        <translation>must be &gt; 0 and at most 1</translation>
    </message>
    <message>
        <source>%1: unknown supply &quot;%2&quot; (expected one of %3)</source>
        <translation>%1: unknown supply &quot;%2&quot; (expected one of %3)</translation>
    </message>
    <message>
        <source>%1: unknown emitter &quot;%2&quot; (expected one of %3)</source>
        <translation>%1: unknown emitter &quot;%2&quot; (expected one of %3)</translation>
    </message>
    <message>
        <source>%1: must be a day of the year as MM-DD, e.g. 10-15 (got &quot;%2&quot;)</source>
        <translation>%1: must be a day of the year as MM-DD, e.g. 10-15 (got &quot;%2&quot;)</translation>
    </message>
</context>
<context>
    <name>pz::io</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: could not be read</source>
        <translation>%1: could not be read</translation>
    </message>
    <message numerus="yes">
        <source>%1: … and %n more problem(s)</source>
        <translation>
            <numerusform>%1: … and %n more problem</numerusform>
            <numerusform>%1: … and %n more problems</numerusform>
        </translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <source>is a folder, not a project file</source>
        <translation>is a folder, not a project file</translation>
    </message>
    <message>
        <source>the file is too large (%1 MiB; project files are limited to %2 MiB)</source>
        <translation>the file is too large (%1 MiB; project files are limited to %2 MiB)</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>cannot be read: %1</translation>
    </message>
    <message>
        <source>the file is too large (project files are limited to %1 MiB)</source>
        <translation>the file is too large (project files are limited to %1 MiB)</translation>
    </message>
    <message>
        <source>%1: cannot be saved: %2</source>
        <translation>%1: cannot be saved: %2</translation>
    </message>
</context>
<context>
    <name>pz::io::HourlyCsv</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
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
        <translation>%1: the weather file is in UTC%2, the site&apos;s in UTC%3; an off-site plant&apos;s weather must use the site&apos;s time zone.</translation>
    </message>
    <message>
        <source>Checks after NDRC and NEA, 发改能源〔2025〕650号, 《关于有序推动绿电直连发展有关事项的通知》. The 60 % / 30 % / 35 % thresholds for grid-connected projects are verified from a secondary source quoting the notice (youfuw.com/guides/27018.html): &quot;并网型项目整体新能源年自发自用电量占总可用发电量的比例应不低于60%，占总用电量的比例应不低于30%，并不断提高自发自用比例，2030年前不低于35%&quot;; &quot;2030年前&quot; is read as &quot;by 2030&quot;. The 20 % export cap where a province applies it is unverified. ParkZero&apos;s definitions of self-use (consumption minus grid import) and of available generation (at the plants&apos; terminals, before line clipping and loss), and counting on-site generation as part of the project, are its own reading and unverified against the notice&apos;s metering rules.</source>
        <translation>Checks after NDRC and NEA, 发改能源〔2025〕650号, 《关于有序推动绿电直连发展有关事项的通知》. The 60 % / 30 % / 35 % thresholds for grid-connected projects are verified from a secondary source quoting the notice (youfuw.com/guides/27018.html): &quot;并网型项目整体新能源年自发自用电量占总可用发电量的比例应不低于60%，占总用电量的比例应不低于30%，并不断提高自发自用比例，2030年前不低于35%&quot;; &quot;2030年前&quot; is read as &quot;by 2030&quot;. The 20 % export cap where a province applies it is unverified. ParkZero&apos;s definitions of self-use (consumption minus grid import) and of available generation (at the plants&apos; terminals, before line clipping and loss), and counting on-site generation as part of the project, are its own reading and unverified against the notice&apos;s metering rules.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, line %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>expected 2 or 3 values (speed, power, thrust coefficient), found %1</source>
        <translation>expected 2 or 3 values (speed, power, thrust coefficient), found %1</translation>
    </message>
    <message>
        <source>wind speed</source>
        <translation>wind speed</translation>
    </message>
    <message>
        <source>power</source>
        <translation>power</translation>
    </message>
    <message>
        <source>negative wind speed %1 m/s</source>
        <translation>negative wind speed %1 m/s</translation>
    </message>
    <message>
        <source>wind speed %1 m/s does not increase (previous row %2 m/s)</source>
        <translation>wind speed %1 m/s does not increase (previous row %2 m/s)</translation>
    </message>
    <message>
        <source>negative power %1 kW</source>
        <translation>negative power %1 kW</translation>
    </message>
    <message>
        <source>thrust coefficient</source>
        <translation>thrust coefficient</translation>
    </message>
    <message>
        <source>the thrust coefficient must be given in every row or in none</source>
        <translation>the thrust coefficient must be given in every row or in none</translation>
    </message>
    <message>
        <source>%1 is not a number (&quot;%2&quot;)</source>
        <translation>%1 is not a number (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>missing header key &quot;%1&quot;</source>
        <translation>missing header key &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a positive number (&quot;%2&quot;)</source>
        <translation>&quot;%1&quot; must be a positive number (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>no header line &quot;%1&quot;</source>
        <translation>no header line &quot;%1&quot;</translation>
    </message>
    <message>
        <source>at least two rows (cut-in and cut-out) expected, found %1</source>
        <translation>at least two rows (cut-in and cut-out) expected, found %1</translation>
    </message>
    <message>
        <source>cut_in_m_s %1 differs from the first row&apos;s speed %2 m/s (line %3)</source>
        <translation>cut_in_m_s %1 differs from the first row&apos;s speed %2 m/s (line %3)</translation>
    </message>
    <message>
        <source>cut_out_m_s %1 differs from the last row&apos;s speed %2 m/s (line %3)</source>
        <translation>cut_out_m_s %1 differs from the last row&apos;s speed %2 m/s (line %3)</translation>
    </message>
    <message>
        <source>%1: the file has no thrust coefficients; they were filled with SAM&apos;s regression Ct(Cp).</source>
        <translation>%1: the file has no thrust coefficients; they were filled with SAM&apos;s regression Ct(Cp).</translation>
    </message>
    <message>
        <source>comment line after the header</source>
        <translation>comment line after the header</translation>
    </message>
    <message>
        <source>expected the header &quot;%1&quot;</source>
        <translation>expected the header &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: cannot open the turbine file (%2)</source>
        <translation>%1: cannot open the turbine file (%2)</translation>
    </message>
    <message>
        <source>%1: the file is too large for a turbine curve</source>
        <translation>%1: the file is too large for a turbine curve</translation>
    </message>
    <message>
        <source>Turbines %1 and %2 are %3 m apart: their rotors overlap (at least %4 m needed).</source>
        <translation>Turbines %1 and %2 are %3 m apart: their rotors overlap (at least %4 m needed).</translation>
    </message>
    <message>
        <source>Turbines %1 and %2 are %3 m apart, less than 3 rotor diameters (%4 m).</source>
        <translation>Turbines %1 and %2 are %3 m apart, less than 3 rotor diameters (%4 m).</translation>
    </message>
    <message>
        <source>Calm hours: %1 %</source>
        <translation>Calm hours: %1 %</translation>
    </message>
    <message>
        <source>Speeds are whole m/s.</source>
        <translation>Speeds are whole m/s.</translation>
    </message>
    <message>
        <source>Speed held constant for 6 h (4 observations a day).</source>
        <translation>Speed held constant for 6 h (4 observations a day).</translation>
    </message>
    <message>
        <source>Wind directions in this file look random hour to hour (mean change %1°); wake losses computed from it are not meaningful.</source>
        <translation>Wind directions in this file look random hour to hour (mean change %1°); wake losses computed from it are not meaningful.</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) with an invalid wind speed were set to calm.</source>
        <translation>
            <numerusform>%n hour with an invalid wind speed was set to calm.</numerusform>
            <numerusform>%n hours with an invalid wind speed were set to calm.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) without a valid wind direction run without wakes.</source>
        <translation>
            <numerusform>%n hour without a valid wind direction runs without wakes.</numerusform>
            <numerusform>%n hours without a valid wind direction run without wakes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) without a valid pressure use the standard atmosphere at the site elevation.</source>
        <translation>
            <numerusform>%n hour without a valid pressure uses the standard atmosphere at the site elevation.</numerusform>
            <numerusform>%n hours without a valid pressure use the standard atmosphere at the site elevation.</numerusform>
        </translation>
    </message>
</context>
</TS>
