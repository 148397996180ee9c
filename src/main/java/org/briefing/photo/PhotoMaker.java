package org.briefing.photo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import org.briefing.fingerprint.Fingerprint;

/**
 * Makes the files of a photo's {@link PhotoPlan}, or finds them in the {@link PhotoCache}: a
 * photo is decoded once for all its files, and only when one of them is not in the cache. Any
 * number of threads may call it; the decoded pixels of all of them together stay within a memory
 * budget (a photo waits for room), so memory does not grow with the number of photos or cores.
 * The large arrays a photo is made in ({@link Scratch}) are taken back when it is done and handed to
 * the next photo, so that a photo allocates only its small made files: arrays allocated afresh for
 * each photo (some 110 MB for a 3000×2000 JPEG), while the JPEG codec kept the collector from
 * running, grew the heap with the number of photos made (docs/performance.md).
 */
public final class PhotoMaker {
  /**
   * The JPEG quality, chosen by measurement (docs/photos.md, "Why quality 0.80"): the knee of bytes
   * against SSIM over the example site's pictures at 960 px, the worst of them at 0.987.
   */
  public static final float JPEG_QUALITY = 0.80f;
  /** Everything the bytes of a made file depend on besides its original: a change here makes every file again. */
  static final long SETTINGS = new Fingerprint().add("photos 2").add(JPEG_QUALITY).add(PhotoPlan.CARD_WIDTH)
      .add(PhotoPlan.CARD_HEIGHT).value();
  private static final long MIB = 1 << 20;

  private final PhotoCache cache;
  private final int budget;
  private final Semaphore memory;
  /** The scratch buffers not in use, and the bytes they hold, at most the budget. */
  private final ConcurrentLinkedQueue<Scratch> idle = new ConcurrentLinkedQueue<>();
  private final AtomicLong idleBytes = new AtomicLong();

  public PhotoMaker(PhotoCache cache) {
    // a quarter of the heap for decoded pixels: a photo takes about 12 bytes a pixel while it is decoded and turned
    this(cache, (int) Math.max(64, Runtime.getRuntime().maxMemory() / 4 / MIB));
  }

  /** A maker whose photos in the making, and whose idle scratch buffers, each take at most {@code budget} MiB. */
  PhotoMaker(PhotoCache cache, int budget) {
    this.cache = cache;
    this.budget = budget;
    this.memory = new Semaphore(budget);
  }

  /** A made file of a photo: where it is published, its bytes or cached file, and a fingerprint of its content. */
  public record Made(String path, PhotoCache.Stored stored, long fingerprint) {}

  /**
   * The files of {@code plan} for the photo {@code file}, read as {@code info} says; throws
   * {@link PhotoException} when the file cannot be decoded.
   */
  public List<Made> make(Path file, PhotoInfo info, PhotoPlan plan) {
    String digest = cache.digest(file, info.size(), info.stamp());
    Map<PhotoPlan.Variant, String> keys = new LinkedHashMap<>();
    for (PhotoPlan.Variant v : plan.files()) {
      keys.put(v, key(digest, info, v));
    }
    List<Made> made = new ArrayList<>();
    List<PhotoPlan.Variant> missing = new ArrayList<>();
    for (PhotoPlan.Variant v : plan.files()) {
      PhotoCache.Stored stored = cache.find(keys.get(v));
      if (stored == null) {
        missing.add(v);
      }
    }
    Map<PhotoPlan.Variant, PhotoCache.Stored> fresh = missing.isEmpty() ? Map.of() : render(file, info, plan, missing, keys);
    for (PhotoPlan.Variant v : plan.files()) {
      String key = keys.get(v);
      PhotoCache.Stored stored = fresh.containsKey(v) ? fresh.get(v) : cache.find(key);
      made.add(new Made(v.path(), stored, new Fingerprint().add(key).value()));
    }
    return made;
  }

  /** The name of {@code v}'s file in the cache: the original's digest, the settings and the file's own size and crop. */
  private static String key(String digest, PhotoInfo info, PhotoPlan.Variant v) {
    long shape = new Fingerprint().add(SETTINGS).add(info.orientation()).add(v.width()).add(v.height()).add(v.format())
        .add(v.cropX()).add(v.cropY()).add(v.cropWidth()).add(v.cropHeight()).value();
    return digest.substring(0, 32) + "-" + Long.toHexString(shape) + (v.format().equals("png") ? ".png" : ".jpg");
  }

