package io.github.ecamaven.eca.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;

/**
 * Turns bench/run.sh's raw runs (tsv) into the markdown table and the PNG chart of the plugin's own cost against
 * the tree size. JDK-only (java.awt headless), so it runs from test-classes alone.
 */
public final class BenchReport {

    private record Run(String tree, int files, int apps, String work, double wall, double cpu, int rssMb,
            double load, int exit) {}

    /** One line of the table: the medians of a tree's work. */
    record Row(String tree, int files, int apps, String work, int n, double wall, double min, double max, double cpu,
            int rssMb, double load, int failed, Double own, Double ownCpu, Double ratio, Integer rssOver) {}

    private BenchReport() {}

    /** Usage: {@code BenchReport <results.tsv> <results.md> <cost.png>}. */
    public static void main(String[] args) throws IOException {
        List<Row> rows = rows(read(Path.of(args[0])));
        Files.writeString(Path.of(args[1]), markdown(rows));
        chart(rows, Path.of(args[2]));
    }

    private static List<Run> read(Path tsv) throws IOException {
        List<Run> out = new ArrayList<>();
        for (String line : Files.readAllLines(tsv).subList(1, Files.readAllLines(tsv).size())) {
            String[] c = line.split("\t");
            out.add(new Run(c[0], Integer.parseInt(c[1]), Integer.parseInt(c[2]), c[3], Double.parseDouble(c[5]),
                    Double.parseDouble(c[6]), Integer.parseInt(c[7]), Double.parseDouble(c[8]),
                    Integer.parseInt(c[9])));
        }
        return out;
    }

    static List<Row> rows(List<Run> runs) {
        Map<String, List<Run>> by = new LinkedHashMap<>();
        for (Run r : runs) {
            by.computeIfAbsent(r.tree() + "\u0000" + r.work(), k -> new ArrayList<>()).add(r);
        }
        Map<String, Row> floors = new LinkedHashMap<>();
        List<Row> out = new ArrayList<>();
        for (List<Run> g : by.values()) {
            Run f = g.get(0);
            List<Double> wall = g.stream().map(Run::wall).sorted().toList();
            Row row = new Row(f.tree(), f.files(), f.apps(), f.work(), g.size(), median(wall), wall.get(0),
                    wall.get(wall.size() - 1), median(g.stream().map(Run::cpu).sorted().toList()),
                    g.stream().mapToInt(Run::rssMb).max().orElse(0),
                    median(g.stream().map(Run::load).sorted().toList()),
                    (int) g.stream().filter(r -> r.exit() != 0).count(), null, null, null, null);
            if (f.work().equals("maven floor")) {
                floors.put(f.tree(), row);
            }
            out.add(row);
        }
        List<Row> withCost = new ArrayList<>();
        for (Row r : out) {
            Row floor = floors.get(r.tree());
            boolean maven = floor != null && r != floor && !r.work().startsWith("sf ");
            withCost.add(!maven ? r : new Row(r.tree(), r.files(), r.apps(), r.work(), r.n(), r.wall(), r.min(),
                    r.max(), r.cpu(), r.rssMb(), r.load(), r.failed(), r.wall() - floor.wall(),
                    r.cpu() - floor.cpu(), r.wall() / floor.wall(), r.rssMb() - floor.rssMb()));
        }
        return withCost;
    }

