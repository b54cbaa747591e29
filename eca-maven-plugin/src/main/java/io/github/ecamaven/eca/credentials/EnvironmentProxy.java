package io.github.ecamaven.eca.credentials;

import io.github.ecamaven.eca.model.values.SalesforceValues;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The proxy of the environment, as sf and most command-line tools take it: {@code HTTPS_PROXY} for https,
 * {@code HTTP_PROXY} for http (either in lower case too), and {@code NO_PROXY} (host names or domain suffixes,
 * comma-separated; {@code *} for all). This machine is never reached through a proxy. The credentials goals' own
 * HTTP calls use it, so they go where sf's calls go. A proxy that needs a password is not supported.
 */
final class EnvironmentProxy extends ProxySelector {

    private final Map<String, String> env;

    EnvironmentProxy(Map<String, String> env) {
        this.env = env;
    }

    static EnvironmentProxy fromEnvironment() {
        return new EnvironmentProxy(System.getenv());
    }

    @Override
    public List<Proxy> select(URI uri) {
        String host = uri.getHost();
        if (host == null || SalesforceValues.isLoopbackHost(host) || excluded(host.toLowerCase(Locale.ROOT))) {
            return List.of(Proxy.NO_PROXY);
        }
        String proxy = "https".equalsIgnoreCase(uri.getScheme()) ? variable("HTTPS_PROXY") : variable("HTTP_PROXY");
        if (proxy == null) {
            return List.of(Proxy.NO_PROXY);
        }
        URI p = URI.create(proxy.contains("://") ? proxy : "http://" + proxy);
        if (p.getHost() == null) {
            return List.of(Proxy.NO_PROXY);
        }
        int port = p.getPort() > 0 ? p.getPort() : "https".equalsIgnoreCase(p.getScheme()) ? 443 : 80;
        return List.of(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(p.getHost(), port)));
    }

    @Override
    public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
        // the call reports the failure itself
    }

    private boolean excluded(String host) {
        String noProxy = variable("NO_PROXY");
        if (noProxy == null) {
            return false;
        }
        for (String entry : noProxy.split(",")) {
            String e = entry.strip().toLowerCase(Locale.ROOT).replaceFirst("^\\*?\\.", "");
            if (e.equals("*") || (!e.isEmpty() && (host.equals(e) || host.endsWith("." + e)))) {
                return true;
            }
        }
        return false;
    }

    private String variable(String name) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            v = env.get(name.toLowerCase(Locale.ROOT));
        }
        return v == null || v.isBlank() ? null : v.strip();
    }
}
