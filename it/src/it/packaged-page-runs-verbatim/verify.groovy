import groovy.json.JsonSlurper
import io.github.ecamaven.eca.it.standin.ItOrg

try {
    def log = new File(basedir, 'build.log').text
    // the six invocations share build.log, in order; each ran its page step, then eca:validate, all green
    def steps = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1)
    assert steps.size() == 6 : "expected 6 invocations in build.log, got ${steps.size()}"
    steps.eachWithIndex { s, i ->
        assert s.contains('BUILD SUCCESS') : "step ${i + 1} failed:\n${s}"
        assert s =~ /eca:validate: 0 error\(s\), \d+ warning\(s\)/ : "step ${i + 1} did not validate:\n${s}"
    }
    def (generate, create, version, promote, install, list) = steps

    // generate: the app in force-app, the two unpackageable parts in eca-org; only the alias is still missing
    assert generate.contains('Created force-app/main/default/externalClientApps/Nango_Integration.eca-meta.xml')
    assert generate.contains('Created eca-org/main/default/extlClntAppGlobalOauthSets/')
    assert generate.contains('[ECA-PROJ-004]')

    // package-create: sf took "default": true from the entry generate wrote; the goal put it back, said so in one
    // line, and validate finds nothing
    def created = ItOrg.requests(basedir).findAll { it.method == 'POST' && it.path.endsWith('/tooling/sobjects/Package2') }
    assert created.size() == 1
    def body = new JsonSlurper().parseText(created[0].body)
    assert body.Name == 'Nango External App' && body.ContainerOptions == 'Managed' && body.NamespacePrefix == 'acmenango'
    assert create.count('sf package create rewrote the package directory') == 1
    assert create.contains("sf package create rewrote the package directory 'force-app' (\"default\": true) in sfdx-project.json; restored the entry as it was, with the keys sf added.")
    assert create =~ /Created Managed package 'Nango External App' 0Ho\w{15} in my-dev-hub/
    assert create.contains('eca:validate: 0 error(s), 0 warning(s)')

    // package-version-create with the key from the environment, never shown
    def uploads = ItOrg.uploads(basedir)
    assert uploads.size() == 1
    assert uploads[0].request.InstallKey == 's3cret'
    assert !log.contains('s3cret')
    assert uploads[0].files.any { it.startsWith('externalClientApps/Nango_Integration.eca') } : uploads[0].files
    assert !uploads[0].files.any { it.contains('lbloauth') || it.contains('lcy') } : uploads[0].files
    assert version =~ /Package version 0\.1\.0\.1 built: 04t\w{15}/
    assert version =~ /Wrote "Nango External App@0\.1\.0-1": "04t\w{15}" to sfdx-project\.json\./

    // promote, install into the page's customer-sandbox, list
    assert promote =~ /Promoted Nango External App@0\.1\.0-1 \(04t\w{15}\) to released in my-dev-hub\./
    assert install =~ /Installed Nango External App@0\.1\.0-1 into customer-sandbox \(request 0Hf\w{15}\)\./
    assert list =~ /0Ho\w{15}  Nango External App  Managed  namespace acmenango  alias "Nango External App"/

    // the project as it ends: the generated entry, still the default, and both aliases
    def project = new JsonSlurper().parse(new File(basedir, 'sfdx-project.json'))
    assert project.packageDirectories.collect { [it.path, it.default] } == [['force-app', true], ['eca-org', false]]
    assert project.packageDirectories[0].keySet() as List == ['path', 'default', 'package', 'versionName',
                                                             'versionNumber', 'versionDescription']
    assert project.packageAliases.keySet() as List == ['Nango External App', 'Nango External App@0.1.0-1']
} finally {
    ItOrg.stop(basedir)
}
return true
