import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * The report's chart, drawn with Java2D: left, throughput at 16 users of every workload on a
 * log scale with the baselines and the 50% targets marked; right, the median time of the desk
 * and editor requests at 1 user as the number of stories grows.
 */
final class Chart {

  private static final Color[] LINES = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0x9467bd), new Color(0xff7f0e)};

  private Chart() {}

  static void write(Harness h, Path file) throws IOException {
    int w = 1600;
    int hgt = 900;
    BufferedImage img = new BufferedImage(w, hgt, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, hgt);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
    g.drawString("Copydesk benchmark, " + h.machine.get("date").substring(0, 10) + " (" + h.machine.get("cores (nproc)") + " cores, "
        + h.machine.get("JDK (server and load generator)") + ")", 20, 32);
    throughput(h, g, 20, 60, 940, 820);
    sizes(h, g, 1000, 60, 580, 820);
    g.dispose();
    ImageIO.write(img, "png", file.toFile());
  }

  private record Bar(String label, double value, boolean baseline) {}

  private static void throughput(Harness h, Graphics2D g, int x0, int y0, int width, int height) {
    String phase = h.phases.get(0).name;
    List<Bar> bars = new ArrayList<>();
    double stat = 0;
    double faces = 0;
    for (var e : h.entries) {
      if (!e.phase().equals(phase)) {
        continue;
      }
      var run = e.runs().stream().filter(r -> r.users() == 16).findFirst();
      if (run.isEmpty()) {
        continue;
      }
      double v = run.get().total().perSecond();
      bars.add(new Bar(e.id() + " " + e.label(), v, e.id().startsWith("B")));
      if (e.label().equals("static file")) {
        stat = v;
      }
      if (e.label().equals("trivial Faces page")) {
        faces = v;
      }
    }
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
    g.drawString("Requests per second at 16 users, " + phase + " stories (log scale)", x0, y0 + 10);
    int labelW = 330;
    int plotX = x0 + labelW;
    int plotW = width - labelW - 20;
    int top = y0 + 50;
    int barH = Math.max(10, Math.min(34, (height - 110) / Math.max(1, bars.size()) - 6));
    double lo = 1;
    double hi = Math.pow(10, Math.ceil(Math.log10(Math.max(10, bars.stream().mapToDouble(Bar::value).max().orElse(10)))));
    java.util.function.DoubleUnaryOperator xs = v -> plotX + plotW * (Math.log10(Math.max(lo, v)) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo));
    int bottom = top + bars.size() * (barH + 6);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    for (double t = lo; t <= hi; t *= 10) {
      int x = (int) xs.applyAsDouble(t);
      g.setColor(new Color(0xdddddd));
      g.drawLine(x, top - 5, x, bottom);
      g.setColor(Color.DARK_GRAY);
      g.drawString(String.format("%,.0f", t), x - 10, bottom + 16);
    }
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      int y = top + i * (barH + 6);
      g.setColor(b.baseline() ? new Color(0x999999) : new Color(0x1f77b4));
      g.fillRect(plotX, y, (int) (xs.applyAsDouble(b.value()) - plotX), barH);
      g.setColor(Color.BLACK);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
      g.drawString(abbreviate(b.label(), 46), x0, y + barH - 4);
      g.drawString(String.format("%,.0f", b.value()), (int) xs.applyAsDouble(b.value()) + 4, y + barH - 4);
    }
    g.setStroke(new BasicStroke(2, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
    if (stat > 0) {
      marker(g, (int) xs.applyAsDouble(stat / 2), top, bottom, new Color(0xd62728), "50% of static (W6 target)");
    }
    if (faces > 0) {
      marker(g, (int) xs.applyAsDouble(faces / 2), top, bottom, new Color(0x2ca02c), "50% of Faces page (W1/W2 target)");
    }
    g.setStroke(new BasicStroke(1));
  }

  private static void marker(Graphics2D g, int x, int top, int bottom, Color c, String text) {
    g.setColor(c);
    g.drawLine(x, top - 10, x, bottom);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    g.drawString(text, x + 3, bottom + 34 + (c.getGreen() > 150 ? 16 : 0));
  }

  private static void sizes(Harness h, Graphics2D g, int x0, int y0, int width, int height) {
    List<String> labels = List.of("desk, first page", "desk, last page (ajax paging)", "desk, filtered by state", "open the editor (3,000 words)");
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
    g.drawString("Median ms at 1 user by seeded stories", x0, y0 + 10);
    int plotX = x0 + 50;
    int plotW = width - 80;
    int top = y0 + 50;
    int plotH = height - 250;
    double max = 1;
    List<double[]> series = new ArrayList<>();
    for (String label : labels) {
      double[] v = new double[h.phases.size()];
      for (int i = 0; i < h.phases.size(); i++) {
        String phase = h.phases.get(i).name;
        v[i] = h.entries.stream().filter(e -> e.phase().equals(phase) && e.label().equals(label)).findFirst()
            .map(e -> e.runs().get(0).total().p50()).orElse(Double.NaN);
        if (!Double.isNaN(v[i])) {
          max = Math.max(max, v[i]);
        }
      }
      series.add(v);
    }
    max = Math.ceil(max * 1.15 / 10) * 10;
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    for (int t = 0; t <= 5; t++) {
      double val = max * t / 5;
      int y = top + plotH - (int) (plotH * val / max);
      g.setColor(new Color(0xdddddd));
      g.drawLine(plotX, y, plotX + plotW, y);
      g.setColor(Color.DARK_GRAY);
      g.drawString(String.format("%.0f", val), x0, y + 4);
    }
    int n = h.phases.size();
    for (int i = 0; i < n; i++) {
      int x = plotX + (n == 1 ? plotW / 2 : plotW * i / (n - 1));
      g.drawString(h.phases.get(i).name, x - 20, top + plotH + 18);
    }
    g.setStroke(new BasicStroke(2.5f));
    for (int s = 0; s < series.size(); s++) {
      g.setColor(LINES[s % LINES.length]);
      double[] v = series.get(s);
      int px = -1;
      int py = -1;
      for (int i = 0; i < n; i++) {
        if (Double.isNaN(v[i])) {
          continue;
        }
        int x = plotX + (n == 1 ? plotW / 2 : plotW * i / (n - 1));
        int y = top + plotH - (int) (plotH * v[i] / max);
        g.fillOval(x - 4, y - 4, 8, 8);
        if (px >= 0) {
          g.drawLine(px, py, x, y);
        }
        px = x;
        py = y;
      }
      g.drawString(labels.get(s), plotX, top + plotH + 50 + s * 20);
    }
    g.setStroke(new BasicStroke(1));
  }

  private static String abbreviate(String s, int max) {
    return s.length() > max ? s.substring(0, max - 1) + "…" : s;
  }
}
