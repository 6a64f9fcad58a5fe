package kz.appeals.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.text.DecimalFormat;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** PNG charts (JFreeChart, headless). Each method writes one file and never fails the run: a chart is a extra. */
final class Charts {

    private static final int WIDTH = 960;
    private static final int HEIGHT = 520;

    private Charts() {
    }

    /** Line chart; each series is a list of {x, y} points. Non-positive values are dropped on log axes. */
    static boolean lines(Path file, String title, String xLabel, String yLabel, Map<String, List<double[]>> series,
                         boolean logX, boolean logY, boolean shapes) {
        try {
            XYSeriesCollection data = new XYSeriesCollection();
            series.forEach((name, points) -> {
                XYSeries s = new XYSeries(name, false, true);
                for (double[] p : points) {
                    if (Double.isFinite(p[0]) && Double.isFinite(p[1]) && (!logX || p[0] > 0) && (!logY || p[1] > 0)) {
                        s.add(p[0], p[1]);
                    }
                }
                data.addSeries(s);
            });
            JFreeChart chart = ChartFactory.createXYLineChart(title, xLabel, yLabel, data, PlotOrientation.VERTICAL,
                    true, false, false);
            XYPlot plot = chart.getXYPlot();
            style(chart);
            plot.setBackgroundPaint(Color.WHITE);
            plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
            plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
            if (logX) {
                plot.setDomainAxis(logAxis(xLabel, 1e-3));
            }
            if (logY) {
                plot.setRangeAxis(logAxis(yLabel, 1e-3));
            } else {
                ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
            }
            XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, shapes);
            for (int i = 0; i < data.getSeriesCount(); i++) {
                renderer.setSeriesStroke(i, new BasicStroke(2f));
            }
            plot.setRenderer(renderer);
            ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
            return true;
        } catch (IOException | RuntimeException e) {
            Bench.log("chart " + file.getFileName() + " not written: " + e);
            return false;
        }
    }

    /** Grouped bar chart: series -> (category -> value). */
    static boolean bars(Path file, String title, String yLabel, Map<String, Map<String, Double>> series,
                        boolean logY) {
        try {
            DefaultCategoryDataset data = new DefaultCategoryDataset();
            series.forEach((name, values) -> values.forEach((category, value) -> {
                if (value != null && Double.isFinite(value) && (!logY || value > 0)) {
                    data.addValue(value, name, category);
                }
            }));
            JFreeChart chart = ChartFactory.createBarChart(title, null, yLabel, data, PlotOrientation.VERTICAL,
                    true, false, false);
            style(chart);
            CategoryPlot plot = chart.getCategoryPlot();
            plot.setBackgroundPaint(Color.WHITE);
            plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
            if (logY) {
                plot.setRangeAxis(logAxis(yLabel, 1e-2));
            }
            ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
            return true;
        } catch (IOException | RuntimeException e) {
            Bench.log("chart " + file.getFileName() + " not written: " + e);
            return false;
        }
    }

    static Map<String, List<double[]>> series() {
        return new LinkedHashMap<>();
    }

    private static LogAxis logAxis(String label, double smallest) {
        LogAxis axis = new LogAxis(label);
        axis.setBase(10);
        axis.setSmallestValue(smallest);
        axis.setNumberFormatOverride(new DecimalFormat("#,##0.###"));
        axis.setTickUnit(new NumberTickUnit(1)); // one label per power of ten
        return axis;
    }

    private static void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
    }
}
