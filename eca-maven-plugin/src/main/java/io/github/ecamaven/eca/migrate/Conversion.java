package io.github.ecamaven.eca.migrate;

import io.github.ecamaven.eca.model.MetadataComponent;
import io.github.ecamaven.eca.model.schema.MetadataType;
import java.util.ArrayList;
import java.util.List;

/** The ECA files for one Connected App, and everything the report says about them. */
public final class Conversion {

    /** One ECA file: its type, full name and content. */
    public record EcaComponent(MetadataType type, String fullName, MetadataComponent model) {}

    /** One report line: source field → target field and value, with a note. */
    public record Row(String source, String target, String value, String note) {}

    private final String app;
    final List<EcaComponent> components = new ArrayList<>();
    final List<Row> rows = new ArrayList<>();
    final List<String> dropped = new ArrayList<>();
    final List<String> needsPerson = new ArrayList<>();
    final List<String> problems = new ArrayList<>();

    Conversion(String app) {
        this.app = app;
    }

    public String app() {
        return app;
    }

    public List<EcaComponent> components() {
        return components;
    }

    public List<Row> rows() {
        return rows;
    }

    /** What was left out, and why. */
    public List<String> dropped() {
        return dropped;
    }

    /** What a person has to check or do. */
    public List<String> needsPerson() {
        return needsPerson;
    }

    /** Values that cannot be converted; the app is refused when there is any. */
    public List<String> problems() {
        return problems;
    }

    @SuppressWarnings("unchecked")
    <T extends MetadataComponent> T model(MetadataType type) {
        for (EcaComponent c : components) {
            if (c.type() == type) {
                return (T) c.model();
            }
        }
        return null;
    }
}
