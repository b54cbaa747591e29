import com.fasterxml.jackson.databind.ObjectMapper
import io.github.ecamaven.eca.it.standin.ItOrg

try {
    def props = new Properties()
    new File(basedir, 'standin.properties').withInputStream { props.load(it) }
    assert props.alias == 'it-standin-serves-sf'

    // sf, run by the forked build with HOME from it/pom.xml, found the login made by setup.groovy
    def out = new File(basedir, 'target/org-display.json').text
    def json = new ObjectMapper().readTree(out.substring(out.indexOf('{')))
    assert json.get('status').asInt() == 0
    def result = json.get('result')
    assert result.get('alias').asText() == 'it-standin-serves-sf'
    assert result.get('instanceUrl').asText().startsWith(props.instanceUrl)
    assert result.get('connectedStatus').asText() == 'Connected'

    // and asked the stand-in org about it after the login
    def requests = ItOrg.requests(basedir)
    assert requests.any { it.path == '/services/oauth2/userinfo' }
    assert requests.size() > Integer.parseInt(props.requestsAfterLogin)
    assert requests.every { it.status < 500 }

    def log = new File(basedir, 'build.log').text
    assert log.contains('BUILD SUCCESS')
    assert !log.contains(result.get('accessToken').asText())
} finally {
    ItOrg.stop(basedir)
}
return true
