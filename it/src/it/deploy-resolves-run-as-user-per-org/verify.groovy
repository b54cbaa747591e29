import io.github.ecamaven.eca.it.standin.ItOrg

try {
    def log = new File(basedir, 'build.log').text
    def policies = 'force-app/main/default/extlClntAppOauthPolicies/Nango_Integration_oauthPlcy.ecaOauthPlcy-meta.xml'
    def map = '@{targetOrg: it-cc-dev=integration@acme.com.dev, it-cc-prod=integration@acme.com}'

    // dev: resolved, checked, deployed from the staging copy with the username
    assert log.contains("Run-as user integration@acme.com.dev (${map} for this org) exists and is active in it-cc-dev")
    assert log.contains('Deployed 5 External Client App file(s)')
    def devDeploys = ItOrg.requests(basedir, 'it-cc-dev').findAll { it.soapAction == 'deploy' }
    assert devDeploys.size() == 1 : "one deploy into it-cc-dev; got ${devDeploys.size()}"
    def plcy = ItOrg.deployedComponents(basedir, 'it-cc-dev').find { it.type == 'ExtlClntAppOauthConfigurablePolicies' }
    assert plcy != null
    assert plcy.files.values().any { it.contains('<clientCredentialsFlowUser>integration@acme.com.dev</clientCredentialsFlowUser>') }

    // prod: refused before sending, naming the user, the org and the fix; no deploy request reached it
    assert log.contains("${policies} <clientCredentialsFlowUser>: the run-as user integration@acme.com (${map} for this org) does not exist in it-cc-prod")
    assert log.contains('Create the user there with the API Only permission')
    def prodDeploys = ItOrg.requests(basedir, 'it-cc-prod').findAll { it.soapAction == 'deploy' }
    assert prodDeploys.isEmpty() : "no deploy request into it-cc-prod; got ${prodDeploys.size()}"
    def queries = ItOrg.requests(basedir, 'it-cc-prod').findAll { String.valueOf(it.query).contains('FROM User') || String.valueOf(it.path).contains('query') }
    assert !queries.isEmpty() : 'the User query went to it-cc-prod'

    // the user's file keeps the template; the username is only in the staging copy
    assert new File(basedir, policies).text.contains("<clientCredentialsFlowUser>${map}</clientCredentialsFlowUser>")
    // the source formation stages the deploy as a small project laid out as force-app
    assert new File(basedir, "target/eca/deploy/source/${policies}").text.contains('>integration@acme.com.dev<')
} finally {
    ItOrg.stop(basedir)
}
return true
