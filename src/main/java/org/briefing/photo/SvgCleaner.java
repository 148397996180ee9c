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
 */
public final class SvgCleaner {
  private static final String SVG = "http://www.w3.org/2000/svg";
  /** The namespaces of the elements a browser shows in an SVG: SVG's own, and XHTML and MathML in a {@code <foreignObject>}. */
  private static final Set<String> SHOWN = Set.of(SVG, "http://www.w3.org/1999/xhtml", "http://www.w3.org/1998/Math/MathML");
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
      // an xml-stylesheet instruction may style the drawing; a browser ignores every other (XMP's xpacket)
      case Node.PROCESSING_INSTRUCTION_NODE -> node.getNodeName().equals("xml-stylesheet");
      case Node.ELEMENT_NODE -> (node.getNamespaceURI() == null || SHOWN.contains(node.getNamespaceURI()))
          && !(SVG.equals(node.getNamespaceURI()) && node.getLocalName().equals("metadata"));
      default -> true;
    };
  }

  /** Takes out of {@code element} its attributes in other namespaces, and the declarations of namespaces no longer used; whether there were any. */
  private static boolean cleanAttributes(Element element) {
    NamedNodeMap attributes = element.getAttributes();
    List<Attr> dropped = new ArrayList<>();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      String namespace = attribute.getNamespaceURI();
      boolean kept = XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(namespace)
          ? attribute.getValue().isEmpty() || SHOWN.contains(attribute.getValue()) || ATTRIBUTES.contains(attribute.getValue())
          : namespace == null || ATTRIBUTES.contains(namespace);
      if (!kept) {
        dropped.add(attribute);
      }
    }
    dropped.forEach(element::removeAttributeNode);
    return !dropped.isEmpty();
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
