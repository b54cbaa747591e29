package io.github.ecamaven.eca.orgsync;

/**
 * The org refused or lacks what the repository declares: a failed retrieve, components missing in the org, deploy
 * component failures, drift with failOnDrift. The user's content or org is wrong, not the environment.
 */
public class OrgSyncException extends Exception {

    private static final long serialVersionUID = 1L;

    public OrgSyncException(String message) {
        super(message);
    }
}
