package org.socialsim.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.BaseJsonNode;

/**
 * An Apache ECharts chart: the {@code <kpi-chart>} element of {@code frontend/components/kpi-chart.js}, a plain custom
 * element served as a static file and loaded by URL, so the Vaadin bundle is never rebuilt and no Node.js is needed.
 * The option is the chart's ECharts option as maps and lists. A chart is an image to a screen reader: it carries
 * {@code role="img"} and a summary as its accessible name; put its data table beside it.
 */
@Tag("kpi-chart")
@JavaScript("context://components/kpi-chart.js")
public class KpiChart extends Component implements HasSize, HasStyle {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public KpiChart(String summary, Map<String, Object> option) {
        getElement().setAttribute("role", "img");
        setSummary(summary);
        setOption(option);
        addClassName("kpi-chart");
    }

    /** Draws {@code option} (an ECharts option), replacing what was drawn. */
    public final void setOption(Map<String, Object> option) {
        getElement().setPropertyJson("option", (BaseJsonNode) JSON.valueToTree(option));
    }

    /** What the chart shows, in one or two sentences: its accessible name. */
    public final void setSummary(String summary) {
        getElement().setAttribute("aria-label", summary);
    }
}
