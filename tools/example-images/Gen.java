import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.function.Consumer;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Draws the generated illustrations for the example briefing in content/.
 *
 * <p>Run from the repository root: {@code java tools/example-images/Gen.java [output-dir]}.
 * The output folder defaults to {@code static/images}. Every image uses a fixed random seed, so
 * a rerun reproduces the same pictures.
 */
public final class Gen {
  private static final int W = 1200;
  private static final int H = 675;
  private static final float QUALITY = 0.86f;

  private static final Color NAVY = new Color(0x0f1b2d);
  private static final Color INK = new Color(0x1c2b44);
  private static final Color SLATE = new Color(0x3d5a80);
  private static final Color SKY = new Color(0x98c1d9);
  private static final Color PAPER = new Color(0xf1efe9);
  private static final Color BRICK = new Color(0xb5473a);
  private static final Color AMBER = new Color(0xe0a458);
  private static final Color STEEL = new Color(0x8d99ae);

  public static void main(String[] args) throws IOException {
    System.setProperty("java.awt.headless", "true");
    Path out = Path.of(args.length > 0 ? args[0] : "static/images");
    Files.createDirectories(out);
    write(out, "nato-expels-eight.jpg", Gen::vacatedSeats);
    write(out, "kremlin-dusk.jpg", Gen::duskSkyline);
    write(out, "suspended-link.jpg", Gen::brokenLink);
    write(out, "allies-ring.jpg", Gen::alliesRing);
    write(out, "channels-diagram.jpg", Gen::channels);
    write(out, "defence-ministers-table.jpg", Gen::conferenceTable);
    write(out, "door-ajar.jpg", Gen::doorAjar);
  }

  /** A long table from above: twenty places, eight vacated, two struck off. */
  private static void vacatedSeats(Graphics2D g) {
    g.setPaint(new RadialGradientPaint(W / 2f, H / 2f, W * 0.7f,
        new float[] {0f, 1f}, new Color[] {INK, NAVY}));
    g.fillRect(0, 0, W, H);
    float tx = 150, ty = 250, tw = 900, th = 175;
    g.setColor(new Color(0, 0, 0, 90));
    g.fill(new RoundRectangle2D.Float(tx + 10, ty + 14, tw, th, 40, 40));
    g.setPaint(new GradientPaint(0, ty, new Color(0x6b4f3a), 0, ty + th, new Color(0x4e3a2c)));
    g.fill(new RoundRectangle2D.Float(tx, ty, tw, th, 40, 40));
    g.setColor(new Color(255, 255, 255, 25));
    g.fill(new RoundRectangle2D.Float(tx + 24, ty + 60, tw - 48, 55, 20, 20));
    int[] state = {0, 1, 0, 0, 1, 2, 0, 1, 0, 1, 1, 0, 0, 1, 2, 0, 1, 0, 1, 0};
    for (int i = 0; i < 20; i++) {
      int col = i % 10;
      boolean top = i < 10;
      float cx = tx + 75 + col * 83.3f;
      float cy = top ? ty - 62 : ty + th + 62;
      chair(g, cx, cy, state[i]);
      if (state[i] == 0) {
        g.setColor(PAPER);
        g.fill(new Rectangle2D.Float(cx - 18, top ? ty + 14 : ty + th - 50, 36, 36));
      }
    }
  }

