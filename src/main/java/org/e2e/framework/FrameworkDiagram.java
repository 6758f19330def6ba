package org.e2e.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The framework as a picture (SVG), drawn from a published tree with its text verbatim and kept as text. The
 * arrangement is the seed's metaphor: the fourth layer (Environment, "the larger environment") is drawn around
 * everything, the first (Roots) inside the second (Soil, which "provides nutrients" to them), and the third
 * (Bedrock) beneath the Soil. A tree without exactly four layers is drawn as stacked bands, in order.
 *
 * <p>The same picture comes standalone (an image file: {@code role="img"} with {@code <title>} and {@code <desc>}
 * and its own style) or inline in an HTML page, where each layer and element is a link (in the tree's order, so the
 * keyboard order follows the layers) and the page's stylesheet colours it. {@link Layout#WIDE} lays elements out in
 * columns, {@link Layout#NARROW} one under the other for columns down to 320 px. Pure: no I/O.
 */
public final class FrameworkDiagram {

    /** Where an inline picture's links go; null for the standalone file, which has none. */
    public interface Links {
        String layer(LayerView layer);

        String element(ElementView element);

        /** The {@code target} of every link, or null. */
        String target();

        /** Appended to each link's accessible name, e.g. " (opens in a new tab)"; may be empty. */
        String nameSuffix();
    }

    public enum Layout {
        WIDE(720, 16, 16, 4), NARROW(300, 10, 8, 1);

        final int width;
        final int pad;
        final int inset;
        final int columns;

        Layout(int width, int pad, int inset, int columns) {
            this.width = width;
            this.pad = pad;
            this.inset = inset;
            this.columns = columns;
        }
    }

    static final String STANDALONE_STYLE = "text{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,Helvetica,Arial,sans-serif;fill:#1b1b1b}"
            + ".t{font-weight:700;font-size:18px}.s{font-size:14px}.e{font-size:15px}.c{font-size:16px;font-weight:700}"
            + ".chip{fill:#fff;stroke-width:1.5}.band{stroke-width:2}"
            + ".p1 .band{fill:#e3f0dc;stroke:#3b6e2a}.p1 .chip{stroke:#3b6e2a}"
            + ".p2 .band{fill:#f4e7d6;stroke:#7a4f24}.p2 .chip{stroke:#7a4f24}"
            + ".p3 .band{fill:#e6e6e6;stroke:#4d4d4d}.p3 .chip{stroke:#4d4d4d}"
            + ".p4 .band{fill:#e6f0fa;stroke:#0b5394}.p4 .chip{stroke:#0b5394}";

    private static final int TITLE = 18;
    private static final int SUBTITLE = 14;
    private static final int ELEMENT = 15;
    private static final int CHIP_PAD = 10;
    private static final int GAP = 8;
    private static final int CAPTION = 16;

    private final FrameworkTree tree;
    private final Layout layout;
    private final Links links;
    private final StringBuilder bands = new StringBuilder();
    private final StringBuilder content = new StringBuilder();
    private final String[] bandMarkup;
    private final String[] contentMarkup;
    private final int[] headerBottom;

    private FrameworkDiagram(FrameworkTree tree, Layout layout, Links links) {
        this.tree = tree;
        this.layout = layout;
        this.links = links;
        this.bandMarkup = new String[tree.layers().size()];
        this.headerBottom = new int[tree.layers().size()];
        this.contentMarkup = new String[tree.layers().size()];
    }

    /** The picture as an image file: no links, its own style, {@code role="img"} with its title and description. */
    public static String standalone(FrameworkTree tree) {
        FrameworkDiagram d = new FrameworkDiagram(tree, Layout.WIDE, null);
        int captionHeight = CAPTION + 16;
        int height = d.draw(captionHeight);
        String title = tree.title() + " (version " + tree.version().version() + ")";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
                + Layout.WIDE.width + " " + height + "\" width=\"" + Layout.WIDE.width + "\" height=\"" + height
                + "\" role=\"img\" aria-labelledby=\"diagram-title diagram-desc\" lang=\"" + xml(tree.language()) + "\">"
                + "<title id=\"diagram-title\">" + xml(title) + "</title><desc id=\"diagram-desc\">" + xml(description(tree))
                + "</desc><style>" + STANDALONE_STYLE + "</style>"
                + "<text class=\"c\" x=\"" + Layout.WIDE.pad + "\" y=\"" + (CAPTION + 6) + "\">" + xml(tree.title()) + "</text>"
                + d.bands + d.content + "</svg>\n";
    }

    /** The picture for an HTML page: links, classes the page styles, labelled by {@code labelledBy}. */
    public static String inline(FrameworkTree tree, Layout layout, Links links, String labelledBy) {
        FrameworkDiagram d = new FrameworkDiagram(tree, layout, links);
        int height = d.draw(0);
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"diagram-" + layout.name().toLowerCase() + "\" viewBox=\"0 0 "
                + layout.width + " " + height + "\" role=\"group\" aria-labelledby=\"" + xml(labelledBy) + "\">"
                + d.bands + d.content + "</svg>";
    }

    /** A plain-text description of the picture: each layer with its subtitle and elements, and where it is drawn. */
    public static String description(FrameworkTree tree) {
        List<LayerView> layers = tree.layers();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            LayerView l = layers.get(i);
            String where = layers.size() != 4 ? "" : switch (i) {
                case 0 -> ", drawn inside " + layers.get(1).title();
                case 2 -> ", drawn beneath " + layers.get(1).title();
                case 3 -> ", drawn around all the others";
                default -> "";
            };
            parts.add(l.title() + ": " + l.subtitle() + where + " (" + l.elements().stream().map(ElementView::title)
                    .collect(Collectors.joining(", ")) + ")");
        }
        return String.join(". ", parts) + ".";
    }

    /** Lays out and draws every layer from {@code top}; answers the picture's height. */
    private int draw(int top) {
        List<LayerView> layers = tree.layers();
        int x = 0;
        int w = layout.width;
        int bottom;
        if (layers.size() == 4) {
            // Environment around: its header and elements first, then Soil (holding Roots) and Bedrock inside it.
            int y = header(3, x, top, w);
            int innerX = x + layout.inset;
            int innerW = w - 2 * layout.inset;
            int soilTop = y;
            int rootsTop = header(1, innerX, soilTop, innerW);
            int rootsBottom = band(0, innerX + layout.inset, rootsTop, innerW - 2 * layout.inset, null);
            int soilBottom = band(1, innerX, soilTop, innerW, rootsBottom + layout.pad);
            int bedrockBottom = band(2, innerX, soilBottom + GAP, innerW, null);
            bottom = band(3, x, top, w, bedrockBottom + layout.pad);
        } else {
            int y = top;
            for (int i = 0; i < layers.size(); i++) {
                y = band(i, x, y, w, null) + GAP;
            }
            bottom = Math.max(top, y - GAP);
        }
        // Bands from the outermost in, so that each lies on the one around it.
        int[] paintOrder = layers.size() == 4 ? new int[] { 3, 1, 0, 2 } : IntStream.range(0, layers.size()).toArray();
        for (int i : paintOrder) {
            bands.append(bandMarkup[i]);
        }
        // Links in the tree's order: the keyboard goes Roots, Soil, Bedrock, Environment, each with its elements.
        for (String markup : contentMarkup) {
            content.append(markup);
        }
        return bottom;
    }


    /**
     * Draws layer {@code i}'s header at (x, y) and, unless its elements come later (a layer holding another), its
     * elements; answers where the content inside it may start.
     */
    private int header(int i, int x, int y, int w) {
        LayerView layer = tree.layers().get(i);
        int textX = x + layout.pad;
        int textW = w - 2 * layout.pad;
        StringBuilder out = new StringBuilder();
        int ty = y + layout.pad + TITLE;
        List<String> subtitle = wrap(layer.subtitle(), textW, SUBTITLE);
        int headerHeight = layout.pad + TITLE + 4 + subtitle.size() * (SUBTITLE + 4);
        // One text, so that the link's name (and a search or a copy) reads "Roots Educator-to-educator relationships".
        out.append(open(links == null ? null : links.layer(layer), layer.title() + " " + layer.subtitle()));
        if (links != null) {
            out.append("<rect class=\"hit\" x=\"").append(x + 4).append("\" y=\"").append(y + 4).append("\" width=\"")
                    .append(w - 8).append("\" height=\"").append(headerHeight).append("\" rx=\"6\"/>");
        }
        out.append("<text x=\"").append(textX).append("\" y=\"").append(ty).append("\"><tspan class=\"t\">")
                .append(xml(layer.title())).append(" </tspan>");
        for (int line = 0; line < subtitle.size(); line++) {
            out.append("<tspan class=\"s\" x=\"").append(textX).append("\" dy=\"").append(line == 0 ? 4 + SUBTITLE : SUBTITLE + 4)
                    .append("\">").append(xml(subtitle.get(line))).append(line < subtitle.size() - 1 ? " " : "").append("</tspan>");
        }
        out.append("</text>");
        out.append(close());
        int after = y + headerHeight + GAP;
        out.append("<g class=\"elements\">");
        after = chips(out, layer, textX, after, textW);
        out.append("</g>");
        headerBottom[i] = after;
        contentMarkup[i] = "<g class=\"layer p" + (i + 1) + "\" data-layer=\"" + xml(layer.slug()) + "\">" + out + "</g>";
        return after;
    }

    /** Layer {@code i}'s band from y down to {@code bottom} (null: just below its own content). Answers its bottom. */
    private int band(int i, int x, int y, int w, Integer bottom) {
        if (contentMarkup[i] == null) {
            header(i, x, y, w);
        }
        int end = bottom != null ? bottom : headerBottom[i] + layout.pad - GAP;
        bandMarkup[i] = "<g class=\"p" + (i + 1) + "\" aria-hidden=\"true\"><rect class=\"band\" x=\"" + (x + 1) + "\" y=\""
                + (y + 1) + "\" width=\"" + (w - 2) + "\" height=\"" + (end - y - 2) + "\" rx=\"12\"/></g>";
        return end;
    }

    /** Each element of the layer as a chip, in rows of up to the layout's columns; answers the y below them. */
    private int chips(StringBuilder out, LayerView layer, int x, int y, int w) {
        List<ElementView> elements = layer.elements();
        if (elements.isEmpty()) {
            return y;
        }
        int columns = Math.min(layout.columns, elements.size());
        int chipW = (w - (columns - 1) * GAP) / columns;
        int rowY = y;
        for (int start = 0; start < elements.size(); start += columns) {
            List<ElementView> row = elements.subList(start, Math.min(elements.size(), start + columns));
            List<List<String>> texts = row.stream().map(e -> wrap(e.title(), chipW - 2 * CHIP_PAD, ELEMENT)).toList();
            int rowLines = texts.stream().mapToInt(List::size).max().orElse(1);
            int chipH = 2 * CHIP_PAD + rowLines * (ELEMENT + 5) - 5;
            for (int c = 0; c < row.size(); c++) {
                ElementView e = row.get(c);
                int cx = x + c * (chipW + GAP);
                out.append(open(links == null ? null : links.element(e), e.title()));
                out.append("<rect class=\"chip\" x=\"").append(cx).append("\" y=\"").append(rowY).append("\" width=\"")
                        .append(chipW).append("\" height=\"").append(chipH).append("\" rx=\"8\"/>");
                out.append(lines("e", texts.get(c), cx + CHIP_PAD, rowY + CHIP_PAD + ELEMENT - 3, ELEMENT + 5));
                out.append(close());
            }
            rowY += chipH + GAP;
        }
        return rowY;
    }

    private String open(String href, String name) {
        if (href == null) {
            return "<g>";
        }
        String target = links.target() == null ? "" : " target=\"" + xml(links.target()) + "\" rel=\"noopener\"";
        // Named in so many words: the name from the content would run a layer's title into its subtitle.
        return "<a href=\"" + xml(href) + "\"" + target + " aria-label=\"" + xml(name + links.nameSuffix()) + "\">";
    }

    private String close() {
        return links == null ? "</g>" : "</a>";
    }

    private static String lines(String cls, List<String> lines, int x, int y, int step) {
        StringBuilder out = new StringBuilder("<text class=\"").append(cls).append("\" x=\"").append(x).append("\" y=\"")
                .append(y).append("\">");
        for (int i = 0; i < lines.size(); i++) {
            out.append("<tspan x=\"").append(x).append("\" dy=\"").append(i == 0 ? 0 : step).append("\">")
                    .append(xml(lines.get(i))).append(i < lines.size() - 1 ? " " : "").append("</tspan>");
        }
        return out.append("</text>").toString();
    }

    /** Words of {@code text} in lines at most {@code width} wide, by a generous estimate of a sans-serif's advance. */
    static List<String> wrap(String text, int width, int fontSize) {
        int perLine = Math.max(8, (int) (width / (fontSize * 0.54)));
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > perLine) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
