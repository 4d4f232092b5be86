package org.copydesk.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Watches a Chromium tab for stored payloads: did one run, and is there anything in the page that
 * could run if the Content-Security-Policy were not there? The second question matters because the
 * CSP blocks most payloads by itself and would hide a rendering hole.
 */
final class XssProbe {

  /**
   * Defined in every document (frames too) before any of the page's scripts: {@code xss(n)} and a
   * posted "xss:n" message record the payload's number in the tab's sessionStorage, or in the top
   * window where a frame of another origin has no access to it.
   */
  private static final String MARKER =
      "(function () {"
          + " function record(n) { try { var s = JSON.parse(sessionStorage.getItem('xssFired') || '[]'); s.push(String(n));"
          + "   sessionStorage.setItem('xssFired', JSON.stringify(s)); return; } catch (e) { }"
          + "   try { (top.__xssFired = top.__xssFired || []).push(String(n)); } catch (e) { } }"
          + " window.xss = record;"
          + " window.addEventListener('message', function (e) {"
          + "   if (typeof e.data === 'string' && e.data.indexOf('xss:') === 0) { record(e.data.substring(4)); } });"
          + "})();";

  /**
   * Everything in the DOM that would execute without the CSP: event-handler attributes, script URLs,
   * scripts without the page's nonce, frames and plug-ins, srcdoc, CSS expressions, a base or a
   * refresh; and any attribute outside the text-carrying ones that holds a payload's call.
   */
  private static final String DANGEROUS =
      "var bad = [];"
          + "var urlAttrs = ['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'background', 'poster', 'dynsrc', 'lowsrc', 'srcset', 'ping', 'codebase', 'values', 'to', 'from'];"
          + "var textAttrs = ['value', 'title', 'alt', 'placeholder', 'aria-label', 'content', 'data-label'];"
          + "var forbidden = ['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'bgsound', 'keygen', 'isindex', 'portal', 'foreignobject', 'animate', 'set', 'discard', 'handler', 'listener'];"
          + "function describe(el) { return '<' + el.localName + (el.id ? '#' + el.id : '') + '> ' + (el.outerHTML || '').substring(0, 160); }"
          + "document.querySelectorAll('*').forEach(function (el) {"
          + "  var tag = el.localName.toLowerCase();"
          + "  if (forbidden.indexOf(tag) >= 0) { bad.push('element ' + describe(el)); }"
          + "  if (tag === 'script') {"
          + "    var type = (el.getAttribute('type') || '').toLowerCase();"
          + "    var json = type === 'application/ld+json' || type === 'application/json';"
          + "    var own = el.nonce && el.nonce.length > 0;"
          + "    var resource = el.src && el.src.indexOf(location.origin + '/') === 0 && !el.textContent.trim();"
          + "    if (!json && !own && !resource) { bad.push('script without nonce ' + describe(el)); }"
          + "    if (json) { try { JSON.parse(el.textContent); } catch (e) { bad.push('JSON script broken ' + describe(el)); } }"
          + "  }"
          + "  if (tag === 'meta' && (el.getAttribute('http-equiv') || '').toLowerCase() === 'refresh') { bad.push('refresh ' + describe(el)); }"
          + "  for (var i = 0; i < el.attributes.length; i++) {"
          + "    var a = el.attributes[i]; var name = a.name.toLowerCase(); var v = a.value;"
          + "    var squashed = v.replace(/[\\u0000-\\u0020\\u007f-\\u00a0\\u200b\\ufeff]/g, '').toLowerCase();"
          + "    if (name.indexOf('on') === 0) { bad.push('handler ' + name + ' ' + describe(el)); }"
          + "    if (name === 'srcdoc') { bad.push('srcdoc ' + describe(el)); }"
          + "    if (urlAttrs.indexOf(name) >= 0 && /^(javascript|vbscript|data:text|data:image\\/svg|data:application)/.test(squashed)) { bad.push('script URL ' + name + ' ' + describe(el)); }"
          + "    if (name === 'style' && /expression\\(|javascript:|url\\(/.test(squashed)) { bad.push('style ' + describe(el)); }"
          + "    if (squashed.indexOf('xss(') >= 0 && textAttrs.indexOf(name) < 0 && name.indexOf('aria-') !== 0) { bad.push('payload in attribute ' + name + ' ' + describe(el)); }"
          + "  }"
          + "});"
          + "return bad;";

  private XssProbe() {}

  /** Arms a freshly started browser: every later document gets the marker function. */
  static void arm(ChromeDriver browser) {
    browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", MARKER));
  }

  /** The numbers of the payloads that ran in this tab so far (and forgets them). */
  @SuppressWarnings("unchecked")
  static List<String> firedAndReset(ChromeDriver browser) {
    Object fired = browser.executeScript(
        "var s = JSON.parse(sessionStorage.getItem('xssFired') || '[]').concat(window.__xssFired || []);"
            + " sessionStorage.removeItem('xssFired'); window.__xssFired = []; return s;");
    return fired instanceof List<?> list ? new ArrayList<>((List<String>) list) : List.of();
  }

  /** What in the current page could run a payload without the CSP (see {@link #DANGEROUS}). */
  @SuppressWarnings("unchecked")
  static List<String> dangerousMarkup(ChromeDriver browser) {
    Object found = browser.executeScript(DANGEROUS);
    return found instanceof List<?> list ? (List<String>) list : List.of();
  }

  /** CSP violations in this tab so far (and forgets them): a payload that reached the DOM as code. */
  @SuppressWarnings("unchecked")
  static List<String> cspViolationsAndReset(ChromeDriver browser) {
    Object seen = browser.executeScript(
        "var s = JSON.parse(sessionStorage.getItem('cspViolations') || '[]'); sessionStorage.removeItem('cspViolations'); return s;");
    return seen instanceof List<?> list ? new ArrayList<>((List<String>) list) : List.of();
  }

  /**
   * Gives asynchronous payloads (failed image loads, timers, autofocus) a moment, then records in
   * {@code findings} whatever ran, was blocked by the CSP or would run without it, under the page's name.
   */
  static void check(ChromeDriver browser, String page, List<String> findings) {
    browser.executeAsyncScript("var done = arguments[arguments.length - 1]; setTimeout(done, 300);");
    for (String n : firedAndReset(browser)) {
      findings.add(page + ": payload " + n + " RAN");
    }
    for (String v : cspViolationsAndReset(browser)) {
      findings.add(page + ": CSP violation " + v);
    }
    for (String d : dangerousMarkup(browser)) {
      findings.add(page + ": " + d);
    }
  }
}
