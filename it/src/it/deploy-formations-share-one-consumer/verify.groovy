import io.github.ecamaven.eca.it.standin.ItOrg
import io.github.ecamaven.eca.it.standin.StandInConsumers
import java.util.zip.ZipFile

def APP = 'Nango_Integration'
def types = { alias -> ItOrg.deployedComponents(basedir, alias).collect { "${it.type}:${it.fullName}".toString() } as Set }
def file = { alias, path -> ItOrg.deployedComponents(basedir, alias).collectMany { it.files.entrySet() as List }
        .find { it.key == path }?.value }

def sf(File dir, List<String> args) {
    def cmd = [sfExecutable.toString()] + args + ['--json']
    def pb = new ProcessBuilder(cmd).directory(dir)
    pb.environment().putAll([HOME: new File(basedir, 'sf-home').absolutePath, SF_DISABLE_AUTOUPDATE: 'true',
                             SF_AUTOUPDATE_DISABLE: 'true', SF_DISABLE_TELEMETRY: 'true', FORCE_COLOR: '0'])
    def p = pb.start()
    p.outputStream.close()
    def out = new StringBuffer(), err = new StringBuffer()
    p.consumeProcessOutput(out, err)
    assert p.waitFor(180, java.util.concurrent.TimeUnit.SECONDS) : "sf timed out: $cmd"
    assert p.exitValue() == 0 : "sf ${args} failed (${p.exitValue()}):\n$out\n$err"
    return new groovy.json.JsonSlurper().parseText(out.toString())
}

try {
    def log = new File(basedir, 'build.log').text
    assert log.count('BUILD SUCCESS') == 1
    def p = new Properties()
    new File(basedir, 'standin.properties').withReader { p.load(it) }
    def link = p.getProperty("it-formations-source.oauthLink.${APP}")
    def sourceKeyDigest = p.getProperty("it-formations-source.consumerKeyDigest.${APP}")
    assert link && sourceKeyDigest

    // 1. linked: header and OAuth settings with the source org's link; no global settings, no policies
    assert log.contains('Formation linked (eca.deploy.formation): ')
    assert log.contains('Leaving out 1 file(s), global OAuth settings: ')
    assert log.count('Leaving out 1 file(s), policies: ') == 2
    assert log.contains("it-formations-linked will share the source org's consumer key: ${APP} goes with" +
            " <oauthLink>${link}</oauthLink>")
    assert types('it-formations-linked') == ["ExternalClientApplication:${APP}", "ExtlClntAppOauthSettings:${APP}_oauth"]
            .collect { it.toString() } as Set
    assert file('it-formations-linked', "extlClntAppOauthSettings/${APP}_oauth.ecaOauth").contains("<oauthLink>${link}</oauthLink>")

    // 2. independent: no link, the global settings; the org minted a consumer of its own
    assert log.contains('Formation independent (eca.deploy.formation): ')
    assert log.contains("force-app/main/default/extlClntAppOauthSettings/${APP}_oauth.ecaOauth-meta.xml (without <oauthLink>)")
    assert log.contains("force-app/main/default/externalClientApps/${APP}.eca-meta.xml (without <orgScopedExternalApp>)")
    assert types('it-formations-own') == ["ExternalClientApplication:${APP}", "ExtlClntAppOauthSettings:${APP}_oauth",
            "ExtlClntAppGlobalOauthSettings:${APP}_glbloauth"].collect { it.toString() } as Set
    def ownOrg15 = p.getProperty('it-formations-own.orgId').substring(0, 15)
    def ownLink = file('it-formations-own', "extlClntAppOauthSettings/${APP}_oauth.ecaOauth") =~ /<oauthLink>([^<]+)</
    assert ownLink.find() && ownLink.group(1).startsWith(ownOrg15 + ':888') : 'the org generated a link to its own consumer'
    def ownKey = file('it-formations-own', "extlClntAppGlobalOauthSets/${APP}_glbloauth.ecaGlblOauth") =~ /<consumerKey>([^<]+)</
    assert ownKey.find() && StandInConsumers.digest(ownKey.group(1)) != sourceKeyDigest : 'a new consumer key'

    // the project's files are the source org's, unchanged; the formations went from staged copies
    assert new File(basedir, "force-app/main/default/extlClntAppOauthSettings/${APP}_oauth.ecaOauth-meta.xml").text
            .contains("<oauthLink>${link}</oauthLink>")
    assert new File(basedir, 'target/eca/deploy/independent/sfdx-project.json').isFile()

    // 3. the bundle, unzipped and deployed by the customer's admin with sf: the org is then linked
    assert log.contains("Customer bundle of ${APP}: ")
    assert log.contains("Attached ${APP}-customer-org.zip (classifier ${APP}-customer-org, type zip)")
    def admin = new File(basedir, 'customer-admin')
    new ZipFile(new File(basedir, "target/eca/${APP}-customer-org.zip")).withCloseable { zip ->
        assert zip.entries().collect { it.name } == ['README.md', 'sfdx-project.json', 'manifest/package.xml',
                "force-app/main/default/externalClientApps/${APP}.eca-meta.xml".toString(),
                "force-app/main/default/extlClntAppOauthSettings/${APP}_oauth.ecaOauth-meta.xml".toString()]
        zip.entries().each { e ->
            def out = new File(admin, e.name)
            out.parentFile.mkdirs()
            out.bytes = zip.getInputStream(e).bytes
        }
    }
    assert new File(admin, 'README.md').text.contains('sf project deploy start --manifest manifest/package.xml --target-org my-org')
    def deployed = sf(admin, ['project', 'deploy', 'start', '--manifest', 'manifest/package.xml', '--target-org',
                              'it-formations-customer'])
    assert deployed.status == 0
    assert types('it-formations-customer') == ["ExternalClientApplication:${APP}", "ExtlClntAppOauthSettings:${APP}_oauth"]
            .collect { it.toString() } as Set
    assert file('it-formations-customer', "extlClntAppOauthSettings/${APP}_oauth.ecaOauth").contains("<oauthLink>${link}</oauthLink>")
} finally {
    ItOrg.stop(basedir)
}
return true
