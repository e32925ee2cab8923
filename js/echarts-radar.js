// Entry point of Stackwise's own ECharts build. It keeps only what the radar chart
// needs (about a third of the full library) and exposes the global `echarts` that
// charming's WasmRenderer calls. Bundled by `npm run bundle-echarts` into
// vendor/echarts-radar.min.js, which Trunk copies into dist/.
import * as echarts from 'echarts/core';
import { RadarChart } from 'echarts/charts';
import { LegendComponent, RadarComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([RadarChart, RadarComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

globalThis.echarts = echarts;
