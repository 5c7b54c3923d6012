package uk.tidemark.query.incident;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A name search as a regular expression both MongoDB and the embedded server run: the text's letters each as a class
 * of their accented forms in both cases ("zoe" → z, [oòóôõöøō...], [eèéêëē...]), everything else quoted. Welsh and
 * Irish names are written with ŵ, ŷ and the acute and grave vowels; Polish, Czech and Turkish with ł, ś, ż, č, ş, ğ.
 */
final class NamePattern {

    private static final Map<Character, String> FORMS = Map.ofEntries(
            Map.entry('a', "aàáâãäåāăąAÀÁÂÃÄÅĀĂĄ"), Map.entry('c', "cçćčCÇĆČ"), Map.entry('d', "dďđDĎĐ"),
            Map.entry('e', "eèéêëēĕėęěEÈÉÊËĒĔĖĘĚ"), Map.entry('g', "gğGĞ"), Map.entry('i', "iìíîïīįıIÌÍÎÏĪĮİ"),
            Map.entry('l', "lłľLŁĽ"), Map.entry('n', "nñńňNÑŃŇ"), Map.entry('o', "oòóôõöøōőOÒÓÔÕÖØŌŐ"),
            Map.entry('r', "rřRŘ"), Map.entry('s', "sśšşSŚŠŞ"), Map.entry('t', "tťţTŤŢ"),
            Map.entry('u', "uùúûüūůűUÙÚÛÜŪŮŰ"), Map.entry('w', "wŵWŴ"), Map.entry('y', "yýÿŷYÝŸŶ"),
            Map.entry('z', "zźżžZŹŻŽ"));

    private NamePattern() {
    }

    /** A pattern matching any name that contains {@code text}, ignoring case and accents. */
    static String containing(String text) {
        String plain = Normalizer.normalize(text.strip().replaceAll("\\s+", " "), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace('ł', 'l').replace('ø', 'o').replace('đ', 'd').replace('ı', 'i');
        StringBuilder pattern = new StringBuilder();
        for (char c : plain.toCharArray()) {
            String forms = FORMS.get(c);
            if (forms != null) {
                pattern.append('[').append(forms).append(']');
            } else if (Character.isLetter(c)) {
                pattern.append('[').append(c).append(Character.toUpperCase(c)).append(']');
            } else if (Character.isWhitespace(c)) {
                pattern.append("\\s+");
            } else {
                pattern.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return pattern.toString();
    }
}
