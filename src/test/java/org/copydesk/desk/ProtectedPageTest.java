package org.copydesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

/** The open page knows every protected view, and has a sentence for each. */
class ProtectedPageTest {

  @Test
  void everyProtectedViewInFacesConfigIsAPageTheOpenPageKnows() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    NodeList patterns = factory.newDocumentBuilder().parse(Path.of("webapp/WEB-INF/faces-config.xml").toFile())
        .getElementsByTagNameNS("*", "url-pattern");
    List<String> configured = new ArrayList<>();
    for (int i = 0; i < patterns.getLength(); i++) {
      configured.add(patterns.item(i).getTextContent().strip());
    }
    assertThat(configured).containsExactlyInAnyOrderElementsOf(Arrays.stream(ProtectedPage.values()).map(ProtectedPage::getViewId).toList());
  }

  @Test
  void everyPageHasItsSentencesInTheBundle() {
    ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH);
    for (ProtectedPage page : ProtectedPage.values()) {
      assertThat(bundle.containsKey(page.getDescribedBy())).as(page.getDescribedBy()).isTrue();
      assertThat(bundle.containsKey(page.getWithoutStoryKey())).as(page.getWithoutStoryKey()).isTrue();
      assertThat(ProtectedPage.named(page.urlName())).contains(page);
      assertThat(ProtectedPage.forView(page.getViewId())).contains(page);
    }
    assertThat(ProtectedPage.named("desk")).isEmpty();
  }
}
