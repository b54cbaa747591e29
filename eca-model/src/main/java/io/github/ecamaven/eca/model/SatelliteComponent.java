package io.github.ecamaven.eca.model;

/** A component that belongs to one External Client App through its {@code <externalClientApplication>} element. */
public interface SatelliteComponent {

    /** API name of the parent {@link ExternalClientApplication}. */
    String getExternalClientApplication();

    void setExternalClientApplication(String value);

    String getLabel();

    void setLabel(String value);
}
