package org.briefing.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.briefing.links.WebAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The site's address as base_url gives it and as a link's address is read ({@link WebAddress}, which
 * decides whether a link is on the site's host) come to one host and port: the address every link
 * of the site is published under is the one spelling of it a browser would come to.
 */
class BaseUrlsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "https://Example.ORG/news/          | https://example.org/news/",
      "https://example.org./news/         | https://example.org/news/",
      "HTTPS://EXAMPLE.org.:443/news/     | https://example.org/news/",
      "https://example.org:443/news/      | https://example.org/news/",
      "https://example.org:0443/          | https://example.org/",
      "http://example.org:80/             | http://example.org/",
      "https://example.org:80/            | https://example.org:80/",
      "http://example.org:443/            | http://example.org:443/",
      "https://example.org:8443/news      | https://example.org:8443/news/",
      "https://XN--MNCHEN-3YA.DE./        | https://xn--mnchen-3ya.de/",
      "https://www.Example.org/           | https://www.example.org/",
      "http://127.0.0.1:8000/             | http://127.0.0.1:8000/",
      "http://localhost.:1313/            | http://localhost:1313/",
      "http://[::1]:8000/                 | http://[::1]:8000/",
      "https://example.org/dépêches/      | https://example.org/d%C3%A9p%C3%AAches/",
      "https://example.org/d%c3%a9p/      | https://example.org/d%c3%a9p/",
  })
  void aBaseUrlIsPublishedInTheOneSpellingALinksAddressIsReadIn(String written, String published) {
    URI base = BaseUrls.parse(written);
    assertThat(base).hasToString(published);
    WebAddress asLink = WebAddress.of(written);
    WebAddress baseAsLink = WebAddress.of(base.toString());
    assertThat(baseAsLink.host()).isEqualTo(asLink.host());
    assertThat(baseAsLink.port()).isEqualTo(asLink.port());
    if (!asLink.host().startsWith("[")) {
      assertThat(base.getHost()).isEqualTo(asLink.host());
    }
  }
}
