package io.releasecopilot.jenkins;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Reads the step's {@code config.jelly}: its fields and the form a browser submits when every field is empty. */
final class ConfigJelly {

    static final Path VIEWS = Path.of("src", "main", "resources");
    static final Path STEP = VIEWS.resolve("io/releasecopilot/jenkins/ReleaseAuditStep");
    private static final String FORM = "/lib/form";

    private ConfigJelly() {
    }

    /** Parses a view as namespace-aware XML, as Jelly does. */
    static Document parse(Path view) throws IOException {
        try (InputStream in = Files.newInputStream(view)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(in);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(view + ": " + e.getMessage(), e);
        }
    }

    /**
     * Returns every field of the step's form with the value an empty form submits: {@code false} for a check
     * box, {@code ""} for a text box, text area, number or drop-down (whose first option is the empty default).
     */
    static Map<String, Object> emptyForm() throws IOException {
        Document config = parse(STEP.resolve("config.jelly"));
        Map<String, Object> form = new LinkedHashMap<>();
        NodeList entries = config.getElementsByTagNameNS(FORM, "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            boolean checkbox = entry.getElementsByTagNameNS(FORM, "checkbox").getLength() > 0;
            form.put(entry.getAttribute("field"), checkbox ? Boolean.FALSE : "");
        }
        return form;
    }
}
