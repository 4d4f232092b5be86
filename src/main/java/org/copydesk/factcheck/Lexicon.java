package org.copydesk.factcheck;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * The closed word lists the scanners lean on. Kept small and general (wire English, not any one
 * story): an open-ended gazetteer of names would make the extractor look better on its own corpus
 * and worse on the next story.
 */
final class Lexicon {

  /** Verbs that attribute words to a subject: "X said", "said X", "X called it ...". */
  static final Set<String> SPEECH_VERBS =
      words(
          "said", "says", "say", "told", "tells", "added", "adds", "asked", "asks", "warned", "warns",
          "wrote", "writes", "called", "call", "described", "argued", "argues", "noted", "insisted",
          "explained", "recalled", "acknowledged", "admitted", "stated", "declared", "replied",
          "responded", "testified", "urged", "promised", "vowed", "estimated", "predicted",
          "suggested", "complained", "conceded", "cautioned", "maintained", "countered", "continued",
          "joked", "announced", "agreed", "claimed", "observed", "remarked", "pleaded", "stressed",
          "emphasised", "emphasized", "quipped", "labelled", "labeled", "dubbed", "termed");

  static final Set<String> SUBJECT_PRONOUNS = words("he", "she", "they", "we", "i", "it");

  /** Capitalised words that form a title in front of a name: "Fire Chief", "Secretary General". */
  static final Set<String> TITLES =
      words(
          "mayor", "councillor", "councilor", "alderman", "premier", "minister", "president",
          "secretary", "secretary-general", "general", "chief", "director", "manager", "treasurer",
          "chair", "chairman", "chairwoman", "chairperson", "commissioner", "superintendent",
          "inspector", "sergeant", "constable", "detective", "officer", "judge", "justice", "senator",
          "governor", "ambassador", "consul", "professor", "dean", "principal", "coach", "captain",
          "admiral", "colonel", "lieutenant", "bishop", "father", "reverend", "rabbi", "imam",
          "sheriff", "warden", "harbourmaster", "clerk", "auditor", "registrar", "chancellor", "king",
          "queen", "prince", "princess", "pope", "sir", "dame", "lord", "lady", "spokesman",
          "spokeswoman", "spokesperson", "dr.", "prof.", "mr.", "mrs.", "ms.", "mx.", "lt.", "sgt.",
          "capt.", "gen.", "col.", "cmdr.", "adm.", "sen.", "rep.", "gov.", "rev.", "hon.", "insp.",
          "det.", "const.", "supt.", "cpl.");

  /** Words that only qualify a title: "City Treasurer", "Deputy Mayor", "Health Minister". */
  static final Set<String> TITLE_MODIFIERS =
      words(
          "city", "fire", "police", "deputy", "acting", "interim", "vice", "prime", "executive",
          "assistant", "associate", "senior", "attorney", "foreign", "finance", "health",
          "transport", "fisheries", "defence", "defense", "education", "environment", "labour",
          "labor", "former", "retired", "union", "airport", "port", "county", "state", "federal",
          "provincial", "regional", "district", "managing", "national", "general", "chief");

  /** Lower-case words naming a job or role, in "union president Carla Mendes" or an appositive. */
  static final Set<String> ROLES =
      words(
          "president", "vice-president", "manager", "spokesman", "spokeswoman", "spokesperson",
          "judge", "director", "minister", "chair", "chairman", "chairwoman", "chairperson", "chief",
          "executive", "officer", "secretary", "treasurer", "councillor", "councilor", "mayor",
          "premier", "professor", "economist", "analyst", "lawyer", "attorney", "scientist",
          "biologist", "geographer", "researcher", "founder", "owner", "head", "leader", "member",
          "ambassador", "envoy", "consul", "commissioner", "superintendent", "inspector", "captain",
          "coordinator", "organiser", "organizer", "editor", "nurse", "doctor", "physician",
          "surgeon", "engineer", "architect", "planner", "administrator", "supervisor", "adviser",
          "advisor", "official", "negotiator", "mediator", "observer", "delegate", "representative",
          "senator", "governor", "deputy", "trustee", "principal", "teacher", "coach", "historian",
          "author", "activist", "volunteer", "fisherman", "farmer", "student", "resident", "pilot",
          "worker", "driver", "partner", "consultant", "specialist", "expert", "clerk", "sergeant",
          "constable", "detective", "lieutenant", "pastor", "priest", "economist", "treasurer");