  private Map<PhotoPlan.Variant, PhotoCache.Stored> render(Path file, PhotoInfo info, PhotoPlan plan,
      List<PhotoPlan.Variant> wanted, Map<PhotoPlan.Variant, String> keys) {
    int step = step(info, plan);
    PhotoLimits.checkDecoded(info.format(), info.width(), info.height(), step);
    long stored = (long) info.width() * info.height() / ((long) step * step);
    int permits = (int) Math.min(budget, Math.max(1, stored * 12 / MIB));
    memory.acquireUninterruptibly(permits);
    Scratch scratch = takeScratch();
    try {
      PhotoDecoder.Pixels pixels = PhotoDecoder.decode(file, info.orientation(), step, scratch);
      Map<PhotoPlan.Variant, int[]> scaled = new java.util.HashMap<>();
      Map<PhotoPlan.Variant, PhotoCache.Stored> out = new LinkedHashMap<>();
      for (PhotoPlan.Variant v : wanted) {
        int[] resized = scaled(v, plan, info, pixels, scaled, scratch);
        byte[] bytes = v.format().equals("png") ? PhotoEncoder.png(resized, v.width(), v.height())
            : PhotoEncoder.jpeg(resized, v.width(), v.height(), JPEG_QUALITY, scratch);
        out.put(v, cache.put(keys.get(v), bytes));
      }
      return out;
    } catch (OutOfMemoryError e) {
      scratch = null; // its arrays are left to the collector, for the photos still being made
      throw new PhotoException("there is not enough memory to decode it (" + info.width() + " by " + info.height()
          + " pixels); save it smaller, or give Java more memory (BRIEFING_JAVA_OPTS=-Xmx4g)");
    } finally {
      if (scratch != null) {
        giveBack(scratch);
      }
      memory.release(permits);
    }
  }

  /** Scratch buffers for one photo: an idle one if there is one, else new ones. */
  Scratch takeScratch() {
    Scratch scratch = idle.poll();
    if (scratch == null) {
      return new Scratch();
    }
    idleBytes.addAndGet(-scratch.size());
    return scratch;
  }

  /**
   * {@code scratch} back for the next photo, unless the idle buffers would then hold more than the
   * budget for decoded pixels (a photo that large, or as many idle buffers as there were threads
   * making photos at once, on a small heap): those are left to the collector.
   */
  void giveBack(Scratch scratch) {
    long size = scratch.size();
    if (idleBytes.addAndGet(size) <= budget * MIB) {
      idle.offer(scratch);
    } else {
      idleBytes.addAndGet(-size);
    }
  }

  /** Lets the idle scratch buffers go, once the photos of a build are made: a preview server keeps its maker between builds. */
  public void releaseScratch() {
    for (Scratch scratch; (scratch = idle.poll()) != null; ) {
      idleBytes.addAndGet(-scratch.size());
    }
  }

  /**
   * The pixels of {@code v}: scaled from the narrowest width of the plan at least twice as wide
   * (its pixels made first, or taken from {@code scaled}), else from the decoded photo. Scaling a
   * 3000 px photo to five widths and a card so walks its 6 million pixels three times instead of six;
   * a width's source depends on the plan alone, never on what the cache holds, so its bytes are
   * the same in every build. The pixels are written into {@code scratch}'s buffer for the variant's
   * place in the plan: its first width × height values.
   */
  static int[] scaled(PhotoPlan.Variant v, PhotoPlan plan, PhotoInfo info, PhotoDecoder.Pixels pixels,
      Map<PhotoPlan.Variant, int[]> scaled, Scratch scratch) {
    int[] known = scaled.get(v);
    if (known != null) {
      return known;
    }
    PhotoPlan.Variant from = source(plan, v);
    int[] out = scratch.scaled(plan.files().indexOf(v), v.width() * v.height());
    if (from == null) {
      double scaleX = (double) pixels.width() / info.width();
      double scaleY = (double) pixels.height() / info.height();
      Resampler.resample(pixels.argb(), pixels.width(), pixels.height(), v.cropX() * scaleX, v.cropY() * scaleY,
          v.cropWidth() * scaleX, v.cropHeight() * scaleY, v.width(), v.height(), out);
    } else {
      Resampler.resample(scaled(from, plan, info, pixels, scaled, scratch), from.width(), from.height(), 0, 0, from.width(),
          from.height(), v.width(), v.height(), out);
    }
    scaled.put(v, out);
    return out;
  }

  /** The width {@code v} is scaled from, or null for the decoded photo (the widest widths and the card). */
  static PhotoPlan.Variant source(PhotoPlan plan, PhotoPlan.Variant v) {
    if (!plan.widths().contains(v)) {
      return null;
    }
    for (PhotoPlan.Variant w : plan.widths()) {
      if (w.width() >= 2 * v.width()) {
        return w;
      }
    }
    return null;
  }

  /**
   * How many pixels to skip while decoding: none, unless the original is more than twice as large
   * as the widest file and the card need, in which case reading every second (third…) pixel still
   * leaves twice the pixels the area averaging needs.
   */
  static int step(PhotoInfo info, PhotoPlan plan) {
    double byWidths = (double) info.width() / (2.0 * plan.widest().width());
    double byCard = plan.card().cropWidth() / (2.0 * plan.card().width());
    return Math.max(1, (int) Math.floor(Math.min(byWidths, byCard)));
  }
}
