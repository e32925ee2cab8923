// Entry point of Stackwise's own ECharts build: only what the app's radar charts
// need (the radar series and coordinate, tooltip, legend, title, aria with decal
// patterns, and the SVG renderer), exposed as the global `echarts` that charming's
// WasmRenderer calls. `npm run bundle-echarts` (run by scripts/setup) bundles it with
// the pinned esbuild into vendor/; the output's name carries the pinned ECharts
// version (package.json) and is the name src/adapters/echarts.rs loads.
import * as echarts from 'echarts/core';
import { RadarChart } from 'echarts/charts';
import {
  AriaComponent,
  LegendComponent,
  RadarComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([
  RadarChart,
  RadarComponent,
  TooltipComponent,
  LegendComponent,
  TitleComponent,
  AriaComponent,
  SVGRenderer,
]);

globalThis.echarts = echarts;
