package org.copydesk.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SameOriginTest {

  @Test
  void theOriginMustNameTheHostTheRequestWasSentTo() {
    assertTrue(SameOrigin.sameOrigin("http://localhost:8080", "localhost:8080"));
    assertTrue(SameOrigin.sameOrigin("https://news.example.org", "news.example.org"));
    assertTrue(SameOrigin.sameOrigin("http://news.example.org", "NEWS.example.org:80"));
    assertTrue(SameOrigin.sameOrigin("http://[::1]:8080", "[::1]:8080"));
    assertFalse(SameOrigin.sameOrigin("https://evil.example", "localhost:8080"));
    assertFalse(SameOrigin.sameOrigin("http://localhost:8081", "localhost:8080"));
    assertFalse(SameOrigin.sameOrigin("http://localhost.evil.example:8080", "localhost:8080"));
    assertFalse(SameOrigin.sameOrigin("null", "localhost:8080"), "sandboxed or file pages send the origin null");
    assertFalse(SameOrigin.sameOrigin("not a url", "localhost:8080"));
    assertFalse(SameOrigin.sameOrigin("http://localhost:8080", null));
  }
}
