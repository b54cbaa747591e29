package io.github.ecamaven.eca.migrate;

import io.github.ecamaven.eca.text.Choices;
import io.github.ecamaven.eca.model.MetadataComponent;
import io.github.ecamaven.eca.model.io.EcaXmlException;
import io.github.ecamaven.eca.model.io.MetadataDocument;
import io.github.ecamaven.eca.model.io.MetadataXml;
import io.github.ecamaven.eca.model.io.SecureXmlParser;
import io.github.ecamaven.eca.model.oauth.IpRelaxationPolicy;
import io.github.ecamaven.eca.model.oauth.RefreshTokenValidityUnit;
import io.github.ecamaven.eca.model.schema.ApiVersion;
import io.github.ecamaven.eca.model.schema.EcaSchema;
import io.github.ecamaven.eca.model.schema.EnumSpec;
import io.github.ecamaven.eca.model.schema.FieldSpec;
import io.github.ecamaven.eca.model.schema.MetadataType;
import io.github.ecamaven.eca.model.schema.TypeSpec;
import io.github.ecamaven.eca.text.SecretLike;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * The schema part of validation, from {@link EcaSchema}: the type and each element exist at the API version,
 * required elements are there, enum, boolean and int values are valid, the string-typed enums
 * ({@code ipRelaxationPolicyType}, {@code refreshTokenValidityUnit}) hold documented values, and the file reads
 * back. Never reports a value of a secret element.
 */
public final class SchemaOutputCheck implements OutputCheck {

    @Override
    public List<String> check(MetadataType type, String fullName, MetadataComponent model, ApiVersion apiVersion) {
        List<String> out = new ArrayList<>();
        String file = type.sourceFileName(fullName);
        if (apiVersion.isBefore(type.since())) {
            out.add(file + ": " + type.typeName() + " exists from API " + type.since() + "; the project is at "
                    + apiVersion);
        }
        byte[] bytes = MetadataXml.toBytes(model);
        Element root;
        try {
            root = SecureXmlParser.parse(Path.of(file), bytes).getDocumentElement();
            MetadataXml.read(Path.of(file), bytes);
        } catch (EcaXmlException e) {
            out.add(file + ": does not read back: " + e.getMessage());
            return out;
        }
        check(file, root, EcaSchema.type(type.typeName()), apiVersion, "", out);
        if (!out.isEmpty()) {
            return out;
        }
        for (Element e : SecretLike.secretElements(root)) {
            out.add(file + ": holds a <" + e.getLocalName() + ">, a secret-like element");
        }
        return out;
    }

    private static void check(String file, Element parent, TypeSpec spec, ApiVersion v, String path, List<String> out) {
        if (spec == null) {
            out.add(file + ": " + path + " has no schema");
            return;
        }
        for (FieldSpec f : spec.requiredFields()) {
            if (MetadataDocument.childElements(parent, f.name()).isEmpty()) {
                out.add(file + ": required <" + path + f.name() + "> is missing");
            }
        }
        for (Element e : MetadataDocument.childElements(parent, null)) {
            String name = e.getLocalName();
            FieldSpec f = spec.field(name);
            if (f == null) {
                out.add(file + ": <" + path + name + "> is not an element of " + spec.name());
                continue;
            }
            if (!f.availableIn(v)) {
                out.add(file + ": <" + path + name + "> exists from API " + f.since() + "; the project is at " + v);
            }
            String value = e.getTextContent();
            String shown = SecretLike.shown(name, value);
            switch (f.kind()) {
                case COMPLEX -> check(file, e, EcaSchema.type(f.valueType()), v, path + name + "/", out);
                case BOOLEAN -> {
                    if (!value.equals("true") && !value.equals("false")) {
                        out.add(file + ": <" + path + name + "> '" + shown + "' is not true or false");
                    }
                }
                case INT -> {
                    if (!value.matches("-?[0-9]+")) {
                        out.add(file + ": <" + path + name + "> '" + shown + "' is not a number");
                    }
                }
                case ENUM -> {
                    EnumSpec en = EcaSchema.enumType(f.valueType());
                    if (en == null || !en.contains(value)) {
                        out.add(file + ": <" + path + name + "> '" + shown + "' is not a " + f.valueType() + " value");
                    } else if (v.isBefore(en.since(value))) {
                        out.add(file + ": <" + path + name + "> '" + value + "' exists from API " + en.since(value));
                    }
                }
                default -> {
                    if (name.equals("ipRelaxationPolicyType") && IpRelaxationPolicy.fromXml(value) == null) {
                        out.add(file + ": <ipRelaxationPolicyType> '" + value + "' is not a documented value");
                    }
                    if (name.equals("refreshTokenValidityUnit") && RefreshTokenValidityUnit.fromXml(value) == null) {
                        out.add(file + ": <refreshTokenValidityUnit> '" + value + "' is not "
                                + Choices.either(RefreshTokenValidityUnit.values()));
                    }
                }
            }
        }
        String owner = f(parent, "externalClientApplication");
        if (owner != null && owner.isBlank()) {
            out.add(file + ": <externalClientApplication> is empty");
        }
    }

    private static String f(Element parent, String name) {
        List<Element> l = MetadataDocument.childElements(parent, name);
        return l.isEmpty() ? null : l.get(0).getTextContent();
    }
}
