package org.copydesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every property name the parser reads for a ninjs version is declared in that version's IPTC
 * schema, so a typo or a name from the wrong version cannot silently read nothing.
 */
class NinjsSchemaTest {

  private static JsonObject schema(NinjsDialect dialect) {
    String file =
        switch (dialect) {
          case V1 -> "ninjs/ninjs-schema_1.6.json";
          case V2 -> "ninjs/ninjs-schema_2.2.json";
          case V3 -> "ninjs/ninjs-schema_3.1.json";
        };
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(Samples.bytes(file)))) {
      return reader.readObject();
    }
  }

  /** The properties of a news object: top level in 1.x, {@code $defs/ninjsType} from 2.0. */
  private static JsonObject itemProperties(JsonObject schema) {
    return schema.containsKey("$defs")
        ? schema.getJsonObject("$defs").getJsonObject("ninjsType").getJsonObject("properties")
        : schema.getJsonObject("properties");
  }

  @ParameterizedTest
  @EnumSource(NinjsDialect.class)
  void everyTopLevelNameReadIsInTheSchema(NinjsDialect dialect) {
    assertThat(itemProperties(schema(dialect)).keySet()).containsAll(dialect.topLevelNames());
  }

  @ParameterizedTest
  @EnumSource(NinjsDialect.class)
  void nestedNamesAreInTheSchemaToo(NinjsDialect dialect) {
    JsonObject schema = schema(dialect);
    JsonObject item = itemProperties(schema);
    JsonObject infoSource =
        item.getJsonObject(dialect.infoSources).getJsonObject("items").getJsonObject("properties");
    assertThat(infoSource.keySet()).contains("name", dialect.infoSourceRole);

    JsonObject rendition =
        switch (dialect) {
          case V1 ->
              item.getJsonObject("renditions").getJsonObject("patternProperties").values().iterator().next()
                  .asJsonObject().getJsonObject("properties");
          case V2 -> item.getJsonObject("renditions").getJsonObject("items").getJsonObject("properties");
          case V3 -> schema.getJsonObject("$defs").getJsonObject("renditionType").getJsonObject("properties");
        };
    assertThat(rendition.keySet()).contains("href", "width", "height", dialect.contentType);

    if (dialect.lists) {
      for (String list : new String[] {"headlines", "bodies", "descriptions"}) {
        assertThat(item.getJsonObject(list).getJsonObject("items").getJsonObject("properties").keySet())
            .as(list)
            .contains("role", "value", dialect.contentType);
      }
      assertThat(item.getJsonObject("associations").getString("type")).isEqualTo("array");
    } else {
      assertThat(item.getJsonObject("associations").getString("type")).isEqualTo("object");
      assertThat(schema.getJsonObject("patternProperties").keySet()).anyMatch(p -> p.startsWith("^body_")).anyMatch(p -> p.startsWith("^description_"));
    }
  }

  @ParameterizedTest
  @EnumSource(NinjsDialect.class)
  void theOtherSpellingsOfEmbargoAndStatusBelongToSomeVersion(NinjsDialect dialect) {
    assertThat(NinjsDialect.EMBARGO_SPELLINGS).contains(dialect.embargo);
    assertThat(NinjsDialect.PUB_STATUS_SPELLINGS).contains(dialect.pubStatus);
  }
}