  /** Last words that make a capitalised phrase an organisation or institution. */
  static final Set<String> ORG_HEADS =
      words(
          "authority", "council", "association", "union", "hospital", "university", "college",
          "school", "academy", "institute", "board", "department", "ministry", "office", "agency",
          "commission", "committee", "registry", "works", "company", "corporation", "corp.", "inc.",
          "ltd.", "llc", "plc", "group", "trust", "foundation", "society", "centre", "center",
          "conservancy", "guard", "service", "services", "transit", "hydro", "police", "court",
          "party", "federation", "alliance", "coalition", "network", "club", "fund", "bureau",
          "administration", "parliament", "senate", "assembly", "workers", "bank", "church",
          "museum", "library", "airport", "airlines", "airline", "railway", "laboratory", "clinic",
          "cooperative", "league", "partnership", "consortium", "holdings", "industries", "media",
          "energy", "utilities", "army", "navy", "chamber", "tribunal", "secretariat",
          "organisation", "organization", "forum", "caucus", "cabinet", "government", "congress",
          "shipyard", "press", "news", "times", "herald", "gazette", "tribune", "journal", "collegiate",
          "polytechnic", "seminary", "conservatory", "institution");

  /** Verbs that make the capitalised pair before them a person: "Jane Doe said". */
  static final Set<String> PERSON_SPEECH_VERBS =
      words("said", "says", "told", "tells", "added", "adds", "asked", "asks", "wrote", "writes", "warned",
          "explained", "recalled", "acknowledged", "noted", "insisted", "argued", "testified", "replied", "admitted");

  /** Nouns that say a name is a body's: "the advocacy group BlueLedger", "Castlegate Civil, a local firm". */
  static final Set<String> ORG_DESCRIPTORS =
      words("firm", "company", "group", "charity", "organisation", "organization", "team", "club", "business",
          "startup", "nonprofit", "non-profit", "retailer", "manufacturer", "developer", "contractor",
          "consultancy", "publisher", "newspaper", "broadcaster", "insurer", "utility", "union", "agency",
          "chain", "operator", "builder", "supplier", "distributor", "brand", "coalition", "charity", "school",
          "college", "university", "institute", "lobby", "think-tank", "cooperative", "co-op", "foundation",
          "association", "society", "carrier", "airline", "bank", "lender", "fund", "partnership", "studio",
          "label", "outlet", "station", "network", "party", "league");

  /** Heads that take an "of"/"for" complement inside one name: "Department of Transport". */
  static final Set<String> OF_HEADS =
      words(
          "department", "ministry", "university", "bank", "board", "council", "college", "institute",
          "centre", "center", "school", "chamber", "museum", "office", "commission", "committee",
          "federation", "association", "society", "church", "academy", "court", "secretary",
          "minister", "agency", "port", "city", "bureau", "union", "league", "fund", "friends");

  /** Last words that make a capitalised phrase a place, never a person. */
  static final Set<String> PLACE_HEADS =
      words(
          "street", "road", "avenue", "boulevard", "drive", "lane", "highway", "route", "river",
          "creek", "brook", "lake", "bay", "harbour", "harbor", "island", "islands", "point", "park",
          "bridge", "square", "wharf", "pier", "county", "province", "mountain", "mount", "valley",
          "beach", "sea", "ocean", "strait", "gulf", "peninsula", "canal", "channel", "falls", "hill",
          "hills", "heights", "coast", "shore", "village", "town", "station", "terminal");

