package org.briefing.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LinkPolicyTest {
  /** Links that run a script, show attacker-made content or leave for another host, as written in a page's source. */
  static List<String> hostile() {
    return List.of(
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "\u0000javascript:alert(1)",
        "\u0001\u001f javascript:alert(1)\u0000",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "java\rscript:alert(1)",
        "javascript\t:alert(1)",
        "&#106;avascript:alert(1)",
        "&#106avascript:alert(1)",
        "&#0000106;avascript:alert(1)",
        "&#0000106avascript:alert(1)",
        "&#x6A;avascript:alert(1)",
        "&#X6a;avascript:alert(1)",
        "&#x6Aavascript:alert(1)",
        "javas&#99;ript:alert(1)",
        "javascript&colon;alert(1)",
        "javascript&#58;alert(1)",
        "javascript&#x3a;alert(1)",
        "java&Tab;script:alert(1)",
        "java&NewLine;script:alert(1)",
        "java&#09;script:alert(1)",
        "java&#9;script:alert(1)",
        "java&#10;script:alert(1)",
        "jav&#x0A;ascript:alert(1)",
        "jav&#x0D;ascript:alert(1)",
        "&amp;#106;avascript:alert(1)",
        "%6A%61vascript:alert(1)",
        "javascript%3Aalert(1)",
        "%256A%2561vascript:alert(1)",
        "vbscript:msgbox(1)",
        "VBScript:msgbox(1)",
        "livescript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "DATA:text/html,x",
        "data:image/svg+xml,<svg onload=alert(1)>",
        "file:///etc/passwd",
        "ftp://example.org/x",
        "tel:+3225551234",
        "blob:https://example.org/1",
        "//evil.example/x",
        "/\\evil.example/x",
        "\\\\evil.example/x",
        "\\/evil.example/x",
        " //evil.example/x",
        "/\t/evil.example/x",
        "&#47;&#47;evil.example/x",
        "%2F%2Fevil.example/x",
        "/%5Cevil.example/x");
  }

  static List<String> harmless() {
    return List.of(
        "https://example.org/a?b=c&d=e#f",
        "HTTPS://EXAMPLE.ORG/",
        "http://example.org",
        "mailto:desk@example.org",
        "/2021/10/18/story/",
        "/images/map.png",
        "#section-2",
        "?page=2",
        "../x",
        "x.html",
        "notes/2021:10.html",
        "",
        "https://example.org/search?q=a:b",
        "https://example.org/javascript:alert");
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void refusesLinksThatRunScriptsOrLeaveTheSiteWithoutAScheme(String link) {
    assertThat(LinkPolicy.refusal(link)).as(link).isNotNull();
    assertThat(LinkPolicy.allows(link)).isFalse();
    assertThat(LinkPolicy.isWebAddress(link)).isFalse();
    assertThat(LinkPolicy.isSitePath(link)).isFalse();
  }

  @ParameterizedTest
  @MethodSource("harmless")
  void allowsWebAddressesMailSitePathsAndFragments(String link) {
    assertThat(LinkPolicy.refusal(link)).as(link).isNull();
  }

  @Test
  void namesTheSchemeItRefuses() {
    assertThat(LinkPolicy.refusal("java&#09;script&colon;alert(1)")).contains("'javascript:'");
    assertThat(LinkPolicy.refusal("/\\evil.example/x")).contains("another site");
  }

  @Test
  void decodesAsABrowserWouldBeforeJudging() {
    assertThat(LinkPolicy.decoded(" java&Tab;scr&#x69;pt&colon;x ")).isEqualTo("javascript:x");
    assertThat(LinkPolicy.decoded("%6A%61vascript:x")).isEqualTo("javascript:x");
  }

  @Test
  void aLinkThatKeepsDecodingIsRefused() {
    String nested = "javascript:x";
    for (int i = 0; i < 8; i++) {
      nested = nested.replace("%", "%25").replace("j", "%6A");
    }
    assertThat(LinkPolicy.allows(nested)).isFalse();
  }

  @Test
  void aWebAddressIsAbsoluteHttpWithAHost() {
    assertThat(LinkPolicy.isWebAddress("https://example.org/x")).isTrue();
    assertThat(LinkPolicy.isWebAddress("HTTP://example.org")).isTrue();
    assertThat(LinkPolicy.isWebAddress("https://")).isFalse();
    assertThat(LinkPolicy.isWebAddress("https:///x")).isFalse();
    assertThat(LinkPolicy.isWebAddress("https://exa mple.org")).isFalse();
    assertThat(LinkPolicy.isWebAddress("mailto:a@example.org")).isFalse();
    assertThat(LinkPolicy.isWebAddress("/x")).isFalse();
    assertThat(LinkPolicy.isSitePath("/images/logo.svg")).isTrue();
    assertThat(LinkPolicy.isSitePath("https://example.org/logo.svg")).isFalse();
  }
}