    private static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static String markdown(List<Row> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append("| tree (files, apps) | work | runs | wall median (min–max) | CPU median | peak RSS |"
                + " load (1 min) | own cost wall | own cost CPU | × floor | RSS over floor |\n");
        sb.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "| %s (%,d, %d) | %s | %d%s | %.2f s (%.2f–%.2f) | %.2f s | %d MB |"
                    + " %.1f | %s | %s | %s | %s |\n", r.tree(), r.files(), r.apps(), r.work(), r.n(),
                    r.failed() > 0 ? " (" + r.failed() + " failed)" : "", r.wall(), r.min(), r.max(), r.cpu(),
                    r.rssMb(), r.load(), r.own() == null ? "–" : String.format(Locale.ROOT, "%+.2f s", r.own()),
                    r.ownCpu() == null ? "–" : String.format(Locale.ROOT, "%+.2f s", r.ownCpu()),
                    r.ratio() == null ? "–" : String.format(Locale.ROOT, "%.2f", r.ratio()),
                    r.rssOver() == null ? "–" : String.format(Locale.ROOT, "%+d MB", r.rssOver())));
        }
        return sb.toString();
    }

    /** Own cost (wall and CPU) of validate and the up-to-date generate, and sf convert's wall, against files. */
    static void chart(List<Row> rows, Path png) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Map<String, TreeMap<Integer, Double>> series = new LinkedHashMap<>();
        for (Row r : rows) {
            if (r.files() == 0 || r.apps() != 100) {
                continue;
            }
            if (r.own() != null) {
                series.computeIfAbsent(r.work() + ", own wall", k -> new TreeMap<>()).put(r.files(), r.own());
                series.computeIfAbsent(r.work() + ", own CPU", k -> new TreeMap<>()).put(r.files(), r.ownCpu());
            } else if (r.work().startsWith("sf ")) {
                series.computeIfAbsent(r.work() + ", wall", k -> new TreeMap<>()).put(r.files(), r.wall());
            }
        }
        int w = 900, h = 560, left = 70, right = 330, top = 40, bottom = 60;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        double minX = series.values().stream().flatMap(m -> m.keySet().stream()).mapToInt(i -> i).min().orElse(1);
        double maxX = series.values().stream().flatMap(m -> m.keySet().stream()).mapToInt(i -> i).max().orElse(10);
        double maxY = Math.max(0.5, series.values().stream().flatMap(m -> m.values().stream())
                .mapToDouble(d -> d).max().orElse(1) * 1.1);
        double minY = Math.min(0, series.values().stream().flatMap(m -> m.values().stream())
                .mapToDouble(d -> d).min().orElse(0));
        double lx0 = Math.log10(minX), lx1 = Math.max(lx0 + 1, Math.log10(maxX));
        int pw = w - left - right, ph = h - top - bottom;
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawString("Own cost over the Maven floor, and sf, against tree size (apps = 100)", left, 20);
        g.drawRect(left, top, pw, ph);
        for (int i = 0; i <= 5; i++) {
            double y = minY + (maxY - minY) * i / 5;
            int py = top + ph - (int) (ph * i / 5.0);
            g.setColor(new Color(230, 230, 230));
            g.drawLine(left + 1, py, left + pw - 1, py);
            g.setColor(Color.BLACK);
            g.drawString(String.format(Locale.ROOT, "%.1f s", y), 10, py + 4);
        }
        for (int e = (int) Math.ceil(lx0); e <= lx1; e++) {
            int px = left + (int) (pw * (e - lx0) / (lx1 - lx0));
            g.drawString(String.format(Locale.ROOT, "%,d", (long) Math.pow(10, e)), px - 15, top + ph + 18);
        }
        g.drawString("files in the tree (log scale)", left + pw / 2 - 70, h - 20);
        Color[] colors = {new Color(0x1f77b4), new Color(0x1f77b4), new Color(0xff7f0e), new Color(0xff7f0e),
            new Color(0x2ca02c), new Color(0xd62728)};
        int i = 0;
        for (Map.Entry<String, TreeMap<Integer, Double>> s : series.entrySet()) {
            Color c = colors[i % colors.length];
            boolean dashed = s.getKey().endsWith("CPU");
            g.setColor(c);
            g.setStroke(dashed ? new BasicStroke(2, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1,
                    new float[] {6, 4}, 0) : new BasicStroke(2));
            int[] prev = null;
            for (Map.Entry<Integer, Double> p : s.getValue().entrySet()) {
                int px = left + (int) (pw * (Math.log10(p.getKey()) - lx0) / (lx1 - lx0));
                int py = top + ph - (int) (ph * (p.getValue() - minY) / (maxY - minY));
                g.fillOval(px - 3, py - 3, 7, 7);
                if (prev != null) {
                    g.drawLine(prev[0], prev[1], px, py);
                }
                prev = new int[] {px, py};
            }
            g.drawLine(left + pw + 15, top + 10 + i * 20, left + pw + 40, top + 10 + i * 20);
            g.setColor(Color.BLACK);
            g.drawString(s.getKey(), left + pw + 45, top + 14 + i * 20);
            i++;
        }
        g.dispose();
        Files.createDirectories(png.toAbsolutePath().getParent());
        ImageIO.write(img, "png", png.toFile());
    }
}
