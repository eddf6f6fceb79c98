/*
 * <kpi-chart>: one Apache ECharts chart as a plain custom element (no Lit, no npm imports), so the Vaadin production
 * bundle never needs rebuilding and Node.js is never needed. Served as a static file from /components/ and loaded by
 * URL (@JavaScript("context://components/kpi-chart.js")); ECharts itself comes from the org.webjars:echarts jar at
 * /webjars/echarts/5.5.0/echarts.min.js and is fetched once, when the first chart connects.
 *
 * The server sets the chart's ECharts option as the JSON property `option`; the element draws it when connected,
 * redraws it when the option changes, follows its container's size, and frees the chart when removed. What the chart
 * means for screen readers (role="img", aria-label) and its data table are set by the server around it.
 */
(() => {
  if (customElements.get('kpi-chart')) {
    return;
  }
  const ECHARTS_URL = new URL('webjars/echarts/5.5.0/echarts.min.js', document.baseURI).href;
  let echartsLoading;

  function loadEcharts() {
    if (window.echarts) {
      return Promise.resolve(window.echarts);
    }
    if (!echartsLoading) {
      echartsLoading = new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = ECHARTS_URL;
        script.onload = () => resolve(window.echarts);
        script.onerror = () => {
          echartsLoading = undefined; // let a later chart try again
          reject(new Error('kpi-chart: ECharts did not load from ' + ECHARTS_URL));
        };
        document.head.appendChild(script);
      });
    }
    return echartsLoading;
  }

  class KpiChart extends HTMLElement {
    constructor() {
      super();
      this._option = null;
      this._chart = null;
      this._resizeObserver = null;
    }

    set option(value) {
      this._option = typeof value === 'string' ? JSON.parse(value) : value;
      this._draw();
    }

    get option() {
      return this._option;
    }

    connectedCallback() {
      // The server may have set the property before this element was defined: it then sits on the instance and
      // hides the setter. Move it through the setter.
      if (Object.prototype.hasOwnProperty.call(this, 'option')) {
        const early = this.option;
        delete this.option;
        this.option = early;
      }
      this._connected = true;
      loadEcharts()
        .then((echarts) => {
          if (!this._connected || this._chart) {
            return;
          }
          this._chart = echarts.init(this, null, { renderer: 'svg' });
          this._draw();
          // Tabs and details hide charts (zero size) and windows resize: follow the container.
          this._resizeObserver = new ResizeObserver(() => {
            if (this._chart) {
              this._chart.resize();
            }
          });
          this._resizeObserver.observe(this);
          this.setAttribute('data-ready', '');
        })
        .catch((error) => {
          this.setAttribute('data-error', '');
          console.error(error);
        });
    }

    disconnectedCallback() {
      this._connected = false;
      if (this._resizeObserver) {
        this._resizeObserver.disconnect();
        this._resizeObserver = null;
      }
      if (this._chart) {
        this._chart.dispose();
        this._chart = null;
      }
      this.removeAttribute('data-ready');
    }

    _draw() {
      if (this._chart && this._option) {
        this._chart.setOption(this._option, true);
      }
    }
  }

  customElements.define('kpi-chart', KpiChart);
})();
