package org.copydesk.ingest;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The property names of each ninjs major version, taken from the IPTC schemas 1.6, 2.2 and 3.1.
 * Version 1 has single values and name-keyed objects ({@code headline}, {@code byline},
 * {@code body_xhtml}, {@code associations: {"mainpic": ...}}); version 2 has lists
 * ({@code headlines}, {@code bodies}, {@code associations: [...]}) in lower case; version 3 keeps
 * version 2's shapes in camelCase ({@code copyrightHolder}, {@code infoSources}).
 */
enum NinjsDialect {
  V1(WireFormat.NINJS_1, false, "versioncreated", "pubstatus", "embargoed", "byline", "person",
      "copyrightholder", "copyrightnotice", "usageterms", "infosource", "rel", "ednote", "mimetype"),
  V2(WireFormat.NINJS_2, true, "versioncreated", "pubstatus", "embargoed", "by", "people",
      "copyrightholder", "copyrightnotice", "usageterms", "infosources", "role", "ednote", "contenttype"),
  V3(WireFormat.NINJS_3, true, "versionCreated", "pubStatus", "embargoedUntil", "by", "people",
      "copyrightHolder", "copyrightNotice", "usageTerms", "infoSources", "role", "edNote", "contentType");

  /**
   * Every spelling of the two fields that stop publication. They are read under all of them, so a
   * version 3 item that writes {@code embargoed} the version 2 way is still held back.
   */
  static final List<String> PUB_STATUS_SPELLINGS = List.of("pubstatus", "pubStatus");
  static final List<String> EMBARGO_SPELLINGS = List.of("embargoed", "embargoedUntil");

  final WireFormat format;
  /** Whether headlines, bodies and descriptions are lists and associations and renditions arrays. */
  final boolean lists;
  final String versionCreated;
  final String pubStatus;
  final String embargo;
  final String by;
  final String people;
  final String copyrightHolder;
  final String copyrightNotice;
  final String usageTerms;
  final String infoSources;
  final String infoSourceRole;
  final String edNote;
  final String contentType;

  NinjsDialect(
      WireFormat format,
      boolean lists,
      String versionCreated,
      String pubStatus,
      String embargo,
      String by,
      String people,
      String copyrightHolder,
      String copyrightNotice,
      String usageTerms,
      String infoSources,
      String infoSourceRole,
      String edNote,
      String contentType) {
    this.format = format;
    this.lists = lists;
    this.versionCreated = versionCreated;
    this.pubStatus = pubStatus;
    this.embargo = embargo;
    this.by = by;
    this.people = people;
    this.copyrightHolder = copyrightHolder;
    this.copyrightNotice = copyrightNotice;
    this.usageTerms = usageTerms;
    this.infoSources = infoSources;
    this.infoSourceRole = infoSourceRole;
    this.edNote = edNote;
    this.contentType = contentType;
  }

  static NinjsDialect of(WireFormat format) {
    return switch (format) {
      case NINJS_1 -> V1;
      case NINJS_2 -> V2;
      case NINJS_3 -> V3;
      case NEWSML_G2 -> throw new IllegalArgumentException("NewsML-G2 is not ninjs");
    };
  }

  /** The top-level properties this dialect reads, for checking against the schema. */
  Set<String> topLevelNames() {
    Set<String> names = new LinkedHashSet<>();
    names.addAll(
        List.of("uri", "type", "version", "language", "located", "associations", "renditions", versionCreated,
            pubStatus, embargo, by, people, copyrightHolder, copyrightNotice, usageTerms, infoSources, edNote));
    names.addAll(lists ? List.of("headlines", "bodies", "descriptions") : List.of("headline"));
    return names;
  }
}
