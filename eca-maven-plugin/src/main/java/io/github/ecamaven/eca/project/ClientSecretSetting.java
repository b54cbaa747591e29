package io.github.ecamaven.eca.project;

import io.github.ecamaven.eca.config.PropertyNames;
/**
 * The org setting that lets the credentials REST API hand out consumer secrets: metadata
 * {@code ExternalClientAppSettings.enableClientSecretInRestApiAccess}, in the Settings file
 * {@code settings/ExternalClientApp.settings-meta.xml}; Setup calls it {@value #LABEL}. eca:generate writes it when asked,
 * eca:validate warns when it is committed as on, and the credentials goals name it when the org refuses.
 */
public final class ClientSecretSetting {

    /** The Setup label. */
    public static final String LABEL = "Allow access to External Client App consumer secrets via REST API";
    /** The element in ExternalClientAppSettings. */
    public static final String ELEMENT = "enableClientSecretInRestApiAccess";
    /** The folder of Settings files in a package directory ({@code <dir>/main/default/settings}). */
    public static final String FOLDER = "settings";
    /** The Settings file of ExternalClientAppSettings (member {@code ExternalClientApp} of type Settings). */
    public static final String FILE_NAME = "ExternalClientApp.settings-meta.xml";
    /** The eca:generate property that writes the file. */
    public static final String GENERATE_PROPERTY = PropertyNames.CLIENT_SECRET_REST_ACCESS;

    private ClientSecretSetting() {}
}
