// Entry point of Stackwise's own ECharts build: only what the app's radar charts
// need (the radar series and coordinate, tooltip, legend, title, aria with decal
// patterns, and the SVG renderer), exposed as the global `echarts` that charming's
// WasmRenderer calls. `npm run bundle-echarts` (run by scripts/setup) bundles it with
// the pinned esbuild into vendor/; the output's name carries the pinned ECharts
// version (package.json) and is the name src/adapters/echarts.rs loads.
//
// The global holds only the two functions anything calls: `init` (charming and
// src/adapters/echarts.rs; every other call goes to the chart instance it returns)
// and `getInstanceByDom` (the end-to-end tests, to find a drawn chart). Exporting
// the whole `echarts/core` namespace kept everything it names (map registration,
// the formatting and data helpers, `graphic`, ...) in the bundle: about 31 kB more
// to download and parse, 11 kB after gzip.
//
// The bundle starts with V8's compile hint `//# allFunctionsCalledOnLoad`
// (package.json's bundle-echarts adds it): the library is loaded only to draw a
// chart at once, so V8 compiles every function while it streams the script, off
// the main thread, instead of one by one during the first `setOption`; and the
// code cache kept for the next visit then holds them all. With the service worker
// serving the script, the radar was drawn about 100 ms sooner at 4x CPU
// throttling (docs/benchmarks.md).
import { getInstanceByDom, init, use } from 'echarts/core';
import { RadarChart } from 'echarts/charts';
import {
  AriaComponent,
  LegendComponent,
  RadarComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

use([
  RadarChart,
  RadarComponent,
  TooltipComponent,
  LegendComponent,
  TitleComponent,
  AriaComponent,
  SVGRenderer,
]);

globalThis.echarts = { init, getInstanceByDom };
