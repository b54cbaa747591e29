package io.github.ecamaven.eca.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The proxy of the environment, chosen as sf chooses it. */
class EnvironmentProxyTest {

    private static String chosen(Map<String, String> env, String url) {
        List<Proxy> p = new EnvironmentProxy(env).select(URI.create(url));
        assertThat(p).hasSize(1);
        if (p.get(0).type() == Proxy.Type.DIRECT) {
            return "direct";
        }
        InetSocketAddress a = (InetSocketAddress) p.get(0).address();
        return a.getHostString() + ":" + a.getPort();
    }

    @Test
    void httpsGoesThroughHttpsProxyHttpThroughHttpProxyEitherCase() {
        Map<String, String> env = Map.of("HTTPS_PROXY", "http://proxy.corp.example:3128", "http_proxy", "plain.example");
        assertThat(chosen(env, "https://acme.my.salesforce.com/services/data")).isEqualTo("proxy.corp.example:3128");
        assertThat(chosen(env, "http://intranet.example/x")).isEqualTo("plain.example:80");
        assertThat(chosen(Map.of(), "https://api.nango.dev/integrations")).isEqualTo("direct");
    }

    @Test
    void thisMachineAndNoProxyHostsGoDirect() {
        Map<String, String> env = Map.of("HTTPS_PROXY", "http://proxy.corp.example:3128",
                "NO_PROXY", "internal.example, .salesforce.com");
        assertThat(chosen(env, "https://127.0.0.1:8443/x")).isEqualTo("direct");
        assertThat(chosen(env, "https://localhost/x")).isEqualTo("direct");
        assertThat(chosen(env, "https://acme.my.salesforce.com/x")).isEqualTo("direct");
        assertThat(chosen(env, "https://internal.example/x")).isEqualTo("direct");
        assertThat(chosen(env, "https://notinternal.example/x")).isEqualTo("proxy.corp.example:3128");
        assertThat(chosen(Map.of("HTTPS_PROXY", "proxy:1", "NO_PROXY", "*"), "https://api.nango.dev/x"))
                .isEqualTo("direct");
    }
}
