import groovy.json.JsonSlurper
import io.github.ecamaven.eca.it.standin.ItOrg

try {
    def log = new File(basedir, 'build.log').text
    assert log.count('BUILD SUCCESS') == 1
    assert log.contains('[DEBUG]') : 'the version create ran at debug level'

    // the key reached the Dev Hub: sf got it on its argv from the goal and uploaded it with the version
    def uploads = ItOrg.uploads(basedir)
    assert uploads.size() == 1
    assert uploads[0].request.InstallKey == 's3cret' : uploads[0].request

    // ...and appears nowhere in the build output, only masked on the logged sf command line
    assert !log.contains('s3cret')
    assert log.contains('--installation-key ******')

    def recorded = new JsonSlurper().parse(new File(basedir, 'target/eca/package-version-create.json'))
    assert recorded.status == 'Success'
    assert recorded.versionAlias == 'Nango External App@0.1.0-1'
    assert log.contains("Install URL: https://login.salesforce.com/packaging/installPackage.apexp?p0=${recorded.subscriberPackageVersionId}")
    // no secret in what the goal writes either
    assert !new File(basedir, 'target/eca/package-version-create.json').text.contains('s3cret')
    assert !new File(basedir, 'sfdx-project.json').text.contains('s3cret')
} finally {
    ItOrg.stop(basedir)
}
return true
