import org.xmlunit.builder.DiffBuilder
import org.xmlunit.builder.Input

def home = new File(basedir, 'sf-home')
home.mkdirs()

def sf(File dir, List<String> args) {
    def cmd = [sfExecutable.toString()] + args + ['--json']
    def pb = new ProcessBuilder(cmd).directory(dir).redirectErrorStream(false)
    def env = pb.environment()
    env.put('HOME', new File(basedir, 'sf-home').absolutePath)
    env.put('SF_DISABLE_AUTOUPDATE', 'true')
    env.put('SF_AUTOUPDATE_DISABLE', 'true')
    env.put('SF_DISABLE_TELEMETRY', 'true')
    env.put('FORCE_COLOR', '0')
    def p = pb.start()
    p.outputStream.close()
    def out = new StringBuffer(), err = new StringBuffer()
    p.consumeProcessOutput(out, err)
    assert p.waitFor(180, java.util.concurrent.TimeUnit.SECONDS) : "sf timed out: $cmd"
    assert p.exitValue() == 0 : "sf ${args} failed (${p.exitValue()}):\n$out\n$err"
    return new groovy.json.JsonSlurper().parseText(out.toString())
}

def assertXmlEqual(File ours, File theirs) {
    def diff = DiffBuilder.compare(Input.fromFile(ours)).withTest(Input.fromFile(theirs))
            .ignoreWhitespace().ignoreComments().checkForIdentical().build()
    assert !diff.hasDifferences() : "${ours} differs from sf's ${theirs}: ${diff}"
}

// Local: everything in force-app
def local = new File(basedir, 'local')
def converted = sf(local, ['project', 'convert', 'source', '--root-dir', 'force-app', '--output-dir', 'target-mdapi'])
assert converted.status == 0
['externalClientApps/Nango_Integration.eca', 'extlClntAppOauthSettings/Nango_Integration_oauth.ecaOauth',
 'extlClntAppGlobalOauthSets/Nango_Integration_glbloauth.ecaGlblOauth',
 'extlClntAppOauthPolicies/Nango_Integration_oauthPlcy.ecaOauthPlcy',
 'extlClntAppPolicies/Nango_Integration_plcy.ecaPlcy'].each { f ->
    assert new File(local, 'target-mdapi/' + f).isFile() : "sf did not convert $f"
}
sf(local, ['project', 'generate', 'manifest', '--source-dir', 'force-app', '--output-dir', 'target-sf', '--name', 'package'])
assertXmlEqual(new File(local, 'manifest/package.xml'), new File(local, 'target-sf/package.xml'))

// Packaged: sf's manifest over both directories equals ours; the packaged directory holds only packageable types
def packaged = new File(basedir, 'packaged')
assert sf(packaged, ['project', 'convert', 'source', '--output-dir', 'target-mdapi']).status == 0
sf(packaged, ['project', 'generate', 'manifest', '--source-dir', 'force-app', '--source-dir', 'eca-org',
              '--output-dir', 'target-sf', '--name', 'package'])
assertXmlEqual(new File(packaged, 'manifest/package.xml'), new File(packaged, 'target-sf/package.xml'))
sf(packaged, ['project', 'generate', 'manifest', '--source-dir', 'force-app', '--output-dir', 'target-sf',
              '--name', 'packaged-only'])
def onlyPackaged = new groovy.xml.XmlSlurper().parse(new File(packaged, 'target-sf/packaged-only.xml'))
assert onlyPackaged.types.collect { it.name.text() } == ['ExternalClientApplication', 'ExtlClntAppOauthSettings']
return true
