package org.briefing.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPathTest {
  @Test
  void decodesEscapesOnceIntoUtf8() {
    assertThat(RequestPath.parse("/topics/caf%C3%A9/").path()).isEqualTo("/topics/café/");
    assertThat(RequestPath.parse("/a%20b").path()).isEqualTo("/a b");
    assertThat(RequestPath.parse("/%252e%252e/x").path()).isEqualTo("/%2e%2e/x");
    assertThat(RequestPath.parse("/").path()).isEqualTo("/");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/..", "/../x", "/a/../../x", "/%2e%2e/x", "/%2E%2e/x", "/.%2e/x", "/%2e./x", "/a/%2e/b", "/./x",
      "/..%2fx", "/a%2f..%2f..%2fx", "/..\\x", "/a%5c..%5cx", "/a%5C..", "/%c0%ae%c0%ae/x", "/%c0%af", "/%e0%80%ae/x",
      "/%f0%80%80%ae/x", "/a%00.html", "/%00", "/a%0d%0aSet-Cookie:x", "//etc/passwd", "/%", "/%4", "/%zz", "/%e2%82", "/a%7f",
      "x", "", "/C:/Windows", "/2021//10/", "/a/"  + "/"})
  void refusesPathsThatCouldLeaveTheSite(String raw) {
    assertThat(RequestPath.parse(raw).refused()).as(raw).isTrue();
    assertThat(RequestPath.parse(raw).status()).as(raw).isBetween(400, 499);
  }

  @Test
  void refusesOverlongPathsWith414() {
    assertThat(RequestPath.parse("/" + "a".repeat(RequestPath.MAX_LENGTH)).status()).isEqualTo(414);
    assertThat(RequestPath.parse("/" + "a".repeat(RequestPath.MAX_LENGTH - 1)).refused()).isFalse();
  }
}
