package io.github.ecamaven.eca.migrate;

import io.github.ecamaven.eca.model.MetadataComponent;
import io.github.ecamaven.eca.model.schema.ApiVersion;
import io.github.ecamaven.eca.model.schema.MetadataType;
import java.util.List;

/**
 * Checks one ECA file the migration is about to write. {@link SchemaOutputCheck} is the built-in one; the full
 * {@code eca:validate} rule set plugs in here.
 */
@FunctionalInterface
public interface OutputCheck {

    /** Problems of {@code model} (a file of {@code type} named {@code fullName}) at {@code apiVersion}; empty when fine. */
    List<String> check(MetadataType type, String fullName, MetadataComponent model, ApiVersion apiVersion);
}
