package org.briefing.importer;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.briefing.model.Source;

/**
 * News agencies and broadcasters the importer recognises by name or abbreviation, with the name an
 * editor would write in {@code sources} and the source type.
 */
public final class Organisations {
  /** A known organisation: the name to write and its source type. */
  public record Known(String name, String type) {}

  private static final Map<String, Known> KNOWN = Map.ofEntries(
      agency("reuters", "Reuters"), agency("thomson reuters", "Reuters"),
      agency("ap", "Associated Press"), agency("associated press", "Associated Press"),
      agency("the associated press", "Associated Press"),
      agency("afp", "AFP"), agency("agence france-presse", "AFP"), agency("agence france presse", "AFP"),
      agency("dpa", "dpa"), agency("epa", "EPA"), agency("epa-efe", "EPA-EFE"), agency("efe", "EFE"),
      agency("ansa", "ANSA"), agency("xinhua", "Xinhua"), agency("kyodo", "Kyodo"), agency("yonhap", "Yonhap"),
      agency("tass", "TASS"), agency("interfax", "Interfax"), agency("ria novosti", "RIA Novosti"),
      agency("anadolu", "Anadolu Agency"), agency("anadolu agency", "Anadolu Agency"),
      agency("pa", "PA Media"), agency("pa media", "PA Media"), agency("press association", "PA Media"),
      agency("upi", "UPI"), agency("bloomberg", "Bloomberg"), agency("pti", "PTI"), agency("ians", "IANS"),
      agency("ani", "ANI"), agency("aap", "AAP"), agency("cp", "The Canadian Press"),
      agency("the canadian press", "The Canadian Press"), agency("wafa", "WAFA"), agency("sana", "SANA"),
      agency("irna", "IRNA"), agency("mena", "MENA"), agency("ukrinform", "Ukrinform"), agency("bernama", "Bernama"),
      agency("antara", "Antara"),
      broadcaster("bbc", "BBC"), broadcaster("bbc news", "BBC News"), broadcaster("cnn", "CNN"),
      broadcaster("al jazeera", "Al Jazeera"), broadcaster("npr", "NPR"), broadcaster("sky news", "Sky News"),
      broadcaster("dw", "DW"), broadcaster("deutsche welle", "DW"), broadcaster("france 24", "France 24"),
      broadcaster("rfi", "RFI"), broadcaster("rte", "RTÉ"), broadcaster("rté", "RTÉ"), broadcaster("abc", "ABC"),
      broadcaster("cbs", "CBS"), broadcaster("nbc", "NBC"), broadcaster("euronews", "Euronews"),
      broadcaster("voa", "VOA"), broadcaster("cbc", "CBC"), broadcaster("itv", "ITV"));

  private Organisations() {}

  /** The organisation a name or abbreviation stands for, ignoring case and a final full stop. */
  public static Optional<Known> lookup(String name) {
    String key = name.strip().replaceAll("\\.$", "").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    return Optional.ofNullable(KNOWN.get(key));
  }

  /**
   * A source for a name from the text: a known organisation's usual name and type, else the name
   * as written; a credit to agencies that names none ("News Agencies") is kept as written.
   */
  public static SourceRef source(String name, String defaultType) {
    if (isUnnamedAgency(name)) {
      return SourceRef.named(name.strip().replaceAll("[.;:]+$", ""), "agency");
    }
    return lookup(name)
        .map(k -> SourceRef.named(k.name(), k.type()))
        .orElseGet(() -> SourceRef.named(name.strip(), defaultType));
  }

  /** Whether a name credits agencies without naming one: "News Agencies", "Wires", "With agency reports". */
  public static boolean isUnnamedAgency(String name) {
    return Source.isUnnamedAgency(name);
  }

  private static Map.Entry<String, Known> agency(String key, String name) {
    return Map.entry(key, new Known(name, "agency"));
  }

  private static Map.Entry<String, Known> broadcaster(String key, String name) {
    return Map.entry(key, new Known(name, "broadcaster"));
  }
}
