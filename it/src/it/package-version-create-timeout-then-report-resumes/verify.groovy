import groovy.json.JsonSlurper
import io.github.ecamaven.eca.it.standin.ItOrg

try {
    def log = new File(basedir, 'build.log').text
    // the two invocations share build.log, in order
    def invocations = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1)
    assert invocations.size() == 2 : "expected 2 invocations in build.log, got ${invocations.size()}"
    def (timedOut, resumed) = invocations

    def recorded = new JsonSlurper().parse(new File(basedir, 'target/eca/package-version-create.json'))
    def requestId = recorded.requestId
    assert requestId ==~ /08c\w{15}/ : recorded

    // invocation 2: queued, recorded at once, one progress line, then the timeout with the resume hint
    assert timedOut.contains('BUILD FAILURE')
    assert timedOut.contains("Package version create request ${requestId} for 'Nango External App' in it-pvc-timeout-hub is Queued; its id is recorded in target/eca/package-version-create.json.")
    assert timedOut =~ /Package version build ${requestId}: Queued \(\d+m \d+s\)/
    assert timedOut.contains("package version build ${requestId} is still Queued after 2 s (eca.wait).")
    assert timedOut.contains('Resume with: mvn eca:package-version-report -Deca.targetDevHub=it-pvc-timeout-hub -Deca.wait=<duration, e.g. 20m>')
    assert timedOut.contains("-Deca.packageVersionReport.requestId=${requestId} after a clean")
    assert !timedOut.contains('Install URL')

    // invocation 3: resumed from the recorded id (none given on the command line), built, alias written
    def versionId = recorded.subscriberPackageVersionId
    assert versionId ==~ /04t\w{15}/ : recorded
    assert resumed.contains('BUILD SUCCESS')
    assert resumed.contains("Resuming package version create request ${requestId} recorded in target/eca/package-version-create.json.")
    assert resumed.contains("Package version build ${requestId}: Success")
    assert resumed.contains("Package version 0.1.0.1 built: ${versionId}")
    assert resumed.contains("Install URL: https://login.salesforce.com/packaging/installPackage.apexp?p0=${versionId}")
    assert resumed.contains("Wrote \"Nango External App@0.1.0-1\": \"${versionId}\" to sfdx-project.json.")
    assert recorded.status == 'Success'
    assert recorded.versionAlias == 'Nango External App@0.1.0-1'

    // sfdx-project.json: what sf wrote at package create (the IT starts from it) plus the one alias line, in sf's formatting (2 spaces,
    // "key": "value", no trailing newline); the only other change is the comma sf's JSON needs on the line before
    def packageId = recorded.packageId
    def expected = """{
  "packageDirectories": [
    {
      "versionName": "ver 0.1",
      "versionNumber": "0.1.0.NEXT",
      "path": "force-app",
      "default": true,
      "package": "Nango External App",
      "versionDescription": ""
    }
  ],
  "name": "eca",
  "namespace": "nangons",
  "sfdcLoginUrl": "https://login.salesforce.com",
  "sourceApiVersion": "67.0",
  "packageAliases": {
    "Nango External App": "${packageId}",
    "Nango External App@0.1.0-1": "${versionId}"
  }
}"""
    assert new File(basedir, 'sfdx-project.json').text == expected.toString()

    // one build in the Dev Hub, queried 4 times in all: the report resumed it, nothing re-created it
    assert ItOrg.uploads(basedir).size() == 1
    def statusQueries = ItOrg.requests(basedir).findAll { it.query.contains('FROM Package2VersionCreateRequest') && it.query.contains(requestId) }
    assert statusQueries.size() == 4 : statusQueries.collect { it.query }
} finally {
    ItOrg.stop(basedir)
}
return true
