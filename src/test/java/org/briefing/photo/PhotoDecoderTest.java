package org.briefing.photo;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.briefing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the decoder says of a photo whose pixels cannot all be read. */
class PhotoDecoderTest {
  @TempDir
  Path dir;

  @Test
  void aWebpThatEndsBeforeItsPixelsIsDamagedOrCutShortAsAJpegIs() throws IOException {
    byte[] whole = TestImages.solidWebp(640, 480, 0xFF336699);
    // the RIFF and VP8L headers whole (the size is read), the pixels' codes cut off
    Path cut = Files.write(dir.resolve("cut.webp"), Arrays.copyOf(whole, 26));
    Path jpeg = Files.write(dir.resolve("cut.jpg"), Arrays.copyOf(TestImages.jpeg(640, 480, 1), 2000));

    assertThatThrownBy(() -> PhotoDecoder.decode(jpeg, 1, 1)).isInstanceOf(PhotoException.class).hasMessageContaining("damaged or cut short");
    assertThatThrownBy(() -> PhotoDecoder.decode(cut, 1, 1)).isInstanceOf(PhotoException.class)
        .hasMessageContaining("damaged or cut short").hasMessageNotContaining("null");
  }
}
