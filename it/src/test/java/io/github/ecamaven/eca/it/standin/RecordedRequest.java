package io.github.ecamaven.eca.it.standin;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One HTTP request the stand-in org received. The access token is never kept: the Authorization header is not
 * recorded and the SOAP {@code sessionId} is masked.
 *
 * @param method     HTTP method
 * @param path       request path with duplicate leading slashes collapsed ({@code //services/...} becomes {@code /services/...})
 * @param query      decoded {@code q} parameter (the SOQL) or the raw query string, "" when none
 * @param contentType request content type, "" when none
 * @param soapAction  local name of the SOAP body element ({@code retrieve}, {@code deploy}, ...), "" for REST calls
 * @param body        request body as text (binary/multipart bodies are summarised as {@code <N bytes>})
 * @param status      HTTP status the stand-in answered with
 */
public record RecordedRequest(String method, String path, String query, String contentType, String soapAction,
                              String body, int status) {

    /** JDK-only view, usable across class loaders (invoker scripts). */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("method", method);
        m.put("path", path);
        m.put("query", query);
        m.put("contentType", contentType);
        m.put("soapAction", soapAction);
        m.put("body", body);
        m.put("status", status);
        return m;
    }

    @Override
    public String toString() {
        String what = !soapAction.isEmpty() ? "SOAP " + soapAction : (query.isEmpty() ? "" : " q=" + query);
        return method + " " + path + " " + what + " -> " + status;
    }
}