  /** Words that start sentences and headings without naming anything. */
  static final Set<String> FUNCTION_WORDS =
      words(
          "the", "a", "an", "and", "but", "or", "so", "yet", "for", "nor", "in", "on", "at", "to",
          "from", "by", "with", "without", "of", "as", "after", "before", "since", "until", "while",
          "when", "where", "if", "unless", "although", "though", "because", "once", "during", "under",
          "over", "about", "above", "below", "between", "among", "against", "across", "through",
          "into", "within", "despite", "like", "unlike", "near", "beyond", "per", "via", "it", "its",
          "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "this",
          "that", "these", "those", "there", "here", "what", "which", "who", "whom", "whose", "why",
          "how", "some", "many", "most", "more", "much", "several", "few", "all", "both", "each",
          "every", "any", "no", "not", "none", "nobody", "nothing", "everyone", "everybody",
          "someone", "other", "another", "such", "only", "also", "still", "even", "just", "then",
          "now", "today", "yesterday", "tomorrow", "asked", "speaking", "according", "roughly",
          "nearly", "around", "almost", "approximately", "meanwhile", "however", "instead", "last",
          "next", "first", "second", "third", "yes", "please", "do", "does", "did", "is", "are",
          "was", "were", "be", "will", "would", "can", "could", "should", "may", "might", "must",
          "let", "up", "down", "out", "off", "again", "ever", "never", "always", "often", "already",
          "almost", "less", "least", "than", "very", "too", "well", "whether", "whatever", "wherever",
          "whoever", "either", "neither", "towards", "toward", "upon", "behind", "beside", "besides",
          "inside", "outside", "alongside", "amid", "following", "including", "unlike", "plus");

  static final Set<String> MONTHS =
      words(
          "january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.",
          "sep.", "sept.", "oct.", "nov.", "dec.");

  static final Set<String> WEEKDAYS =
      words("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  /** Number words up to the ones a wire style spells out, plus the multipliers. */
  static final Set<String> NUMBER_WORDS =
      words(
          "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
          "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
          "hundred", "thousand", "million", "billion", "dozen");

  /** Words that end the noun after a number: "298,000 in 2019" is a figure without a unit. */
  static final Set<String> NOT_A_UNIT =
      words(
          "the", "a", "an", "of", "in", "on", "at", "to", "from", "by", "for", "with", "and", "or",
          "but", "than", "that", "which", "who", "whom", "whose", "where", "when", "while", "was",
          "were", "is", "are", "be", "been", "being", "has", "have", "had", "do", "does", "did",
          "will", "would", "can", "could", "should", "may", "might", "must", "said", "says", "say",
          "told", "also", "still", "now", "then", "only", "just", "more", "less", "most", "least",
          "already", "again", "ago", "earlier", "later", "before", "after", "since", "until", "this",
          "these", "those", "each", "every", "all", "any", "some", "no", "not", "other", "another",
          "its", "their", "his", "her", "our", "as", "into", "over", "under", "up", "down", "out",
          "about", "around", "last", "next", "per", "between", "among", "across", "along", "through",
          "during", "despite", "against", "toward", "towards", "so", "if", "because", "though",
          "although", "it", "he", "she", "they", "we", "i", "you", "them", "us", "him", "there",
          "here", "percent", "like", "near", "off", "onto", "upon", "within", "without", "behind",
          "beyond", "via", "whether", "nor", "yet", "too", "very", "even", "ever", "never", "away", "instead",
          "rather", "altogether", "respectively", "together", "ahead", "apart", "regardless", "once", "today",
          "tonight", "yesterday", "tomorrow", "anyway", "alone");

  private Lexicon() {}

  /** A set that tolerates a word listed twice, which the lists above are easier to read with. */
  private static Set<String> words(String... words) {
    return Set.copyOf(Arrays.asList(words));
  }

  static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }

  /** A job word in its usual shapes, including the open classes "-ist", "-ian", "-man", "-woman". */
  static boolean isRole(String word) {
    String w = lower(word);
    return ROLES.contains(w)
        || (w.length() > 5 && (w.endsWith("ist") || w.endsWith("ian")))
        || w.endsWith("woman")
        || w.endsWith("person")
        || (w.endsWith("man") && w.length() > 5 && !w.endsWith("human") && !w.endsWith("german"));
  }

  static boolean isMonthOrDay(String word) {
    String w = lower(word);
    return MONTHS.contains(w)
        || WEEKDAYS.contains(w)
        || w.endsWith("s") && WEEKDAYS.contains(w.substring(0, w.length() - 1));
  }

  /** "Brendan's" to "Brendan", "hours'" to "hours"; other words unchanged. */
  static String withoutPossessive(String word) {
    int n = word.length();
    if (n > 2 && word.charAt(n - 1) == 's' && (word.charAt(n - 2) == '\'' || word.charAt(n - 2) == '\u2019')) {
      return word.substring(0, n - 2);
    }
    if (n > 1 && (word.charAt(n - 1) == '\'' || word.charAt(n - 1) == '\u2019')) {
      return word.substring(0, n - 1);
    }
    return word;
  }
}
