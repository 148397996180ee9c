package org.briefing.links;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A full address read as a browser reads it (WHATWG URL), without looking any name up. */
class WebAddressTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "http://localhost:1313/x/            | localhost       | 1313",
      "HTTP://LocalHost./x/                | localhost       | -1",
      "http://127.1/                       | 127.0.0.1       | -1",
      "http://0x7f.1/                      | 127.0.0.1       | -1",
      "http://0X7F.0.0.1/                  | 127.0.0.1       | -1",
      "http://2130706433/                  | 127.0.0.1       | -1",
      "http://0177.0.0.1/                  | 127.0.0.1       | -1",
      "http://127.000.000.001/             | 127.0.0.1       | -1",
      "http://127.0.0.1./                  | 127.0.0.1       | -1",
      "http://0/                           | 0.0.0.0         | -1",
      "http://127.255.255.254:01313/       | 127.255.255.254 | 1313",
      "http://[::1]:8080/                  | [0:0:0:0:0:0:0:1] | 8080",
      "http://[0::1]/                      | [0:0:0:0:0:0:0:1] | -1",
      "http://[0:0:0:0:0:0:0:1]/           | [0:0:0:0:0:0:0:1] | -1",
      "http://[::]/                        | [0:0:0:0:0:0:0:0] | -1",
      "http://[::ffff:127.0.0.1]/          | [::ffff:127.0.0.1] | -1",
      "http://[::FFFF:7f00:1]/             | [::ffff:127.0.0.1] | -1",
      "http://local%68ost/                 | localhost       | -1",
      "http://ｌｏｃａｌｈｏｓｔ/           | localhost       | -1",
      "http://１２７。０。０。１/           | 127.0.0.1       | -1",
      "http://user:pw@localhost:80/        | localhost       | -1",
      "http:\\\\localhost\\x               | localhost       | -1",
      "http:/localhost/                    | localhost       | -1",
      "'  http://loc\talhost/ '            | localhost       | -1",
      "https://app.localhost/              | app.localhost   | -1",
  })
  void everySpellingOfThisComputerComesToOneHost(String url, String host, int port) {
    WebAddress web = WebAddress.of(url);
    assertThat(web).isNotNull();
    assertThat(web.host()).isEqualTo(host);
    assertThat(web.port()).isEqualTo(port);
    assertThat(web.thisComputer()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://example.org/localhost/", "https://example.com/?u=127.0.0.1", "https://localhost.example.com/",
      "https://127.0.0.1.example.com/", "https://mylocalhost/", "http://128.0.0.1/", "http://0.0.0.1/", "http://[::2]/",
      "http://[2001:db8::1]/", "http://[::ffff:10.0.0.1]/", "https://user@example.org@localhost.example.org/"})
  void otherHostsAreNotThisComputer(String url) {
    assertThat(WebAddress.of(url)).isNotNull().satisfies(web -> assertThat(web.thisComputer()).isFalse());
  }

  /** A browser opens none of these: they are no address to check. */
  @ParameterizedTest
  @ValueSource(strings = {"http://localhost:99999/", "http://localhost:1x/", "http:///", "http://[::1/", "http://[1::2::3]/", "http://[.:1]/",
      "http://1.2.3.4.5/", "http://256.0.0.1/", "http://example.123/", "http://4294967296/", "http://[localhost]/", "mailto:a@localhost",
      "/2021/10/18/a/", "ftp://localhost/"})
  void addressesABrowserWouldNotOpenAreNone(String url) {
    assertThat(WebAddress.of(url)).isNull();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "https://example.org/ | http://EXAMPLE.org:443/x   | true",
      "https://example.org/ | https://www.example.org/   | true",
      "https://www.example.org/ | https://example.org./ | true",
      "https://example.org/ | https://example.org:8443/  | false",
      "https://example.org/ | https://www2.example.org/  | false",
      "https://example.org/ | https://example.org.uk/    | false",
      "https://example.org/ | https://news.example.org/  | false",
  })
  void aHostWithOrWithoutWwwIsOneSite(String base, String url, boolean same) {
    assertThat(WebAddress.of(url).sameSite(WebAddress.of(base))).isEqualTo(same);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "https://example.org                 | ''",
      "https://example.org\\a\\b?c\\d#e    | /a/b?c\\d#e",
      "https://example.org:443/x?y#z       | /x?y#z",
  })
  void whatFollowsTheHostIsKeptWithItsPathsBackslashesAsSlashes(String url, String rest) {
    assertThat(WebAddress.of(url).rest()).isEqualTo(rest);
  }
}