  private static void chair(Graphics2D g, float cx, float cy, int state) {
    Ellipse2D seat = new Ellipse2D.Float(cx - 30, cy - 30, 60, 60);
    switch (state) {
      case 0 -> {
        g.setColor(SLATE);
        g.fill(seat);
        g.setColor(SKY);
        g.setStroke(new BasicStroke(3f));
        g.draw(seat);
      }
      case 1 -> {
        g.setColor(new Color(0x8d99ae, false).darker().darker());
        g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
            new float[] {7f, 9f}, 0f));
        g.draw(seat);
      }
      default -> {
        g.setColor(new Color(BRICK.getRed(), BRICK.getGreen(), BRICK.getBlue(), 140));
        g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Float(cx - 20, cy - 20, cx + 20, cy + 20));
        g.draw(new Line2D.Float(cx - 20, cy + 20, cx + 20, cy - 20));
      }
    }
  }

  /** A skyline of domes, towers and a crenellated wall against a dusk sky. */
  private static void duskSkyline(Graphics2D g) {
    g.setPaint(new GradientPaint(0, 0, new Color(0x1d2d50), 0, H * 0.75f, new Color(0xc0604d)));
    g.fillRect(0, 0, W, H);
    g.setColor(new Color(0xf6d8ae));
    g.fill(new Ellipse2D.Float(820, 300, 120, 120));
    Random rnd = new Random(2021_10_07L);
    g.setColor(new Color(0x2a2440));
    for (int x = -20; x < W; x += 60 + rnd.nextInt(50)) {
      int h = 60 + rnd.nextInt(90);
      g.fillRect(x, H - 170 - h, 50 + rnd.nextInt(40), h + 170);
    }
    Color front = new Color(0x141126);
    g.setColor(front);
    g.fillRect(0, H - 150, W, 150);
    for (int x = 0; x < W; x += 36) {
      Path2D merlon = new Path2D.Float();
      merlon.moveTo(x + 4, H - 150);
      merlon.lineTo(x + 4, H - 178);
      merlon.lineTo(x + 13, H - 168);
      merlon.lineTo(x + 22, H - 178);
      merlon.lineTo(x + 22, H - 150);
      merlon.closePath();
      g.fill(merlon);
    }
    tower(g, front, 150, 330, 70);
    tower(g, front, 1000, 360, 60);
    float[][] domes = {{420, 250, 80}, {520, 300, 60}, {600, 230, 95}, {700, 290, 60}};
    for (float[] d : domes) {
      dome(g, front, d[0], d[1], d[2]);
    }
  }

  private static void tower(Graphics2D g, Color c, float x, float top, float w) {
    g.setColor(c);
    g.fill(new Rectangle2D.Float(x, top, w, H - top));
    Path2D roof = new Path2D.Float();
    roof.moveTo(x - 6, top);
    roof.lineTo(x + w / 2, top - w * 1.6f);
    roof.lineTo(x + w + 6, top);
    roof.closePath();
    g.fill(roof);
    g.setColor(new Color(0xe0a458));
    g.fill(new Ellipse2D.Float(x + w / 2 - 7, top - w * 1.6f - 16, 14, 14));
  }

  private static void dome(Graphics2D g, Color c, float cx, float top, float w) {
    g.setColor(c);
    float drumTop = top + w * 0.9f;
    g.fill(new Rectangle2D.Float(cx - w * 0.35f, drumTop, w * 0.7f, H - drumTop));
    Path2D onion = new Path2D.Float();
    onion.moveTo(cx, top - w * 0.45f);
    onion.curveTo(cx + w * 0.1f, top, cx + w * 0.62f, top + w * 0.25f, cx + w * 0.4f, drumTop);
    onion.lineTo(cx - w * 0.4f, drumTop);
    onion.curveTo(cx - w * 0.62f, top + w * 0.25f, cx - w * 0.1f, top, cx, top - w * 0.45f);
    onion.closePath();
    g.fill(onion);
    g.setStroke(new BasicStroke(3f));
    g.draw(new Line2D.Float(cx, top - w * 0.45f, cx, top - w * 0.75f));
  }

  /** A map-like field with two nodes whose connecting arc is cut in the middle. */
  private static void brokenLink(Graphics2D g) {
    g.setColor(NAVY);
    g.fillRect(0, 0, W, H);
    Random rnd = new Random(2021_10_18L);
    g.setColor(new Color(0x1f3350));
    for (int i = 0; i < 9; i++) {
      g.fill(blob(rnd, 80 + rnd.nextInt(W - 160), 80 + rnd.nextInt(H - 160), 60 + rnd.nextInt(140)));
    }
    g.setColor(new Color(255, 255, 255, 22));
    g.setStroke(new BasicStroke(1f));
    for (int x = 0; x < W; x += 60) {
      g.draw(new Line2D.Float(x, 0, x, H));
    }
    for (int y = 0; y < H; y += 60) {
      g.draw(new Line2D.Float(0, y, W, y));
    }
    float ax = 260, ay = 400, bx = 940, by = 300;
    QuadCurve2D arc = new QuadCurve2D.Float(ax, ay, 600, 60, bx, by);
    g.setStroke(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.setColor(AMBER);
    Graphics2D left = (Graphics2D) g.create();
    left.clip(new Rectangle2D.Float(0, 0, 560, H));
    left.draw(arc);
    left.dispose();
    Graphics2D right = (Graphics2D) g.create();
    right.clip(new Rectangle2D.Float(640, 0, W - 640, H));
    right.draw(arc);
    right.dispose();
    node(g, ax, ay, SKY);
    node(g, bx, by, BRICK);
  }

  private static Path2D blob(Random rnd, float cx, float cy, float r) {
    Path2D p = new Path2D.Float();
    int n = 9;
    for (int i = 0; i <= n; i++) {
      double a = 2 * Math.PI * (i % n) / n;
      double rr = r * (0.6 + 0.4 * rnd.nextDouble());
      float x = (float) (cx + Math.cos(a) * rr * 1.4);
      float y = (float) (cy + Math.sin(a) * rr);
      if (i == 0) {
        p.moveTo(x, y);
      } else {
        p.lineTo(x, y);
      }
    }
    p.closePath();
    return p;
  }

  private static void node(Graphics2D g, float x, float y, Color c) {
    g.setStroke(new BasicStroke(2f));
    for (int r = 60; r >= 24; r -= 18) {
      g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 50));
      g.draw(new Ellipse2D.Float(x - r, y - r, 2 * r, 2 * r));
    }
    g.setColor(c);
    g.fill(new Ellipse2D.Float(x - 14, y - 14, 28, 28));
  }

  /** Thirty discs in a ring with one disc set apart outside it. */
  private static void alliesRing(Graphics2D g) {
    g.setPaint(new RadialGradientPaint(W / 2f, H / 2f, W * 0.6f,
        new float[] {0f, 1f}, new Color[] {new Color(0x2b3f63), NAVY}));
    g.fillRect(0, 0, W, H);
    Color[] palette = {SKY, PAPER, STEEL, AMBER, new Color(0x7fb7be), new Color(0xd3c4a5)};
    float cx = 520, cy = H / 2f, r = 230;
    g.setColor(new Color(255, 255, 255, 30));
    g.setStroke(new BasicStroke(2f));
    g.draw(new Ellipse2D.Float(cx - r, cy - r, 2 * r, 2 * r));
    for (int i = 0; i < 30; i++) {
      double a = 2 * Math.PI * i / 30 - Math.PI / 2;
      float x = (float) (cx + Math.cos(a) * r);
      float y = (float) (cy + Math.sin(a) * r);
      g.setColor(palette[i % palette.length]);
      g.fill(new Ellipse2D.Float(x - 17, y - 17, 34, 34));
    }
    g.setColor(new Color(255, 255, 255, 60));
    g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
        new float[] {4f, 10f}, 0f));
    g.draw(new Line2D.Float(cx + r + 40, cy, 960, cy));
    g.setColor(BRICK);
    g.fill(new Ellipse2D.Float(960, cy - 26, 52, 52));
    g.setColor(new Color(255, 255, 255, 40));
    g.fill(new Arc2D.Float(cx - 60, cy - 60, 120, 120, 0, 360, Arc2D.PIE));
  }

  /** Parallel lines between two columns, some intact, some cut. */
  private static void channels(Graphics2D g) {
    g.setColor(PAPER);
    g.fillRect(0, 0, W, H);
    g.setColor(new Color(0xe4e1d8));
    for (int y = 0; y < H; y += 24) {
      g.fillRect(0, y, W, 1);
    }
    g.setColor(INK);
    g.fill(new RoundRectangle2D.Float(110, 90, 90, H - 180, 24, 24));
    g.setColor(BRICK);
    g.fill(new RoundRectangle2D.Float(W - 200, 90, 90, H - 180, 24, 24));
    int[] kind = {0, 2, 1, 0, 2, 1, 2};
    Color[] colours = {SLATE, STEEL, SLATE, AMBER, STEEL, SLATE, STEEL};
    for (int i = 0; i < kind.length; i++) {
      float y = 140 + i * 66;
      g.setColor(colours[i]);
      switch (kind[i]) {
        case 0 -> {
          g.setStroke(new BasicStroke(10f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
          g.draw(new Line2D.Float(215, y, W - 215, y));
        }
        case 1 -> {
          g.setStroke(new BasicStroke(10f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
              new float[] {2f, 26f}, 0f));
          g.draw(new Line2D.Float(215, y, W - 215, y));
        }
        default -> {
          g.setStroke(new BasicStroke(10f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
          g.draw(new Line2D.Float(215, y, 540, y));
          g.draw(new Line2D.Float(660, y, W - 215, y));
          g.setColor(BRICK);
          g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
          g.draw(new Line2D.Float(590, y - 18, 610, y + 18));
        }
      }
    }
  }

  /** A ring-shaped conference table from above with places, papers and microphones. */
  private static void conferenceTable(Graphics2D g) {
    g.setPaint(new GradientPaint(0, 0, new Color(0xd9dde3), W, H, new Color(0xb9c1cc)));
    g.fillRect(0, 0, W, H);
    float x = 180, y = 90, w = 840, h = 495;
    g.setColor(new Color(0, 0, 0, 45));
    g.fill(new RoundRectangle2D.Float(x + 8, y + 12, w, h, 120, 120));
    g.setColor(new Color(0xf4f2ec));
    g.fill(new RoundRectangle2D.Float(x, y, w, h, 120, 120));
    g.setColor(SLATE);
    g.fill(new RoundRectangle2D.Float(x + 95, y + 95, w - 190, h - 190, 60, 60));
    g.setColor(new Color(0x4a6a94));
    g.setStroke(new BasicStroke(2f));
    for (int i = 1; i < 6; i++) {
      float inset = 95 + i * 22;
      g.draw(new RoundRectangle2D.Float(x + inset, y + inset, w - 2 * inset, h - 2 * inset, 40, 40));
    }
    Random rnd = new Random(2021_10_22L);
    int perLong = 10;
    int perShort = 5;
    for (int i = 0; i < perLong; i++) {
      float px = x + 110 + i * (w - 220) / (perLong - 1);
      place(g, rnd, px, y + 45, 0);
      place(g, rnd, px, y + h - 45, 180);
    }
    for (int i = 0; i < perShort; i++) {
      float py = y + 130 + i * (h - 260) / (perShort - 1);
      place(g, rnd, x + 45, py, 270);
      place(g, rnd, x + w - 45, py, 90);
    }
  }

  private static void place(Graphics2D g, Random rnd, float cx, float cy, int rotation) {
    Graphics2D p = (Graphics2D) g.create();
    p.translate(cx, cy);
    p.rotate(Math.toRadians(rotation));
    p.setColor(new Color(0x2e3440));
    p.fill(new RoundRectangle2D.Float(-20, -72, 40, 30, 12, 12));
    p.setColor(Color.WHITE);
    p.fill(new Rectangle2D.Float(-14, -18, 28, 36));
    p.setColor(new Color(0xc9ccd1));
    for (int l = 0; l < 4; l++) {
      p.fillRect(-10, -12 + l * 8, 14 + rnd.nextInt(6), 2);
    }
    p.setColor(new Color(0x4c566a));
    p.setStroke(new BasicStroke(2f));
    p.draw(new Line2D.Float(20, 10, 30, -14));
    p.fill(new Ellipse2D.Float(27, -18, 7, 7));
    p.dispose();
  }

  /** A doorway left ajar, its light spilling towards a red disc that stays outside it. */
  private static void doorAjar(Graphics2D g) {
    float floor = 470;
    g.setPaint(new GradientPaint(0, 0, NAVY, 0, floor, INK));
    g.fillRect(0, 0, W, (int) floor);
    g.setPaint(new GradientPaint(0, floor, new Color(0x16233a), 0, H, new Color(0x0b1422)));
    g.fillRect(0, (int) floor, W, H - (int) floor);
    g.setColor(new Color(255, 255, 255, 18));
    g.setStroke(new BasicStroke(1f));
    for (float y = floor + 8, step = 10; y < H; y += step, step *= 1.35f) {
      g.draw(new Line2D.Float(0, y, W, y));
    }
    float dx = 230, dw = 170, top = 100;
    Path2D spill = new Path2D.Float();
    spill.moveTo(dx + 30, floor);
    spill.lineTo(dx + dw, floor);
    spill.lineTo(820, H);
    spill.lineTo(330, H);
    spill.closePath();
    g.setPaint(new GradientPaint(0, floor, new Color(0xe0, 0xa4, 0x58, 150), 0, H, new Color(0xe0, 0xa4, 0x58, 20)));
    g.fill(spill);
    Random rnd = new Random(2021_10_20L);
    for (int i = 0; i < 60; i++) {
      float t = rnd.nextFloat();
      float y = floor + t * (H - floor);
      float left = dx + 30 + t * (330 - dx - 30);
      float right = dx + dw + t * (820 - dx - dw);
      float x = left + rnd.nextFloat() * (right - left);
      g.setColor(new Color(0xf6, 0xd8, 0xae, 40 + rnd.nextInt(70)));
      g.fill(new Ellipse2D.Float(x, y, 3, 3));
    }
    g.setColor(new Color(0x2a3a55));
    g.fill(new Rectangle2D.Float(dx - 16, top - 16, dw + 32, floor - top + 16));
    g.setPaint(new GradientPaint(dx, top, new Color(0xf6d8ae), dx + dw, floor, AMBER));
    g.fill(new Rectangle2D.Float(dx, top, dw, floor - top));
    Path2D leaf = new Path2D.Float();
    leaf.moveTo(dx, top);
    leaf.lineTo(dx + 62, top + 34);
    leaf.lineTo(dx + 62, floor + 22);
    leaf.lineTo(dx, floor);
    leaf.closePath();
    g.setColor(SLATE);
    g.fill(leaf);
    g.setColor(new Color(0x4a6a94));
    g.setStroke(new BasicStroke(2f));
    g.draw(new Line2D.Float(dx + 14, top + 50, dx + 48, top + 68));
    g.draw(new Line2D.Float(dx + 14, floor - 60, dx + 48, floor - 50));
    g.setColor(AMBER);
    g.fill(new Ellipse2D.Float(dx + 46, (top + floor) / 2 + 10, 8, 8));
    float rx = 975, ry = 505;
    g.setColor(new Color(0, 0, 0, 90));
    g.fill(new Ellipse2D.Float(rx - 60, ry + 40, 120, 22));
    g.setColor(new Color(BRICK.getRed(), BRICK.getGreen(), BRICK.getBlue(), 45));
    g.setStroke(new BasicStroke(2f));
    g.draw(new Ellipse2D.Float(rx - 78, ry - 78, 156, 156));
    g.setColor(BRICK);
    g.fill(new Ellipse2D.Float(rx - 48, ry - 48, 96, 96));
  }

  private static void write(Path dir, String name, Consumer<Graphics2D> painter) throws IOException {
    BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    painter.accept(g);
    g.dispose();
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ImageWriteParam param = writer.getDefaultWriteParam();
    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    param.setCompressionQuality(QUALITY);
    Path file = dir.resolve(name);
    try (ImageOutputStream stream = ImageIO.createImageOutputStream(file.toFile())) {
      writer.setOutput(stream);
      writer.write(null, new IIOImage(img, null, null), param);
    } finally {
      writer.dispose();
    }
    System.out.printf("%s %d bytes%n", file, Files.size(file));
  }
}
