/* 数据看板: draws the charts from the JSON the page embeds (#dashboard-data) with ECharts,
   served from static/vendor. Every point carries the link of the list behind it; a click
   opens that list. No inline script and no style attributes: the page keeps a strict CSP.

   ECharts (150 KB compressed, seconds of a phone's CPU) is fetched only once the page has
   loaded and painted: the figures, the league table and each chart's table show first. */
(function () {
  "use strict";

  var source = document.getElementById("dashboard-data");
  var charts = document.querySelector("[data-echarts-src]");
  if (!source || !charts) {
    return;
  }

  function afterFirstPaint(callback) {
    function next() {
      window.requestAnimationFrame(function () { window.setTimeout(callback, 0); });
    }
    if (document.readyState === "complete") {
      next();
    } else {
      window.addEventListener("load", next);
    }
  }

  afterFirstPaint(function () {
    var script = document.createElement("script");
    script.src = charts.getAttribute("data-echarts-src");
    script.onload = function () { drawAll(JSON.parse(source.textContent)); };
    script.onerror = function () { document.documentElement.setAttribute("data-charts-drawn", "0"); };
    document.head.appendChild(script);
  });

  function drawAll(data) {
    var drawn = [];
    var queue = [];
    var BRAND = ["#b8262b", "#f0ad4e", "#0d6efd", "#198754", "#6c757d", "#6610f2", "#20c997"];

    function draw(id, option) {
      var element = document.getElementById(id);
      if (!element) {
        return;
      }
      var chart = window.echarts.init(element, null, { renderer: "canvas" });
      option.color = option.color || BRAND;
      option.animationDuration = 300;
      chart.setOption(option);
      chart.on("click", function (params) {
        var link = params.data && params.data.link;
        if (link) {
          window.location.assign(link);
        }
      });
      drawn.push(chart);
    }

    // Tooltips are drawn on the canvas (renderMode "richText"), not as HTML: no markup to
    // escape, and no inline style for the strict CSP to block.
    function tooltip(params) {
      var items = Array.isArray(params) ? params : [params];
      var lines = [items[0].name || items[0].axisValueLabel || ""];
      items.forEach(function (item) {
        var datum = item.data || {};
        var value = item.value === null || item.value === undefined ? "—" : item.value;
        lines.push(datum.tip || (item.seriesName + "：" + value));
      });
      return lines.join("\n");
    }

    function tip(trigger, pointer) {
      return { trigger: trigger, renderMode: "richText", formatter: tooltip, axisPointer: { type: pointer || "none" } };
    }

    var legend = { top: 0, type: "scroll" };
    var grid = { left: 8, right: 16, top: 36, bottom: 8, containLabel: true };

    queue.push(["chart-projects", {
      tooltip: tip("axis", "shadow"),
      legend: legend,
      grid: grid,
      xAxis: { type: "value", minInterval: 1 },
      yAxis: { type: "category", data: data.programmes, inverse: true, axisLabel: { width: 110, overflow: "truncate" } },
      series: data.projects.map(function (series) {
        return { name: series.name, type: "bar", stack: "projects", data: series.data, barMaxWidth: 18 };
      })
    }]);

    queue.push(["chart-needs", {
      tooltip: tip("axis", "shadow"),
      legend: legend,
      grid: grid,
      xAxis: { type: "value", max: 100, axisLabel: { formatter: "{value}%" } },
      yAxis: { type: "category", data: data.programmes, inverse: true, axisLabel: { width: 110, overflow: "truncate" } },
      series: data.needs.map(function (series) {
        return { name: series.name, type: "bar", data: series.data, barMaxWidth: 8 };
      })
    }]);

    queue.push(["chart-funnel", {
      tooltip: tip("item"),
      series: [{
        type: "funnel", sort: "none", minSize: "12%", left: "10%", width: "80%", top: 8, bottom: 8,
        label: { show: true, position: "inside", formatter: "{b}\n{c}" },
        data: data.funnel.stages
      }]
    }]);

    queue.push(["chart-stops", {
      tooltip: tip("axis", "shadow"),
      grid: Object.assign({}, grid, { left: 24 }),  // room for the first rotated label
      xAxis: { type: "category", data: data.funnel.stops.map(function (s) { return s.name; }),
               axisLabel: { interval: 0, rotate: 30 } },
      yAxis: { type: "value", minInterval: 1 },
      // Red where matches dropped out, blue where they still wait for someone.
      series: [{ name: "认领认捐", type: "bar", barMaxWidth: 28, data: data.funnel.stops.map(function (stop) {
        return Object.assign({ itemStyle: { color: stop.dropped ? BRAND[0] : BRAND[2] } }, stop);
      }) }]
    }]);

    queue.push(["chart-sponsors", {
      tooltip: tip("axis", "shadow"),
      legend: legend,
      grid: grid,
      xAxis: { type: "category", data: data.sponsors.kinds },
      yAxis: [{ type: "value", name: "项", minInterval: 1 }, { type: "value", name: "元" }],
      series: [
        { name: "认领认捐（项）", type: "bar", data: data.sponsors.matches, barMaxWidth: 28 },
        { name: "资金（元）", type: "bar", yAxisIndex: 1, data: data.sponsors.money, barMaxWidth: 28 }
      ]
    }]);

    queue.push(["chart-trend", {
      tooltip: tip("axis", "line"),
      legend: legend,
      grid: grid,
      xAxis: { type: "category", data: data.trend.months, boundaryGap: false },
      yAxis: { type: "value", minInterval: 1 },
      series: data.trend.series.map(function (series) {
        return { name: series.name, type: "line", data: series.data, symbolSize: 8, triggerLineEvent: false };
      })
    }]);

    // One chart per task: a phone stays responsive to a tap or a scroll between charts.
    (function drawNext() {
      var next = queue.shift();
      if (next) {
        draw(next[0], next[1]);
        window.setTimeout(drawNext, 0);
        return;
      }
      window.addEventListener("resize", function () {
        drawn.forEach(function (chart) { chart.resize(); });
      });
      // For people and tests alike: how many charts were drawn.
      document.documentElement.setAttribute("data-charts-drawn", String(drawn.length));
    })();
  }
})();
