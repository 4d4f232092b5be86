package org.copydesk.demo;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * A picture for a demo story, drawn rather than shipped: a sky, hills and a sun in colours taken
 * from the story's name, so each demo story shows a real uploaded JPEG without the repository
 * carrying photographs whose rights nobody cleared.
 */
final class DemoPhoto {

  private DemoPhoto() {}

  static byte[] jpeg(String seed, int width, int height) {
    float hue = (seed.hashCode() & 0xFFFF) / 65536f;
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setPaint(new GradientPaint(0, 0, Color.getHSBColor(hue, .35f, .95f), 0, height, Color.getHSBColor(hue, .55f, .6f)));
      g.fillRect(0, 0, width, height);
      g.setColor(Color.getHSBColor((hue + .12f) % 1f, .5f, 1f));
      int sun = height / 4;
      g.fillOval(width * 2 / 3, height / 6, sun, sun);
      for (int layer = 0; layer < 3; layer++) {
        g.setColor(Color.getHSBColor((hue + .5f) % 1f, .4f + layer * .15f, .55f - layer * .15f));
        int base = height * (6 + layer) / 10;
        int[] xs = {0, width / 5, width * 2 / 5, width * 3 / 5, width * 4 / 5, width, width, 0};
        int[] ys = {base, base - height / 8, base - height / 20, base - height / 6, base - height / 14, base - height / 10, height, height};
        g.fillPolygon(xs, ys, xs.length);
      }
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "jpg", out);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot encode the demo photo", e);
    }
    return out.toByteArray();
  }
}
