import groovy.json.JsonSlurper

def dir = new File(basedir, 'target/eca')
def sarifFile = new File(dir, 'eca-validate.sarif')
assert sarifFile.isFile()
assert new File(dir, 'eca-validate-checkstyle.xml').isFile()
assert new File(dir, 'TEST-eca-validate.xml').isFile()

// SARIF 2.1.0: the schema's required properties and value constraints for what the plugin emits
def sarif = new JsonSlurper().parse(sarifFile)
assert sarif.version == '2.1.0'
assert sarif.'$schema'.startsWith('https://')
assert sarif.runs instanceof List && sarif.runs.size() == 1
def run = sarif.runs[0]
def driver = run.tool.driver
assert driver.name == 'eca-maven-plugin'
assert driver.version && driver.semanticVersion == driver.version && driver.fullName.startsWith('eca-maven-plugin ')
// the IT folder is the git repository (setup.groovy), so SRCROOT is the project itself
assert new File(new URI(run.originalUriBaseIds.SRCROOT.uri)).canonicalPath == basedir.canonicalPath
assert run.automationDetails.id == 'eca-validate/'
assert driver.rules.size() > 40
driver.rules.each { r ->
    assert r.id ==~ /ECA-[A-Z]+-\d{3}/
    assert r.shortDescription.text && r.fullDescription.text && r.help.text
    assert r.defaultConfiguration.level in ['none', 'note', 'warning', 'error']
    // only security rules are security alerts
    assert r.properties.tags[0] in ['security', 'correctness', 'maintainability']
    assert (r.properties.'security-severity' != null) == (r.properties.tags[0] == 'security')
    if (r.properties.'security-severity' != null) {
        def sev = Double.parseDouble(r.properties.'security-severity')
        assert sev >= 0.0 && sev <= 10.0
    }
    assert r.helpUri.startsWith('https://') && r.helpUri.endsWith('rules.html#' + r.id)
}
assert run.results.size() == 1
def res = run.results[0]
assert res.ruleId == 'ECA-SCOPE-003'
assert driver.rules[res.ruleIndex].id == res.ruleId
assert res.level == 'warning'
assert res.message.text.contains('Full')
assert res.baselineState == null // no baseline file
def loc = res.locations[0].physicalLocation
assert loc.artifactLocation.uri == 'force-app/main/default/extlClntAppOauthSettings/Nango_App_oauth.ecaOauth-meta.xml'
assert loc.region.startLine == 3 && loc.region.startColumn == 5
assert res.partialFingerprints.'ecaFindingHash/v1' ==~ /[0-9a-f]{32}/

def dom = { name -> javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File(dir, name)).documentElement }
def cs = dom('eca-validate-checkstyle.xml')
def errors = cs.getElementsByTagName('error')
assert errors.length == 1
assert errors.item(0).getAttribute('source') == 'eca.ECA-SCOPE-003'
assert errors.item(0).getAttribute('line') == '3'
assert cs.getElementsByTagName('file').length == 7

def junit = dom('TEST-eca-validate.xml')
// one case per finding, one per rule without findings; the warning is below the threshold: skipped, not failed
assert junit.getAttribute('tests').toInteger() == driver.rules.size()
assert junit.getAttribute('failures') == '0'
assert junit.getAttribute('skipped') == '1'
def cases = junit.getElementsByTagName('testcase')
def scope = (0..<cases.length).collect { cases.item(it) }.find { it.getAttribute('classname') == 'ECA-SCOPE-003' }
assert scope.getAttribute('name') == loc.artifactLocation.uri + ':3:5'
assert scope.getAttribute('file') == loc.artifactLocation.uri
assert scope.getElementsByTagName('skipped').item(0).getAttribute('message').startsWith('WARNING (below failOnSeverity error)')

assert new File(basedir, 'build.log').text.contains('BUILD SUCCESS')
return true
