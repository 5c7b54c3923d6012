package uk.tidemark.app.web;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PDF read back with PDFBox, for tests: its pages (size, text, words with their boxes), its fonts, and what
 * PDF/UA asks of the document (tags, figures' alternative text, title, language, the identification in the XMP
 * metadata). Box coordinates
 * are PDF points from the top-left corner of the page.
 */
public final class PdfReadBack {
    /** A4 in points. */
    public static final float A4_WIDTH = 595.28f;
    public static final float A4_HEIGHT = 841.89f;

    /** A run of characters without a space, and the rectangle its glyphs cover. */
    public record Word(String text, Rectangle2D box) {
        public boolean overlaps(Word other) {
            return box.intersects(other.box);
        }
    }

    private final List<String> pageTexts = new ArrayList<>();
    private final List<List<Word>> pageWords = new ArrayList<>();
    private final List<PDRectangle> mediaBoxes = new ArrayList<>();
    private final List<PDFont> fonts = new ArrayList<>();
    private final String title;
    private final String language;
    private final String xmp;
    private final boolean structureTree;
    private final boolean marked;
    private final List<String> figureAlternatives = new ArrayList<>();

    private PdfReadBack(PDDocument doc) throws IOException {
        for (int i = 1; i <= doc.getNumberOfPages(); i++) {
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(i);
            text.setEndPage(i);
            pageTexts.add(text.getText(doc));
            WordStripper words = new WordStripper();
            words.setStartPage(i);
            words.setEndPage(i);
            words.getText(doc);
            pageWords.add(words.words);
        }
        for (PDPage page : doc.getPages()) {
            mediaBoxes.add(page.getMediaBox());
            collectFonts(page.getResources());
        }
        title = doc.getDocumentInformation().getTitle();
        language = doc.getDocumentCatalog().getLanguage();
        PDMetadata metadata = doc.getDocumentCatalog().getMetadata();
        xmp = metadata == null ? "" : new String(metadata.toByteArray(), StandardCharsets.UTF_8);
        PDStructureTreeRoot tree = doc.getDocumentCatalog().getStructureTreeRoot();
        structureTree = tree != null && !tree.getKids().isEmpty();
        if (tree != null) {
            collectFigures(tree.getKids());
        }
        PDMarkInfo markInfo = doc.getDocumentCatalog().getMarkInfo();
        marked = markInfo != null && markInfo.isMarked();
    }

    public static PdfReadBack of(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PdfReadBack(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int pageCount() {
        return pageTexts.size();
    }

    /** Page numbers count from 1. */
    public PDRectangle mediaBox(int page) {
        return mediaBoxes.get(page - 1);
    }

    public boolean isA4Portrait(int page) {
        PDRectangle box = mediaBox(page);
        return Math.abs(box.getWidth() - A4_WIDTH) <= 1 && Math.abs(box.getHeight() - A4_HEIGHT) <= 1;
    }

    public String text(int page) {
        return pageTexts.get(page - 1);
    }

    /** All pages' text, in order. */
    public String text() {
        return String.join("", pageTexts);
    }

    public List<Word> words(int page) {
        return pageWords.get(page - 1);
    }

    /** The pages (from 1) on which the word appears. */
    public List<Integer> pagesWith(String word) {
        List<Integer> pages = new ArrayList<>();
        for (int i = 1; i <= pageCount(); i++) {
            if (words(i).stream().anyMatch(w -> w.text().equals(word))) {
                pages.add(i);
            }
        }
        return pages;
    }

    /** Fails unless each of the words is on the page, and no two of their boxes overlap. */
    public void assertDisjoint(int page, Collection<String> texts) {
        List<Word> chosen = new ArrayList<>();
        for (String text : texts) {
            List<Word> matches = words(page).stream().filter(w -> w.text().equals(text)).toList();
            assertThat(matches).as("the word %s on page %d", text, page).isNotEmpty();
            chosen.addAll(matches);
        }
        for (int i = 0; i < chosen.size(); i++) {
            for (int j = i + 1; j < chosen.size(); j++) {
                assertThat(chosen.get(i).overlaps(chosen.get(j)))
                        .as("%s overlaps %s on page %d", chosen.get(i), chosen.get(j), page).isFalse();
            }
        }
    }

    /** Fails if any two words anywhere on the page overprint each other. */
    public void assertNothingOverprinted(int page) {
        List<Word> all = words(page);
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                assertThat(all.get(i).overlaps(all.get(j)))
                        .as("%s overprints %s on page %d", all.get(i), all.get(j), page).isFalse();
            }
        }
    }

    /** Every font used by any page (and by the forms its content draws), as PDFBox reads it. */
    public List<PDFont> fonts() {
        return fonts;
    }

    public boolean allFontsEmbedded() {
        return !fonts.isEmpty() && fonts.stream().allMatch(PDFont::isEmbedded);
    }

    public String title() {
        return title;
    }

    public String language() {
        return language;
    }

    public String xmp() {
        return xmp;
    }

    /** The part of PDF/UA the XMP metadata claims (pdfuaid:part), or null. */
    public Integer pdfUaPart() {
        Matcher m = Pattern.compile("<pdfuaid:part>\\s*(\\d+)\\s*</pdfuaid:part>|pdfuaid:part=\"(\\d+)\"").matcher(xmp);
        if (!m.find()) {
            return null;
        }
        return Integer.valueOf(m.group(1) != null ? m.group(1) : m.group(2));
    }

    /** A structure tree with content, and MarkInfo saying the document is marked. */
    public boolean isTagged() {
        return structureTree && marked;
    }

    /** The alternative text of each Figure in the structure tree, in document order ("" for none). */
    public List<String> figureAlternatives() {
        return figureAlternatives;
    }

    private void collectFigures(List<Object> kids) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                if (StandardStructureTypes.Figure.equals(element.getStructureType())) {
                    String alt = element.getAlternateDescription();
                    figureAlternatives.add(alt == null ? "" : alt);
                }
                collectFigures(element.getKids());
            }
        }
    }

    private void collectFonts(PDResources resources) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject xobject = resources.getXObject(name);
            if (xobject instanceof PDFormXObject form) {
                collectFonts(form.getResources());
            }
        }
    }

    /** Collects the glyphs of each word (split at spaces and line ends) into one box. */
    private static final class WordStripper extends PDFTextStripper {
        private final List<Word> words = new ArrayList<>();

        WordStripper() throws IOException {
            setSortByPosition(true);
        }

        @Override
        protected void writeString(String line, List<TextPosition> positions) {
            StringBuilder text = new StringBuilder();
            Rectangle2D box = null;
            for (TextPosition p : positions) {
                String unicode = p.getUnicode();
                if (unicode.isBlank()) {
                    add(text, box);
                    text.setLength(0);
                    box = null;
                    continue;
                }
                Rectangle2D glyph = new Rectangle2D.Double(p.getXDirAdj(), p.getYDirAdj() - p.getHeightDir(),
                        p.getWidthDirAdj(), p.getHeightDir());
                text.append(unicode);
                box = box == null ? glyph : box.createUnion(glyph);
            }
            add(text, box);
        }

        private void add(StringBuilder text, Rectangle2D box) {
            if (!text.isEmpty()) {
                words.add(new Word(text.toString(), box));
            }
        }
    }
}
