import groovy.json.JsonSlurper
import io.github.ecamaven.eca.it.standin.ItOrg

try {
    def log = new File(basedir, 'build.log').text
    def versionCreate = log
    assert versionCreate.contains('BUILD FAILURE')

    def recorded = new JsonSlurper().parse(new File(basedir, 'target/eca/package-version-create.json'))
    def requestId = recorded.requestId
    assert requestId ==~ /08c\w{15}/ : recorded
    assert recorded.status == 'Error'
    assert recorded.subscriberPackageVersionId == null

    // the goal polled until the Error and lists both messages of the Dev Hub, as a build failure (user content)
    assert versionCreate =~ /Package version build ${requestId}: Error \(\d+m \d+s\)/
    assert versionCreate.contains("package version build ${requestId} ended in Error:\n  ExtlClntAppGlobalOauthSettings cannot be packaged\n  Something else")
    assert versionCreate.contains('org.apache.maven.plugin.MojoFailureException')
    assert !versionCreate.contains('Install URL')

    // no version alias was written
    def project = new JsonSlurper().parse(new File(basedir, 'sfdx-project.json'))
    assert project.packageAliases.keySet() == ['Nango External App'] as Set : project.packageAliases
} finally {
    ItOrg.stop(basedir)
}
return true
