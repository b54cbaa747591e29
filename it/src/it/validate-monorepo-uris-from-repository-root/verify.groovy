import groovy.json.JsonSlurper

def reports = new File(basedir, 'salesforce/crm/target/eca')
def sarif = new JsonSlurper().parse(new File(reports, 'eca-validate.sarif'))
def run = sarif.runs[0]

// SRCROOT is the repository root, the git top level
def root = run.originalUriBaseIds.SRCROOT.uri
assert new File(new URI(root)).canonicalPath == basedir.canonicalPath : root
// two projects of one repository: their own code scanning category
assert run.automationDetails.id == 'eca-validate/salesforce/crm/'

assert run.results.size() == 1
run.results.each { res ->
    def art = res.locations[0].physicalLocation.artifactLocation
    assert art.uriBaseId == 'SRCROOT'
    assert art.uri == 'salesforce/crm/force-app/main/default/extlClntAppOauthSettings/Nango_App_oauth.ecaOauth-meta.xml'
    // the URI resolves against SRCROOT to the file
    assert new File(new URI(root).resolve(art.uri)).isFile()
}

def checkstyle = new File(reports, 'eca-validate-checkstyle.xml').text
assert checkstyle.contains('<file name="salesforce/crm/sfdx-project.json">')
def junit = new File(reports, 'TEST-eca-validate.xml').text
assert junit.contains('file="salesforce/crm/force-app/main/default/extlClntAppOauthSettings/Nango_App_oauth.ecaOauth-meta.xml"')

// the console keeps paths relative to the project, where the developer runs Maven
assert new File(basedir, 'build.log').text.contains(
        'force-app/main/default/extlClntAppOauthSettings/Nango_App_oauth.ecaOauth-meta.xml:3:5: WARNING [ECA-SCOPE-003]')
return true
