import groovy.json.JsonSlurper
import io.github.ecamaven.eca.it.standin.ItOrg

try {
    def log = new File(basedir, 'build.log').text
    assert log.count('BUILD SUCCESS') == 1
    def project = new JsonSlurper().parse(new File(basedir, 'sfdx-project.json'))
    def packageId = project.packageAliases['Nango External App']
    assert packageId ==~ /0Ho\w{15}/ : project
    assert !log.contains('package create') : 'the package was there: only the version was built'

    // the record of the request, written as soon as sf returned the 08c id and updated at the end
    def recorded = new JsonSlurper().parse(new File(basedir, 'target/eca/package-version-create.json'))
    def requestId = recorded.requestId
    assert requestId ==~ /08c\w{15}/ : recorded
    def versionId = recorded.subscriberPackageVersionId
    assert versionId ==~ /04t\w{15}/ : recorded
    assert recorded.status == 'Success'
    assert recorded.packageId == packageId
    assert recorded.versionAlias == 'Nango External App@0.1.0-1'
    assert recorded.targetDevHub == 'it-pvc-ok-hub'

    // queued, progress lines while polling, then the result
    assert log.contains("Package version create request ${requestId} for 'Nango External App' in it-pvc-ok-hub is Queued; its id is recorded in target/eca/package-version-create.json.")
    assert log =~ /Package version build ${requestId}: Queued \(\d+m \d+s\)/
    assert log =~ /Package version build ${requestId}: Success \(\d+m \d+s\)/
    assert log.contains("Package version 0.1.0.1 built: ${versionId}")
    assert log.contains("Install URL: https://login.salesforce.com/packaging/installPackage.apexp?p0=${versionId}")
    assert log.contains("Wrote \"Nango External App@0.1.0-1\": \"${versionId}\" to sfdx-project.json.")

    // sfdx-project.json holds both aliases, in sf's formatting (2 spaces, no trailing newline)
    assert project.packageAliases == ['Nango External App': packageId, 'Nango External App@0.1.0-1': versionId]
    def text = new File(basedir, 'sfdx-project.json').text
    assert text.contains("    \"Nango External App@0.1.0-1\": \"${versionId}\"\n")
    assert !text.endsWith('\n')

    // the Dev Hub built exactly one version of that package, without an installation key
    def uploads = ItOrg.uploads(basedir)
    assert uploads.size() == 1
    assert uploads[0].requestId == requestId
    assert uploads[0].request.Package2Id == packageId
    assert !uploads[0].request.containsKey('InstallKey')
    assert uploads[0].files.any { it.startsWith('externalClientApps/NangoEca.eca') } : uploads[0].files
} finally {
    ItOrg.stop(basedir)
}
return true
