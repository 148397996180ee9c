package org.briefing.photo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Entity;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * An SVG without what its drawing tool or editor wrote beside the drawing: comments, {@code <metadata>}
 * (RDF, the author, the licence) and every element and attribute outside the namespaces a browser
 * draws (Inkscape's {@code inkscape:export-filename} and {@code sodipodi:docname} hold the paths of
 * the editor's files; Illustrator and Sketch keep their own). {@code <title>} and {@code <desc>},
 * the picture's text for screen readers, stay. It is read with an XML parser that reads no DTD or
 * entity outside the file. A gzip-compressed SVG (.svgz) is decompressed, cleaned and compressed again.
 * What runs or loads from elsewhere goes too ({@link SvgActiveContent}): a picture opened at its
 * address is a document of the site, and its script would run on the site's origin.
 */
public final class SvgCleaner {
  private static final String SVG = "http://www.w3.org/2000/svg";
  /**
   * The namespace of the elements a browser draws in an SVG: XHTML and MathML are shown only in a
   * {@code <foreignObject>}, which goes, and an XHTML {@code <script>} runs wherever it stands.
   */
  private static final Set<String> SHOWN = Set.of(SVG);
  private static final java.util.regex.Pattern CSS_STYLESHEET = java.util.regex.Pattern.compile(
      "(?s)(?=.*\\btype\\s*=\\s*(['\"])text/css\\1).*\\bhref\\s*=\\s*(['\"])([^'\"]*)\\2.*");
  private static final Set<String> ATTRIBUTES = Set.of("http://www.w3.org/1999/xlink", XMLConstants.XML_NS_URI);

  /** An SVG that is not well-formed XML, or that refers to a file outside it; {@link #line()} is where, 0 when not known. */
  public static final class Unreadable extends StaticPicture.Refused {
    Unreadable(String message, int line) {
      super(message, line, "open it in a drawing tool and save it again as plain SVG, or mend the XML at this line");
    }
  }

  /** The most an .svgz is read to once decompressed: a few kilobytes can hold gigabytes of XML. */
  public static final int MAX_DECOMPRESSED = 64 << 20;

  private SvgCleaner() {}

  /** The SVG {@code bytes} without comments, metadata and editors' markup, as UTF-8 XML; throws {@link Unreadable}. */
  public static byte[] clean(byte[] bytes) {
    Document document = parse(bytes);
    if (document.getDoctype() != null) {
      NamedNodeMap entities = document.getDoctype().getEntities();
      for (int i = 0; i < entities.getLength(); i++) {
        Entity entity = (Entity) entities.item(i);
        if (entity.getSystemId() != null || entity.getPublicId() != null) {
          throw new Unreadable("it declares the entity '" + entity.getNodeName() + "', read from a file outside it, which is not read", 0);
        }
      }
    }
    Element root = document.getDocumentElement();
    if (!shown(root)) {
      throw new Unreadable("its root element <" + root.getNodeName() + "> is " + ("http://www.w3.org/1999/xhtml".equals(root.getNamespaceURI())
          ? "HTML's" : "in the namespace '" + root.getNamespaceURI() + "'") + ", not SVG's", 0);
    }
    // an SVG with nothing to take out is published as it is, not as the XML writer would write it
    return clean(document) ? write(document) : bytes;
  }

  /**
   * The gzip-compressed SVG {@code gzipped} (an .svgz, as Inkscape saves one) cleaned as {@link #clean}
   * does and compressed again, with no time or file name in its header so that the same file gives
   * the same bytes; itself when there is nothing to take out. Throws {@link Unreadable}, also when it
   * is no gzip or larger than {@link #MAX_DECOMPRESSED} once decompressed.
   */
  public static byte[] cleanCompressed(byte[] gzipped) {
    byte[] svg;
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
      svg = in.readNBytes(MAX_DECOMPRESSED + 1);
    } catch (IOException e) {
      throw new Unreadable("it is not compressed with gzip, as its name says (" + e.getMessage() + ")", 0);
    }
    if (svg.length > MAX_DECOMPRESSED) {
      throw new Unreadable("it is larger than " + (MAX_DECOMPRESSED >> 20) + " MiB once decompressed", 0);
    }
    byte[] cleaned;
    try {
      cleaned = clean(svg);
    } catch (Unreadable e) {
      // the file's lines are compressed: the line is the decompressed SVG's
      throw new Unreadable(e.line() > 0 ? "at line " + e.line() + " once decompressed, " + e.getMessage() : e.getMessage(), 0);
    }
    // compressed again even when nothing was taken out: the gzip header may name the file and its time
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) { // its header: no name, no time
      gzip.write(cleaned);
    } catch (IOException e) {
      throw new IllegalStateException("cannot compress in memory", e);
    }
    return out.toByteArray();
  }

  private static Document parse(byte[] bytes) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(true);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      });
      return builder.parse(new ByteArrayInputStream(bytes));
    } catch (SAXParseException e) {
      throw new Unreadable("it is not well-formed XML (" + e.getMessage() + ")", Math.max(0, e.getLineNumber()));
    } catch (SAXException | IOException e) {
      throw new Unreadable("it cannot be read as XML (" + e.getMessage() + ")", 0);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Takes out of {@code node}'s descendants what is not shown; whether there was any. */
  private static boolean clean(Node node) {
    List<Node> children = new ArrayList<>();
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      children.add(child);
    }
    boolean removed = false;
    for (Node child : children) {
      if (shown(child)) {
        removed |= child instanceof Element element && cleanAttributes(element);
        removed |= child instanceof Element element && element.getLocalName().equalsIgnoreCase("style") && cleanStyle(element);
        removed |= clean(child);
      } else {
        node.removeChild(child);
        removed = true;
      }
    }
    return removed;
  }

  private static boolean shown(Node node) {
    return switch (node.getNodeType()) {
      case Node.COMMENT_NODE -> false;
      // an xml-stylesheet instruction may style the drawing with CSS of the site; a browser ignores every other
      // instruction (XMP's xpacket), and one naming XSLT could turn the picture into an HTML page with scripts
      case Node.PROCESSING_INSTRUCTION_NODE -> node.getNodeName().equals("xml-stylesheet") && siteCss(((org.w3c.dom.ProcessingInstruction) node).getData());
      case Node.ELEMENT_NODE -> (node.getNamespaceURI() == null || SHOWN.contains(node.getNamespaceURI()))
          && !(SVG.equals(node.getNamespaceURI()) && node.getLocalName().equals("metadata"))
          && !SvgActiveContent.isActive((Element) node);
      default -> true;
    };
  }

  /** Takes out of {@code element} its attributes in other namespaces, and the declarations of namespaces no longer used; whether there were any. */
  private static boolean cleanAttributes(Element element) {
    NamedNodeMap attributes = element.getAttributes();
    List<Attr> dropped = new ArrayList<>();
    boolean changed = false;
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      String namespace = attribute.getNamespaceURI();
      boolean kept = XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(namespace)
          ? attribute.getValue().isEmpty() || SHOWN.contains(attribute.getValue()) || ATTRIBUTES.contains(attribute.getValue())
          : (namespace == null || ATTRIBUTES.contains(namespace)) && !SvgActiveContent.isActive(element, attribute);
      String style = kept && attribute.getLocalName().equals("style") ? SvgActiveContent.cleanedStyle(attribute.getValue()) : null;
      String picture = kept && attribute.getLocalName().equals("href") ? SvgActiveContent.strippedData(attribute.getValue()) : null;
      if (!kept) {
        dropped.add(attribute);
      } else if (style != null || picture != null) {
        attribute.setValue(style != null ? style : picture);
        changed = true;
      }
    }
    dropped.forEach(element::removeAttributeNode);
    return changed || !dropped.isEmpty();
  }

  /** Takes out of a {@code <style>} element what loads from elsewhere; whether there was any. */
  private static boolean cleanStyle(Element style) {
    String cleaned = SvgActiveContent.cleanedStyle(style.getTextContent());
    if (cleaned != null) {
      style.setTextContent(cleaned);
    }
    return cleaned != null;
  }

  /** Whether an xml-stylesheet instruction's {@code data} names a CSS file of the site. */
  private static boolean siteCss(String data) {
    java.util.regex.Matcher m = CSS_STYLESHEET.matcher(data);
    return m.matches() && org.briefing.links.LinkPolicy.isSitePath(m.group(3));
  }

  private static byte[] write(Document document) {
    try {
      TransformerFactory factory = TransformerFactory.newDefaultInstance(); // the JDK's, whatever else is on the class path
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
      Transformer transformer = factory.newTransformer();
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      transformer.setOutputProperty(OutputKeys.METHOD, "xml");
      document.setXmlStandalone(true);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      transformer.transform(new DOMSource(document), new StreamResult(out));
      return out.toByteArray();
    } catch (TransformerException e) {
      throw new IllegalStateException("cannot write an SVG read a moment ago", e);
    }
  }
}
