// The dashboard's ECharts: only what static/js/dashboard.js draws (bars, a line, a funnel,
// axes on a grid, tooltips, a scrolling legend) on a canvas. Exposed as window.echarts,
// like the full build it replaces. Built by assets/build.sh.
import * as echarts from "echarts/core";
import { BarChart, FunnelChart, LineChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";

echarts.use([BarChart, FunnelChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);
window.echarts = echarts;
